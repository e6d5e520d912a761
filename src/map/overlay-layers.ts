/**
 * Layers over the basemap: the itinerary route, the places (clustered) and
 * the user's position, in drawing order. Their sources start empty; the
 * composables fill them with setData.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec'
import type { Category } from '@/content/schema'
import { categoryImageId, LAYER, SOURCE } from './ids'
import { FONT } from './labels'
import type { MapPalette } from './palette'
import type { StopMarkerState } from './route-geojson'

/** Above this zoom places are never clustered: at street level each one is its own marker. */
export const CLUSTER_MAX_ZOOM = 14
export const CLUSTER_RADIUS = 48
/** Place names appear from this zoom, where they no longer crowd each other. */
const PLACE_LABEL_MIN_ZOOM = 12
/** Colour of a place whose category is unknown (content checks make it rare). */
const FALLBACK_COLOUR = '#555555'

const empty = (): GeoJSONSourceSpecification['data'] => ({ type: 'FeatureCollection', features: [] })

export function overlaySources(): Record<string, GeoJSONSourceSpecification> {
  return {
    [SOURCE.route]: { type: 'geojson', data: empty() },
    [SOURCE.stops]: { type: 'geojson', data: empty() },
    [SOURCE.places]: {
      type: 'geojson',
      data: empty(),
      cluster: true,
      clusterRadius: CLUSTER_RADIUS,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
    },
    [SOURCE.position]: { type: 'geojson', data: empty() },
  }
}

/** `match` on the category id; with no categories, a constant (a match needs at least one branch). */
function byCategory(categories: readonly Category[], value: (c: Category) => string, fallback: string) {
  if (categories.length === 0) return fallback
  const branches = categories.flatMap((c) => [c.id, value(c)])
  // The spec types `match` as a fixed tuple; a built branch list needs the cast.
  return ['match', ['get', 'category'], ...branches, fallback] as unknown as ExpressionSpecification
}

/**
 * A stop's appearance by its follow-mode state (see StopMarkerState in
 * route-geojson.ts); stops without a state, as on the itinerary page, get `fallback`.
 */
function byStopState(
  values: Partial<Record<StopMarkerState, string | number>>,
  fallback: string | number | ExpressionSpecification,
): ExpressionSpecification {
  const branches = Object.entries(values).flatMap(([state, value]) => [state, value])
  // As in byCategory: the spec types `match` as a fixed tuple.
  return ['match', ['get', 'state'], ...branches, fallback] as unknown as ExpressionSpecification
}

export function overlayLayers(palette: MapPalette, categories: readonly Category[]): LayerSpecification[] {
  const isCluster: ExpressionSpecification = ['has', 'point_count']
  const markerRadius: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 8, 10, 15, 14]
  return [
    {
      id: LAYER.routeCasing,
      type: 'line',
      source: SOURCE.route,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': palette.markerStroke, 'line-width': 8, 'line-opacity': 0.9 },
    },
    {
      id: LAYER.routeLine,
      type: 'line',
      source: SOURCE.route,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': palette.accent, 'line-width': 4 },
    },
    {
      id: LAYER.stopPoints,
      type: 'circle',
      source: SOURCE.stops,
      // The next stop is drawn over the others, done ones under them.
      layout: { 'circle-sort-key': byStopState({ next: 2, visited: 0, skipped: 0 }, 1) },
      paint: {
        'circle-color': byStopState({ visited: palette.label, skipped: palette.label }, palette.accent),
        'circle-opacity': byStopState({ visited: 0.75, skipped: 0.55 }, 1),
        'circle-radius': byStopState({ next: 16 }, 12),
        'circle-stroke-color': palette.markerStroke,
        'circle-stroke-width': byStopState({ next: 4 }, 2),
      },
    },
    {
      id: LAYER.stopNumbers,
      type: 'symbol',
      source: SOURCE.stops,
      layout: {
        // U+2713 is outside the label font's ranges: it is drawn with a device font.
        'text-field': byStopState({ visited: '✓' }, ['to-string', ['get', 'n']]),
        'text-font': [FONT.bold],
        'text-size': byStopState({ next: 15 }, 13),
        'text-allow-overlap': true,
        'symbol-sort-key': byStopState({ next: 2, visited: 0, skipped: 0 }, 1),
      },
      paint: {
        'text-color': byStopState({ visited: palette.labelHalo, skipped: palette.labelHalo }, palette.onAccent),
      },
    },
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SOURCE.places,
      filter: isCluster,
      paint: {
        'circle-color': palette.accent,
        'circle-radius': ['step', ['get', 'point_count'], 15, 10, 19, 50, 24, 500, 30],
        'circle-stroke-color': palette.markerStroke,
        'circle-stroke-width': 3,
        'circle-stroke-opacity': 0.8,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.places,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [FONT.bold],
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': palette.onAccent },
    },
    {
      id: LAYER.placePoints,
      type: 'circle',
      source: SOURCE.places,
      filter: ['!', isCluster],
      paint: {
        'circle-color': byCategory(categories, (c) => c.colour, FALLBACK_COLOUR),
        'circle-radius': markerRadius,
        'circle-stroke-color': palette.markerStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.placeIcons,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['!', isCluster],
      layout: {
        'icon-image': byCategory(categories, (c) => categoryImageId(c.id), categoryImageId('unknown')),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.55, 15, 0.75],
        // Always drawn, and basemap labels give way to them (placement is not ignored).
        'icon-allow-overlap': true,
        'icon-padding': 6,
      },
    },
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['!', isCluster],
      minzoom: PLACE_LABEL_MIN_ZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT.bold],
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 1.3],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      // Shown for the selected place only, through setFilter (see selectedPlaceFilter).
      id: LAYER.placeSelected,
      type: 'circle',
      source: SOURCE.places,
      filter: selectedPlaceFilter(undefined),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 15, 15, 20],
        'circle-opacity': 0,
        'circle-stroke-color': palette.accent,
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER.positionAccuracy,
      type: 'fill',
      source: SOURCE.position,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': palette.position, 'fill-opacity': 0.15 },
    },
    {
      id: LAYER.positionDot,
      type: 'circle',
      source: SOURCE.position,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': palette.position,
        'circle-radius': 7,
        'circle-stroke-color': palette.markerStroke,
        'circle-stroke-width': 3,
      },
    },
  ]
}

/** Filter of the selection ring: the place with this id, or nothing. */
export function selectedPlaceFilter(placeId: string | undefined): ExpressionSpecification {
  return ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], placeId ?? '']]
}
