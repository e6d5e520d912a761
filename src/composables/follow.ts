/**
 * Follow mode's reactive glue: the visitor's progress along an itinerary (the
 * progress store, persisted), the device's position, and the pure rules that
 * turn a position into guidance and arrivals (src/domain/follow-guidance.ts).
 */
import { computed, getCurrentScope, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import type { Itinerary, Place } from '@/content/model'
import { guidanceTo, stopStates, stopToMark } from '@/domain/follow-guidance'
import { nextStop, progressCounts, remainingStops } from '@/domain/itinerary-progress'
import { useItineraryProgressStore } from '@/stores/itinerary-progress'
import { useGeolocation, type PositionFix, type UseGeolocationOptions } from './geolocation'

export interface UseFollowOptions {
  /** Undefined while there is none (the view renders nothing then). */
  itinerary: MaybeRefOrGetter<Itinerary | undefined>
  /** The latest position fix, or null while the position is not known or not shared. */
  position: Readonly<Ref<Pick<PositionFix, 'longitude' | 'latitude' | 'accuracy'> | null>>
  placeOf: (id: string) => Place | undefined
}

const NO_COUNTS = { visited: 0, skipped: 0, remaining: 0, total: 0, complete: false } as const

export function useFollow(options: UseFollowOptions) {
  const store = useItineraryProgressStore()
  const itinerary = computed(() => toValue(options.itinerary))
  const stopIds = computed(() => itinerary.value?.stops.map((stop) => stop.place) ?? [])
  const progress = computed(() => itinerary.value && store.progressFor(itinerary.value.id, stopIds.value))

  // Opening follow mode starts the itinerary (the visitor pressed "Start"); progress made before is kept.
  watch(
    [itinerary, progress],
    ([current, known]) => {
      if (current && !known) store.start(current.id, stopIds.value)
    },
    { immediate: true },
  )

  const stops = computed(() => (progress.value ? stopStates(progress.value) : []))
  const next = computed(() => progress.value && nextStop(progress.value))
  const counts = computed(() => (progress.value ? progressCounts(progress.value) : NO_COUNTS))
  /** The visitor's order differs from the content's, so the editor's route line no longer fits. */
  const reordered = computed(() => stops.value.some(({ id }, i) => id !== stopIds.value[i]))

  const guidance = computed(() => {
    const fix = options.position.value
    const place = next.value ? options.placeOf(next.value) : undefined
    const mode = itinerary.value?.mode
    if (!fix || !place || !mode) return undefined
    return guidanceTo({ position: [fix.longitude, fix.latitude], accuracy: fix.accuracy }, place.location, mode)
  })

  /** The stop the last fix ticked off by itself, for the "Marked … visited · Undo" notice. */
  const arrival = ref<string | null>(null)
  /** Stops never to tick off by themselves again in this visit: ticked off once, or un-ticked by the visitor. */
  const handled = new Set<string>()

  // At most one stop per fix: the next one is checked against the next fix, not this one again.
  watch(options.position, () => {
    const id = itinerary.value?.id
    const stop = stopToMark(guidance.value, next.value, handled)
    if (!id || !stop) return
    handled.add(stop)
    store.markVisited(id, stop)
    arrival.value = stop
  })

  watch(
    () => itinerary.value?.id,
    () => {
      handled.clear()
      arrival.value = null
    },
  )

  /** Applies a store action to the current itinerary. */
  const act =
    (action: (itineraryId: string, placeId: string) => void, after?: (placeId: string) => void) =>
    (placeId: string) => {
      if (!itinerary.value) return
      action(itinerary.value.id, placeId)
      after?.(placeId)
    }

  const forget = (placeId: string) => {
    handled.add(placeId)
    if (arrival.value === placeId) arrival.value = null
  }

  const unmarkVisited = act(store.unmarkVisited, forget)

  /** "Undo" on the arrival notice: the stop is to do again, and is not ticked off by itself again. */
  function undoArrival(): void {
    if (arrival.value) unmarkVisited(arrival.value)
  }

  /** Moves a stop still to do `by` places among the stops still to do (negative is earlier). */
  function move(placeId: string, by: number): void {
    if (!itinerary.value || !progress.value) return
    const from = remainingStops(progress.value).indexOf(placeId)
    if (from >= 0) store.moveRemaining(itinerary.value.id, placeId, Math.max(0, from + by))
  }

  /** Clears visited and skipped stops and the visitor's order: the itinerary starts afresh. */
  function restart(): void {
    if (!itinerary.value) return
    store.start(itinerary.value.id, stopIds.value)
    handled.clear()
    arrival.value = null
  }

  return {
    progress,
    stops,
    next,
    counts,
    reordered,
    guidance,
    arrival,
    markVisited: act(store.markVisited),
    unmarkVisited,
    skip: act(store.skip),
    unskip: act(store.unskip),
    undoArrival,
    dismissArrival: () => (arrival.value = null),
    /** Why progress was reset or cannot be kept on this device (see the store), until dismissed. */
    problem: computed(() => store.problem),
    dismissProblem: () => store.dismissProblem(),
    move,
    restart,
  }
}

export interface UseFollowPositionOptions extends UseGeolocationOptions {
  /** Defaults to the global navigator; `permissions` is optional (older Safari lacks it). */
  navigator?: Pick<Navigator, 'geolocation'> & Partial<Pick<Navigator, 'permissions'>>
}

/**
 * The device's position for follow mode. The permission prompt must follow the
 * visitor's action ("Use my position"), never a page load; but when they have
 * already allowed this site, following starts by itself, as they would expect.
 */
export function useFollowPosition(options: UseFollowPositionOptions = {}) {
  const nav = options.navigator ?? (typeof navigator === 'undefined' ? undefined : navigator)
  const geo = useGeolocation({ ...options, navigator: nav })
  /** Between the visitor's (or the permission's) start and their stop: geolocation's own `stop` leaves 'unavailable' as it is. */
  const wanted = ref(false)
  let disposed = false
  if (getCurrentScope()) onScopeDispose(() => (disposed = true))

  function start(): void {
    wanted.value = true
    geo.start()
  }

  function stop(): void {
    wanted.value = false
    geo.stop()
  }

  const permissions = nav && 'permissions' in nav ? nav.permissions : undefined
  /** Settles once the permission check is done; for tests. */
  const checked = (async () => {
    if (!geo.isSupported || !permissions) return
    try {
      const status = await permissions.query({ name: 'geolocation' })
      if (status.state === 'granted' && !disposed && geo.status.value === 'idle') start()
    } catch {
      // Browsers that cannot query this permission: wait for the visitor's action.
    }
  })()

  /** The position is being followed; 'unavailable' is a moment without signal, the watch goes on. */
  const active = computed(() => wanted.value && ['locating', 'watching', 'unavailable'].includes(geo.status.value))
  return { ...geo, start, stop, active, checked }
}
