/**
 * The user's position as GeoJSON: a point, and a polygon for the accuracy
 * circle (a `circle` layer's radius is in pixels, not metres). Pure.
 */
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson'

const EARTH_RADIUS_M = 6_371_008.8
const CIRCLE_STEPS = 48

export interface PositionLike {
  longitude: number
  latitude: number
  /** Metres, 95 % confidence, as the Geolocation API reports it. */
  accuracy: number
}

export function positionToGeoJSON(position: PositionLike | null): FeatureCollection<Point | Polygon> {
  if (!position) return { type: 'FeatureCollection', features: [] }
  const centre: Position = [position.longitude, position.latitude]
  const point: Feature<Point> = { type: 'Feature', geometry: { type: 'Point', coordinates: centre }, properties: {} }
  const accuracy: Feature<Polygon> = {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [circle(centre, position.accuracy)] },
    properties: {},
  }
  return { type: 'FeatureCollection', features: [accuracy, point] }
}

/** A closed ring approximating a circle of `radius` metres (equirectangular: fine at city scale). */
function circle([lon = 0, lat = 0]: Position, radius: number): Position[] {
  const dLat = (radius / EARTH_RADIUS_M) * (180 / Math.PI)
  const dLon = dLat / Math.cos((lat * Math.PI) / 180)
  const ring: Position[] = []
  for (let i = 0; i <= CIRCLE_STEPS; i++) {
    const angle = (i / CIRCLE_STEPS) * 2 * Math.PI
    ring.push([lon + dLon * Math.cos(angle), lat + dLat * Math.sin(angle)])
  }
  return ring
}

/** Whether a position lies inside [[west, south], [east, north]]. */
export function isInside(
  position: PositionLike,
  [[west, south], [east, north]]: readonly [readonly number[], readonly number[]],
): boolean {
  return (
    position.longitude >= (west ?? -180) &&
    position.longitude <= (east ?? 180) &&
    position.latitude >= (south ?? -90) &&
    position.latitude <= (north ?? 90)
  )
}
