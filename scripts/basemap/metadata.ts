/**
 * The archive's JSON metadata (TileJSON fields the `pmtiles` reader passes
 * on to MapLibre, plus where the data comes from). No dates or machine
 * details: the same inputs must give the same file, so git only sees a
 * change when the map changes.
 */
import { ATTRIBUTION } from './config.ts'
import type { vectorLayers } from './tiles.ts'

export const LAYER_DESCRIPTIONS: Record<string, string> = {
  earth: 'Land polygons (kind earth) and island labels (kind island).',
  water:
    'Sea and inland water polygons (kind ocean / water), river lines (kind river / stream / canal) and bay and river labels (kind bay / river).',
  places: 'Labels of the city, former districts and wards (kind locality / macrohood / neighbourhood).',
  pois: 'Labels of mountains and beaches (kind peak / beach).',
}

export function archiveMetadata(layers: ReturnType<typeof vectorLayers>): Record<string, unknown> {
  return {
    name: 'Hải Phòng offline basemap',
    description:
      'Coastline, islands, inland water and rivers from GSHHG 2.3.7 (full resolution) and labels from content/gazetteer.yaml, ' +
      'in the layers and properties of the Protomaps basemap schema v4. Built by `npm run basemap`.',
    attribution: ATTRIBUTION,
    type: 'baselayer',
    format: 'pbf',
    version: '1',
    'protomaps:schema': '4 (subset: earth, water, places, pois)',
    sources: [
      {
        name: 'GSHHG 2.3.7, full resolution (Debian gmt-gshhg-full)',
        licence: 'LGPL-3.0-or-later',
        by: 'Paul Wessel and Walter H. F. Smith',
      },
      { name: 'content/gazetteer.yaml', by: 'compiled for this guide (see content/CREDITS.md)' },
    ],
    vector_layers: layers,
  }
}
