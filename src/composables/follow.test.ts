// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createApp, effectScope, nextTick, shallowRef } from 'vue'
import type { Itinerary, Place } from '@/content/model'
import { useItineraryProgressStore } from '@/stores/itinerary-progress'
import { settingsStorageKey } from '@/stores/settings'
import { createMemoryStorage } from '@/stores/settings-storage'
import { clockKey } from './today'
import { useFollow, useFollowPosition } from './follow'

const place = (id: string, location: [number, number]): Place => ({
  id,
  category: 'heritage',
  location,
  images: [],
  audio: [],
  tags: [],
  featured: false,
})
// About 340 m apart, west to east.
const PLACES = new Map([
  ['nha-hat', place('nha-hat', [106.6826, 20.8594])],
  ['cho-sat', place('cho-sat', [106.6857, 20.8605])],
  ['ben-binh', place('ben-binh', [106.6888, 20.8616])],
])
const ITINERARY: Itinerary = {
  id: 'pho-cu',
  mode: 'walk',
  days: 1,
  stops: [...PLACES.keys()].map((id) => ({ place: id, minutes: 30, day: 1 })),
  images: [],
  tags: [],
  featured: false,
}

type Fix = { longitude: number; latitude: number; accuracy: number }
const at = (id: string, accuracy = 10): Fix => {
  const [longitude, latitude] = PLACES.get(id)!.location
  return { longitude, latitude, accuracy }
}

function setup(storage = createMemoryStorage()) {
  const app = createApp({})
  const pinia = createPinia()
  app.provide(settingsStorageKey, storage)
  app.provide(clockKey, () => new Date('2026-09-01T03:00:00Z'))
  app.use(pinia)
  setActivePinia(pinia)
  const position = shallowRef<Fix | null>(null)
  const scope = effectScope()
  const follow = app.runWithContext(() =>
    scope.run(() => useFollow({ itinerary: ITINERARY, position, placeOf: (id) => PLACES.get(id) }))!,
  )
  return { follow, position, scope, store: useItineraryProgressStore(), storage }
}

const states = (follow: ReturnType<typeof useFollow>) => follow.stops.value.map((s) => `${s.id}:${s.state}`)

describe('useFollow', () => {
  it('starts the itinerary when opened, and keeps progress already made', () => {
    const storage = createMemoryStorage()
    const first = setup(storage)
    expect(states(first.follow)).toEqual(['nha-hat:next', 'cho-sat:todo', 'ben-binh:todo'])
    first.follow.markVisited('nha-hat')
    first.scope.stop()

    const again = setup(storage)
    expect(again.follow.next.value).toBe('cho-sat')
    expect(again.follow.counts.value).toMatchObject({ visited: 1, total: 3, complete: false })
  })

  it('guides to the next stop once a position is known', async () => {
    const { follow, position } = setup()
    expect(follow.guidance.value).toBeUndefined()
    position.value = { longitude: 106.6795, latitude: 20.8583, accuracy: 15 }
    await nextTick()
    expect(follow.guidance.value).toMatchObject({ compass: 'E', state: 'away', accuracy: 15 })
    expect(follow.guidance.value!.distance).toBeGreaterThan(300)
    expect(follow.guidance.value!.minutes).toBeGreaterThan(1)
  })

  it('ticks off the next stop on arrival, once, with an undo', async () => {
    const { follow, position } = setup()
    position.value = at('nha-hat')
    await nextTick()
    expect(follow.arrival.value).toBe('nha-hat')
    expect(follow.next.value).toBe('cho-sat')

    follow.undoArrival()
    expect(follow.arrival.value).toBeNull()
    expect(follow.next.value).toBe('nha-hat')
    // Still standing there: the undone stop is not ticked off again.
    position.value = at('nha-hat', 8)
    await nextTick()
    expect(follow.next.value).toBe('nha-hat')
    expect(follow.arrival.value).toBeNull()
  })

  it('ticks off one stop per fix, and only the next one', async () => {
    const { follow, position } = setup()
    // At the second stop: it is not the next one, so nothing happens.
    position.value = at('cho-sat')
    await nextTick()
    expect(follow.counts.value.visited).toBe(0)

    follow.skip('nha-hat')
    position.value = at('cho-sat', 9)
    await nextTick()
    expect(states(follow)).toEqual(['nha-hat:skipped', 'cho-sat:visited', 'ben-binh:next'])
  })

  it('does not tick off a stop the visitor un-ticked by hand', async () => {
    const { follow, position } = setup()
    follow.markVisited('nha-hat')
    follow.unmarkVisited('nha-hat')
    position.value = at('nha-hat')
    await nextTick()
    expect(follow.next.value).toBe('nha-hat')
  })

  it('clears the notice when its stop is un-ticked from the list', async () => {
    const { follow, position } = setup()
    position.value = at('nha-hat')
    await nextTick()
    follow.unmarkVisited('nha-hat')
    expect(follow.arrival.value).toBeNull()
  })

  it('ignores a fix too imprecise to trust', async () => {
    const { follow, position } = setup()
    position.value = { ...at('cho-sat'), accuracy: 400 }
    await nextTick()
    expect(follow.guidance.value?.state).toBe('inaccurate')
    expect(follow.counts.value.visited).toBe(0)
  })

  it('moves stops within those still to do, and says when the order differs', () => {
    const { follow } = setup()
    expect(follow.reordered.value).toBe(false)
    follow.move('ben-binh', -1)
    expect(states(follow)).toEqual(['nha-hat:next', 'ben-binh:todo', 'cho-sat:todo'])
    follow.move('ben-binh', -5)
    expect(follow.next.value).toBe('ben-binh')
    expect(follow.reordered.value).toBe(true)
  })

  it('completes when every stop is visited or skipped, and restarts afresh', async () => {
    const { follow, position } = setup()
    follow.markVisited('nha-hat')
    follow.skip('cho-sat')
    follow.markVisited('ben-binh')
    expect(follow.counts.value).toMatchObject({ visited: 2, skipped: 1, complete: true })
    expect(follow.next.value).toBeUndefined()

    follow.restart()
    expect(follow.counts.value).toMatchObject({ visited: 0, skipped: 0, complete: false })
    position.value = at('nha-hat')
    await nextTick()
    expect(follow.arrival.value).toBe('nha-hat')
  })
})

/** A navigator whose geolocation records watches and whose permission state the test sets. */
function fakeNavigator(state: PermissionState | 'throws' | 'none') {
  const watches: number[] = []
  let onError: PositionErrorCallback | null | undefined
  const geolocation = {
    watchPosition: (_: PositionCallback, fail?: PositionErrorCallback | null) => {
      onError = fail
      return watches.push(watches.length + 1)
    },
    clearWatch: () => watches.pop(),
    getCurrentPosition() {},
  } as unknown as Geolocation
  const permissions = {
    query: async () => {
      if (state === 'throws') throw new TypeError('geolocation is not a valid permission name')
      return { state } as PermissionStatus
    },
  } as unknown as Permissions
  const fail = (code: 1 | 2) =>
    onError?.({
      code,
      message: 'x',
      PERMISSION_DENIED: 1,
      POSITION_UNAVAILABLE: 2,
      TIMEOUT: 3,
    } as GeolocationPositionError)
  return { navigator: state === 'none' ? { geolocation } : { geolocation, permissions }, watches, fail }
}

describe('useFollowPosition', () => {
  it('starts by itself when the site may already know the position', async () => {
    const fake = fakeNavigator('granted')
    const scope = effectScope()
    const position = scope.run(() => useFollowPosition({ navigator: fake.navigator }))!
    await position.checked
    expect(position.status.value).toBe('locating')
    expect(position.active.value).toBe(true)
    scope.stop()
    expect(fake.watches).toEqual([])
  })

  it.each(['prompt', 'denied', 'throws', 'none'] as const)(
    'waits for the visitor when permission is %s',
    async (state) => {
      const fake = fakeNavigator(state)
      const position = useFollowPosition({ navigator: fake.navigator })
      await position.checked
      expect(position.status.value).toBe('idle')
      expect(fake.watches).toEqual([])
      position.start()
      expect(position.active.value).toBe(true)
      position.stop()
    },
  )

  it('stays active through a moment without signal, until stopped', async () => {
    const fake = fakeNavigator('prompt')
    const position = useFollowPosition({ navigator: fake.navigator })
    position.start()
    fake.fail(2)
    expect(position.status.value).toBe('unavailable')
    expect(position.active.value).toBe(true)
    position.stop()
    expect(position.active.value).toBe(false)
    expect(fake.watches).toEqual([])
  })

  it('is not active once the position is refused', async () => {
    const fake = fakeNavigator('prompt')
    const position = useFollowPosition({ navigator: fake.navigator })
    position.start()
    fake.fail(1)
    expect(position.status.value).toBe('denied')
    expect(position.active.value).toBe(false)
  })

  it('does not start after its scope ended', async () => {
    const fake = fakeNavigator('granted')
    const scope = effectScope()
    const position = scope.run(() => useFollowPosition({ navigator: fake.navigator }))!
    scope.stop()
    await position.checked
    expect(fake.watches).toEqual([])
  })
})
