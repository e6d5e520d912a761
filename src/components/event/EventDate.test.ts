// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ContentEvent } from '@/content/model'
import { componentGlobals } from '@/views/app-harness'
import EventDate from './EventDate.vue'

const base = { venue: 'den-nghe', overrides: [], images: [], tags: [], featured: false }
const lunarEvent: ContentEvent = {
  ...base,
  id: 'choi-trau',
  schedule: { type: 'lunar', month: 8, day: 9, leap: false, duration: 1 },
  times: { start: '07:00', end: '11:30' },
}
const occurrence = {
  start: { year: 2026, month: 9, day: 19 },
  end: { year: 2026, month: 9, day: 19 },
  year: 2026,
  lunar: { month: 8, day: 9, leap: false },
}
const today = { year: 2026, month: 9, day: 1 }

describe('EventDate', () => {
  it('shows the solar date with the lunar date beside it in Vietnamese', async () => {
    const wrapper = mount(EventDate, {
      props: { event: lunarEvent, occurrence, today },
      global: await componentGlobals('vi'),
    })
    expect(wrapper.get('time').attributes('datetime')).toBe('2026-09-19')
    expect(wrapper.text()).toContain('19 thg 9, 2026')
    expect(wrapper.text()).toContain('ngày 9/8 âm lịch')
    expect(wrapper.text()).toContain('7:00 – 11:30')
  })

  it('says "on now" during the event and uses the locale clock', async () => {
    const wrapper = mount(EventDate, {
      props: { event: lunarEvent, occurrence, today: occurrence.start },
      global: await componentGlobals('en'),
    })
    expect(wrapper.text()).toContain('On now')
    expect(wrapper.text()).toContain('7:00 AM – 11:30 AM')
    expect(wrapper.text()).toContain('day 9 of lunar month 8')
  })

  it('shows no lunar date for solar events and a note when no date is left', async () => {
    const solar: ContentEvent = {
      ...base,
      id: 'quoc-khanh',
      schedule: { type: 'solar', month: 9, day: 2, duration: 1 },
    }
    const globals = await componentGlobals('vi')
    const dated = mount(EventDate, {
      props: { event: solar, occurrence: { ...occurrence, lunar: undefined }, today },
      global: globals,
    })
    expect(dated.text()).not.toContain('âm lịch')
    const undated = mount(EventDate, { props: { event: solar, occurrence: undefined, today }, global: globals })
    expect(undated.text()).toBe('Chưa có ngày tổ chức sắp tới.')
  })
})
