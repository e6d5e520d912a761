import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import type { Category } from '@/content/schema'
import { ARCHIVE_LAYER, categoryImageId, LAYER, SOURCE } from './ids'
import { FONT } from './labels'
import { buildMapStyle, type MapStyleOptions } from './style'

const CATEGORIES: Category[] = [
  { id: 'heritage', icon: 'landmark', colour: '#8d4a22', label: { vi: 'Di sản', en: 'Heritage' } },
  { id: 'food', icon: 'bowl', colour: '#c2410c', label: { vi: 'Ẩm thực', en: 'Food' } },
]
const MINIMAL_ARCHIVE = new Set([ARCHIVE_LAYER.earth, ARCHIVE_LAYER.water, ARCHIVE_LAYER.places])
const FULL_ARCHIVE = new Set(Object.values(ARCHIVE_LAYER))

function style(overrides: Partial<MapStyleOptions> = {}): StyleSpecification {
  return buildMapStyle({
    locale: 'vi',
    theme: 'light',
    categories: CATEGORIES,
    basemap: { url: 'pmtiles://http://localhost/assets/basemap.pmtiles', layers: MINIMAL_ARCHIVE, maxzoom: 12 },
    fontFaces: {
      [FONT.regular]: [{ url: 'http://localhost/assets/regular.woff2', 'unicode-range': ['U+0000-00FF'] }],
      [FONT.bold]: 'http://localhost/assets/bold.woff2',
    },
    ...overrides,
  })
}

const layerIds = (s: StyleSpecification) => s.layers.map((layer) => layer.id)
const layer = (s: StyleSpecification, id: string) => s.layers.find((l) => l.id === id)
const layout = (s: StyleSpecification, id: string) => layer(s, id)?.layout as Record<string, unknown> | undefined

describe('buildMapStyle', () => {
  const variants: [string, Partial<MapStyleOptions>][] = [
    ['vi, light, minimal archive', {}],
    ['ko, dark, minimal archive', { locale: 'ko', theme: 'dark' }],
    ['en, full OpenStreetMap archive', { locale: 'en', basemap: { url: 'pmtiles://x', layers: FULL_ARCHIVE } }],
    ['no basemap, no categories, no fonts', { basemap: null, categories: [], fontFaces: undefined }],
  ]
  it.each(variants)('is valid per the MapLibre style spec (%s)', (_, overrides) => {
    expect(validateStyleMin(style(overrides))).toEqual([])
  })

  it('has no glyphs URL, so labels never need a font server', () => {
    expect(style()).not.toHaveProperty('glyphs')
  })

  it('reads the archive through the pmtiles URL it was given', () => {
    expect(style().sources[SOURCE.basemap]).toMatchObject({
      type: 'vector',
      url: 'pmtiles://http://localhost/assets/basemap.pmtiles',
      maxzoom: 12,
    })
  })

  it('draws roads, buildings and pois only when the archive has them', () => {
    const minimal = layerIds(style())
    expect(minimal).toEqual(
      expect.arrayContaining([
        LAYER.earth,
        LAYER.water,
        LAYER.rivers,
        LAYER.earthLabels,
        LAYER.waterLabels,
        LAYER.labels,
      ]),
    )
    expect(minimal).not.toEqual(expect.arrayContaining([LAYER.roadsMajor]))
    expect(minimal).not.toContain(LAYER.buildings)
    expect(minimal).not.toContain(LAYER.pois)
    const full = layerIds(style({ basemap: { url: 'pmtiles://x', layers: FULL_ARCHIVE } }))
    expect(full).toEqual(expect.arrayContaining([LAYER.roadsMinor, LAYER.roadsMajor, LAYER.buildings, LAYER.pois]))
  })

  it('draws no basemap layer and no basemap source without an archive', () => {
    const s = style({ basemap: null })
    expect(s.sources).not.toHaveProperty(SOURCE.basemap)
    expect(s.layers.filter((l) => 'source' in l && l.source === SOURCE.basemap)).toEqual([])
  })

  it('labels the basemap in the UI language, falling back to the Vietnamese name', () => {
    expect(layout(style({ locale: 'ko' }), LAYER.labels)?.['text-field']).toEqual([
      'coalesce',
      ['get', 'name:ko'],
      ['get', 'name:vi'],
      ['get', 'name'],
    ])
    expect(layout(style(), LAYER.labels)?.['text-field']).toEqual(['coalesce', ['get', 'name:vi'], ['get', 'name']])
  })

  it('colours places and picks their icon by category', () => {
    const s = style()
    const points = layer(s, LAYER.placePoints)
    expect(points?.paint).toMatchObject({
      'circle-color': ['match', ['get', 'category'], 'heritage', '#8d4a22', 'food', '#c2410c', '#555555'],
    })
    expect(layout(s, LAYER.placeIcons)?.['icon-image']).toEqual([
      'match',
      ['get', 'category'],
      'heritage',
      categoryImageId('heritage'),
      'food',
      categoryImageId('food'),
      categoryImageId('unknown'),
    ])
  })

  it('leaves the sea to the background and fills only inland water', () => {
    const water = layer(style(), LAYER.water) as { filter?: unknown }
    expect(water.filter).toEqual(['all', expect.anything(), ['!=', ['get', 'kind'], 'ocean']])
  })

  it('clusters places in one GeoJSON source', () => {
    expect(style().sources[SOURCE.places]).toMatchObject({ type: 'geojson', cluster: true })
  })

  it('draws labels above every fill, places above the basemap and the position above the places', () => {
    const ids = layerIds(style({ basemap: { url: 'pmtiles://x', layers: FULL_ARCHIVE } }))
    expect(ids.indexOf(LAYER.roadsMajor)).toBeLessThan(ids.indexOf(LAYER.earthLabels))
    expect(ids.indexOf(LAYER.labels)).toBeLessThan(ids.indexOf(LAYER.clusters))
    expect(ids.indexOf(LAYER.routeLine)).toBeLessThan(ids.indexOf(LAYER.placePoints))
    expect(ids.indexOf(LAYER.placeSelected)).toBeLessThan(ids.indexOf(LAYER.positionDot))
  })

  it('gives land and water different colours in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const s = style({ theme })
      const water = layer(s, LAYER.background)?.paint as Record<string, unknown>
      const land = layer(s, LAYER.earth)?.paint as Record<string, unknown>
      expect(water['background-color']).not.toEqual(land['fill-color'])
    }
  })
})
