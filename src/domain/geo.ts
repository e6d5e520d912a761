/**
 * Distances on the Earth, directions and the time they take, for "near me" and
 * following an itinerary. Positions are [longitude, latitude] as in GeoJSON and content.
 */
import type { TravelMode } from '@/content/schema'

export type LonLat = readonly [number, number]

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8

const toRadians = (degrees: number) => (degrees * Math.PI) / 180
const toDegrees = (radians: number) => (radians * 180) / Math.PI

/** Great-circle distance in metres (haversine: accurate to ~0.5 % at city scale). */
export function distanceMeters(from: LonLat, to: LonLat): number {
  const dLat = toRadians(to[1] - from[1])
  const dLon = toRadians(to[0] - from[0])
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from[1])) * Math.cos(toRadians(to[1])) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** Length in metres of a line through the points in turn (0 for fewer than two). */
export function pathLengthMeters(points: readonly LonLat[]): number {
  let total = 0
  for (let i = 1; i < points.length; i++) total += distanceMeters(points[i - 1]!, points[i]!)
  return total
}

/**
 * Initial great-circle bearing from one point to another: degrees clockwise
 * from true north, 0 ≤ b < 360. At city scale it is the direction to walk off in;
 * magnetic north is within about a degree of true north
 * in Hải Phòng, far less than a phone compass's own error, so no correction is made.
 */
export function bearingDegrees(from: LonLat, to: LonLat): number {
  const lat1 = toRadians(from[1])
  const lat2 = toRadians(to[1])
  const dLon = toRadians(to[0] - from[0])
  const y = Math.sin(dLon) * Math.cos(lat2)
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon)
  return normalizeDegrees(toDegrees(Math.atan2(y, x)))
}

// The final `% 360` folds a result that rounds up to exactly 360 (from a tiny negative angle) back to 0.
const normalizeDegrees = (degrees: number) => (((degrees % 360) + 360) % 360) % 360

export const COMPASS_POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const
export type CompassPoint = (typeof COMPASS_POINTS)[number]

/** The nearest of eight compass points: each owns a 45° sector centred on it (337.5 ≤ N < 22.5). */
export function compassPoint(bearing: number): CompassPoint {
  if (!Number.isFinite(bearing)) {
    throw new RangeError(`compassPoint: bearing must be a finite number of degrees, got ${bearing}.`)
  }
  return COMPASS_POINTS[Math.round(normalizeDegrees(bearing) / 45) % COMPASS_POINTS.length]!
}

/** Walking pace, km/h: a sightseeing pace, a little under the 5 km/h of route planners. */
export const WALKING_KMH = 4.5
/**
 * Streets are longer than a straight line: a detour factor of 1.3 is typical of
 * city street networks, so the estimate is not optimistic.
 */
export const STREET_DETOUR = 1.3

interface TravelPace {
  /** Average speed over the whole leg, stops included, km/h. */
  kmh: number
  /** Route length ÷ straight-line distance. */
  detour: number
}

/**
 * Paces chosen so that estimates are on the slow side: a visitor who arrives
 * early is happier than one who misses a boat.
 */
export const TRAVEL_PACES: Readonly<Record<TravelMode, Readonly<TravelPace>>> = {
  walk: { kmh: WALKING_KMH, detour: STREET_DETOUR },
  // A relaxed ride on a hired bicycle with traffic lights and mixed traffic, well
  // under the 15-18 km/h of commuters; it uses the same streets as walking.
  bike: { kmh: 12, detour: STREET_DETOUR },
  // Door-to-door city average by car or motorbike, including junctions, congestion and
  // finding a place to park; one-way streets and few river crossings lengthen routes.
  drive: { kmh: 25, detour: 1.4 },
  // Tour and ferry boats in Lan Hạ Bay cruise at about 8 knots (15 km/h); routes
  // bend round islets and farms but water is mostly open, so the detour is small.
  boat: { kmh: 15, detour: 1.2 },
}

/** Minutes to cover a straight-line distance by the given mode, allowing for detours, rounded up (at least 1). */
export function travelMinutes(straightMeters: number, mode: TravelMode): number {
  const { kmh, detour } = TRAVEL_PACES[mode]
  return Math.max(1, Math.ceil((straightMeters * detour) / ((kmh * 1000) / 60)))
}

/** Minutes to walk a straight-line distance through streets, rounded up. */
export function walkingMinutes(straightMeters: number): number {
  return travelMinutes(straightMeters, 'walk')
}
