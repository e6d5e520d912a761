import { describe, expect, it } from 'vitest'
import type { EventMeta } from '@/content/schema'
import {
  type EventRecurrence,
  isOngoing,
  nextOccurrence,
  type Occurrence,
  occurrencesBetween,
} from './event-occurrences'
import { fromIso, toIso } from './local-date'

const d = fromIso

function event(schedule: EventMeta['schedule'], rest: Partial<EventRecurrence> = {}): EventRecurrence {
  return { schedule, overrides: [], ...rest }
}
const solar = (month: number, day: number, duration = 1) => event({ type: 'solar', month, day, duration })
const lunar = (month: number, day: number, options: { leap?: boolean; duration?: number } = {}) =>
  event({ type: 'lunar', month, day, leap: options.leap ?? false, duration: options.duration ?? 1 })

/** Occurrences as 'start..end' strings, easy to read in a failing diff. */
function spans(occurrences: Occurrence[]): string[] {
  return occurrences.map((o) => `${toIso(o.start)}..${toIso(o.end)}`)
}
function between(e: EventRecurrence, from: string, to: string): Occurrence[] {
  return occurrencesBetween(e, d(from), d(to))
}

describe('solar rules', () => {
  it('repeats every year with its duration', () => {
    const festival = solar(5, 1, 3)
    expect(spans(between(festival, '2025-01-01', '2026-12-31'))).toEqual([
      '2025-05-01..2025-05-03',
      '2026-05-01..2026-05-03',
    ])
    expect(between(festival, '2026-01-01', '2026-12-31')[0]).toEqual({
      start: d('2026-05-01'),
      end: d('2026-05-03'),
      year: 2026,
    })
  })

  it('spans month ends', () => {
    expect(spans(between(solar(1, 30, 3), '2026-01-01', '2026-12-31'))).toEqual(['2026-01-30..2026-02-01'])
  })

  it('includes an occurrence that started before the window and crosses the new year', () => {
    const newYear = solar(12, 30, 5)
    const found = between(newYear, '2026-01-01', '2026-01-10')
    expect(spans(found)).toEqual(['2025-12-30..2026-01-03'])
    expect(found[0]?.year).toBe(2025)
    expect(spans(between(newYear, '2025-12-01', '2027-01-05'))).toEqual([
      '2025-12-30..2026-01-03',
      '2026-12-30..2027-01-03',
    ])
  })

  it('happens on 29 February only in leap years', () => {
    expect(spans(between(solar(2, 29), '2023-01-01', '2030-12-31'))).toEqual([
      '2024-02-29..2024-02-29',
      '2028-02-29..2028-02-29',
    ])
  })

  it('respects since and until (inclusive)', () => {
    const limited = event({ type: 'solar', month: 6, day: 1, duration: 1 }, { since: 2024, until: 2026 })
    expect(between(limited, '2020-01-01', '2030-12-31').map((o) => o.year)).toEqual([2024, 2025, 2026])
  })
})

describe('lunar rules', () => {
  it('follows the lunar calendar (Tết, three days)', () => {
    const tet = lunar(1, 1, { duration: 3 })
    const found = between(tet, '2025-01-01', '2026-12-31')
    expect(spans(found)).toEqual(['2025-01-29..2025-01-31', '2026-02-17..2026-02-19'])
    expect(found[1]).toEqual({
      start: d('2026-02-17'),
      end: d('2026-02-19'),
      year: 2026,
      lunar: { month: 1, day: 1, leap: false },
    })
  })

  it('counts the lunar year, whose last month falls in the next solar year', () => {
    const found = between(lunar(12, 15), '2026-01-01', '2026-12-31')
    expect(spans(found)).toEqual(['2026-02-02..2026-02-02'])
    expect(found[0]?.year).toBe(2025)
  })

  it('finds occurrences in a window crossing the solar new year', () => {
    expect(spans(between(lunar(11, 1), '2025-12-01', '2026-01-31'))).toEqual(['2025-12-20..2025-12-20'])
    expect(spans(between(lunar(12, 1), '2025-12-01', '2026-01-31'))).toEqual(['2026-01-19..2026-01-19'])
  })

  it('moves day 30 to day 29 in a 29-day month', () => {
    const eve = lunar(12, 30)
    const found = between(eve, '2024-01-01', '2027-12-31')
    expect(spans(found)).toEqual([
      '2024-02-09..2024-02-09', // month 12 of 2023 has 30 days
      '2025-01-28..2025-01-28', // 29 days
      '2026-02-16..2026-02-16', // 29 days: Ất Tỵ has no "30 Tết"
      '2027-02-05..2027-02-05',
    ])
    expect(found.map((o) => o.lunar?.day)).toEqual([30, 29, 29, 29])
  })

  it('happens in a leap month only in years that have it', () => {
    const leapSix = lunar(6, 15, { leap: true })
    const found = between(leapSix, '2000-01-01', '2040-12-31')
    expect(spans(found)).toEqual(['2017-08-06..2017-08-06', '2025-08-08..2025-08-08', '2036-08-06..2036-08-06'])
    expect(found.map((o) => o.lunar)).toEqual(Array(3).fill({ month: 6, day: 15, leap: true }))
    expect(between(leapSix, '2026-01-01', '2035-12-31')).toEqual([])
  })

  it('does not mistake the ordinary month for the leap one', () => {
    expect(spans(between(lunar(6, 15), '2025-01-01', '2025-12-31'))).toEqual(['2025-07-09..2025-07-09'])
  })

  it('stops at the calendar range instead of throwing', () => {
    expect(spans(between(lunar(1, 1), '2100-01-01', '2105-12-31'))).toEqual(['2100-02-09..2100-02-09'])
  })
})

describe('overrides', () => {
  const tet = lunar(1, 1, { duration: 3 })

  it('moves one year and keeps the duration when no end is given', () => {
    const moved = { ...tet, overrides: [{ year: 2026, start: '2026-02-20' }] }
    const found = between(moved, '2025-01-01', '2027-12-31')
    expect(spans(found)).toEqual(['2025-01-29..2025-01-31', '2026-02-20..2026-02-22', '2027-02-06..2027-02-08'])
    expect(found[1]).toMatchObject({ year: 2026, moved: true, lunar: { month: 1, day: 4, leap: false } })
    expect(found[0]?.moved).toBeUndefined()
  })

  it('uses the given end', () => {
    const moved = { ...solar(5, 1, 3), overrides: [{ year: 2026, start: '2026-04-30', end: '2026-05-05' }] }
    expect(spans(between(moved, '2026-01-01', '2026-12-31'))).toEqual(['2026-04-30..2026-05-05'])
  })

  it('cancels a year', () => {
    const cancelled = { ...tet, overrides: [{ year: 2026, cancelled: true as const }] }
    expect(between(cancelled, '2026-01-01', '2026-12-31')).toEqual([])
    expect(spans(between(cancelled, '2025-01-01', '2027-12-31'))).toEqual([
      '2025-01-29..2025-01-31',
      '2027-02-06..2027-02-08',
    ])
  })

  it('lets the first override for a year win', () => {
    const twice = {
      ...solar(5, 1),
      overrides: [
        { year: 2026, cancelled: true as const },
        { year: 2026, start: '2026-05-09' },
      ],
    }
    expect(between(twice, '2026-01-01', '2026-12-31')).toEqual([])
  })

  it('applies even in a year the rule skips', () => {
    const leapSix = { ...lunar(6, 15, { leap: true }), overrides: [{ year: 2026, start: '2026-08-01' }] }
    expect(spans(between(leapSix, '2026-01-01', '2026-12-31'))).toEqual(['2026-08-01..2026-08-01'])
  })

  it('finds a moved occurrence that left its year', () => {
    const late = { ...solar(12, 28), overrides: [{ year: 2026, start: '2027-01-03' }] }
    expect(spans(between(late, '2027-01-01', '2027-01-31'))).toEqual(['2027-01-03..2027-01-03'])
  })
})

describe('explicit dates', () => {
  const fair = event({
    type: 'dates',
    dates: [
      { start: '2026-09-10', end: '2026-09-13' },
      { start: '2026-03-01' },
      { start: '2027-01-31', end: '2027-02-02' },
    ],
  })

  it('lists the dates in order, a missing end meaning one day', () => {
    expect(spans(between(fair, '2026-01-01', '2027-12-31'))).toEqual([
      '2026-03-01..2026-03-01',
      '2026-09-10..2026-09-13',
      '2027-01-31..2027-02-02',
    ])
  })

  it('keeps only those overlapping the window', () => {
    expect(spans(between(fair, '2026-09-13', '2027-01-31'))).toEqual([
      '2026-09-10..2026-09-13',
      '2027-01-31..2027-02-02',
    ])
    expect(between(fair, '2026-03-02', '2026-09-09')).toEqual([])
  })

  it('ignores since, until and overrides, which are for yearly rules', () => {
    const withRules = { ...fair, since: 2030, overrides: [{ year: 2026, cancelled: true as const }] }
    expect(between(withRules, '2026-01-01', '2026-12-31')).toHaveLength(2)
  })

  it('returns nothing for an empty window', () => {
    expect(between(fair, '2026-12-31', '2026-01-01')).toEqual([])
  })
})

describe('isOngoing', () => {
  const occurrence: Occurrence = { start: d('2026-02-17'), end: d('2026-02-19'), year: 2026 }
  it.each([
    ['2026-02-16', false],
    ['2026-02-17', true],
    ['2026-02-19', true],
    ['2026-02-20', false],
  ])('on %s is %s', (today, expected) => {
    expect(isOngoing(occurrence, d(today))).toBe(expected)
  })
})

describe('nextOccurrence', () => {
  const tet = lunar(1, 1, { duration: 3 })

  it('returns the occurrence in progress', () => {
    expect(spans([nextOccurrence(tet, d('2026-02-18'))!])).toEqual(['2026-02-17..2026-02-19'])
  })

  it('returns the next one once this year’s is over', () => {
    expect(spans([nextOccurrence(tet, d('2026-02-20'))!])).toEqual(['2027-02-06..2027-02-08'])
    expect(spans([nextOccurrence(solar(12, 30, 5), d('2026-01-04'))!])).toEqual(['2026-12-30..2027-01-03'])
  })

  it('skips cancelled years', () => {
    const cancelled = { ...tet, overrides: [{ year: 2027, cancelled: true as const }] }
    expect(nextOccurrence(cancelled, d('2026-03-01'))?.year).toBe(2028)
  })

  it('looks years ahead for a leap-month rule', () => {
    expect(spans([nextOccurrence(lunar(6, 15, { leap: true }), d('2026-01-01'))!])).toEqual(['2036-08-06..2036-08-06'])
  })

  it('reaches the last lunar year, which ends in 2101', () => {
    expect(spans([nextOccurrence(lunar(12, 15), d('2100-12-31'))!])).toEqual(['2101-01-14..2101-01-14'])
  })

  it('returns undefined when nothing is left', () => {
    expect(nextOccurrence({ ...tet, until: 2025 }, d('2026-03-01'))).toBeUndefined()
    expect(nextOccurrence(event({ type: 'dates', dates: [{ start: '2025-05-01' }] }), d('2026-01-01'))).toBeUndefined()
    expect(nextOccurrence(lunar(4, 1, { leap: true }), d('2096-06-01'))).toBeUndefined() // the last leap 4 before 2100
  })
})
