// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ContentEvent } from '@/content/model'
import { downloadText } from '@/composables/download'
import { clockKey } from '@/composables/today'
import { componentGlobals } from '@/views/app-harness'
import AddToCalendar from './AddToCalendar.vue'

vi.mock('@/composables/download', () => ({ downloadText: vi.fn() }))

const NOW = new Date('2026-09-01T03:00:00Z')
const base = { overrides: [], images: [], tags: [], featured: false }
const lunarEvent: ContentEvent = {
  ...base,
  id: 'le-hoi',
  venue: 'den-nghe',
  schedule: { type: 'lunar', month: 8, day: 9, leap: false, duration: 1 },
  times: { start: '07:00', end: '11:30' },
}
const occurrence = {
  start: { year: 2026, month: 9, day: 19 },
  end: { year: 2026, month: 9, day: 19 },
  year: 2026,
  lunar: { month: 8, day: 9, leap: false },
}

async function mountIt(event: ContentEvent, props: { occurrence?: typeof occurrence } = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:locale/events/:id', name: 'event', component: { template: '<div />' } }],
  })
  await router.push('/en/events/le-hoi')
  const globals = await componentGlobals('en')
  return mount(AddToCalendar, {
    props: { event, occurrence: props.occurrence },
    global: {
      ...globals,
      plugins: [...globals.plugins, router],
      provide: { ...globals.provide, [clockKey]: () => NOW },
    },
  })
}

function lastDownload() {
  const [text, fileName, type] = vi.mocked(downloadText).mock.lastCall!
  const root = new ICAL.Component(ICAL.parse(text))
  return { text, fileName, type, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

afterEach(() => vi.mocked(downloadText).mockReset())

describe('AddToCalendar', () => {
  it('saves the shown date with the event text, venue and a link in the current locale', async () => {
    const wrapper = await mountIt(lunarEvent, { occurrence })
    await wrapper.get('[data-testid="add-to-calendar-occurrence"]').trigger('click')
    const { fileName, type, events } = lastDownload()
    expect(fileName).toBe('temple-festival.ics')
    expect(type).toBe('text/calendar')
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event!.summary).toBe('Temple festival')
    expect(event!.uid).toBe('le-hoi-20260919@hai-phong')
    expect(event!.startDate.toString()).toBe('2026-09-19T07:00:00')
    expect(event!.description).toContain('Yearly festival')
    expect(event!.description).toMatch(/\/en\/events\/le-hoi$/)
    expect(event!.location).toBeTruthy()
  })

  it('saves every year of a lunar rule as separate dates', async () => {
    const wrapper = await mountIt(lunarEvent, { occurrence })
    const button = wrapper.get('[data-testid="add-to-calendar-series"]')
    expect(button.text()).toContain('Add every year')
    await button.trigger('click')
    const { events } = lastDownload()
    expect(events).toHaveLength(10)
    expect(events[0]!.startDate.toString()).toBe('2026-09-19T07:00:00')
  })

  it('hides the date button with no date, and the series button for a single listed date', async () => {
    const dated: ContentEvent = {
      ...base,
      id: 'le-hoi',
      venue: 'den-nghe',
      schedule: { type: 'dates', dates: [{ start: '2026-10-01' }] },
    }
    const single = await mountIt(dated, { occurrence })
    expect(single.find('[data-testid="add-to-calendar-series"]').exists()).toBe(false)
    const none = await mountIt({ ...dated, schedule: { type: 'dates', dates: [{ start: '2020-10-01' }] } })
    expect(none.find('[data-testid="add-to-calendar-occurrence"]').exists()).toBe(false)
    expect(none.html()).toBe('<!--v-if-->')
  })
})
