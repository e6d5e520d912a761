/**
 * An itinerary on the map: its numbered stops, and its route, either from
 * the route file an editor put in the itinerary folder or as straight
 * segments from stop to stop. Pure.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson'
import type { Place } from '@/content/model'

/**
 * How follow mode draws a stop (visited and skipped muted, the next one
 * larger); a stop without a state is drawn as on the itinerary page.
 */
export type StopMarkerState = 'visited' | 'skipped' | 'next'

export interface StopFeatureProperties {
  /** 1-based number shown on the marker, in itinerary order. */
  n: number
  id: string
  name: string
  state?: StopMarkerState
}

export type StopCollection = FeatureCollection<Point, StopFeatureProperties>
export type RouteFeature = Feature<LineString | MultiLineString, Record<string, never>>

export interface ItineraryStopLike {
  place: string
}

/** Stops whose place is unknown are skipped (content checks make that an error anyway). */
export function stopsToGeoJSON(
  stops: readonly ItineraryStopLike[],
  placeOf: (id: string) => Place | undefined,
  nameOf: (id: string) => string | undefined,
  stateOf: (id: string) => StopMarkerState | undefined = () => undefined,
): StopCollection {
  const features = stops.flatMap((stop, i) => {
    const place = placeOf(stop.place)
    if (!place) return []
    const state = stateOf(place.id)
    const feature: Feature<Point, StopFeatureProperties> = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...place.location] },
      properties: { n: i + 1, id: place.id, name: nameOf(place.id) ?? place.id, ...(state && { state }) },
    }
    return [feature]
  })
  return { type: 'FeatureCollection', features }
}

/** Straight segments joining the stops in order: the route when no route file exists. */
export function straightRoute(stops: StopCollection): RouteFeature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: stops.features.map((f) => [...f.geometry.coordinates]) },
    properties: {},
  }
}

/**
 * The line in a route file (a LineString or MultiLineString, bare or in a
 * Feature, as the content check accepts), or undefined when the file holds
 * something else.
 */
export function routeFromFile(json: unknown): RouteFeature | undefined {
  const object = json as { type?: unknown; geometry?: unknown } | null
  const geometry = (object?.type === 'Feature' ? object.geometry : object) as {
    type?: unknown
    coordinates?: unknown
  } | null
  if (geometry?.type === 'LineString' && isLine(geometry.coordinates)) {
    return { type: 'Feature', geometry: { type: 'LineString', coordinates: geometry.coordinates }, properties: {} }
  }
  if (
    geometry?.type === 'MultiLineString' &&
    Array.isArray(geometry.coordinates) &&
    geometry.coordinates.every(isLine)
  ) {
    return {
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: geometry.coordinates as Position[][] },
      properties: {},
    }
  }
  return undefined
}

function isLine(value: unknown): value is Position[] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)))
  )
}

/** [[west, south], [east, north]] around every coordinate given, or undefined for none. */
export function boundsOf(coordinates: readonly Position[]): [[number, number], [number, number]] | undefined {
  if (coordinates.length === 0) return undefined
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [lon = 0, lat = 0] of coordinates) {
    west = Math.min(west, lon)
    east = Math.max(east, lon)
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  return [
    [west, south],
    [east, north],
  ]
}
