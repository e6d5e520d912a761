/**
 * Creates one MapLibre map for the guide: loads the runtime, opens the
 * basemap archive (to learn which layers it has), decodes the category icons,
 * builds the style and adds the controls. The returned handle restyles the
 * map when the theme or language changes; the caller owns `map.remove()`.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl'
import type { Category, Locale, Site } from '@/content/schema'
import { ArchiveSource } from './archive-source'
import { archiveInfo } from './archive-metadata'
import { creditsHtml } from './attribution'
import { labelFontFaces } from './fonts'
import { ICON_PIXEL_RATIO, loadCategoryIcons } from './icons'
import { ideographFontFamily } from './labels'
import { loadMapRuntime, type MapRuntime } from './maplibre'
import type { MapTheme } from './palette'
import { buildMapStyle, type BasemapArchive } from './style'
import { keepGeoJSONData } from './style-swap'

export type InitialCamera = { center: [number, number]; zoom: number } | { bounds: LngLatBoundsLike; maxZoom: number }

export interface CreateMapOptions {
  container: HTMLElement
  site: Site
  categories: readonly Category[]
  locale: Locale
  theme: MapTheme
  camera: InitialCamera
  /** For maps inside a scrolling page: one finger scrolls the page, two move the map. */
  cooperativeGestures: boolean
  /** MapLibre's own UI texts (control labels) in the UI language, by MapLibre's keys. */
  uiStrings: Record<string, string>
}

export interface GuideMap {
  map: MapLibreMap
  /** Why the basemap is missing (places are still drawn), or undefined when it is shown. */
  basemapError: Error | undefined
  restyle(locale: Locale, theme: MapTheme): void
}

export async function createGuideMap(options: CreateMapOptions): Promise<GuideMap> {
  const runtime = await loadMapRuntime()
  const base = document.baseURI
  const [basemap, icons] = await Promise.all([
    openBasemap(runtime, options.site.map.basemap, base),
    loadCategoryIcons(options.categories),
  ])
  const fontFaces = labelFontFaces(base)
  const styleFor = (locale: Locale, theme: MapTheme) =>
    buildMapStyle({ locale, theme, categories: options.categories, basemap: basemap.archive, fontFaces })

  const { maplibre } = runtime
  const [[west, south], [east, north]] = options.site.map.bounds
  const map = new maplibre.Map({
    container: options.container,
    style: styleFor(options.locale, options.theme),
    ...('bounds' in options.camera
      ? { bounds: options.camera.bounds, fitBoundsOptions: { padding: 48, maxZoom: options.camera.maxZoom } }
      : options.camera),
    maxBounds: [west, south, east, north],
    localIdeographFontFamily: ideographFontFamily(options.locale),
    attributionControl: false,
    cooperativeGestures: options.cooperativeGestures,
    locale: options.uiStrings,
    dragRotate: false,
    pitchWithRotate: false,
  })
  map.touchZoomRotate.disableRotation()

  // Icons are added now and again whenever a style swap dropped them: MapLibre asks for a
  // missing image synchronously, and every icon is already decoded.
  const addIcon = (id: string) => {
    const image = icons.get(id)
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: ICON_PIXEL_RATIO })
  }
  for (const id of icons.keys()) addIcon(id)
  map.on('styleimagemissing', (event) => addIcon(event.id))

  // MapLibre logs a bare "Error" by default; say which source and tile failed.
  map.on('error', (event) => {
    const { sourceId, tile } = event as { sourceId?: string; tile?: { tileID?: { canonical?: object } } }
    const where = sourceId ? ` (source "${sourceId}", tile ${JSON.stringify(tile?.tileID?.canonical)})` : ''
    console.error(`The map could not load everything it draws${where}:`, event.error)
  })
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right')
  const attribution = new maplibre.AttributionControl({ compact: true, customAttribution: creditsHtml(options.site) })
  map.addControl(attribution, 'bottom-right')
  // The credits are long: start folded behind the (i) button, as MapLibre does after the first drag.
  attribution._updateCompactMinimize()

  return {
    map,
    basemapError: basemap.error,
    restyle: (locale, theme) => map.setStyle(styleFor(locale, theme), { transformStyle: keepGeoJSONData }),
  }
}

/** Opens the archive once per page (the protocol keeps it) and reads which layers it has. */
async function openBasemap(
  runtime: MapRuntime,
  url: string | undefined,
  base: string,
): Promise<{ archive: BasemapArchive | null; error?: Error }> {
  if (url === undefined) return { archive: null }
  const key = new URL(url, base).href
  let archive = runtime.protocol.get(key)
  if (!archive) {
    archive = new runtime.pmtiles.PMTiles(new ArchiveSource(key))
    runtime.protocol.add(archive)
  }
  try {
    const [header, metadata] = await Promise.all([archive.getHeader(), archive.getMetadata()])
    return { archive: { url: `pmtiles://${key}`, layers: archiveInfo(metadata).layers, maxzoom: header.maxZoom } }
  } catch (error) {
    // Forget the archive so the next map tries again; a map of places on a plain background beats no map.
    runtime.protocol.tiles.delete(key)
    return { archive: null, error: error instanceof Error ? error : new Error(String(error)) }
  }
}
