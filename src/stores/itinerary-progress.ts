/**
 * Where the visitor is in each itinerary they follow: stops visited, skipped
 * or still to do, in their own order. Persisted on every change to the same
 * injected storage as the settings (`settingsStorageKey`, localStorage by
 * default), and kept in step with other open tabs through the `storage` event.
 */
import { defineStore } from 'pinia'
import { inject, onScopeDispose, ref } from 'vue'
import { STORAGE_KEYS } from '@/constants'
import { clockKey } from '@/composables/today'
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
import { loadItineraryProgress, saveItineraryProgress, type ProgressByItinerary } from './itinerary-progress-storage'
import { settingsStorageKey } from './settings'
import { browserStorage } from './settings-storage'
import type { Loaded, StorageProblem } from './versioned-storage'

type Step = (progress: ItineraryProgress, placeId: string, now: number) => ItineraryProgress

export const useItineraryProgressStore = defineStore('itineraryProgress', () => {
  const win = typeof window === 'undefined' ? undefined : window
  const storage = inject(settingsStorageKey, null) ?? browserStorage(win)
  const now = inject(clockKey, () => new Date())

  /** As stored: not fitted to the current content (see itinerary-progress-storage.ts). */
  const itineraries = ref<ProgressByItinerary>({})
  /** Why progress was dropped or cannot be kept, until the user dismisses the message. */
  const problem = ref<StorageProblem | null>(null)
  /** True while the stored value must not be overwritten (see Loaded.stored). */
  let readOnly = false
  /**
   * The stop ids each itinerary was last shown with. Actions apply to the
   * progress as the visitor saw it (a stop added by a content update can be
   * ticked off; `moveRemaining`'s index counts the stops on screen), so they
   * fit the stored progress to these first.
   */
  const shownStops = new Map<string, readonly string[]>()

  function persist() {
    if (readOnly) return
    if (saveItineraryProgress(storage, itineraries.value)) {
      if (problem.value === 'unsaved') problem.value = null
    } else {
      problem.value = 'unsaved'
    }
  }

  function apply(loaded: Loaded<ProgressByItinerary>) {
    itineraries.value = loaded.value
    if (loaded.problem) problem.value = loaded.problem
    readOnly = loaded.stored === 'readOnly'
    // Migrated or damaged data is rewritten at once, so a message is shown only once.
    if (loaded.stored === 'rewrite') persist()
  }

  apply(loadItineraryProgress(storage, now()))

  // Another tab changed the progress (or cleared the storage: key null).
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.itineraryProgress || event.key === null) apply(loadItineraryProgress(storage, now()))
  }
  win?.addEventListener('storage', onStorage)
  onScopeDispose(() => win?.removeEventListener('storage', onStorage))

  // The record comes from JSON: indexing it would find `constructor` on its prototype.
  const stored = (itineraryId: string) =>
    Object.hasOwn(itineraries.value, itineraryId) ? itineraries.value[itineraryId] : undefined

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

  function dismissProblem() {
    problem.value = null
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
