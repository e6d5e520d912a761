/**
 * Where the visitor is in each itinerary they follow: stops visited, skipped
 * or still to do, in their own order. Persisted and kept in step with other
 * tabs by usePersistedState.
 */
import { defineStore } from 'pinia'
import {
  markVisited as markVisitedIn,
  moveRemainingStop,
  reconcileProgress,
  skipStop,
  startProgress,
  unmarkVisited as unmarkVisitedIn,
  unskipStop,
  type ItineraryProgress,
} from '@/domain/itinerary-progress'
import { ownValue } from '@/domain/own-value'
import { ITINERARY_PROGRESS_FORMAT, type ProgressByItinerary } from './itinerary-progress-storage'
import { usePersistedState } from './persisted-state'

type Step = (progress: ItineraryProgress, placeId: string, now: number) => ItineraryProgress

export const useItineraryProgressStore = defineStore('itineraryProgress', () => {
  /** As stored: not fitted to the current content (see itinerary-progress-storage.ts). */
  const {
    state: itineraries,
    problem,
    persist,
    now,
    dismissProblem,
  } = usePersistedState<ProgressByItinerary>(ITINERARY_PROGRESS_FORMAT)
  /**
   * The stop ids each itinerary was last shown with. Actions apply to the
   * progress as the visitor saw it (a stop added by a content update can be
   * ticked off; `moveRemaining`'s index counts the stops on screen), so they
   * fit the stored progress to these first.
   */
  const shownStops = new Map<string, readonly string[]>()

  // The record comes from JSON: indexing it would find `constructor` on its prototype.
  const stored = (itineraryId: string) => ownValue(itineraries.value, itineraryId)

  function put(itineraryId: string, progress: ItineraryProgress) {
    itineraries.value = { ...itineraries.value, [itineraryId]: progress }
    persist()
  }

  /** The progress fitted to the itinerary's current stops; undefined if the visitor never started it. */
  function progressFor(itineraryId: string, stopIds: readonly string[]): ItineraryProgress | undefined {
    shownStops.set(itineraryId, stopIds)
    const progress = stored(itineraryId)
    return progress && reconcileProgress(progress, stopIds)
  }

  /** Starts the itinerary afresh, replacing any earlier progress along it. */
  function start(itineraryId: string, stopIds: readonly string[]) {
    shownStops.set(itineraryId, stopIds)
    put(itineraryId, startProgress(stopIds, now().getTime()))
  }

  /** Applies one step; nothing is written when it changes nothing (unknown itinerary or stop, no-op). */
  function step(itineraryId: string, change: (progress: ItineraryProgress, now: number) => ItineraryProgress) {
    const progress = stored(itineraryId)
    if (!progress) return
    const shown = reconcileProgress(progress, shownStops.get(itineraryId) ?? progress.order)
    const next = change(shown, now().getTime())
    if (next !== shown) put(itineraryId, next)
  }

  const stepWith = (change: Step) => (itineraryId: string, placeId: string) =>
    step(itineraryId, (progress, at) => change(progress, placeId, at))

  const markVisited = stepWith(markVisitedIn)
  const unmarkVisited = stepWith(unmarkVisitedIn)
  const skip = stepWith(skipStop)
  const unskip = stepWith(unskipStop)

  /** Moves a stop still to do to `toIndex` among the stops still to do (clamped; `Infinity` is the end). */
  function moveRemaining(itineraryId: string, placeId: string, toIndex: number) {
    step(itineraryId, (progress, at) => moveRemainingStop(progress, placeId, toIndex, at))
  }

  /** Forgets the itinerary's progress, as if it had never been started. */
  function reset(itineraryId: string) {
    if (!stored(itineraryId)) return
    itineraries.value = Object.fromEntries(Object.entries(itineraries.value).filter(([id]) => id !== itineraryId))
    persist()
  }

  return {
    itineraries,
    problem,
    progressFor,
    start,
    markVisited,
    unmarkVisited,
    skip,
    unskip,
    moveRemaining,
    reset,
    dismissProblem,
  }
})
