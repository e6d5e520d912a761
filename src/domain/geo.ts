/**
 * Distances on the Earth and the time they take, for "near me" and (later)
 * itineraries. Positions are [longitude, latitude] as in GeoJSON and content.
 */
export type LonLat = readonly [number, number]

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8

const toRadians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in metres (haversine: accurate to ~0.5 % at city scale). */
export function distanceMeters(from: LonLat, to: LonLat): number {
  const dLat = toRadians(to[1] - from[1])
  const dLon = toRadians(to[0] - from[0])
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from[1])) * Math.cos(toRadians(to[1])) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** Walking pace, km/h: a sightseeing pace, a little under the 5 km/h of route planners. */
export const WALKING_KMH = 4.5
/**
 * Streets are longer than a straight line: a detour factor of 1.3 is typical of
 * city street networks, so the estimate is not optimistic.
 */
export const STREET_DETOUR = 1.3

/** Minutes to walk a straight-line distance through streets, rounded up. */
export function walkingMinutes(straightMeters: number): number {
  return Math.max(1, Math.ceil((straightMeters * STREET_DETOUR) / ((WALKING_KMH * 1000) / 60)))
}
