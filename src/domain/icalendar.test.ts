import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { loadLocaleContent, manifest } from 'virtual:content'
import type { EventMeta } from '@/content/schema'
import { occurrencesBetween, type EventRecurrence, type Occurrence } from './event-occurrences'
import {
  calendarFileName,
  occurrenceCalendar,
  seriesCalendar,
  seriesOccurrences,
  type CalendarEventInput,
} from './icalendar'
import { addDays, type LocalDate, toIso } from './local-date'
import { lunarYearInfo } from './lunar-calendar'

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5))
const BASE: CalendarEventInput = {
  uid: 'le-hoi@hai-phong',
  summary: 'Lễ hội chọi trâu Đồ Sơn',
  timeZone: 'Asia/Ho_Chi_Minh',
  utcOffsetMinutes: 420,
}
const TIMED: CalendarEventInput = { ...BASE, times: { start: '19:00', end: '22:30' } }

const date = (year: number, month: number, day: number): LocalDate => ({ year, month, day })
const oneDay = (start: LocalDate): Occurrence => ({ start, end: start, year: start.year })

function recurrence(schedule: EventMeta['schedule'], rest: Partial<EventRecurrence> = {}): EventRecurrence {
  return { schedule, overrides: [], ...rest }
}
const solar = (month: number, day: number, duration = 1) => ({ type: 'solar' as const, month, day, duration })
const lunar = (month: number, day: number, leap = false, duration = 1) =>
  ({ type: 'lunar', month, day, leap, duration }) as const

/** Parses with ical.js, registering the file's VTIMEZONE so that times convert to UTC through it. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text))
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

const isoOf = (time: ICAL.Time) => toIso(date(time.year, time.month, time.day))
/** The instant of a local time in UTC+7, in Unix seconds. */
const vietnam = (d: LocalDate, hour: number, minute = 0) =>
  Date.UTC(d.year, d.month - 1, d.day, hour - 7, minute) / 1000

/** Start dates an event's RRULE produces, up to and including `until`. */
function expand(event: ICAL.Event, until: LocalDate): string[] {
  const iterator = event.iterator()
  const starts: string[] = []
  for (let next = iterator.next(); next && isoOf(next) <= toIso(until); next = iterator.next()) starts.push(isoOf(next))
  return starts
}

describe('occurrenceCalendar', () => {
  it('writes an all-day occurrence as dates with an exclusive end', () => {
    const text = occurrenceCalendar(BASE, oneDay(date(2026, 9, 19)), NOW)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const { root, events } = parse(text)
    expect(root.getFirstPropertyValue('version')).toBe('2.0')
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(root.getFirstPropertyValue('prodid')).toBeTruthy()
    expect(root.getAllSubcomponents('vtimezone')).toHaveLength(0)
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event!.summary).toBe('Lễ hội chọi trâu Đồ Sơn')
    expect(event!.uid).toBe('le-hoi-20260919@hai-phong')
    expect(event!.startDate.isDate).toBe(true)
    expect(event!.endDate.isDate).toBe(true)
    expect(isoOf(event!.startDate)).toBe('2026-09-19')
    expect(isoOf(event!.endDate)).toBe('2026-09-20')
    expect(text).toContain('DTSTAMP:20250102T030405Z\r\n')
  })

  it('ends an all-day event spanning a month end on the day after its last day', () => {
    const occurrence = { start: date(2025, 4, 30), end: date(2025, 5, 2), year: 2025 }
    const [event] = parse(occurrenceCalendar(BASE, occurrence, NOW)).events
    expect(isoOf(event!.startDate)).toBe('2025-04-30')
    expect(isoOf(event!.endDate)).toBe('2025-05-03')
    expect(event!.isRecurring()).toBe(false)
  })

  it('writes a timed occurrence in the site zone with a VTIMEZONE at +07:00', () => {
    const text = occurrenceCalendar(TIMED, oneDay(date(2026, 9, 19)), NOW)
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260919T190000\r\n')
    const { root, events } = parse(text)
    const zone = root.getFirstSubcomponent('vtimezone')!
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh')
    const standard = zone.getFirstSubcomponent('standard')!
    expect(standard.getFirstPropertyValue('tzoffsetfrom')?.toString()).toBe('+07:00')
    expect(standard.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+07:00')
    const [event] = events
    expect(event!.startDate.isDate).toBe(false)
    expect(event!.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh')
    expect(event!.startDate.toUnixTime()).toBe(vietnam(date(2026, 9, 19), 19))
    expect(event!.endDate.toUnixTime()).toBe(vietnam(date(2026, 9, 19), 22, 30))
  })

  it('repeats a multi-day timed occurrence daily, across a month end', () => {
    const occurrence = { start: date(2025, 4, 30), end: date(2025, 5, 2), year: 2025 }
    const [event] = parse(occurrenceCalendar(TIMED, occurrence, NOW)).events
    expect(event!.isRecurring()).toBe(true)
    const iterator = event!.iterator()
    const starts: number[] = []
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toUnixTime())
    expect(starts).toEqual([date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2)].map((d) => vietnam(d, 19)))
  })

  it('leaves out DTEND without an end time and runs an end before the start into the next day', () => {
    const open = occurrenceCalendar({ ...BASE, times: { start: '07:00' } }, oneDay(date(2026, 1, 1)), NOW)
    expect(open).not.toContain('DTEND')
    const overnight = occurrenceCalendar(
      { ...BASE, times: { start: '20:00', end: '01:00' } },
      oneDay(date(2025, 12, 31)),
      NOW,
    )
    const [event] = parse(overnight).events
    expect(event!.endDate.toUnixTime()).toBe(vietnam(date(2026, 1, 1), 1))
  })

  it('escapes text and keeps the description, location and URL', () => {
    const description = 'Giá: 10,000₫; trẻ em miễn phí\nMang theo ô \\ áo mưa'
    const input = { ...BASE, description, location: 'Sân vận động Đồ Sơn', url: 'https://example.org/vi/events/x' }
    const text = occurrenceCalendar(input, oneDay(date(2026, 9, 19)), NOW)
    expect(text.replace(/\r\n /g, '')).toContain(
      'DESCRIPTION:Giá: 10\\,000₫\\; trẻ em miễn phí\\nMang theo ô \\\\ áo mưa',
    )
    const [event] = parse(text).events
    expect(event!.description).toBe(description)
    expect(event!.location).toBe('Sân vận động Đồ Sơn')
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://example.org/vi/events/x')
  })

  it('folds long lines at 75 octets without splitting a character, and unfolding restores them', () => {
    const words = 'Lễ hội truyền thống được tổ chức hằng năm tại đền thờ, với nghi lễ rước kiệu 🏮 và đấu vật'
    let description = ''
    while (description.length < 200) description += `${words} `
    description = description.slice(0, 200)
    const text = occurrenceCalendar({ ...BASE, description }, oneDay(date(2026, 9, 19)), NOW)
    const lines = text.split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2)
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain(`DESCRIPTION:${description.replace(/,/g, '\\,')}\r\n`)
    expect(parse(text).events[0]!.description).toBe(description)
  })
})

describe('seriesCalendar', () => {
  const from = date(2025, 1, 1)
  const fiveYears = addDays(date(2030, 1, 1), -1)

  it('writes a plain solar rule as one yearly RRULE that expands to the expected dates', () => {
    for (const input of [BASE, TIMED]) {
      const event = recurrence(solar(5, 13))
      const { events } = parse(seriesCalendar(input, event, from, 5, NOW))
      expect(events).toHaveLength(1)
      expect(events[0]!.uid).toBe('le-hoi@hai-phong')
      expect(events[0]!.startDate.isDate).toBe(!input.times)
      const expected = occurrencesBetween(event, from, fiveYears).map((o) => toIso(o.start))
      expect(expected).toHaveLength(5)
      expect(expand(events[0]!, fiveYears)).toEqual(expected)
    }
  })

  it('keeps a yearly all-day event across a month end and stops at `until`, starting at `since`', () => {
    const event = recurrence(solar(4, 30, 3), { since: 2026, until: 2028 })
    const [series] = parse(seriesCalendar(BASE, event, from, 10, NOW)).events
    expect(isoOf(series!.startDate)).toBe('2026-04-30')
    expect(isoOf(series!.endDate)).toBe('2026-05-03')
    expect(expand(series!, date(2040, 1, 1))).toEqual(['2026-04-30', '2027-04-30', '2028-04-30'])
    const timed = parse(seriesCalendar(TIMED, recurrence(solar(9, 2), { until: 2027 }), from, 10, NOW)).events[0]!
    expect(expand(timed, date(2040, 1, 1))).toEqual(['2025-09-02', '2026-09-02', '2027-09-02'])
  })

  it('spells out a lunar rule, one VEVENT per year, including a year with a leap month', () => {
    expect(lunarYearInfo(2025).leapMonth).toBe(6)
    const event = recurrence(lunar(6, 15, false, 2))
    const events = parse(seriesCalendar(BASE, event, date(2024, 1, 1), 5, NOW)).events
    const expected = occurrencesBetween(event, date(2024, 1, 1), addDays(date(2029, 1, 1), -1))
    expect(events.map((e) => [isoOf(e.startDate), isoOf(e.endDate)])).toEqual(
      expected.map((o) => [toIso(o.start), toIso(addDays(o.end, 1))]),
    )
    expect(events.every((e) => e.startDate.isDate && !e.isRecurring())).toBe(true)
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)

    const leap = recurrence(lunar(6, 15, true))
    const leapEvents = parse(seriesCalendar(TIMED, leap, date(2024, 1, 1), 10, NOW)).events
    const leapStart = lunarYearInfo(2025).months.find((m) => m.leap)!.start
    expect(leapEvents.map((e) => isoOf(e.startDate))).toEqual([toIso(addDays(leapStart, 14))])
    expect(leapEvents[0]!.startDate.toUnixTime()).toBe(vietnam(addDays(leapStart, 14), 19))
  })

  it('spells out solar rules with overrides, 29 February and multi-day times', () => {
    const overridden = recurrence(solar(5, 13), {
      overrides: [
        { year: 2026, start: '2026-05-11' },
        { year: 2027, cancelled: true },
      ],
    })
    const starts = (input: CalendarEventInput, event: EventRecurrence) =>
      parse(seriesCalendar(input, event, from, 5, NOW)).events.map((e) => isoOf(e.startDate))
    expect(starts(BASE, overridden)).toEqual(['2025-05-13', '2026-05-11', '2028-05-13', '2029-05-13'])
    expect(starts(BASE, recurrence(solar(2, 29)))).toEqual(['2028-02-29'])
    expect(starts(TIMED, recurrence(solar(4, 30, 3)))).toEqual(
      ['2025', '2026', '2027', '2028', '2029'].map((y) => `${y}-04-30`),
    )
  })

  it('lists every date of a `dates` schedule still to come, with distinct UIDs in one year', () => {
    const event = recurrence({
      type: 'dates',
      dates: [{ start: '2024-03-01' }, { start: '2031-06-01', end: '2031-06-03' }, { start: '2031-09-01' }],
    })
    expect(seriesOccurrences(event, from, 1)).toHaveLength(2)
    const events = parse(seriesCalendar(BASE, event, from, 1, NOW)).events
    expect(events.map((e) => [isoOf(e.startDate), isoOf(e.endDate)])).toEqual([
      ['2031-06-01', '2031-06-04'],
      ['2031-09-01', '2031-09-02'],
    ])
    expect(events.map((e) => e.uid)).toEqual(['le-hoi-20310601@hai-phong', 'le-hoi-20310901@hai-phong'])
  })

  it('refuses an event with no date in the window', () => {
    expect(() => seriesCalendar(BASE, recurrence(solar(5, 13), { until: 2020 }), from, 5, NOW)).toThrow(
      /no dates from 2025-01-01/,
    )
  })
})

describe('calendarFileName', () => {
  it('folds Vietnamese to ASCII and falls back to "event"', () => {
    expect(calendarFileName('Lễ hội Đền Nghè, 2026!')).toBe('le-hoi-den-nghe-2026.ics')
    expect(calendarFileName('海防节日')).toBe('event.ics')
    expect(calendarFileName('海防节日', 'tet-trung-thu')).toBe('tet-trung-thu.ics')
  })
})

describe('the real content', () => {
  it('makes a calendar every parser accepts for every event', async () => {
    // The content the app is built from, through the build's own Vite plugin.
    const vietnamese = await loadLocaleContent('vi')
    expect(manifest.events.length).toBeGreaterThan(0)
    const today = date(2026, 1, 1)
    for (const event of manifest.events) {
      const text = vietnamese.events[event.id]!
      const input: CalendarEventInput = {
        ...BASE,
        uid: `${event.id}@${manifest.site.id}`,
        summary: text.name,
        description: text.summary,
        ...(event.times ? { times: event.times } : {}),
      }
      const occurrences = seriesOccurrences(event, today, 10)
      expect(occurrences.length, event.id).toBeGreaterThan(0)
      const series = parse(seriesCalendar(input, event, today, 10, NOW)).events
      expect(series.length, event.id).toBeGreaterThan(0)
      expect(series[0]!.summary).toBe(text.name)
      const single = parse(occurrenceCalendar(input, occurrences[0]!, NOW)).events
      expect(isoOf(single[0]!.startDate), event.id).toBe(toIso(occurrences[0]!.start))
    }
  })
})
