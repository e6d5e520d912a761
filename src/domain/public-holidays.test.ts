import { describe, expect, it } from 'vitest'
import { addDays, fromIso, type LocalDate, toIso } from './local-date'
import { lunarToSolar, lunarYearInfo, solarToLunar } from './lunar-calendar'
import { isVietnamesePublicHoliday, vietnamesePublicHolidays } from './public-holidays'

const isos = (dates: readonly { date: LocalDate }[]) => dates.map((h) => toIso(h.date))

describe('vietnamesePublicHolidays', () => {
  it('lists 2026: Tết from the eve (16 February) to lunar 1/3, and Hùng Kings on 26 April', () => {
    expect(solarToLunar(fromIso('2026-02-17'))).toEqual({ year: 2026, month: 1, day: 1, leap: false })
    // Month 12 of Ất Tỵ has 29 days, so its last day is the 29th.
    expect(solarToLunar(fromIso('2026-02-16'))).toEqual({ year: 2025, month: 12, day: 29, leap: false })
    expect(solarToLunar(fromIso('2026-04-26'))).toEqual({ year: 2026, month: 3, day: 10, leap: false })
    expect(vietnamesePublicHolidays(2026)).toEqual([
      { date: fromIso('2026-01-01'), holiday: 'new-year' },
      { date: fromIso('2026-02-16'), holiday: 'tet' },
      { date: fromIso('2026-02-17'), holiday: 'tet' },
      { date: fromIso('2026-02-18'), holiday: 'tet' },
      { date: fromIso('2026-02-19'), holiday: 'tet' },
      { date: fromIso('2026-04-26'), holiday: 'hung-kings' },
      { date: fromIso('2026-04-30'), holiday: 'victory-day' },
      { date: fromIso('2026-05-01'), holiday: 'labour-day' },
      { date: fromIso('2026-09-01'), holiday: 'national-day' },
      { date: fromIso('2026-09-02'), holiday: 'national-day' },
    ])
  })

  it('takes day 30 as the eve when month 12 is long (Tết 2024)', () => {
    expect(solarToLunar(fromIso('2024-02-09'))).toMatchObject({ month: 12, day: 30 })
    expect(isos(vietnamesePublicHolidays(2024).filter((h) => h.holiday === 'tet'))).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
    ])
  })

  it('puts Hùng Kings late after an early leap month (2023, leap month 2)', () => {
    expect(lunarYearInfo(2023).leapMonth).toBe(2)
    expect(isos(vietnamesePublicHolidays(2023).filter((h) => h.holiday === 'hung-kings'))).toEqual(['2023-04-29'])
  })

  it('keeps Hùng Kings in the ordinary month 3 when month 3 is doubled, and always before June', () => {
    for (let year = 1900; year <= 2100; year++) {
      const [hungKings] = vietnamesePublicHolidays(year).filter((h) => h.holiday === 'hung-kings')
      expect(hungKings, String(year)).toBeDefined()
      expect(hungKings!.date.month, String(year)).toBeLessThanOrEqual(5)
      if (lunarYearInfo(year).leapMonth === 3) {
        const ordinary = lunarYearInfo(year).months.find((m) => m.month === 3 && !m.leap)!
        expect(hungKings!.date).toEqual(addDays(ordinary.start, 9))
      }
    }
  })

  it('still lists the solar holidays where the lunar calendar is not computed', () => {
    expect(isos(vietnamesePublicHolidays(2101))).toEqual([
      '2101-01-01',
      '2101-04-30',
      '2101-05-01',
      '2101-09-01',
      '2101-09-02',
    ])
  })
})

describe('isVietnamesePublicHoliday', () => {
  it('says yes on Tết 2026 and Hùng Kings 2026, no on an ordinary day and on the day after Tết', () => {
    expect(isVietnamesePublicHoliday(fromIso('2026-02-17'))).toBe(true)
    expect(isVietnamesePublicHoliday(fromIso('2026-02-16'))).toBe(true)
    expect(isVietnamesePublicHoliday(fromIso('2026-02-20'))).toBe(false)
    expect(isVietnamesePublicHoliday(fromIso('2026-04-26'))).toBe(true)
    expect(isVietnamesePublicHoliday(fromIso('2026-03-03'))).toBe(false)
    expect(isVietnamesePublicHoliday(fromIso('2026-09-03'))).toBe(false)
  })

  it('agrees with vietnamesePublicHolidays on every day of 2020–2030', () => {
    const expected = new Set<string>()
    for (let year = 2020; year <= 2030; year++) isos(vietnamesePublicHolidays(year)).forEach((d) => expected.add(d))
    const found: string[] = []
    for (let date = fromIso('2020-01-01'); date.year <= 2030; date = addDays(date, 1)) {
      if (isVietnamesePublicHoliday(date)) found.push(toIso(date))
    }
    expect(found).toEqual([...expected].sort())
  })

  it('works at the edges of the lunar calendar', () => {
    expect(isVietnamesePublicHoliday(fromIso('2101-01-01'))).toBe(true)
    expect(isVietnamesePublicHoliday(fromIso('2101-02-10'))).toBe(false)
    const tet1900 = lunarToSolar({ year: 1900, month: 1, day: 1, leap: false })
    expect(tet1900.ok && isVietnamesePublicHoliday(addDays(tet1900.date, -1))).toBe(true)
  })
})
