import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, createApp, effectScope } from 'vue'
import { catalogKey, createCatalog } from './catalog'
import { useMinuteClock, useOpeningStatus } from './opening-status'
import { clockKey } from './today'
import { FIXTURE_MANIFEST } from '@/views/app-harness'

/** Runs `fn` as a component's setup would: with the catalog and a clock reading `current()` provided. */
function withApp<T>(current: () => Date, fn: () => T) {
  const app = createApp({})
  app.provide(catalogKey, createCatalog(FIXTURE_MANIFEST))
  app.provide(clockKey, current)
  const scope = effectScope()
  const result = app.runWithContext(() => scope.run(fn))!
  return { result, scope }
}

const museum = { opening_hours: 'Tu-Su 08:00-11:30,13:30-17:00; PH off' }

describe('useOpeningStatus', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('re-evaluates when the minute turns, and stops with its scope', () => {
    let now = new Date('2026-03-03T16:59:30+07:00')
    const { result: status, scope } = withApp(
      () => now,
      () => {
        const statusOf = useOpeningStatus()
        return computed(() => statusOf(museum))
      },
    )
    expect(status.value).toEqual({ state: 'open', closesAt: { date: { year: 2026, month: 3, day: 3 }, time: '17:00' } })
    now = new Date('2026-03-03T17:00:00+07:00')
    vi.advanceTimersByTime(30_000)
    expect(status.value).toEqual({
      state: 'closed',
      opensAt: { date: { year: 2026, month: 3, day: 4 }, time: '08:00' },
    })
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('closes for Vietnamese public holidays: Tết 2026', () => {
    const { result: statusOf } = withApp(
      () => new Date('2026-02-17T10:00:00+07:00'),
      () => useOpeningStatus(),
    )
    expect(statusOf(museum)).toMatchObject({ state: 'closed', opensAt: { date: { year: 2026, month: 2, day: 20 } } })
  })

  it('says unknown for a place without hours', () => {
    const { result: statusOf } = withApp(
      () => new Date('2026-03-03T10:00:00+07:00'),
      () => useOpeningStatus(),
    )
    expect(statusOf({ opening_hours: undefined })).toEqual({ state: 'unknown' })
  })

  it('shares a clock passed in instead of starting its own', () => {
    const { scope } = withApp(
      () => new Date('2026-03-03T10:00:00+07:00'),
      () => useOpeningStatus({ now: useMinuteClock() }),
    )
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
  })
})
