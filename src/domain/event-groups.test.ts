import { describe, expect, it } from 'vitest'
import type { EventMeta } from '@/content/schema'
import {
  addMonths,
  formatYearMonth,
  groupEvents,
  type GroupableEvent,
  type EventItem,
  monthGrid,
  monthOccurrences,
  occurrencesByDay,
  parseYearMonth,
  weekendOf,
} from './event-groups'
import { fromIso, toIso } from './local-date'

const d = fromIso

function event(id: string, schedule: EventMeta['schedule'], rest: Partial<GroupableEvent> = {}): GroupableEvent {
  return { id, schedule, overrides: [], ...rest }
}
const solar = (id: string, month: number, day: number, duration = 1) =>
  event(id, { type: 'solar', month, day, duration })
const lunar = (id: string, month: number, day: number, duration = 1) =>
  event(id, { type: 'lunar', month, day, leap: false, duration })
const dates = (id: string, ...spans: Array<[string, string?]>) =>
  event(id, { type: 'dates', dates: spans.map(([start, end]) => (end ? { start, end } : { start })) })

/** A group as 'id start..end' strings, easy to read in a failing diff. */
function listed(items: EventItem<GroupableEvent>[]): string[] {
  return items.map(({ event, occurrence }) => `${event.id} ${toIso(occurrence.start)}..${toIso(occurrence.end)}`)
}

function ids(items: EventItem<GroupableEvent>[]): string[] {
  return items.map((item) => item.event.id)
}

describe('weekendOf', () => {
  it('is the coming Saturday and Sunday on a weekday', () => {
    // 2026-09-18 is a Friday, 2026-09-14 a Monday.
    expect(weekendOf(d('2026-09-18'))).toEqual({ from: d('2026-09-19'), to: d('2026-09-20') })
    expect(weekendOf(d('2026-09-14'))).toEqual({ from: d('2026-09-19'), to: d('2026-09-20') })
  })

  it('is the rest of the current weekend on Saturday and Sunday', () => {
    expect(weekendOf(d('2026-09-19'))).toEqual({ from: d('2026-09-19'), to: d('2026-09-20') })
    expect(weekendOf(d('2026-09-20'))).toEqual({ from: d('2026-09-20'), to: d('2026-09-20') })
  })

  it('crosses a month end', () => {
    expect(weekendOf(d('2026-10-29'))).toEqual({ from: d('2026-10-31'), to: d('2026-11-01') })
  })
})

describe('groupEvents', () => {
  const friday = d('2026-09-18')

  it('sorts each event into now, weekend, month or later, soonest first', () => {
    const events = [
      solar('later', 12, 24),
      solar('month', 9, 25),
      solar('weekend-sunday', 9, 20),
      solar('running', 9, 15, 5),
      solar('weekend-saturday', 9, 19),
      solar('today', 9, 18),
      solar('month-2', 9, 22),
    ]
    const groups = groupEvents(events, friday)
    expect(listed(groups.now)).toEqual(['running 2026-09-15..2026-09-19', 'today 2026-09-18..2026-09-18'])
    expect(ids(groups.weekend)).toEqual(['weekend-saturday', 'weekend-sunday'])
    expect(ids(groups.month)).toEqual(['month-2', 'month'])
    expect(listed(groups.later)).toEqual(['later 2026-12-24..2026-12-24'])
    expect(groups.undated).toEqual([])
  })

  it('puts an occurrence that starts this week and runs into the weekend under the weekend', () => {
    const groups = groupEvents([solar('long', 9, 18, 4), solar('midweek', 9, 23, 3)], d('2026-09-16'))
    expect(ids(groups.weekend)).toEqual(['long'])
    expect(ids(groups.month)).toEqual(['midweek'])
  })

  it('lists each event once: running now, not again at the weekend or next year', () => {
    const running = solar('running', 9, 17, 7) // 17–23 September, over the weekend
    const twice = dates('twice', ['2026-09-18'], ['2026-09-20'], ['2026-10-10'])
    const groups = groupEvents([running, twice], friday)
    expect(listed(groups.now)).toEqual(['running 2026-09-17..2026-09-23', 'twice 2026-09-18..2026-09-18'])
    expect(groups.weekend).toEqual([])
    expect(groups.later).toEqual([])
  })

  it('keeps a weekend that spans a month end under the weekend, not later', () => {
    // Thursday 29 October; the weekend is Saturday 31 October and Sunday 1 November.
    const events = [solar('nov-1', 11, 1), solar('oct-30', 10, 30), solar('nov-2', 11, 2), solar('span', 10, 28, 7)]
    const groups = groupEvents(events, d('2026-10-29'))
    expect(listed(groups.now)).toEqual(['span 2026-10-28..2026-11-03'])
    expect(ids(groups.weekend)).toEqual(['nov-1'])
    expect(ids(groups.month)).toEqual(['oct-30'])
    expect(ids(groups.later)).toEqual(['nov-2'])
  })

  it('on a Sunday has no weekend group: what runs today is on now, next Saturday is this month', () => {
    const events = [solar('sat', 9, 19), solar('sun', 9, 20), solar('next-sat', 9, 26)]
    const groups = groupEvents(events, d('2026-09-20'))
    expect(ids(groups.now)).toEqual(['sun'])
    expect(groups.weekend).toEqual([])
    expect(ids(groups.month)).toEqual(['next-sat'])
    expect(listed(groups.past)).toEqual([
      'sat 2026-09-19..2026-09-19',
      'next-sat 2025-09-26..2025-09-26',
      'sun 2025-09-20..2025-09-20',
    ])
  })

  it('on a Saturday lists Sunday under the weekend', () => {
    const groups = groupEvents([solar('sat', 9, 19), solar('sun', 9, 20)], d('2026-09-19'))
    expect(ids(groups.now)).toEqual(['sat'])
    expect(ids(groups.weekend)).toEqual(['sun'])
  })

  it('places lunar events by their solar dates', () => {
    // 2026: lunar 8/1 = 11 Sep, 8/9 = Saturday 19 Sep, 8/10–8/20 = 20–30 Sep, 8/15 = 25 Sep; lunar 2027 8/1 = 1 Sep 2027.
    const events = [
      lunar('buffalo', 8, 9),
      lunar('autumn', 8, 10, 11),
      lunar('mid-autumn', 8, 15),
      lunar('new-moon', 8, 1),
      lunar('tet', 1, 1, 3),
    ]
    const groups = groupEvents(events, friday)
    expect(listed(groups.weekend)).toEqual(['buffalo 2026-09-19..2026-09-19', 'autumn 2026-09-20..2026-09-30'])
    expect(listed(groups.month)).toEqual(['mid-autumn 2026-09-25..2026-09-25'])
    expect(listed(groups.later)).toEqual(['tet 2027-02-06..2027-02-08', 'new-moon 2027-09-01..2027-09-01'])
    expect(groups.weekend[0]?.occurrence.lunar).toEqual({ month: 8, day: 9, leap: false })
  })

  it('reaches as far as the horizon; events beyond it or without dates are undated', () => {
    const events = [solar('in-eleven-months', 8, 1), dates('over', ['2025-01-01']), solar('far', 9, 17)]
    const groups = groupEvents(events, friday, { horizonMonths: 12 })
    expect(ids(groups.later)).toEqual(['in-eleven-months', 'far'])
    expect(groups.undated.map((e) => e.id)).toEqual(['over'])
    expect(groupEvents(events, friday, { horizonMonths: 6 }).undated.map((e) => e.id)).toEqual([
      'in-eleven-months',
      'over',
      'far',
    ])
  })

  it('lists past occurrences that ended within the window, latest first, once per event', () => {
    const events = [
      solar('last-week', 9, 10),
      dates('twice', ['2026-03-01'], ['2026-06-01', '2026-06-03']),
      dates('long-ago', ['2025-09-17']),
      dates('ended-yesterday', ['2026-09-01', '2026-09-17']),
      solar('running', 9, 15, 5),
    ]
    const groups = groupEvents(events, friday)
    expect(listed(groups.past)).toEqual([
      'ended-yesterday 2026-09-01..2026-09-17',
      'last-week 2026-09-10..2026-09-10',
      'twice 2026-06-01..2026-06-03',
      'running 2025-09-15..2025-09-19',
    ])
    expect(ids(groups.now)).toEqual(['running'])
  })
})

describe('monthGrid', () => {
  const iso = (weeks: ReturnType<typeof monthGrid>) => weeks.map((week) => week.map((cell) => toIso(cell.date)))

  it('lays a month out in weeks that start on Monday, with the neighbours marked', () => {
    // September 2026 starts on a Tuesday and ends on a Wednesday.
    const grid = monthGrid(2026, 9)
    expect(grid).toHaveLength(5)
    expect(iso(grid)[0]).toEqual([
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
      '2026-09-03',
      '2026-09-04',
      '2026-09-05',
      '2026-09-06',
    ])
    expect(iso(grid)[4]?.at(-1)).toBe('2026-10-04')
    expect(grid[0]?.[0]?.inMonth).toBe(false)
    expect(grid[0]?.[1]?.inMonth).toBe(true)
    expect(grid.flat().filter((cell) => cell.inMonth)).toHaveLength(30)
  })

  it('has four rows for a February that starts on Monday and six when a month needs them', () => {
    expect(iso(monthGrid(2027, 2))).toHaveLength(4)
    expect(iso(monthGrid(2027, 2))[0]?.[0]).toBe('2027-02-01')
    // August 2026 starts on a Saturday and ends on a Monday.
    const august = iso(monthGrid(2026, 8))
    expect(august).toHaveLength(6)
    expect(august[0]?.[0]).toBe('2026-07-27')
    expect(august[5]?.[0]).toBe('2026-08-31')
  })

  it('starts a month that begins on Sunday six days back', () => {
    // 1 November 2026 is a Sunday.
    expect(iso(monthGrid(2026, 11))[0]?.[6]).toBe('2026-11-01')
  })
})

describe('occurrencesByDay and monthOccurrences', () => {
  it('marks every day an occurrence covers, clipped to the month', () => {
    const events = [solar('across', 8, 30, 5), lunar('autumn', 8, 10, 11), solar('one', 9, 20)]
    const days = occurrencesByDay(events, 2026, 9)
    expect(days.get('2026-09-01')).toEqual(['across'])
    expect(days.get('2026-09-03')).toEqual(['across'])
    expect(days.has('2026-09-04')).toBe(false)
    expect(days.has('2026-08-31')).toBe(false)
    expect(days.get('2026-09-20')).toEqual(['one', 'autumn'])
    expect(days.get('2026-09-30')).toEqual(['autumn'])
    expect(days.size).toBe(3 + 11)
  })

  it('lists the month’s occurrences by start, including one that began the month before', () => {
    const events = [lunar('mid-autumn', 8, 15), solar('across', 8, 30, 5), solar('october', 10, 1)]
    expect(listed(monthOccurrences(events, 2026, 9))).toEqual([
      'across 2026-08-30..2026-09-03',
      'mid-autumn 2026-09-25..2026-09-25',
    ])
  })

  it('spans a year end for a lunar event in the next solar year', () => {
    // Lunar 11/28 of 2026 falls on 5 January 2027.
    expect([...occurrencesByDay([lunar('trang-trinh', 11, 28)], 2027, 1).keys()]).toEqual(['2027-01-05'])
  })
})

describe('months', () => {
  const min = { year: 1900, month: 1 }
  const max = { year: 2100, month: 12 }

  it('reads and writes YYYY-MM', () => {
    expect(parseYearMonth('2026-12', min, max)).toEqual({ year: 2026, month: 12 })
    expect(formatYearMonth({ year: 2026, month: 9 })).toBe('2026-09')
  })

  it.each([['2026-13'], ['2026-9'], ['2026-00'], ['1899-12'], ['2101-01'], ['x'], [undefined], [['2026-09']]])(
    'rejects %j',
    (text) => {
      expect(parseYearMonth(text, min, max)).toBeUndefined()
    },
  )

  it('adds months, keeping the day when it exists', () => {
    expect(addMonths(d('2026-01-31'), 1)).toEqual(d('2026-02-28'))
    expect(addMonths(d('2026-12-15'), 1)).toEqual(d('2027-01-15'))
    expect(addMonths(d('2026-01-15'), -1)).toEqual(d('2025-12-15'))
    expect(addMonths(d('2024-02-29'), 12)).toEqual(d('2025-02-28'))
  })
})
