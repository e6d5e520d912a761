/**
 * Expands an event's schedule (content/events/<id>/meta.yaml) into dated
 * occurrences: explicit dates, a yearly solar date, or a yearly date of the
 * Vietnamese lunar calendar, with per-year overrides.
 *
 * Decisions (content authors rely on these; content:check should warn about
 * the cases that are skipped):
 * - The `year` of a yearly rule is the solar year for solar rules and the
 *   LUNAR year for lunar rules (day 15 of month 12 of lunar 2025 falls in
 *   February 2026 but is year 2025). `since`, `until` and overrides use it.
 * - Solar 29 February happens only in leap years; other years are skipped.
 *   A day the month never has (31 April) never happens.
 * - A lunar rule for a leap month happens only in years that have that leap
 *   month (leap month 4 comes about once in 19 years); other years are skipped.
 * - A lunar day 30 in a 29-day month moves to day 29, the month's last day,
 *   as the Vietnamese treat the last day of the year (Tất niên, giao thừa).
 * - An override's dates win over the rule for its year, even a year the rule
 *   would skip; its `end` defaults to start + duration − 1.
 *   The first override for a year counts.
 * - A 'dates' schedule lists its occurrences itself: since, until and
 *   overrides do not apply to it, and a missing `end` is the start day.
 * - Yearly rules are expanded up to MAX_LUNAR_YEAR (2100), the limit of the
 *   lunar calendar.
 */
import type { EventMeta, EventSchedule } from '@/content/schema'
import { addDays, compare, fromIso, isValidDate, type LocalDate } from './local-date'
import { isInCalendarRange, lunarToSolar, MAX_LUNAR_YEAR, MIN_LUNAR_YEAR, solarToLunar } from './lunar-calendar'

/** What the expander reads of an event; an EventMeta or a ContentEvent fits. */
export type EventRecurrence = Pick<EventMeta, 'schedule' | 'since' | 'until' | 'overrides'>

export interface Occurrence {
  readonly start: LocalDate
  /** Last day, inclusive. */
  readonly end: LocalDate
  /** The rule's year (lunar year for lunar rules); the start's year for explicit dates. */
  readonly year: number
  /** Lunar date of the start day, for lunar rules. */
  readonly lunar?: { readonly month: number; readonly day: number; readonly leap: boolean }
  /** True when an override moved this year's dates. */
  readonly moved?: true
}

type YearlySchedule = Exclude<EventSchedule, { type: 'dates' }>

function lastDay(start: LocalDate, duration: number): LocalDate {
  return addDays(start, duration - 1)
}

/** The later of two dates: a mistyped end before its start becomes a one-day event, not a negative one. */
function notBefore(date: LocalDate, start: LocalDate): LocalDate {
  return compare(date, start) < 0 ? start : date
}

function lunarOf(date: LocalDate): Occurrence['lunar'] {
  if (!isInCalendarRange(date)) return undefined
  const { month, day, leap } = solarToLunar(date)
  return { month, day, leap }
}

function explicitOccurrences(schedule: Extract<EventSchedule, { type: 'dates' }>): Occurrence[] {
  return schedule.dates.map(({ start, end }) => {
    const startDate = fromIso(start)
    return { start: startDate, end: end ? notBefore(fromIso(end), startDate) : startDate, year: startDate.year }
  })
}

/** The rule's own occurrence in `year`, or undefined when the rule skips that year. */
function ruleOccurrence(schedule: YearlySchedule, year: number): Occurrence | undefined {
  if (schedule.type === 'solar') {
    const start = { year, month: schedule.month, day: schedule.day }
    return isValidDate(start) ? { start, end: lastDay(start, schedule.duration), year } : undefined
  }
  const { month, leap, duration } = schedule
  let day = schedule.day
  let result = lunarToSolar({ year, month, day, leap })
  if (!result.ok && result.reason === 'no-such-day') {
    day -= 1 // day 30 of a 29-day month: the month's last day
    result = lunarToSolar({ year, month, day, leap })
  }
  if (result.ok) return { start: result.date, end: lastDay(result.date, duration), year, lunar: { month, day, leap } }
  if (result.reason === 'invalid') throw new Error(`event schedule: ${result.message}`)
  return undefined // no such leap month this year, or outside the calendar's years
}

function movedOccurrence(schedule: YearlySchedule, year: number, start: string, end: string | undefined): Occurrence {
  const startDate = fromIso(start)
  const endDate = end ? notBefore(fromIso(end), startDate) : lastDay(startDate, schedule.duration)
  const occurrence: Occurrence = { start: startDate, end: endDate, year, moved: true }
  return schedule.type === 'lunar' ? { ...occurrence, lunar: lunarOf(startDate) } : occurrence
}

function yearlyOccurrences(event: EventRecurrence, schedule: YearlySchedule, from: LocalDate, to: LocalDate) {
  // A lunar year's last months fall in the next solar year, and a long event
  // that started in an earlier year may still run inside the window.
  const reachBack = 1 + Math.ceil(schedule.duration / 365)
  const first = Math.max(from.year - reachBack, event.since ?? -Infinity, MIN_LUNAR_YEAR)
  const last = Math.min(to.year, event.until ?? Infinity, MAX_LUNAR_YEAR)
  const overridden = new Set(event.overrides.map((o) => o.year))

  const occurrences: Occurrence[] = []
  for (let year = first; year <= last; year++) {
    if (overridden.has(year)) continue
    const occurrence = ruleOccurrence(schedule, year)
    if (occurrence) occurrences.push(occurrence)
  }
  const seen = new Set<number>()
  for (const override of event.overrides) {
    if (seen.has(override.year)) continue
    seen.add(override.year)
    if (!('cancelled' in override)) {
      occurrences.push(movedOccurrence(schedule, override.year, override.start, override.end))
    }
  }
  return occurrences
}

function overlaps(occurrence: Occurrence, from: LocalDate, to: LocalDate): boolean {
  return compare(occurrence.start, to) <= 0 && compare(occurrence.end, from) >= 0
}

function byDate(a: Occurrence, b: Occurrence): number {
  return compare(a.start, b.start) || compare(a.end, b.end)
}

/**
 * Occurrences that overlap the window [from, to] (both days included), so an
 * event already running on `from` is listed; sorted by start, then end.
 */
export function occurrencesBetween(event: EventRecurrence, from: LocalDate, to: LocalDate): Occurrence[] {
  if (compare(from, to) > 0) return []
  const { schedule } = event
  const candidates =
    schedule.type === 'dates' ? explicitOccurrences(schedule) : yearlyOccurrences(event, schedule, from, to)
  return candidates.filter((o) => overlaps(o, from, to)).sort(byDate)
}

export function isOngoing(occurrence: Occurrence, today: LocalDate): boolean {
  return compare(occurrence.start, today) <= 0 && compare(today, occurrence.end) <= 0
}

/** How far ahead `nextOccurrence` looks at a time; a leap-month rule can skip many years. */
const LOOK_AHEAD_YEARS = 10

/** The occurrence running today, else the next one to start; undefined when there is none left. */
export function nextOccurrence(event: EventRecurrence, today: LocalDate): Occurrence | undefined {
  const { schedule } = event
  // The last solar year that can hold an occurrence; a lunar year ends in the next solar year.
  const horizon =
    schedule.type === 'dates'
      ? Math.max(...explicitOccurrences(schedule).map((o) => o.end.year))
      : Math.max(Math.min(event.until ?? MAX_LUNAR_YEAR, MAX_LUNAR_YEAR), ...event.overrides.map((o) => o.year)) + 1
  for (let year = today.year + 1; ; year += LOOK_AHEAD_YEARS) {
    const upTo = Math.min(year, horizon)
    const [next] = occurrencesBetween(event, today, { year: upTo, month: 12, day: 31 })
    if (next || upTo >= horizon) return next
  }
}
