import { describe, expect, it } from 'vitest'
import {
  type FormatContext,
  formatDate,
  formatBytes,
  formatDateRange,
  formatDistance,
  formatInstant,
  formatMinutes,
  formatPrice,
  formatTime,
  languageName,
} from './format'

const ctx = (locale: FormatContext['locale']): FormatContext => ({
  locale,
  timeZone: 'Asia/Ho_Chi_Minh',
  currency: 'VND',
})
const free = { free: 'Free' }
/** Intl separates some parts with no-break and thin spaces; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ')

describe('dates', () => {
  it('formats a calendar date without sliding to another day', () => {
    expect(plain(formatDate(ctx('en'), { year: 2026, month: 5, day: 1 }, 'long'))).toBe('May 1, 2026')
    expect(plain(formatDate(ctx('vi'), { year: 2026, month: 1, day: 1 }, 'long'))).toContain('2026')
    expect(plain(formatDate(ctx('vi'), { year: 2026, month: 1, day: 1 }, 'long'))).toMatch(/^1 /)
  })

  it('formats ranges, and a one-day range as a single date', () => {
    const start = { year: 2026, month: 5, day: 1 }
    expect(plain(formatDateRange(ctx('en'), start, { year: 2026, month: 5, day: 3 }))).toBe('May 1 – 3, 2026')
    expect(plain(formatDateRange(ctx('en'), start, start))).toBe('May 1, 2026')
    expect(plain(formatDateRange(ctx('en'), start))).toBe('May 1, 2026')
  })

  it('prints instants in the site time zone, not the device zone', () => {
    // 18:00 UTC on 31 Dec is already 1 January in Hải Phòng (UTC+7).
    expect(plain(formatInstant(ctx('en'), new Date(Date.UTC(2025, 11, 31, 18))))).toBe('Jan 1, 2026, 1:00 AM')
  })
})

describe('formatTime', () => {
  it('follows the locale clock', () => {
    expect(plain(formatTime(ctx('en'), '19:30'))).toBe('7:30 PM')
    expect(plain(formatTime(ctx('vi'), '19:30'))).toBe('19:30')
  })

  it('rejects malformed times with a hint', () => {
    expect(() => formatTime(ctx('en'), '7pm')).toThrow(/HH:MM/)
  })
})

describe('formatMinutes', () => {
  it('uses minutes, hours, or both', () => {
    expect(plain(formatMinutes(ctx('en'), 45))).toBe('45 minutes')
    expect(plain(formatMinutes(ctx('en'), 120))).toBe('2 hours')
    expect(plain(formatMinutes(ctx('en'), 90))).toBe('1 hour, 30 minutes')
    expect(plain(formatMinutes(ctx('ko'), 30))).toBe('30분')
  })
})

describe('formatPrice', () => {
  it('says free for free places', () => {
    expect(plain(formatPrice(ctx('en'), { free: true }, free))).toBe('Free')
  })

  it('formats VND with no decimals, singly or as a range', () => {
    expect(plain(formatPrice(ctx('vi'), { min: 30000 }, free))).toBe('30.000 ₫')
    expect(plain(formatPrice(ctx('en'), { min: 30000, max: 50000 }, free))).toBe('₫30,000 – ₫50,000')
    expect(plain(formatPrice(ctx('en'), { min: 30000, max: 30000 }, free))).toBe('₫30,000')
  })
})

describe('languageName', () => {
  it('names a language in the UI language', () => {
    expect(languageName('en', 'vi')).toBe('Vietnamese')
    expect(languageName('vi', 'en')).toBe('Tiếng Anh')
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 kB', '0 kB'],
    [999, '1 kB', '1 kB'],
    [1_500, '1.5 kB', '1,5 kB'],
    [820_000, '820 kB', '820 kB'],
    [3_400_000, '3.4 MB', '3,4 MB'],
    [2_100_000_000, '2.1 GB', '2,1 GB'],
  ])('writes %i bytes as %s in English and %s in Vietnamese', (bytes, en, vi) => {
    expect(plain(formatBytes(ctx('en'), bytes))).toBe(en)
    expect(plain(formatBytes(ctx('vi'), bytes))).toBe(vi)
  })

  it('never shows a few bytes as nothing', () => {
    expect(plain(formatBytes(ctx('en'), 1))).toBe('1 kB')
  })

  it('rounds up to the next unit instead of writing 1,000 of the smaller one', () => {
    expect(plain(formatBytes(ctx('en'), 999_999))).toBe('1 MB')
    expect(plain(formatBytes(ctx('en'), 999_700_000))).toBe('1 GB')
  })
})

describe('formatDistance', () => {
  const en = { locale: 'en' as const, timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND' }
  it('uses metres to the nearest 10 under a kilometre, then kilometres', () => {
    expect(formatDistance(en, 0)).toBe('10 m')
    expect(formatDistance(en, 347)).toBe('350 m')
    expect(formatDistance(en, 1234)).toBe('1.2 km')
    expect(formatDistance(en, 40_400)).toBe('40 km')
  })
})
