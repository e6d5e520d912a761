/**
 * Ordering events by their next occurrence, for the home page and the event
 * list. Pure functions over the domain module src/domain/event-occurrences.ts.
 */
import type { ContentEvent } from '@/content/model'
import { nextOccurrence, type Occurrence } from '@/domain/event-occurrences'
import { addDays, compare, type LocalDate } from '@/domain/local-date'

export interface ScheduledEvent {
  event: ContentEvent
  /** Running today or the next to start; undefined when no date is left. */
  next: Occurrence | undefined
}

/** Every event with its next occurrence: soonest first, then the ones without dates (in content order). */
export function scheduleEvents(events: readonly ContentEvent[], today: LocalDate): ScheduledEvent[] {
  const scheduled = events.map((event) => ({ event, next: nextOccurrence(event, today) }))
  return scheduled.sort((a, b) => {
    if (a.next && b.next) return compare(a.next.start, b.next.start)
    return a.next ? -1 : b.next ? 1 : 0
  })
}

/** Events running today or starting within `days` days, soonest first. */
export function upcomingEvents(events: readonly ContentEvent[], today: LocalDate, days: number): ScheduledEvent[] {
  const last = addDays(today, days)
  return scheduleEvents(events, today).filter(({ next }) => next !== undefined && compare(next.start, last) <= 0)
}
