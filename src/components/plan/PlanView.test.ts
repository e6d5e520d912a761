// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Place } from '@/content/model'
import { catalogKey, createCatalog } from '@/composables/catalog'
import { clockKey } from '@/composables/today'
import { STORAGE_KEYS } from '@/constants'
import type { Plan } from '@/domain/plan'
import { loadPlan, savePlan } from '@/stores/plan-storage'
import { settingsStorageKey } from '@/stores/settings'
import { createMemoryStorage, type KeyValueStorage } from '@/stores/settings-storage'
import { componentGlobals, FIXTURE_MANIFEST } from '@/views/app-harness'
import PlanView from '@/views/PlanView.vue'
import ExportActions from '@/components/common/ExportActions.vue'
import AddToPlanButton from './AddToPlanButton.vue'
import type PlanTotals from './PlanTotals.vue'

/*
 * Behaviour only: the UI text is checked where it is interpolated, since the
 * message files are merged separately.
 */
const NOW = new Date('2026-09-01T03:00:00Z')

/** Four more places on a west-east line (about 1 km per 0.01°), with no text: they show their ids. */
const onLine = (id: string, lon: number): Place => ({ ...FIXTURE_MANIFEST.places[1]!, id, location: [lon, 20.86] })
const CATALOG = createCatalog({
  ...FIXTURE_MANIFEST,
  places: [
    ...FIXTURE_MANIFEST.places,
    onLine('west', 106.6),
    onLine('middle', 106.62),
    onLine('east', 106.64),
    onLine('far-east', 106.66),
    // A valid content id that Object.prototype also has; this place has no text, so it shows its id.
    onLine('constructor', 106.7),
  ],
})

const Stub = { render: () => h('p') }

/** The fixture's globals in English; the plan's messages are merged separately, so no warning per missing key. */
async function quietGlobals() {
  const globals = await componentGlobals('en')
  globals.plugins[0]!.global.missingWarn = false
  globals.plugins[0]!.global.fallbackWarn = false
  return globals
}

async function mountPlan(path = '/en/plan', plan?: Plan, storage: KeyValueStorage = createMemoryStorage()) {
  if (plan) savePlan(storage, { plan, updatedAt: NOW.toISOString() })
  const globals = await quietGlobals()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/:locale/plan', name: 'plan', component: Stub },
      { path: '/:locale/places', name: 'places', component: Stub },
      { path: '/:locale/places/:id', name: 'place', component: Stub },
      { path: '/:locale/saved', name: 'saved', component: Stub },
    ],
  })
  await router.push(path)
  await router.isReady()
  const app = mount(PlanView, {
    attachTo: document.body,
    global: {
      plugins: [...globals.plugins, router, createPinia()],
      provide: {
        ...globals.provide,
        [catalogKey as symbol]: CATALOG,
        [settingsStorageKey as symbol]: storage,
        [clockKey as symbol]: () => NOW,
      },
    },
  })
  await flushPromises()
  return { app, router, storage }
}

const days = (storage: KeyValueStorage) => loadPlan(storage, NOW).value.plan.days
const rowIds = (app: VueWrapper, day = 1) =>
  app.findAll(`[data-day="${day}"] [data-place-id]`).map((row) => row.attributes('data-place-id'))

afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('My plan', () => {
  it('explains an empty plan and links to places and to Saved', async () => {
    const { app } = await mountPlan()
    const empty = app.get('[data-testid="plan-empty"]')
    expect(empty.findAll('a').map((a) => a.attributes('href'))).toEqual(['/en/places', '/en/saved'])
    expect(app.find('[data-testid="plan-totals"]').exists()).toBe(false)
  })

  it('lists each day with its places, totals and links', async () => {
    const { app } = await mountPlan('/en/plan', { days: [['bao-tang', 'west'], ['den-nghe']] })
    expect(app.findAll('[data-day]').map((day) => day.attributes('data-day'))).toEqual(['1', '2'])
    expect(rowIds(app, 1)).toEqual(['bao-tang', 'west'])
    expect(app.get('[data-place-id="bao-tang"] a').attributes('href')).toBe('/en/places/bao-tang')
    expect(app.get('[data-place-id="bao-tang"]').text()).toContain('City Museum')
    expect(app.get('[data-place-id="bao-tang"] .category-badge').text()).toBe('Museums')
    expect(app.findAll('[data-testid="plan-day-totals"]')).toHaveLength(2)
    // bao-tang (106.68) to west (106.60) is about 8.3 km in a straight line.
    const totals = app.getComponent<typeof PlanTotals>('[data-testid="plan-totals"]').props()
    expect(totals).toMatchObject({ places: 3, legs: 1 })
    expect(totals.meters).toBeCloseTo(8320, -2)
    expect(totals.minutes).toBeGreaterThan(100)
  })

  it('shows the first 200 places of a longer stored plan and says so, after a reload too, until dismissed', async () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `gone-${i}`)
    const storage = createMemoryStorage()
    storage.setItem(STORAGE_KEYS.plan, JSON.stringify({ version: 1, plan: { days: [ids] }, updatedAt: NOW }))
    const first = await mountPlan('/en/plan', undefined, storage)
    expect(first.app.get('[data-notice="plan"]').attributes('data-problem')).toBe('tooLong')
    expect(first.app.get('[data-notice="plan"]').text()).toContain('200')
    expect(rowIds(first.app)).toEqual(ids.slice(0, 200))
    first.app.unmount()

    const second = await mountPlan('/en/plan', undefined, storage)
    expect(second.app.get('[data-notice="plan"]').attributes('data-problem')).toBe('tooLong')
    await second.app.get('[data-notice="plan"] button').trigger('click')
    expect(second.app.find('[data-notice="plan"]').exists()).toBe(false)
    second.app.unmount()

    const third = await mountPlan('/en/plan', undefined, storage)
    expect(third.app.find('[data-notice="plan"]').exists()).toBe(false)
    expect(rowIds(third.app)).toEqual(ids.slice(0, 200))
  })

  it('says a damaged plan was repaired even when another page read it first', async () => {
    const storage = createMemoryStorage()
    storage.setItem(STORAGE_KEYS.plan, '{"version":1,"plan":{"days":[["bao-tang",7]]}}')
    // The Saved page, or any page with an "Add to my plan" button, loads the plan store first.
    await mountAddButton(storage)
    document.body.innerHTML = ''
    const { app } = await mountPlan('/en/plan', undefined, storage)
    expect(app.get('[data-notice="plan"]').attributes('data-problem')).toBe('corrupt')
    expect(rowIds(app)).toEqual(['bao-tang'])
  })

  it('moves a place with the keyboard buttons, keeps focus on it and announces the move', async () => {
    const { app, storage } = await mountPlan('/en/plan', { days: [['bao-tang', 'west', 'east']] })
    await app.get('[data-place-id="bao-tang"] [data-action="down"]').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['west', 'bao-tang', 'east']])
    expect(rowIds(app)).toEqual(['west', 'bao-tang', 'east'])
    expect(document.activeElement?.closest('[data-place-id]')?.getAttribute('data-place-id')).toBe('bao-tang')
    expect(document.activeElement?.getAttribute('data-action')).toBe('down')
    expect(app.get('[data-testid="plan-announcer"]').attributes('aria-live')).toBe('polite')
    expect(app.get('[data-testid="plan-announcer"]').text()).not.toBe('')

    // At the bottom, "down" is disabled: focus goes to "up" instead.
    await app.get('[data-place-id="bao-tang"] [data-action="down"]').trigger('click')
    await flushPromises()
    expect(rowIds(app)).toEqual(['west', 'east', 'bao-tang'])
    expect(document.activeElement?.getAttribute('data-action')).toBe('up')
  })

  it('adds a day, moves a place to it, and removes the day without losing the place', async () => {
    const { app, storage } = await mountPlan('/en/plan', { days: [['bao-tang', 'west']] })
    await app.get('[data-testid="plan-add-day"]').trigger('click')
    await flushPromises()
    expect(document.activeElement?.closest('[data-day]')?.getAttribute('data-day')).toBe('2')
    const toggle = app.get('[data-place-id="west"] [data-action="day"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    const menu = app.get(`#${toggle.attributes('aria-controls')}`)
    await menu.get('button').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['bao-tang'], ['west']])
    expect(document.activeElement?.closest('[data-day]')?.getAttribute('data-day')).toBe('2')

    await app.get('[data-day="2"] .plan-day__remove').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['bao-tang', 'west']])
  })

  it('removes a place, with undo', async () => {
    const { app, storage } = await mountPlan('/en/plan', { days: [['bao-tang', 'west']] })
    await app.get('[data-place-id="bao-tang"] [data-action="remove"]').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['west']])
    expect(document.activeElement?.closest('[data-place-id]')?.getAttribute('data-place-id')).toBe('west')
    await app.get('[data-testid="plan-undo"]').trigger('click')
    expect(days(storage)).toEqual([['bao-tang', 'west']])
    expect(app.find('[data-testid="plan-undo"]').exists()).toBe(false)
  })

  it('moves a place by HTML5 drag and drop onto another day', async () => {
    const { app, storage } = await mountPlan('/en/plan', { days: [['bao-tang', 'west'], ['east']] })
    const handle = app.get('[data-place-id="bao-tang"] [data-drag-handle]')
    expect(handle.attributes('draggable')).toBe('true')
    await handle.trigger('dragstart')
    // Below the middle of every row (happy-dom lays nothing out): the end of day 2.
    await app.get('[data-place-id="east"]').trigger('dragover', { clientY: 10 })
    expect(app.get('[data-day="2"] ol').classes()).toContain('is-drop-end')
    await app.get('[data-place-id="east"]').trigger('drop', { clientY: 10 })
    expect(days(storage)).toEqual([['west'], ['east', 'bao-tang']])
    expect(app.find('.is-drop-end').exists()).toBe(false)
  })

  it('optimises a day from its first place, shows before and after, and undoes', async () => {
    const { app, storage } = await mountPlan('/en/plan', { days: [['west', 'far-east', 'middle', 'east']] })
    await app.get('[data-testid="plan-optimise"]').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['west', 'middle', 'east', 'far-east']])
    expect(app.get('[data-testid="plan-optimise-result"]').text()).not.toBe('')
    await app.get('[data-testid="plan-optimise-undo"]').trigger('click')
    expect(days(storage)).toEqual([['west', 'far-east', 'middle', 'east']])
    expect(app.find('[data-testid="plan-optimise-result"]').exists()).toBe(false)
  })

  it('optimises from the visitor position only after the click, falling back to the first place when refused', async () => {
    let asked = 0
    const geolocation = {
      watchPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => {
        asked++
        fail({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError)
        return 1
      },
      clearWatch: () => {},
    }
    vi.stubGlobal('navigator', { ...navigator, geolocation })
    const { app, storage } = await mountPlan('/en/plan', { days: [['east', 'far-east', 'west', 'middle']] })
    await app.get('input[value="position"]').setValue(true)
    expect(asked).toBe(0)
    await app.get('[data-testid="plan-optimise"]').trigger('click')
    await flushPromises()
    expect(asked).toBe(1)
    expect(app.find('.plan-optimise__warning').exists()).toBe(true)
    // From "east", the first place, which stays first.
    expect(days(storage)[0]![0]).toBe('east')
  })

  it('optimises from the visitor position when it is known', async () => {
    const geolocation = {
      watchPosition: (ok: PositionCallback) => {
        ok({ coords: { longitude: 106.67, latitude: 20.86, accuracy: 10 }, timestamp: 0 } as GeolocationPosition)
        return 1
      },
      clearWatch: () => {},
    }
    vi.stubGlobal('navigator', { ...navigator, geolocation })
    const { app, storage } = await mountPlan('/en/plan', { days: [['west', 'middle', 'east', 'far-east']] })
    await app.get('input[value="position"]').setValue(true)
    await app.get('[data-testid="plan-optimise"]').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['far-east', 'east', 'middle', 'west']])
  })
})

describe('sharing', () => {
  it('copies the absolute link when there is no share sheet, and confirms it', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } })
    const { app } = await mountPlan('/en/plan', { days: [['bao-tang'], ['den-nghe']] })
    await app.get('[data-testid="plan-share"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(new URL('/en/plan?plan=1_bao-tang_den-nghe', window.location.href).href)
    expect(app.find('[data-testid="plan-share-copied"]').exists()).toBe(true)
  })

  it('uses the share sheet when there is one, and does nothing more when it is closed', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError')
    })
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, share, clipboard: { writeText } })
    const { app } = await mountPlan('/en/plan', { days: [['bao-tang']] })
    await app.get('[data-testid="plan-share"]').trigger('click')
    await flushPromises()
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('?plan=1_bao-tang') }))
    expect(writeText).not.toHaveBeenCalled()
  })

  it('shows the link in a read-only field when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      share: undefined,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    })
    const { app } = await mountPlan('/en/plan', { days: [['bao-tang']] })
    await app.get('[data-testid="plan-share"]').trigger('click')
    await flushPromises()
    const field = app.get<HTMLInputElement>('[data-testid="plan-share-url"]')
    expect(field.attributes('readonly')).toBeDefined()
    expect(field.element.value).toContain('/en/plan?plan=1_bao-tang')
  })

  it('makes a shared plan yours when yours is empty, reports unknown places, and drops the query', async () => {
    const { app, router, storage } = await mountPlan('/en/plan?plan=1_bao-tang.gone-place_den-nghe')
    expect(days(storage)).toEqual([['bao-tang'], ['den-nghe']])
    expect(app.get('[data-testid="shared-plan-notice"]').attributes('data-outcome')).toBe('adopted')
    expect(app.find('[data-testid="shared-plan-missing"]').exists()).toBe(true)
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('asks before replacing your plan, and keeps yours when asked to', async () => {
    const mine = { days: [['west']] }
    const { app, router, storage } = await mountPlan('/en/plan?plan=1_bao-tang', mine)
    expect(app.findAll('[data-testid="shared-plan-notice"] li')).toHaveLength(1)
    expect(days(storage)).toEqual([['west']])
    // Not answered yet: a reload asks again.
    expect(router.currentRoute.value.query).toEqual({ plan: '1_bao-tang' })
    await app.get('[data-testid="shared-plan-keep"]').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['west']])
    expect(app.find('[data-testid="shared-plan-notice"]').exists()).toBe(false)
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('replaces your plan when asked to', async () => {
    const { app, router, storage } = await mountPlan('/en/plan?plan=1_bao-tang', { days: [['west']] })
    await app.get('[data-testid="shared-plan-use"]').trigger('click')
    await flushPromises()
    expect(days(storage)).toEqual([['bao-tang']])
    expect(router.currentRoute.value.query).toEqual({})
  })

  it.each([
    ['malformed', 'not-a-plan'],
    ['newer', '9_bao-tang'],
  ])('says a %s link cannot be opened and leaves your plan alone', async (outcome, value) => {
    const { app, router, storage } = await mountPlan(`/en/plan?plan=${value}`, { days: [['west']] })
    expect(app.get('[data-testid="shared-plan-notice"]').attributes('data-outcome')).toBe(outcome)
    expect(days(storage)).toEqual([['west']])
    expect(router.currentRoute.value.query).toEqual({})
  })
})

describe('exporting', () => {
  function captureDownloads() {
    const files: { name: string; blob: Blob }[] = []
    let last: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      last = blob as Blob
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: last! })
    })
    return files
  }

  it('downloads the plan as GPX: every day in order, names in the UI language, links to the places', async () => {
    const files = captureDownloads()
    const { app } = await mountPlan('/en/plan', { days: [['den-nghe'], ['bao-tang']] })
    await app.get('[data-testid="export-gpx"]').trigger('click')
    await flushPromises()
    expect(files).toHaveLength(1)
    expect(files[0]!.name).toMatch(/\.gpx$/)
    const gpx = await files[0]!.blob.text()
    expect(gpx.indexOf('<name>Nghe Temple</name>')).toBeLessThan(gpx.indexOf('<name>City Museum</name>'))
    expect(gpx).toContain(`<link href="${new URL('/en/places/bao-tang', window.location.href).href}">`)
    expect(gpx).toContain('<time>2026-09-01T03:00:00Z</time>')
  })

  it('names a place by its id when the id is one Object.prototype has, in the GPX and its description', async () => {
    const files = captureDownloads()
    const { app } = await mountPlan('/en/plan', {
      days: [
        ['bao-tang', 'constructor'],
        ['__proto__', 'toString'],
      ],
    })
    await app.get('[data-testid="export-gpx"]').trigger('click')
    await flushPromises()
    const gpx = new DOMParser().parseFromString(await files[0]!.blob.text(), 'application/xml')
    expect(gpx.getElementsByTagName('parsererror')).toHaveLength(0)
    const metadata = gpx.getElementsByTagName('metadata')[0]!
    expect(metadata.getElementsByTagName('desc')[0]?.textContent).toBe(
      'Day 1: City Museum and constructor\nDay 2: __proto__ and toString',
    )
    // Only places the guide has are waypoints: the museum, and the place whose id is "constructor".
    const waypoints = [...gpx.getElementsByTagName('wpt')]
    expect(waypoints.map((point) => point.getElementsByTagName('name')[0]?.textContent)).toEqual([
      'City Museum',
      'constructor',
    ])
    expect(waypoints[1]!.getElementsByTagName('desc')).toHaveLength(0)
    expect(rowIds(app, 1)).toEqual(['bao-tang', 'constructor'])
    expect(app.get('[data-place-id="constructor"] h3').text()).toBe('constructor')
  })

  it('prints with the browser', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const { app } = await mountPlan('/en/plan', { days: [['bao-tang']] })
    await app.get('[data-testid="export-print"]').trigger('click')
    expect(print).toHaveBeenCalledOnce()
  })

  it('reads an itinerary route file as the track when asked to', async () => {
    const files = captureDownloads()
    const route = {
      type: 'LineString',
      coordinates: [
        [106.68, 20.86],
        [106.69, 20.87],
      ],
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(route))),
    )
    const globals = await quietGlobals()
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:locale/places/:id', name: 'place', component: Stub }],
    })
    await router.push('/en/places/bao-tang')
    const app = mount(ExportActions, {
      props: {
        name: 'Old quarter walk',
        stops: ['bao-tang', 'den-nghe'],
        trackUrl: '/route.geojson',
        fileName: 'pho-cu',
      },
      global: { ...globals, plugins: [...globals.plugins, router], stubs: {} },
    })
    await app.get('[data-testid="export-gpx"]').trigger('click')
    await flushPromises()
    const gpx = await files[0]!.blob.text()
    expect(files[0]!.name).toBe('old-quarter-walk.gpx')
    expect(gpx).toContain('<trkpt lat="20.87" lon="106.69"/>')
  })
})

async function mountAddButton(storage: KeyValueStorage, id = 'bao-tang', pinia = createPinia()) {
  const globals = await quietGlobals()
  return mount(AddToPlanButton, {
    props: { id, name: 'City Museum' },
    global: {
      ...globals,
      plugins: [...globals.plugins, pinia],
      provide: { ...globals.provide, [settingsStorageKey as symbol]: storage, [clockKey as symbol]: () => NOW },
    },
  })
}

describe('AddToPlanButton', () => {
  it('toggles the place in the plan and says so with aria-pressed', async () => {
    const storage = createMemoryStorage()
    const app = await mountAddButton(storage)
    const button = app.get('[data-testid="add-to-plan"]')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(button.text()).toContain('City Museum')
    await button.trigger('click')
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(days(storage)).toEqual([['bao-tang']])
    await button.trigger('click')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(days(storage)).toEqual([[]])
  })

  it('says the plan is full instead of silently doing nothing, and can still take a planned place out', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `place-${i}`)
    const storage = createMemoryStorage()
    savePlan(storage, { plan: { days: [ids] }, updatedAt: NOW.toISOString() })
    const pinia = createPinia()
    const app = await mountAddButton(storage, 'bao-tang', pinia)
    const button = app.get('[data-testid="add-to-plan"]')
    expect(button.attributes('aria-disabled')).toBe('true')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(button.attributes('title')).toContain('200')
    const before = storage.getItem(STORAGE_KEYS.plan)
    await button.trigger('click')
    expect(storage.getItem(STORAGE_KEYS.plan)).toBe(before)
    expect(button.attributes('aria-pressed')).toBe('false')

    const planned = await mountAddButton(storage, 'place-7', pinia)
    const remove = planned.get('[data-testid="add-to-plan"]')
    expect(remove.attributes('aria-disabled')).toBeUndefined()
    await remove.trigger('click')
    expect(days(storage)[0]).toHaveLength(199)
    // Room again: the first button is an ordinary "Add" button once more.
    expect(button.attributes('aria-disabled')).toBeUndefined()
  })
})
