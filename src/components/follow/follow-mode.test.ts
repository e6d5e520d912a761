// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '@/constants'
import { createMemoryStorage } from '@/stores/settings-storage'
import { mountApp } from '@/views/app-harness'

/**
 * Follow mode through the whole app (router, store, i18n), with the
 * browser's geolocation and permissions replaced by doubles the test drives.
 */

type Watch = { ok: PositionCallback; fail?: PositionErrorCallback | null }
let watches: Map<number, Watch>
let permission: PermissionState

beforeEach(() => {
  watches = new Map()
  permission = 'prompt'
  let next = 1
  const geolocation = {
    watchPosition: (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      watches.set(next, { ok, fail })
      return next++
    },
    clearWatch: (id: number) => watches.delete(id),
    getCurrentPosition() {},
  }
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true })
  Object.defineProperty(navigator, 'permissions', {
    value: { query: async () => ({ state: permission }) },
    configurable: true,
  })
})

afterEach(() => {
  document.body.innerHTML = ''
})

/** Both fixture stops are at this point (see app-harness.ts). */
function deliver(longitude = 106.68, latitude = 20.86, accuracy = 12) {
  for (const { ok } of watches.values()) {
    ok({ coords: { longitude, latitude, accuracy }, timestamp: Date.now() } as GeolocationPosition)
  }
}

function fail(code: 1 | 2) {
  const error = { code, message: 'x', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }
  for (const { fail } of [...watches.values()]) fail?.(error as GeolocationPositionError)
}

const byTestId = (app: VueWrapper, id: string) => app.find(`[data-testid="${id}"]`)
const rows = (app: VueWrapper) =>
  app
    .findAll('[data-testid="follow-stop"]')
    .map((row) => `${row.attributes('data-stop-id')}:${row.attributes('data-state')}`)
const click = async (app: VueWrapper, selector: string) => {
  await app.get(selector).trigger('click')
  await flushPromises()
}

describe('follow mode', () => {
  it('shows the next stop and the progress, and asks for no position on load', async () => {
    const { app } = await mountApp('/en/itineraries/pho-cu/follow')
    await flushPromises()
    expect(app.get('h1').text()).toBe('Old quarter walk')
    expect(document.title).toBe('Follow: Old quarter walk · Hai Phong guide')
    expect(byTestId(app, 'next-stop-name').text()).toBe('City Museum')
    expect(byTestId(app, 'follow-progress-count').text()).toBe('0 of 2 visited')
    expect(rows(app)).toEqual(['bao-tang:next', 'den-nghe:todo'])
    expect(app.text()).toContain('Start here')
    expect(byTestId(app, 'next-stop-distance').exists()).toBe(false)
    expect(byTestId(app, 'use-position').text()).toBe('Use my position')
    expect(watches.size).toBe(0)
  })

  it('starts by itself when the position is already allowed', async () => {
    permission = 'granted'
    await mountApp('/en/itineraries/pho-cu/follow')
    await flushPromises()
    expect(watches.size).toBe(1)
  })

  it('guides with the position, ticks a stop off on arrival and undoes it', async () => {
    const { app } = await mountApp('/en/itineraries/pho-cu/follow')
    await flushPromises()
    await click(app, '[data-testid="use-position"]')
    expect(watches.size).toBe(1)
    expect(byTestId(app, 'use-position').text()).toBe('Stop using my position')

    // About 340 m south-west of the stops.
    deliver(106.6775, 20.8578, 12)
    await flushPromises()
    expect(byTestId(app, 'next-stop-distance').text()).toMatch(/^3\d0 m$/)
    expect(app.text()).toContain('north-east')
    expect(app.text()).toMatch(/about \d+ minutes on foot/)
    expect(app.text()).toContain('±12 m')

    deliver()
    await flushPromises()
    const notice = byTestId(app, 'arrival-notice')
    expect(notice.text()).toContain('Marked City Museum visited')
    expect(notice.element.closest('[role="status"]')).not.toBeNull()
    expect(rows(app)).toEqual(['bao-tang:visited', 'den-nghe:next'])
    expect(byTestId(app, 'follow-progress-count').text()).toBe('1 of 2 visited')

    await click(app, '[data-testid="arrival-undo"]')
    expect(byTestId(app, 'arrival-notice').exists()).toBe(false)
    expect(rows(app)).toEqual(['bao-tang:next', 'den-nghe:todo'])
    // Still there: the stop the visitor undid is not ticked off again.
    deliver()
    await flushPromises()
    expect(rows(app)).toEqual(['bao-tang:next', 'den-nghe:todo'])
  })

  it('says that manual mode works when the position is refused', async () => {
    const { app } = await mountApp('/en/itineraries/pho-cu/follow')
    await flushPromises()
    expect(byTestId(app, 'manual-mode-message').exists()).toBe(false)
    await click(app, '[data-testid="use-position"]')
    fail(1)
    await flushPromises()
    expect(byTestId(app, 'manual-mode-message').text()).toContain('Manual mode works')
    expect(app.text()).toContain('not shared with this guide')
  })

  it('works by hand: visit, skip, reorder, and keeps it for the next visit', async () => {
    const storage = createMemoryStorage()
    const { app } = await mountApp('/en/itineraries/pho-cu/follow', { storage })
    await flushPromises()
    const row = (id: string, action: string) => `[data-stop-id="${id}"] [data-action="${action}"]`

    expect(app.get(row('bao-tang', 'up')).attributes('aria-disabled')).toBe('true')
    expect(app.get(row('den-nghe', 'up')).attributes('aria-label')).toBe('Move up: Nghe Temple')
    await click(app, row('den-nghe', 'up'))
    expect(rows(app)).toEqual(['den-nghe:next', 'bao-tang:todo'])
    expect(document.activeElement).toBe(app.get(row('den-nghe', 'down')).element)

    await click(app, row('den-nghe', 'skip'))
    expect(rows(app)).toEqual(['den-nghe:skipped', 'bao-tang:next'])
    expect(app.get(row('den-nghe', 'skip')).text()).toBe('Unskip')
    await click(app, row('bao-tang', 'visit'))
    expect(app.get(row('bao-tang', 'visit')).text()).toBe('Undo')
    expect(byTestId(app, 'follow-progress-count').text()).toBe('1 of 2 visited')
    expect(app.text()).toContain('1 skipped')
    expect(byTestId(app, 'follow-complete').text()).toContain('You visited 1 of 2 stops.')
    expect(app.get('progress').attributes()).toMatchObject({ value: '2', max: '2' })
    expect(storage.getItem(STORAGE_KEYS.itineraryProgress)).toContain('bao-tang')

    app.unmount()
    const again = await mountApp('/en/itineraries/pho-cu/follow', { storage })
    await flushPromises()
    expect(rows(again.app)).toEqual(['den-nghe:skipped', 'bao-tang:visited'])
  })

  it('resets progress only after confirmation', async () => {
    const { app } = await mountApp('/en/itineraries/pho-cu/follow')
    await flushPromises()
    await click(app, '[data-stop-id="bao-tang"] [data-action="visit"]')
    await click(app, '[data-testid="reset-progress"]')
    expect(app.text()).toContain('Start this itinerary over?')
    await click(app, '.reset__answers .button:not(.button--primary)')
    expect(rows(app)).toEqual(['bao-tang:visited', 'den-nghe:next'])

    await click(app, '[data-testid="reset-progress"]')
    await click(app, '[data-testid="reset-confirm"]')
    expect(rows(app)).toEqual(['bao-tang:next', 'den-nghe:todo'])
    expect(document.activeElement).toBe(byTestId(app, 'reset-progress').element)
  })

  it('speaks Vietnamese', async () => {
    const { app } = await mountApp('/vi/itineraries/pho-cu/follow')
    await flushPromises()
    expect(byTestId(app, 'use-position').text()).toBe('Dùng vị trí của tôi')
    expect(byTestId(app, 'follow-progress-count').text()).toBe('Đã tham quan 0/2 điểm')
    expect(byTestId(app, 'next-stop-name').text()).toBe('Bảo tàng Hải Phòng')
  })
})
