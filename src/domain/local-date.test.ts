import { describe, expect, it } from 'vitest'
import {
  addDays,
  compare,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  fromIso,
  isValidDate,
  todayIn,
  toEpochDay,
  toIso,
} from './local-date'

describe('epoch days', () => {
  it('counts from 1970-01-01', () => {
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0)
    expect(toEpochDay({ year: 1969, month: 12, day: 31 })).toBe(-1)
    expect(toEpochDay({ year: 2000, month: 3, day: 1 })).toBe(11017)
  })

  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000
    const end = Date.UTC(2100, 11, 31) / 86_400_000
    const wrong: string[] = []
    for (let day = start; day <= end; day++) {
      const date = new Date(day * 86_400_000)
      const local = fromEpochDay(day)
      const agrees =
        local.year === date.getUTCFullYear() &&
        local.month === date.getUTCMonth() + 1 &&
        local.day === date.getUTCDate()
      if (!agrees || toEpochDay(local) !== day) wrong.push(date.toISOString())
    }
    expect(wrong).toEqual([])
  })
})

describe('arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 })
    expect(addDays({ year: 2023, month: 2, day: 28 }, 1)).toEqual({ year: 2023, month: 3, day: 1 })
    expect(addDays({ year: 2025, month: 12, day: 31 }, 1)).toEqual({ year: 2026, month: 1, day: 1 })
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 })
    expect(addDays({ year: 2026, month: 2, day: 17 }, 0)).toEqual({ year: 2026, month: 2, day: 17 })
  })

  it('measures and orders dates', () => {
    expect(daysBetween({ year: 2025, month: 12, day: 25 }, { year: 2026, month: 1, day: 1 })).toBe(7)
    expect(daysBetween({ year: 2026, month: 1, day: 1 }, { year: 2025, month: 12, day: 25 })).toBe(-7)
    expect(compare({ year: 2026, month: 1, day: 31 }, { year: 2026, month: 2, day: 1 })).toBeLessThan(0)
    expect(compare({ year: 2026, month: 2, day: 1 }, { year: 2026, month: 2, day: 1 })).toBe(0)
    expect(compare({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 })).toBeGreaterThan(0)
  })

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek({ year: 1970, month: 1, day: 1 })).toBe(4)
    expect(dayOfWeek({ year: 2026, month: 2, day: 17 })).toBe(2) // Tết Bính Ngọ, a Tuesday
    expect(dayOfWeek({ year: 1900, month: 1, day: 1 })).toBe(1)
    expect(dayOfWeek({ year: 2100, month: 12, day: 31 })).toBe(5)
  })

  it('knows month lengths, with Gregorian century rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(daysInMonth(2026, 4)).toBe(30)
    expect(isValidDate({ year: 2026, month: 2, day: 29 })).toBe(false)
    expect(isValidDate({ year: 2026, month: 13, day: 1 })).toBe(false)
    expect(isValidDate({ year: 2026, month: 1, day: 1.5 })).toBe(false)
  })
})

describe('ISO text', () => {
  it('round-trips YYYY-MM-DD', () => {
    expect(fromIso('2026-02-17')).toEqual({ year: 2026, month: 2, day: 17 })
    expect(toIso({ year: 2026, month: 2, day: 7 })).toBe('2026-02-07')
    expect(toIso({ year: 987, month: 1, day: 1 })).toBe('0987-01-01')
  })

  it('rejects text that is not a real date, naming it', () => {
    expect(() => fromIso('2026-02-30')).toThrow(/"2026-02-30" is not a calendar date/)
    expect(() => fromIso('17/02/2026')).toThrow(RangeError)
    expect(() => fromIso('2026-2-17')).toThrow(RangeError)
  })
})

describe('todayIn', () => {
  it('gives the date in the site zone whatever the machine zone', () => {
    // 2026-02-16T17:30Z is already 00:30 on the 17th in Hải Phòng (UTC+7).
    const now = new Date('2026-02-16T17:30:00Z')
    expect(todayIn('Asia/Ho_Chi_Minh', now)).toEqual({ year: 2026, month: 2, day: 17 })
    expect(todayIn('UTC', now)).toEqual({ year: 2026, month: 2, day: 16 })
    expect(todayIn('America/Los_Angeles', now)).toEqual({ year: 2026, month: 2, day: 16 })
  })

  it('is not fooled by the last instant before local midnight', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2025-12-31T16:59:59.999Z'))).toEqual({
      year: 2025,
      month: 12,
      day: 31,
    })
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2025-12-31T17:00:00Z'))).toEqual({ year: 2026, month: 1, day: 1 })
  })

  it('rejects an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons', new Date())).toThrow(RangeError)
  })
})
