/**
 * The whole map style, as a pure function of the site's categories, the UI
 * locale, the theme and what the basemap archive holds. Every map of the app
 * uses it; a map that shows no route just leaves that source empty.
 *
 * There is deliberately no `glyphs` key: labels are rasterised locally (see
 * ./labels.ts), so the map needs no font server and works offline.
 */
import type {
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec'
import type { Category, Locale } from '@/content/schema'
import { basemapLayers } from './basemap-layers'
import { LAYER, SOURCE } from './ids'
import { overlayLayers, overlaySources } from './overlay-layers'
import { PALETTES, type MapTheme } from './palette'

export interface BasemapArchive {
  /** A `pmtiles://` URL the pmtiles protocol answers. */
  url: string
  /** Layer ids the archive has (its metadata's `vector_layers`). */
  layers: ReadonlySet<string>
  /** The archive's highest zoom; MapLibre over-zooms beyond it. */
  maxzoom?: number
}

export interface MapStyleOptions {
  locale: Locale
  theme: MapTheme
  categories: readonly Category[]
  /** Null when the site has no basemap: places still draw, on plain land-coloured ground. */
  basemap: BasemapArchive | null
  /** Font files for the label fonts (./labels.ts FONT); without them MapLibre uses device fonts. */
  fontFaces?: FontFacesSpecification
}

export function buildMapStyle(options: MapStyleOptions): StyleSpecification {
  const palette = PALETTES[options.theme]
  const sources: Record<string, SourceSpecification> = { ...overlaySources() }
  if (options.basemap) {
    sources[SOURCE.basemap] = {
      type: 'vector',
      url: options.basemap.url,
      ...(options.basemap.maxzoom === undefined ? {} : { maxzoom: options.basemap.maxzoom }),
    }
  }
  // With an archive the background is the sea: archives hold land (`earth`) and inland water, not the open sea.
  const ground = options.basemap ? palette.water : palette.land
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': ground } },
    ...(options.basemap ? basemapLayers(palette, options.locale, options.basemap.layers) : []),
    ...overlayLayers(palette, options.categories),
  ]
  return {
    version: 8,
    name: `guide-${options.theme}`,
    sources,
    layers,
    ...(options.fontFaces ? { 'font-faces': options.fontFaces } : {}),
  }
}
