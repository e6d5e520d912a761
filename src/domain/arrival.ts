/**
 * Has the visitor reached a stop? Decided from one position fix, so that follow mode can tick
 * stops off by itself without ticking them off while the visitor is still on the way.
 */
import type { TravelMode } from '@/content/schema'
import { distanceMeters, type LonLat } from './geo'

export interface Fix {
  position: LonLat
  /** metres, 95 % */
  accuracy: number
}

export type ArrivalState = 'arrived' | 'near' | 'away' | 'inaccurate'

export interface ArrivalCheck {
  state: ArrivalState
  /** Metres from the fix to the stop, whatever the state, so the UI can always show it. */
  distance: number
}

/**
 * How close counts as "there", in metres. A place's point is usually the middle of the site,
 * while a visitor stops at its gate, rack, car park or anchorage.
 */
const ARRIVAL_RADIUS_M: Readonly<Record<TravelMode, number>> = {
  // Temples, markets and squares are a few dozen metres across; phones outdoors are good to 10-30 m.
  walk: 40,
  // Cyclists stop at a rack or the kerb, a little further from the middle than walkers.
  bike: 60,
  // Parking is rarely at the door: a car park or a motorbike rank down the street.
  drive: 150,
  // A boat anchors off a bay, beach or floating village rather than at the point itself.
  boat: 250,
}

/**
 * Fixes worse than this come from wifi or cell towers, not satellites: a 2 km fix must not tick
 * off a stop. Browsers report GPS fixes outdoors at well under 50 m, so 100 m rejects no real
 * GPS fix. It is the same for every mode: a wide radius does not make a poor fix any better.
 */
export const MAX_USABLE_ACCURACY_M = 100

/** "Near" is within this many radii: close enough to start looking out for the place. */
const NEAR_FACTOR = 3

export function arrivalRadius(mode: TravelMode): number {
  return ARRIVAL_RADIUS_M[mode]
}

/**
 * The rules, in order:
 * 1. If even the far edge of the fix's accuracy circle is inside the radius, the visitor is there
 *    whatever the accuracy (this lets a coarse fix count in the wide boat and drive radii).
 * 2. Otherwise a fix worse than MAX_USABLE_ACCURACY_M is 'inaccurate' and never arrives.
 * 3. 'arrived' when the distance is within the radius plus a slack of half the accuracy, capped
 *    at the radius. The accuracy is a 95 % radius and the median error of a GPS fix is about half
 *    of it, so the slack gives a typical 10-30 m phone fix the benefit of its likely error and
 *    arrival fires on reaching the site; the cap means a poor fix can at most double the radius
 *    (walking: 80 m at 100 m accuracy), never tick off a stop from the next street but one.
 * 4. 'near' within NEAR_FACTOR radii of the fix, else 'away'.
 */
export function checkArrival(fix: Fix, stop: LonLat, mode: TravelMode): ArrivalCheck {
  const distance = distanceMeters(fix.position, stop)
  const radius = arrivalRadius(mode)
  // A negative accuracy is nonsense; NaN stays NaN and fails every comparison below, i.e. 'inaccurate'.
  const accuracy = Math.max(0, fix.accuracy)
  if (distance + accuracy <= radius) return { state: 'arrived', distance }
  if (!(accuracy <= MAX_USABLE_ACCURACY_M)) return { state: 'inaccurate', distance }
  if (distance <= radius + Math.min(accuracy / 2, radius)) return { state: 'arrived', distance }
  return { state: distance <= NEAR_FACTOR * radius ? 'near' : 'away', distance }
}
