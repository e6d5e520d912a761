/**
 * Calendar dates with no time of day and no time zone ("2026-02-17"), the
 * unit of event dates, opening days and the lunar calendar.
 *
 * A `Date` is an instant, so using it for a date drifts by a day as soon as
 * the machine's zone differs from the site's. Arithmetic here runs on day
 * numbers instead: whole days since 1970-01-01 in the proleptic Gregorian
 * calendar, converted with the integer civil-calendar algorithm described by
 * Howard Hinnant ("chrono-Compatible Low-Level Date Algorithms", 2013), which
 * has no time-zone or two-digit-year pitfalls.
 */

export interface LocalDate {
  readonly year: number
  /** 1 = January. */
  readonly month: number
  readonly day: number
}

/** Day of the week as `Date#getDay` numbers it: 0 = Sunday … 6 = Saturday. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** True when the three numbers name a day that exists (no 30 February, no month 13). */
export function isValidDate(date: LocalDate): boolean {
  const { year, month, day } = date
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: LocalDate): number {
  // Years start in March so that the leap day is the last day of the year.
  const y = date.month <= 2 ? date.year - 1 : date.year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const monthFromMarch = (date.month + 9) % 12
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return { year, month, day }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days)
}

/** Days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** Negative, zero or positive, as `Array#sort` expects. */
export function compare(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

export function isSameDate(a: LocalDate, b: LocalDate): boolean {
  return compare(a, b) === 0
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as DayOfWeek
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses 'YYYY-MM-DD'; throws a RangeError naming the text when it is not a real date. */
export function fromIso(text: string): LocalDate {
  const match = ISO_DATE.exec(text)
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined
  if (!date || !isValidDate(date)) {
    throw new RangeError(
      `"${text}" is not a calendar date: write it as YYYY-MM-DD with a day that exists, e.g. 2026-02-17`,
    )
  }
  return date
}

/** 'YYYY-MM-DD', the form content files and URLs use (years 0–9999). */
export function toIso(date: LocalDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/**
 * The calendar date at instant `now` in an IANA time zone, e.g. today in
 * 'Asia/Ho_Chi_Minh' whatever zone the device is set to. Throws a RangeError
 * from Intl when the zone name is unknown.
 */
export function todayIn(timeZone: string, now: Date): LocalDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}
