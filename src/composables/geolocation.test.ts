import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useGeolocation } from './geolocation'

/** A Geolocation double that lets the test deliver positions and errors. */
function fakeGeolocation() {
  const watches = new Map<number, { ok: PositionCallback; fail?: PositionErrorCallback | null }>()
  let next = 1
  const geolocation = {
    watchPosition(ok: PositionCallback, fail?: PositionErrorCallback | null) {
      watches.set(next, { ok, fail })
      return next++
    },
    clearWatch(id: number) {
      watches.delete(id)
    },
    getCurrentPosition() {},
  } as unknown as Geolocation
  return {
    navigator: { geolocation },
    watches,
    deliver(longitude: number, latitude: number, accuracy = 20) {
      for (const { ok } of watches.values()) {
        ok({ coords: { longitude, latitude, accuracy }, timestamp: 1_700_000_000_000 } as GeolocationPosition)
      }
    },
    fail(code: 1 | 2 | 3) {
      const error = { code, message: 'x', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }
      for (const { fail } of [...watches.values()]) fail?.(error as GeolocationPositionError)
    },
  }
}

describe('useGeolocation', () => {
  it('asks for nothing until started, then reports positions', () => {
    const fake = fakeGeolocation()
    const scope = effectScope()
    const geo = scope.run(() => useGeolocation({ navigator: fake.navigator }))!
    expect(geo.isSupported).toBe(true)
    expect(fake.watches.size).toBe(0)
    geo.start()
    expect(geo.status.value).toBe('locating')
    fake.deliver(106.68, 20.86, 15)
    expect(geo.status.value).toBe('watching')
    expect(geo.position.value).toEqual({
      longitude: 106.68,
      latitude: 20.86,
      accuracy: 15,
      timestamp: 1_700_000_000_000,
    })
    scope.stop()
  })

  it('clears the watch when its scope ends', () => {
    const fake = fakeGeolocation()
    const scope = effectScope()
    scope.run(() => useGeolocation({ navigator: fake.navigator }))!.start()
    expect(fake.watches.size).toBe(1)
    scope.stop()
    expect(fake.watches.size).toBe(0)
  })

  it('says "denied" and stops watching when the user refuses', () => {
    const fake = fakeGeolocation()
    const geo = useGeolocation({ navigator: fake.navigator })
    geo.start()
    fake.fail(1)
    expect(geo.status.value).toBe('denied')
    expect(fake.watches.size).toBe(0)
  })

  it('says "unavailable" but keeps waiting when the device cannot find itself yet', () => {
    const fake = fakeGeolocation()
    const geo = useGeolocation({ navigator: fake.navigator })
    geo.start()
    fake.fail(3)
    expect(geo.status.value).toBe('unavailable')
    fake.deliver(106.7, 20.9)
    expect(geo.status.value).toBe('watching')
    geo.stop()
  })

  it('says "unsupported" without a Geolocation API', () => {
    const geo = useGeolocation({ navigator: {} as Pick<Navigator, 'geolocation'> })
    expect(geo.isSupported).toBe(false)
    geo.start()
    expect(geo.status.value).toBe('unsupported')
  })

  it('starts one watch however often it is started', () => {
    const fake = fakeGeolocation()
    const geo = useGeolocation({ navigator: fake.navigator })
    geo.start()
    geo.start()
    expect(fake.watches.size).toBe(1)
    geo.stop()
    expect(geo.status.value).toBe('idle')
  })
})
