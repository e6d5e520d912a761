import { describe, expect, it } from 'vitest'
import type { ContentEvent } from '@/content/model'
import { scheduleEvents, upcomingEvents } from './event-schedule'

function event(id: string, schedule: ContentEvent['schedule']): ContentEvent {
  return { id, schedule, venue: 'somewhere', overrides: [], images: [], tags: [], featured: false }
}

const today = { year: 2026, month: 5, day: 10 }
const past = event('past', { type: 'dates', dates: [{ start: '2025-01-01' }] })
const soon = event('soon', { type: 'dates', dates: [{ start: '2026-05-20' }] })
const running = event('running', { type: 'dates', dates: [{ start: '2026-05-08', end: '2026-05-12' }] })
const yearly = event('yearly', { type: 'solar', month: 9, day: 2, duration: 1 })

describe('scheduleEvents', () => {
  it('puts the soonest first and events without dates last', () => {
    const ids = scheduleEvents([past, yearly, soon, running], today).map((s) => s.event.id)
    expect(ids).toEqual(['running', 'soon', 'yearly', 'past'])
  })
})

describe('upcomingEvents', () => {
  it('keeps running events and those starting within the window', () => {
    expect(upcomingEvents([past, yearly, soon, running], today, 30).map((s) => s.event.id)).toEqual(['running', 'soon'])
  })
})
