/**
 * Follow mode's rules, pure: where the next stop is from a position fix (how
 * far, which way, how long), what state each stop is in, and when a fix may
 * tick a stop off by itself.
 */
import type { TravelMode } from '@/content/schema'
import { checkArrival, type ArrivalState, type Fix } from './arrival'
import { bearingDegrees, compassPoint, travelMinutes, type CompassPoint, type LonLat } from './geo'
import { nextStop, type ItineraryProgress } from './itinerary-progress'

export interface Guidance {
  /** Straight-line metres from the fix to the stop. */
  distance: number
  /** Degrees clockwise from true north, 0 ≤ b < 360. */
  bearing: number
  compass: CompassPoint
  /** Estimated minutes to get there by the itinerary's mode. */
  minutes: number
  state: ArrivalState
  /** The fix's accuracy in metres (95 %), so the UI can show how much to trust the rest. */
  accuracy: number
}

export function guidanceTo(fix: Fix, stop: LonLat, mode: TravelMode): Guidance {
  const { state, distance } = checkArrival(fix, stop, mode)
  const bearing = bearingDegrees(fix.position, stop)
  return {
    distance,
    bearing,
    compass: compassPoint(bearing),
    minutes: travelMinutes(distance, mode),
    state,
    accuracy: fix.accuracy,
  }
}

export type StopState = 'visited' | 'skipped' | 'next' | 'todo'

/** Every stop in the visitor's order with its state; exactly one is 'next' unless none is left to do. */
export function stopStates(progress: ItineraryProgress): { id: string; state: StopState }[] {
  const next = nextStop(progress)
  return progress.order.map((id) => ({
    id,
    // Visited wins over skipped, as in itinerary-progress.ts.
    state: Object.hasOwn(progress.visited, id)
      ? 'visited'
      : progress.skipped.includes(id)
        ? 'skipped'
        : id === next
          ? 'next'
          : 'todo',
  }))
}

/**
 * The stop a fix ticks off, if any: the next stop, once the fix has arrived there, unless the
 * visitor already dealt with that stop in this visit (it was ticked off automatically before, or
 * they undid a visit to it). Without that rule, undoing a visit while still standing at the stop
 * would be overturned by the very next fix.
 */
export function stopToMark(
  guidance: Pick<Guidance, 'state'> | undefined,
  nextId: string | undefined,
  handled: ReadonlySet<string>,
): string | undefined {
  if (!guidance || nextId === undefined || guidance.state !== 'arrived' || handled.has(nextId)) return undefined
  return nextId
}
