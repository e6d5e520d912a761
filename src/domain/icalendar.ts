/**
 * "Add to calendar": an event's dates as an iCalendar file (RFC 5545) that
 * calendar apps import (Google, Apple, Outlook, Thunderbird).
 *
 * Decisions:
 * - All-day events are DATE values with an exclusive DTEND (the day after the
 *   last day), never midnights, so no app shifts them into another day.
 * - Timed events carry their wall-clock times with a TZID and a VTIMEZONE of
 *   one fixed offset (the site's zone has had no daylight saving since 1975),
 *   so they show at the right hour on a phone set to any zone.
 * - A multi-day event with daily times (e.g. 19:00–22:00 for five days) is
 *   one VEVENT on its first day repeated with RRULE:FREQ=DAILY;COUNT=n: one
 *   VEVENT from the first day's start to the last day's end would show the
 *   festival as running through the nights.
 * - A timed event with no end time has no DTEND: it is a point in time
 *   (RFC 5545 3.6.1) rather than a guessed length. An end at or before the
 *   start runs past midnight into the next day.
 * - Series: a solar yearly rule with no overrides is one VEVENT with
 *   RRULE:FREQ=YEARLY (UNTIL from `until`). Everything RRULE cannot say, or
 *   that apps handle unevenly, is spelled out as one VEVENT per occurrence
 *   over a window of years: lunar rules, overrides (moved or cancelled years),
 *   29 February, multi-day timed events (which would need two RRULEs). One
 *   VEVENT with an RDATE list would be smaller, but Google and Outlook import
 *   RDATE poorly, so separate VEVENTs are the compatible choice.
 * - Each spelled-out VEVENT has its own UID, the event's with the start date
 *   (`<id>-20260919@host`): a `dates` schedule can hold two dates in one
 *   year, and importing the same date again updates it rather than adding a
 *   copy. The single-date file uses the same UID as that date in a series.
 */
import { asciiFileName } from './file-name'
import { addDays, daysBetween, type LocalDate, toIso } from './local-date'
import { occurrencesBetween, type EventRecurrence, type Occurrence } from './event-occurrences'

export interface CalendarEventInput {
  /** Stable per event, e.g. `${eventId}@hai-phong`; occurrences add their date before the `@`. */
  uid: string
  summary: string
  description?: string
  location?: string
  /** Written as GEO, so apps can open a map. */
  position?: readonly [lon: number, lat: number]
  /** Absolute URL of the event's page. */
  url?: string
  /** Daily local times "HH:MM"; absent for an all-day event. */
  times?: { start: string; end?: string }
  /** IANA zone of the times, e.g. 'Asia/Ho_Chi_Minh'. */
  timeZone: string
  /** The zone's offset from UTC in minutes (420 for UTC+7); it must have no daylight saving. */
  utcOffsetMinutes: number
}

const PRODID = '-//Hai Phong Guide//Add to calendar//EN'
const CRLF = '\r\n'
/** RFC 5545 3.1: lines longer than 75 octets, excluding the line break, are folded. */
const MAX_LINE_OCTETS = 75
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function formatDate(date: LocalDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`
}

function formatUtc(instant: Date): string {
  const date = { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() }
  const time = [instant.getUTCHours(), instant.getUTCMinutes(), instant.getUTCSeconds()].map((n) => pad(n)).join('')
  return `${formatDate(date)}T${time}Z`
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
}

/** Minutes after midnight of "HH:MM"; throws on anything else, which the content schema should have caught. */
function minutesOf(time: string): number {
  const match = TIME.exec(time)
  if (!match) {
    throw new RangeError(
      `"${time}" is not a time of day: event times are written HH:MM on the 24-hour clock, e.g. 19:30`,
    )
  }
  return Number(match[1]) * 60 + Number(match[2])
}

/** A local date and time as iCalendar writes it with a TZID; minutes past 24 h roll into later days. */
function formatLocal(date: LocalDate, minutes: number): string {
  const day = addDays(date, Math.floor(minutes / 1440))
  const inDay = ((minutes % 1440) + 1440) % 1440
  return `${formatDate(day)}T${pad(Math.floor(inDay / 60))}${pad(inDay % 60)}00`
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  )
}

const encoder = new TextEncoder()

/**
 * Splits a content line into physical lines of at most 75 octets of UTF-8,
 * continuations starting with a space (which counts), never inside a
 * character: `for…of` walks code points, so surrogate pairs stay whole too.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

function uidFor(uid: string, start: LocalDate): string {
  const at = uid.lastIndexOf('@')
  const suffix = `-${formatDate(start)}`
  return at < 0 ? uid + suffix : uid.slice(0, at) + suffix + uid.slice(at)
}

type Property = readonly [name: string, value: string]

function descriptive(input: CalendarEventInput): Property[] {
  const properties: Property[] = [['SUMMARY', escapeText(input.summary)]]
  if (input.description) properties.push(['DESCRIPTION', escapeText(input.description)])
  if (input.location) properties.push(['LOCATION', escapeText(input.location)])
  if (input.position) properties.push(['GEO', `${input.position[1].toFixed(6)};${input.position[0].toFixed(6)}`])
  if (input.url) properties.push(['URL', input.url])
  return properties
}

/** DTSTART, DTEND and the daily RRULE of one occurrence. */
function dates(input: CalendarEventInput, occurrence: Occurrence): Property[] {
  const days = daysBetween(occurrence.start, occurrence.end) + 1
  const { times } = input
  if (!times) {
    return [
      ['DTSTART;VALUE=DATE', formatDate(occurrence.start)],
      ['DTEND;VALUE=DATE', formatDate(addDays(occurrence.end, 1))],
      // All-day festivals do not make the person busy the whole day.
      ['TRANSP', 'TRANSPARENT'],
    ]
  }
  const tzid = `;TZID=${input.timeZone}`
  const start = minutesOf(times.start)
  const properties: Property[] = [[`DTSTART${tzid}`, formatLocal(occurrence.start, start)]]
  if (times.end !== undefined) {
    const end = minutesOf(times.end)
    properties.push([`DTEND${tzid}`, formatLocal(occurrence.start, end > start ? end : end + 1440)])
  }
  if (days > 1) properties.push(['RRULE', `FREQ=DAILY;COUNT=${days}`])
  return properties
}

function vevent(uid: string, stamp: string, when: readonly Property[], input: CalendarEventInput): Property[] {
  return [['BEGIN', 'VEVENT'], ['UID', uid], ['DTSTAMP', stamp], ...when, ...descriptive(input), ['END', 'VEVENT']]
}

function vtimezone(input: CalendarEventInput): Property[] {
  const offset = formatOffset(input.utcOffsetMinutes)
  return [
    ['BEGIN', 'VTIMEZONE'],
    ['TZID', input.timeZone],
    ['BEGIN', 'STANDARD'],
    ['DTSTART', '19700101T000000'],
    ['TZOFFSETFROM', offset],
    ['TZOFFSETTO', offset],
    ['END', 'STANDARD'],
    ['END', 'VTIMEZONE'],
  ]
}

function calendar(input: CalendarEventInput, events: readonly Property[][]): string {
  const properties: Property[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', PRODID],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ...(input.times ? vtimezone(input) : []),
    ...events.flat(),
    ['END', 'VCALENDAR'],
  ]
  return properties.map(([name, value]) => foldLine(`${name}:${value}`) + CRLF).join('')
}

/** A calendar holding one occurrence (one VEVENT, repeated daily when it has times and lasts several days). */
export function occurrenceCalendar(input: CalendarEventInput, occurrence: Occurrence, now: Date): string {
  const stamp = formatUtc(now)
  return calendar(input, [vevent(uidFor(input.uid, occurrence.start), stamp, dates(input, occurrence), input)])
}

/** `date` plus whole years, on the same day of the month or the next day (29 February + 1 year = 1 March). */
function yearsLater(date: LocalDate, years: number): LocalDate {
  return addDays({ year: date.year + years, month: date.month, day: 1 }, date.day - 1)
}

/** True when one VEVENT with RRULE:FREQ=YEARLY says exactly what the rule does. */
function isPlainYearly(event: EventRecurrence, input: CalendarEventInput): boolean {
  const { schedule } = event
  return (
    schedule.type === 'solar' &&
    event.overrides.length === 0 &&
    !(schedule.month === 2 && schedule.day === 29) &&
    !(input.times && schedule.duration > 1)
  )
}

/** UNTIL: the end of the last year, in UTC for timed events as RFC 5545 3.3.10 requires. */
function untilOf(input: CalendarEventInput, year: number): string {
  const lastDay = { year, month: 12, day: 31 }
  if (!input.times) return formatDate(lastDay)
  const lastSecond = Date.UTC(year, 11, 31, 23, 59, 59) - input.utcOffsetMinutes * 60_000
  return formatUtc(new Date(lastSecond))
}

/** No `dates` schedule reaches this far: its window is open-ended. */
const FAR_FUTURE: LocalDate = { year: 9999, month: 12, day: 31 }

/**
 * The dates `seriesCalendar` writes: of a yearly rule, those overlapping
 * [from, from + years); of a `dates` schedule, all still to come.
 */
export function seriesOccurrences(event: EventRecurrence, from: LocalDate, years: number): Occurrence[] {
  const to = event.schedule.type === 'dates' ? FAR_FUTURE : addDays(yearsLater(from, years), -1)
  return occurrencesBetween(event, from, to)
}

/**
 * A calendar holding every date of an event from `from` on (see
 * `seriesOccurrences`); a plain solar rule is one open-ended RRULE instead.
 * Throws a RangeError when there is no such date: check with
 * `seriesOccurrences` before offering the file.
 */
export function seriesCalendar(
  input: CalendarEventInput,
  event: EventRecurrence,
  from: LocalDate,
  years: number,
  now: Date,
): string {
  const occurrences = seriesOccurrences(event, from, years)
  const [first] = occurrences
  if (!first) {
    throw new RangeError(
      `"${input.summary}" has no dates from ${toIso(from)} on, so there is nothing to add to a calendar; offer the file only when seriesOccurrences() finds dates.`,
    )
  }
  const stamp = formatUtc(now)
  if (isPlainYearly(event, input)) {
    const until = event.until === undefined ? '' : `;UNTIL=${untilOf(input, event.until)}`
    const when: Property[] = [...dates(input, first), ['RRULE', `FREQ=YEARLY${until}`]]
    return calendar(input, [vevent(input.uid, stamp, when, input)])
  }
  const events = occurrences.map((o) => vevent(uidFor(input.uid, o.start), stamp, dates(input, o), input))
  return calendar(input, events)
}

/**
 * A safe ASCII file name ending .ics: "Lễ hội Đền Nghè" → "le-hoi-den-nghe.ics".
 * Names with no Latin letters or digits (e.g. Chinese) fold to nothing and use
 * `fallback` (e.g. the event's id), then "event".
 */
export function calendarFileName(name: string, fallback = 'event'): string {
  return asciiFileName(name, fallback, 'ics')
}
