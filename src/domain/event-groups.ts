/**
 * The events page's view of time: occurrences grouped the way a festival-goer
 * plans ("on now", "this weekend", "this month", "later", "past"), and the
 * month calendar's grid and marked days. Pure functions over
 * ./event-occurrences.ts; "today" is an argument.
 *
 * Decisions:
 * - Upcoming groups show each event once, in the first group its soonest
 *   upcoming occurrence fits (now → weekend → month → later): next year's
 *   date of a festival listed under "this month" is on its own page, not
 *   repeated under "later".
 * - "This weekend" is what is left of it: on a Sunday everything still
 *   running is "on now", so the group is empty; on a Saturday it holds what
 *   starts on Sunday.
 * - "Past" lists each event's latest occurrence that ended within the
 *   window, the most recently ended first; an event may be both past and
 *   upcoming.
 */
import { occurrencesBetween, type EventRecurrence, type Occurrence } from './event-occurrences'
import { addDays, compare, dayOfWeek, daysInMonth, isValidDate, toIso, type LocalDate } from './local-date'

/** An event as these functions read it: an id and its schedule. */
export type GroupableEvent = EventRecurrence & { readonly id: string }

export interface EventItem<E extends GroupableEvent> {
  readonly event: E
  readonly occurrence: Occurrence
}

export const EVENT_GROUPS = ['now', 'weekend', 'month', 'later'] as const
export type EventGroup = (typeof EVENT_GROUPS)[number]

export interface EventGroups<E extends GroupableEvent> {
  readonly now: EventItem<E>[]
  readonly weekend: EventItem<E>[]
  readonly month: EventItem<E>[]
  readonly later: EventItem<E>[]
  readonly past: EventItem<E>[]
  /** Events with no occurrence from today to the horizon, in the order given. */
  readonly undated: E[]
}

export interface GroupOptions {
  /** How far "later" reaches, in months from today (default 12). */
  readonly horizonMonths?: number
  /** How far back "past" reaches, in months before today (default 12). */
  readonly pastMonths?: number
}

/** A calendar month: 1 = January. */
export interface YearMonth {
  readonly year: number
  readonly month: number
}

/** The same day `months` months later (or earlier), clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

export function lastOfMonth({ year, month }: YearMonth): LocalDate {
  return { year, month, day: daysInMonth(year, month) }
}

/**
 * The weekend a visitor means by "this weekend": the coming Saturday and
 * Sunday, or on a weekend day the rest of the current one.
 */
export function weekendOf(today: LocalDate): { from: LocalDate; to: LocalDate } {
  const weekday = dayOfWeek(today) // 0 = Sunday … 6 = Saturday
  if (weekday === 0) return { from: today, to: today }
  const saturday = addDays(today, 6 - weekday)
  return { from: saturday, to: addDays(saturday, 1) }
}

function byStart<E extends GroupableEvent>(a: EventItem<E>, b: EventItem<E>): number {
  return compare(a.occurrence.start, b.occurrence.start) || compare(a.occurrence.end, b.occurrence.end)
}

function startsWithin(occurrence: Occurrence, from: LocalDate, to: LocalDate): boolean {
  return compare(occurrence.start, from) >= 0 && compare(occurrence.start, to) <= 0
}

/** Every event's occurrences from today on and in the past window, grouped; each list soonest first (past: latest first). */
export function groupEvents<E extends GroupableEvent>(
  events: readonly E[],
  today: LocalDate,
  options: GroupOptions = {},
): EventGroups<E> {
  const horizon = addDays(addMonths(today, options.horizonMonths ?? 12), -1)
  const pastFrom = addMonths(today, -(options.pastMonths ?? 12))
  const yesterday = addDays(today, -1)
  const weekend = weekendOf(today)
  const monthEnd = lastOfMonth(today)
  const groups: EventGroups<E> = { now: [], weekend: [], month: [], later: [], past: [], undated: [] }

  for (const event of events) {
    // Sorted by start, so one running today comes first.
    const [next] = occurrencesBetween(event, today, horizon)
    if (!next) groups.undated.push(event)
    else if (compare(next.start, today) <= 0) groups.now.push({ event, occurrence: next })
    else if (compare(next.start, weekend.to) <= 0 && compare(next.end, weekend.from) >= 0) {
      groups.weekend.push({ event, occurrence: next })
    } else if (startsWithin(next, today, monthEnd)) groups.month.push({ event, occurrence: next })
    else groups.later.push({ event, occurrence: next })

    const ended = occurrencesBetween(event, pastFrom, yesterday).filter((o) => compare(o.end, today) < 0)
    const latest = ended.at(-1)
    if (latest) groups.past.push({ event, occurrence: latest })
  }

  for (const group of EVENT_GROUPS) groups[group].sort(byStart)
  groups.past.sort(
    (a, b) => compare(b.occurrence.end, a.occurrence.end) || compare(b.occurrence.start, a.occurrence.start),
  )
  return groups
}

export interface MonthCell {
  readonly date: LocalDate
  /** False for the days of the previous and next months that fill the first and last weeks. */
  readonly inMonth: boolean
}

/** The month as full weeks, Monday first, as Vietnamese and ISO calendars lay it out (4 to 6 rows). */
export function monthGrid(year: number, month: number): MonthCell[][] {
  const first = { year, month, day: 1 }
  const last = lastOfMonth({ year, month })
  // Days back to Monday: Sunday (0) is the 7th day of the week.
  let day = addDays(first, -((dayOfWeek(first) + 6) % 7))
  const weeks: MonthCell[][] = []
  while (compare(day, last) <= 0) {
    const week: MonthCell[] = []
    for (let i = 0; i < 7; i++) {
      week.push({ date: day, inMonth: day.month === month })
      day = addDays(day, 1)
    }
    weeks.push(week)
  }
  return weeks
}

/** Occurrences that overlap the month, by start then in the events' order. */
export function monthOccurrences<E extends GroupableEvent>(
  events: readonly E[],
  year: number,
  month: number,
): EventItem<E>[] {
  const first = { year, month, day: 1 }
  const last = lastOfMonth({ year, month })
  const items = events.flatMap((event) =>
    occurrencesBetween(event, first, last).map((occurrence) => ({ event, occurrence })),
  )
  return items.sort(byStart) // stable: ties keep the events' order
}

/** For the calendar: each day of the month that has events ('YYYY-MM-DD') → the ids of those events. */
export function occurrencesByDay(
  events: readonly GroupableEvent[],
  year: number,
  month: number,
): Map<string, string[]> {
  const first = { year, month, day: 1 }
  const last = lastOfMonth({ year, month })
  const days = new Map<string, string[]>()
  for (const { event, occurrence } of monthOccurrences(events, year, month)) {
    const from = compare(occurrence.start, first) < 0 ? first : occurrence.start
    const to = compare(occurrence.end, last) > 0 ? last : occurrence.end
    for (let day = from; compare(day, to) <= 0; day = addDays(day, 1)) {
      const key = toIso(day)
      const ids = days.get(key) ?? []
      if (!ids.includes(event.id)) ids.push(event.id)
      days.set(key, ids)
    }
  }
  return days
}

const MONTH_TEXT = /^(\d{4})-(\d{2})$/

/** Reads 'YYYY-MM' (the calendar's ?month=); undefined unless it names a month between `min` and `max`. */
export function parseYearMonth(text: unknown, min: YearMonth, max: YearMonth): YearMonth | undefined {
  const match = typeof text === 'string' ? MONTH_TEXT.exec(text) : null
  if (!match) return undefined
  const value = { year: Number(match[1]), month: Number(match[2]) }
  if (!isValidDate({ ...value, day: 1 })) return undefined
  const index = (m: YearMonth) => m.year * 12 + m.month
  return index(value) < index(min) || index(value) > index(max) ? undefined : value
}

/** 'YYYY-MM'. */
export function formatYearMonth({ year, month }: YearMonth): string {
  return toIso({ year, month, day: 1 }).slice(0, 7)
}
