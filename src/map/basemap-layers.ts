/**
 * Layers that draw the basemap archive, which follows the Protomaps basemap
 * schema v4: `earth` (land polygons, island label points), `water` (sea and
 * lake polygons, river lines, bay and river label points), `places` (city,
 * district and ward labels) and `pois`; and, when an editor drops in a full
 * OpenStreetMap extract, `roads` and `buildings`. Layers for data the archive
 * lacks are left out, so the style never names a missing layer.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec'
import type { Locale } from '@/content/schema'
import { ARCHIVE_LAYER, LAYER, SOURCE } from './ids'
import { FONT, localizedName } from './labels'
import type { MapPalette } from './palette'

const geometryIs = (...types: string[]): ExpressionSpecification => ['match', ['geometry-type'], types, true, false]
const isPolygon = geometryIs('Polygon', 'MultiPolygon')
const isLine = geometryIs('LineString', 'MultiLineString')
const isPoint = geometryIs('Point', 'MultiPoint')
const kind: ExpressionSpecification = ['get', 'kind']
/** Protomaps gives every label the zoom it first appears at; a full extract relies on it. */
const reachedMinZoom: ExpressionSpecification = ['>=', ['zoom'], ['coalesce', ['get', 'min_zoom'], 0]]

export function basemapLayers(
  palette: MapPalette,
  locale: Locale,
  archiveLayers: ReadonlySet<string>,
): LayerSpecification[] {
  const has = (layer: string) => archiveLayers.has(layer)
  const fills: LayerSpecification[] = []
  const labels: LayerSpecification[] = []
  const label = (id: string, sourceLayer: string, style: LabelStyle): LayerSpecification =>
    labelLayer(id, sourceLayer, style, palette, locale)

  if (has(ARCHIVE_LAYER.earth)) {
    fills.push(fill(LAYER.earth, ARCHIVE_LAYER.earth, palette.land))
    labels.push(label(LAYER.earthLabels, ARCHIVE_LAYER.earth, { size: [11, 14] }))
  }
  if (has(ARCHIVE_LAYER.water)) {
    // The sea is the background colour, so only inland water is filled. Drawing `kind: ocean`
    // would add nothing, and a sea polygon whose land holes touch a tile's edge (as clipped
    // coastlines do) is triangulated as a solid square by MapLibre, flooding the land under it.
    const inland: ExpressionSpecification = ['all', isPolygon, ['!=', kind, 'ocean']]
    fills.push(fill(LAYER.water, ARCHIVE_LAYER.water, palette.water, inland), riverLayer(palette))
    labels.push(label(LAYER.waterLabels, ARCHIVE_LAYER.water, { size: [11, 15], water: true }))
  }
  if (has(ARCHIVE_LAYER.buildings)) {
    fills.push({ ...fill(LAYER.buildings, ARCHIVE_LAYER.buildings, palette.buildings), minzoom: 14 })
  }
  if (has(ARCHIVE_LAYER.roads)) fills.push(...roadLayers(palette))
  if (has(ARCHIVE_LAYER.pois)) labels.push(label(LAYER.pois, ARCHIVE_LAYER.pois, { size: [11, 12] }))
  if (has(ARCHIVE_LAYER.places)) {
    const cityLike: ExpressionSpecification = ['match', kind, ['locality', 'region', 'country'], true, false]
    labels.push(
      label(LAYER.labels, ARCHIVE_LAYER.places, {
        size: [
          ['case', cityLike, 14, ['match', kind, 'macrohood', 12, 10.5]],
          ['case', cityLike, 19, ['match', kind, 'macrohood', 16, 13]],
        ],
        bold: cityLike,
      }),
    )
  }
  return [...fills, ...labels]
}

function fill(id: string, sourceLayer: string, colour: string, filter = isPolygon): LayerSpecification {
  return {
    id,
    type: 'fill',
    source: SOURCE.basemap,
    'source-layer': sourceLayer,
    filter,
    paint: { 'fill-color': colour },
  }
}

function riverLayer(palette: MapPalette): LayerSpecification {
  return {
    id: LAYER.rivers,
    type: 'line',
    source: SOURCE.basemap,
    'source-layer': ARCHIVE_LAYER.water,
    filter: isLine,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': palette.waterLine,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        8,
        ['match', kind, 'river', 1, 0.4],
        14,
        ['match', kind, 'river', 5, 2],
      ],
    },
  }
}

function roadLayers(palette: MapPalette): LayerSpecification[] {
  const major: ExpressionSpecification = ['match', kind, ['highway', 'major_road'], true, false]
  const width = (low: number, high: number): ExpressionSpecification => [
    'interpolate',
    ['exponential', 1.6],
    ['zoom'],
    10,
    low,
    17,
    high,
  ]
  const road = (id: string, filter: ExpressionSpecification, colour: string, w: ExpressionSpecification) =>
    ({
      id,
      type: 'line',
      source: SOURCE.basemap,
      'source-layer': ARCHIVE_LAYER.roads,
      filter: ['all', isLine, filter],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': w },
    }) satisfies LayerSpecification
  return [
    { ...road(LAYER.roadsMinor, ['!', major], palette.roadMinor, width(0.5, 8)), minzoom: 12 },
    road(LAYER.roadsMajor, major, palette.roadMajor, width(1, 12)),
  ]
}

interface LabelStyle {
  /** Text size at zoom 8 and at zoom 14 (numbers or expressions on the feature). */
  size: [number | ExpressionSpecification, number | ExpressionSpecification]
  /** Features drawn in the bold face (default: none). */
  bold?: ExpressionSpecification
  /** Names of water: water colour, spaced letters. */
  water?: boolean
}

function labelLayer(
  id: string,
  sourceLayer: string,
  style: LabelStyle,
  palette: MapPalette,
  locale: Locale,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE.basemap,
    'source-layer': sourceLayer,
    filter: ['all', isPoint, reachedMinZoom],
    layout: {
      'text-field': localizedName(locale),
      'text-font': style.bold
        ? ['case', style.bold, ['literal', [FONT.bold]], ['literal', [FONT.regular]]]
        : ['literal', [FONT.regular]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, style.size[0], 14, style.size[1]],
      'text-max-width': 8,
      'text-letter-spacing': style.water ? 0.08 : 0,
      // Lower first: Protomaps' sort_key (the gazetteer rank here), else the first zoom.
      'symbol-sort-key': ['coalesce', ['get', 'sort_key'], ['get', 'min_zoom'], 99],
    },
    paint: {
      'text-color': style.water ? palette.waterLabel : palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  }
}
