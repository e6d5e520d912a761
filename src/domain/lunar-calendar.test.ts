import { describe, expect, it } from 'vitest'
import { addDays, fromEpochDay, fromIso, type LocalDate, toEpochDay, toIso } from './local-date'
import {
  CalendarRangeError,
  isInCalendarRange,
  type LunarDate,
  lunarToSolar,
  lunarYearInfo,
  MAX_LUNAR_YEAR,
  MAX_SOLAR_DATE,
  MIN_SOLAR_DATE,
  solarToLunar,
} from './lunar-calendar'

const d = fromIso

function solarOf(lunar: LunarDate): LocalDate {
  const result = lunarToSolar(lunar)
  if (!result.ok) throw new Error(result.message)
  return result.date
}

/**
 * Tết (day 1 of month 1) in Vietnam. Sources: the yearly Tết holiday
 * announcements of the Vietnamese government (Ministry of Labour, Invalids
 * and Social Affairs) and the date table of Wikipedia's "Tết" and "Chinese
 * New Year" articles for the years when both calendars agree.
 * The years when Vietnam (UTC+7) and China (UTC+8) differ are marked; in
 * each the new moon falls between 16:00 and 17:00 UT, i.e. before midnight in
 * Hà Nội and after it in Beijing (1985 differs by a whole month, see below).
 */
const TET: Record<number, string> = {
  1968: '1968-01-29', // China 1968-01-30: Tết Mậu Thân, new moon 16:29 UT on 29 January
  1985: '1985-01-21', // China 1985-02-20: in UTC+7 the winter's months fall differently, no leap 10 in 1984
  1990: '1990-01-27',
  1991: '1991-02-15',
  1992: '1992-02-04',
  1993: '1993-01-23',
  1994: '1994-02-10',
  1995: '1995-01-31',
  1996: '1996-02-19',
  1997: '1997-02-07',
  1998: '1998-01-28',
  1999: '1999-02-16',
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17', // China 2007-02-18: new moon 16:14 UT on 17 February
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02', // China 2030-02-03: new moon 16:07 UT on 2 February
}

describe('Tết', () => {
  it.each(Object.entries(TET))('falls in %s on %s', (year, date) => {
    expect(toIso(lunarYearInfo(Number(year)).start)).toBe(date)
    expect(solarToLunar(d(date))).toEqual({ year: Number(year), month: 1, day: 1, leap: false })
    expect(solarToLunar(addDays(d(date), -1))).toMatchObject({ year: Number(year) - 1, month: 12, leap: false })
    expect(solarOf({ year: Number(year), month: 1, day: 1, leap: false })).toEqual(d(date))
  })

  it('China (UTC+8) has the dates one day later in the years of a late-evening new moon', () => {
    expect(toIso(lunarYearInfo(1968, 8).start)).toBe('1968-01-30')
    expect(toIso(lunarYearInfo(2007, 8).start)).toBe('2007-02-18')
    expect(toIso(lunarYearInfo(2030, 8).start)).toBe('2030-02-03')
    expect(toIso(lunarYearInfo(1985, 8).start)).toBe('1985-02-20')
  })
})

describe('leap months', () => {
  // Vietnamese almanacs (âm lịch) for these years; each agrees with the Chinese calendar.
  it.each([
    [1995, 8],
    [2001, 4],
    [2004, 2],
    [2006, 7],
    [2009, 5],
    [2012, 4],
    [2014, 9],
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2031, 3],
  ])('lunar %i has leap month %i', (year, leapMonth) => {
    const info = lunarYearInfo(year)
    expect(info.leapMonth).toBe(leapMonth)
    expect(info.months).toHaveLength(13)
    const index = info.months.findIndex((m) => m.leap)
    expect(info.months[index - 1]).toMatchObject({ month: leapMonth, leap: false })
    expect(info.days).toBeGreaterThanOrEqual(383)
  })

  it.each([2024, 2026, 2027, 2029, 2030])('lunar %i has no leap month', (year) => {
    const info = lunarYearInfo(year)
    expect(info.leapMonth).toBeUndefined()
    expect(info.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('puts the leap month after month 11 when the rule says so (2033, the "2033 problem")', () => {
    // The first month after month 11 without a principal term is the one after
    // month 11 itself; GB/T 33661-2017 gives the same leap 11 for China.
    expect(lunarYearInfo(2033).leapMonth).toBe(11)
    expect(solarToLunar(d('2033-12-21'))).toEqual({ year: 2033, month: 11, day: 30, leap: false }) // solstice day
    expect(solarToLunar(d('2033-12-22'))).toEqual({ year: 2033, month: 11, day: 1, leap: true })
    expect(solarToLunar(d('2034-01-20'))).toEqual({ year: 2033, month: 12, day: 1, leap: false })
    expect(toIso(lunarYearInfo(2034).start)).toBe('2034-02-19')
  })

  it('converts dates inside the leap month of 2025', () => {
    expect(solarToLunar(d('2025-07-25'))).toEqual({ year: 2025, month: 6, day: 1, leap: true })
    expect(solarToLunar(d('2025-06-25'))).toEqual({ year: 2025, month: 6, day: 1, leap: false })
    expect(solarOf({ year: 2025, month: 6, day: 15, leap: true })).toEqual(d('2025-08-08'))
  })
})

describe('known festival dates', () => {
  it.each([
    ['Hùng Kings’ commemoration 10/3', { year: 2024, month: 3, day: 10, leap: false }, '2024-04-18'],
    ['Hùng Kings’ commemoration 10/3', { year: 2025, month: 3, day: 10, leap: false }, '2025-04-07'],
    ['Hùng Kings’ commemoration 10/3', { year: 2026, month: 3, day: 10, leap: false }, '2026-04-26'],
    ['Mid-Autumn 15/8', { year: 2024, month: 8, day: 15, leap: false }, '2024-09-17'],
    ['Mid-Autumn 15/8', { year: 2025, month: 8, day: 15, leap: false }, '2025-10-06'],
    ['Vu Lan 15/7', { year: 2025, month: 7, day: 15, leap: false }, '2025-09-06'],
    ['Kitchen Gods 23/12', { year: 2025, month: 12, day: 23, leap: false }, '2026-02-10'],
  ])('%s of %o is %s', (_name, lunar, date) => {
    expect(solarOf(lunar)).toEqual(d(date))
    expect(solarToLunar(d(date))).toEqual(lunar)
  })
})

describe('lunarToSolar errors', () => {
  it('reports a leap month the year does not have', () => {
    const result = lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })
    expect(result).toMatchObject({ ok: false, reason: 'no-such-leap-month' })
    expect(!result.ok && result.message).toMatch(/lunar year 2024 has no leap month 4/)
  })

  it('reports day 30 of a 29-day month (no "30 Tết" in Ất Tỵ 2025)', () => {
    expect(lunarYearInfo(2025).months.at(-1)).toMatchObject({ month: 12, days: 29 })
    const result = lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })
    expect(result).toMatchObject({ ok: false, reason: 'no-such-day' })
    expect(!result.ok && result.message).toMatch(/that month has 29 days/)
  })

  it('rejects impossible numbers and years outside the table', () => {
    expect(lunarToSolar({ year: 2026, month: 13, day: 1, leap: false })).toMatchObject({ reason: 'invalid' })
    expect(lunarToSolar({ year: 2026, month: 1, day: 31, leap: false })).toMatchObject({ reason: 'invalid' })
    expect(lunarToSolar({ year: 2026, month: 1, day: 1.5, leap: false })).toMatchObject({ reason: 'invalid' })
    expect(lunarToSolar({ year: 1898, month: 1, day: 1, leap: false })).toMatchObject({ reason: 'out-of-range' })
    expect(lunarToSolar({ year: 2101, month: 1, day: 1, leap: false })).toMatchObject({ reason: 'out-of-range' })
  })

  it('throws CalendarRangeError for solar dates and years outside 1900–2100', () => {
    expect(() => solarToLunar(d('1899-12-31'))).toThrow(CalendarRangeError)
    expect(() => solarToLunar(d('2101-01-01'))).toThrow(/outside the supported range 1900-01-01 to 2100-12-31/)
    expect(() => lunarYearInfo(2101)).toThrow(CalendarRangeError)
    expect(isInCalendarRange(d('2100-12-31'))).toBe(true)
    expect(isInCalendarRange(d('1899-12-31'))).toBe(false)
  })

  it('throws a RangeError for a solar day that does not exist', () => {
    expect(() => solarToLunar({ year: 2026, month: 2, day: 30 })).toThrow(/is not a calendar date/)
  })
})

describe('the whole range 1900–2100', () => {
  const years = Array.from({ length: MAX_LUNAR_YEAR - 1900 + 1 }, (_, i) => 1900 + i)
  const infos = years.map((year) => lunarYearInfo(year))

  it('has contiguous years of well-formed months', () => {
    infos.forEach((info, i) => {
      expect([353, 354, 355, 383, 384, 385]).toContain(info.days)
      expect(info.months.length).toBe(info.leapMonth === undefined ? 12 : 13)
      expect(info.months.filter((m) => !m.leap).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      let start = toEpochDay(info.start)
      for (const month of info.months) {
        expect([29, 30]).toContain(month.days)
        expect(toEpochDay(month.start)).toBe(start)
        start += month.days
      }
      const next = infos[i + 1]
      if (next) expect(toEpochDay(next.start)).toBe(start)
    })
  })

  it('converts the first and last day of every month both ways', () => {
    for (const info of infos) {
      for (const { month, leap, start, days } of info.months) {
        const last = addDays(start, days - 1)
        const lunarLast = { year: info.year, month, day: days, leap }
        expect(solarToLunar(start)).toEqual({ year: info.year, month, day: 1, leap })
        expect(solarOf({ year: info.year, month, day: 1, leap })).toEqual(start)
        if (toEpochDay(last) <= toEpochDay(MAX_SOLAR_DATE)) expect(solarToLunar(last)).toEqual(lunarLast)
        expect(solarOf(lunarLast)).toEqual(last)
      }
    }
  })

  it('round-trips solar → lunar → solar (every 5th day, all phases of the month)', () => {
    // Every day would take about 5 s; month edges are covered above.
    const wrong: string[] = []
    for (let day = toEpochDay(MIN_SOLAR_DATE); day <= toEpochDay(MAX_SOLAR_DATE); day += 5) {
      const date = fromEpochDay(day)
      if (toEpochDay(solarOf(solarToLunar(date))) !== day) wrong.push(toIso(date))
    }
    expect(wrong).toEqual([])
  })

  it('starts on 1900-01-01 in lunar year 1899', () => {
    expect(solarToLunar(MIN_SOLAR_DATE)).toMatchObject({ year: 1899, month: 12 })
    expect(toIso(lunarYearInfo(1900).start)).toBe('1900-01-31')
  })
})

/**
 * An independent implementation to compare with: ICU's Chinese calendar,
 * shipped with Node. Run with the Chinese meridian (UTC+8 from 1929, Beijing
 * mean time 7 h 45 min 40 s before, as ICU does), our engine must give the
 * same month starts and leap months, except where a new moon (or, in 1987,
 * a principal term) falls within about ten minutes of midnight: ICU's
 * simpler astronomy misses those,
 * and the published Chinese dates side with this engine (Chinese New Year
 * 1954-02-03, 2027-02-06, 2030-02-03; leap month 6 in 1987).
 */
describe('cross-check with ICU (Intl, calendar "chinese")', () => {
  const supported = new Intl.DateTimeFormat('en-u-ca-chinese').resolvedOptions().calendar === 'chinese'
  const format = new Intl.DateTimeFormat('en-u-ca-chinese', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  })
  const icu = (date: LocalDate): LunarDate => {
    const parts = format.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day)))
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    return {
      year: Number(part('relatedYear')),
      month: parseInt(part('month'), 10),
      day: Number(part('day')),
      leap: part('month').endsWith('bis'),
    }
  }

  it.skipIf(!supported)('agrees on every month start from 1900 to 2100 but the listed near-midnight ones', () => {
    const mismatches: string[] = []
    for (let year = 1900; year <= MAX_LUNAR_YEAR; year++) {
      const offset = year < 1929 ? 7 + 45 / 60 + 40 / 3600 : 8
      for (const { month, leap, start } of lunarYearInfo(year, offset).months) {
        const startsHere = icu(start)
        const dayBefore = icu(addDays(start, -1))
        const same =
          startsHere.year === year && startsHere.month === month && startsHere.leap === leap && startsHere.day === 1
        if (!same || dayBefore.day === 1) mismatches.push(toIso(start))
      }
    }
    expect(mismatches).toEqual([
      '1906-04-23',
      '1954-02-03',
      '1955-02-22',
      '1987-07-26',
      '1987-08-24',
      '1999-01-17',
      '2012-08-17',
      '2018-11-08',
      '2027-02-06',
      '2030-02-03',
      '2057-09-28',
      '2070-03-12',
    ])
  })
})
