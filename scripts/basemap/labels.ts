/**
 * Map labels from content/gazetteer.yaml, as the points a Protomaps v4
 * basemap puts them in, so a style written for this archive also labels a
 * full OpenStreetMap extract of the city:
 *
 *   city, district, ward, commune → `places` (locality / macrohood / neighbourhood)
 *   island                        → `earth`, kind island
 *   bay, river                    → `water`, kind bay / river
 *   mountain, beach               → `pois`, kind peak / beach
 *
 * Every label carries `name` (the local, Vietnamese name), `name:<locale>`
 * for each locale the gazetteer has, `kind`, `kind_detail` (the gazetteer
 * kind), `min_zoom` (first zoom it is in the tiles) and `sort_key` (the
 * gazetteer rank: lower wins label collisions).
 */
import type { Feature, Point } from 'geojson'
import type { GazetteerEntry } from '../../src/content/schema.ts'
import type { Box } from './grid.ts'

export type LabelLayer = 'places' | 'earth' | 'water' | 'pois'
export type LabelProperties = Record<string, string | number>

const TARGET: Record<GazetteerEntry['kind'], { layer: LabelLayer; kind: string }> = {
  city: { layer: 'places', kind: 'locality' },
  district: { layer: 'places', kind: 'macrohood' },
  ward: { layer: 'places', kind: 'neighbourhood' },
  commune: { layer: 'places', kind: 'locality' },
  island: { layer: 'earth', kind: 'island' },
  bay: { layer: 'water', kind: 'bay' },
  river: { layer: 'water', kind: 'river' },
  mountain: { layer: 'pois', kind: 'peak' },
  beach: { layer: 'pois', kind: 'beach' },
}

export interface LabelResult {
  layers: Record<LabelLayer, Feature<Point, LabelProperties>[]>
  /** Entries outside the clip box, named for a warning. */
  outside: string[]
}

export function labelFeatures(entries: GazetteerEntry[], box: Box, minZoomOf: (rank: number) => number): LabelResult {
  const layers: LabelResult['layers'] = { places: [], earth: [], water: [], pois: [] }
  const outside: string[] = []
  for (const entry of entries) {
    const [lon, lat] = entry.location
    if (lon < box.west || lon > box.east || lat < box.south || lat > box.north) {
      outside.push(`${entry.id} at [${lon}, ${lat}]`)
      continue
    }
    const target = TARGET[entry.kind]
    const properties: LabelProperties = {
      kind: target.kind,
      kind_detail: entry.kind,
      min_zoom: minZoomOf(entry.rank),
      sort_key: entry.rank,
      name: entry.name.vi.normalize('NFC'),
    }
    for (const [locale, name] of Object.entries(entry.name)) {
      if (name) properties[`name:${locale}`] = name.normalize('NFC')
    }
    layers[target.layer].push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } })
  }
  // Stable order, most important first: tiles list features in this order.
  for (const features of Object.values(layers))
    features.sort((a, b) => Number(a.properties.sort_key) - Number(b.properties.sort_key))
  return { layers, outside }
}
