/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy
 * rather than read from a table, for 1900–2100.
 *
 * The rules, as the calendar has been defined since the Shixian reform
 * (1645) and as Vietnam applies them on its own meridian:
 * 1. A month starts on the local day of a new moon. Vietnam counts days in
 *    UTC+7 (105° E), China in UTC+8, which is why Tết can fall a day (1968,
 *    2007, 2030) or even a month (1985) apart.
 * 2. The month containing the December solstice (Sun at 270°) is month 11.
 * 3. When 13 new moons start between two month-11s, the first month after
 *    month 11 in which the Sun enters no principal term (zhongqi / trung khí,
 *    a multiple of 30° of longitude) is the leap month; it repeats the
 *    previous month's number.
 * "Contains" is counted in whole local days, like the month itself.
 * Astronomy: ./lunar-astronomy.ts (Meeus, Astronomical Algorithms, ch. 25 and 49).
 *
 * Before 1968 North Vietnam used the UTC+8 calendar; like most modern
 * almanacs we compute UTC+7 throughout, so a few dates before 1968 can differ
 * from what was printed at the time.
 *
 * Everything is recomputed on demand (30–40 µs a conversion on a 2-core build machine)
 * rather than cached, so the module holds no state.
 */
import { JD_UNIX_EPOCH, lunationNear, newMoonJd, solarLongitude, solarLongitudeTime } from './lunar-astronomy'
import { compare, fromEpochDay, isValidDate, type LocalDate, toEpochDay, toIso } from './local-date'

/** Vietnam's civil time since 1968 (UTC+7, meridian 105° E). */
export const VIETNAM_UTC_OFFSET_HOURS = 7

/** First and last lunar years handled (lunar year 1899 ends in January 1900). */
export const MIN_LUNAR_YEAR = 1899
export const MAX_LUNAR_YEAR = 2100
/** First and last solar dates `solarToLunar` accepts. */
export const MIN_SOLAR_DATE: LocalDate = { year: 1900, month: 1, day: 1 }
export const MAX_SOLAR_DATE: LocalDate = { year: 2100, month: 12, day: 31 }

export interface LunarDate {
  /** The lunar year, which begins at Tết; `canChi(year)` names it. */
  readonly year: number
  /** 1–12; a leap month repeats the number of the month before it. */
  readonly month: number
  /** 1–30. */
  readonly day: number
  /** True in the leap (intercalary, nhuận) month. */
  readonly leap: boolean
}

export interface LunarMonth {
  readonly month: number
  readonly leap: boolean
  /** Solar date of day 1. */
  readonly start: LocalDate
  /** 29 or 30. */
  readonly days: number
}

export interface LunarYearInfo {
  readonly year: number
  /** 12 or 13 months in order, from month 1 (Tết) to month 12. */
  readonly months: readonly LunarMonth[]
  /** Number of the leap month, or undefined in a 12-month year. */
  readonly leapMonth: number | undefined
  /** Solar date of Tết (day 1 of month 1). */
  readonly start: LocalDate
  /** 353–355 or 383–385. */
  readonly days: number
}

/** Why `lunarToSolar` found no such date. */
export type LunarDateProblem = 'invalid' | 'out-of-range' | 'no-such-leap-month' | 'no-such-day'

/**
 * `lunarToSolar` returns this rather than throwing because a missing date is
 * an ordinary outcome (a leap month most years lack, day 30 of a short
 * month), not a bug; `message` explains it to a person.
 */
export type LunarToSolarResult =
  | { readonly ok: true; readonly date: LocalDate }
  | { readonly ok: false; readonly reason: LunarDateProblem; readonly message: string }

/** Thrown by `solarToLunar` and `lunarYearInfo` for dates outside 1900–2100. */
export class CalendarRangeError extends RangeError {
  override name = 'CalendarRangeError'
}

/** A month as the computation sees it: start and length in epoch days. */
interface MonthSpan {
  readonly month: number
  readonly leap: boolean
  readonly start: number
  readonly days: number
}

function localDay(jd: number, offsetHours: number): number {
  return Math.floor(jd - JD_UNIX_EPOCH + offsetHours / 24)
}

function newMoonDay(lunation: number, offsetHours: number): number {
  return localDay(newMoonJd(lunation), offsetHours)
}

/** Index 0–11 of the 30° sector the Sun is in at local midnight starting `epochDay`. */
function solarSector(epochDay: number, offsetHours: number): number {
  return Math.floor(solarLongitude(epochDay + JD_UNIX_EPOCH - offsetHours / 24) / 30)
}

/** Lunation number of month 11: the month whose days include the December solstice of `year`. */
function month11Lunation(year: number, offsetHours: number): number {
  const solstice = solarLongitudeTime(270, toEpochDay({ year, month: 12, day: 21 }) + JD_UNIX_EPOCH)
  const solsticeDay = localDay(solstice, offsetHours)
  let lunation = lunationNear(solstice)
  while (newMoonDay(lunation, offsetHours) > solsticeDay) lunation--
  while (newMoonDay(lunation + 1, offsetHours) <= solsticeDay) lunation++
  return lunation
}

/**
 * The months from month 11 at lunation `first` up to, not including, the
 * month 11 at lunation `last`: one "suì", solstice to solstice. Its months
 * labelled 11 and 12 end one lunar year, the rest belong to the next.
 */
function monthsBetween(first: number, last: number, offsetHours: number): MonthSpan[] {
  const starts: number[] = []
  for (let k = first; k <= last; k++) starts.push(newMoonDay(k, offsetHours))
  const count = last - first
  let leapIndex = -1
  if (count === 13) {
    // Thirteen months share twelve principal terms, so at least one has none.
    for (let i = 1; i < count && leapIndex < 0; i++) {
      if (solarSector(starts[i]!, offsetHours) === solarSector(starts[i + 1]!, offsetHours)) leapIndex = i
    }
    if (leapIndex < 0) throw new Error(`lunar calendar: no month without a principal term after lunation ${first}`)
  }
  const months: MonthSpan[] = []
  let month = 10
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex
    if (!leap) month = (month % 12) + 1
    months.push({ month, leap, start: starts[i]!, days: starts[i + 1]! - starts[i]! })
  }
  return months
}

/** The suì ending at the December solstice of `year`. */
function monthsOfSui(year: number, offsetHours: number): MonthSpan[] {
  return monthsBetween(month11Lunation(year - 1, offsetHours), month11Lunation(year, offsetHours), offsetHours)
}

function lunarYearOfSuiMonth(suiYear: number, month: number): number {
  return month >= 11 ? suiYear - 1 : suiYear
}

function toLunarMonth(span: MonthSpan): LunarMonth {
  return { month: span.month, leap: span.leap, start: fromEpochDay(span.start), days: span.days }
}

/** True for the solar dates `solarToLunar` accepts. */
export function isInCalendarRange(date: LocalDate): boolean {
  return compare(date, MIN_SOLAR_DATE) >= 0 && compare(date, MAX_SOLAR_DATE) <= 0
}

/**
 * The lunar date of a solar (Gregorian) date. `offsetHours` is the calendar's
 * meridian; keep the default for the Vietnamese calendar (8 gives the modern
 * Chinese one, used by the tests to compare with ICU).
 * Throws CalendarRangeError outside 1900-01-01 … 2100-12-31 (see
 * `isInCalendarRange`), and a RangeError for a day that does not exist.
 */
export function solarToLunar(date: LocalDate, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  if (!isValidDate(date)) throw new RangeError(`solarToLunar: ${JSON.stringify(date)} is not a calendar date`)
  if (!isInCalendarRange(date)) {
    throw new CalendarRangeError(
      `solarToLunar: ${toIso(date)} is outside the supported range ${toIso(MIN_SOLAR_DATE)} to ${toIso(MAX_SOLAR_DATE)}`,
    )
  }
  const day = toEpochDay(date)
  const month11 = month11Lunation(date.year, offsetHours)
  const afterMonth11 = day >= newMoonDay(month11, offsetHours)
  const suiYear = afterMonth11 ? date.year + 1 : date.year
  const months = afterMonth11
    ? monthsBetween(month11, month11Lunation(date.year + 1, offsetHours), offsetHours)
    : monthsBetween(month11Lunation(date.year - 1, offsetHours), month11, offsetHours)
  const span = months.findLast((m) => m.start <= day)
  if (!span) throw new Error(`lunar calendar: ${toIso(date)} fell before its own suì`)
  return {
    year: lunarYearOfSuiMonth(suiYear, span.month),
    month: span.month,
    day: day - span.start + 1,
    leap: span.leap,
  }
}

function lunarYearSpans(year: number, offsetHours: number): MonthSpan[] {
  const middle = month11Lunation(year, offsetHours)
  return [
    ...monthsBetween(month11Lunation(year - 1, offsetHours), middle, offsetHours).filter((m) => m.month < 11),
    ...monthsBetween(middle, month11Lunation(year + 1, offsetHours), offsetHours).filter((m) => m.month >= 11),
  ]
}

function assertLunarYear(year: number, caller: string): void {
  if (!Number.isInteger(year) || year < MIN_LUNAR_YEAR || year > MAX_LUNAR_YEAR) {
    throw new CalendarRangeError(
      `${caller}: lunar year ${year} is outside the supported ${MIN_LUNAR_YEAR}–${MAX_LUNAR_YEAR}`,
    )
  }
}

/** The months of a lunar year, their lengths and its leap month. Throws CalendarRangeError outside 1899–2100. */
export function lunarYearInfo(year: number, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarYearInfo {
  assertLunarYear(year, 'lunarYearInfo')
  const spans = lunarYearSpans(year, offsetHours)
  const first = spans[0]!
  const last = spans[spans.length - 1]!
  return {
    year,
    months: spans.map(toLunarMonth),
    leapMonth: spans.find((m) => m.leap)?.month,
    start: fromEpochDay(first.start),
    days: last.start + last.days - first.start,
  }
}

function describe(lunar: LunarDate): string {
  return `${lunar.day}/${lunar.leap ? `leap ${lunar.month}` : lunar.month}/${lunar.year}`
}

/** The solar date of a lunar date, or why there is none (see LunarToSolarResult). */
export function lunarToSolar(lunar: LunarDate, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarToSolarResult {
  const { year, month, day, leap } = lunar
  const fail = (reason: LunarDateProblem, why: string): LunarToSolarResult => ({
    ok: false,
    reason,
    message: `lunar date ${describe(lunar)} does not exist: ${why}`,
  })
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    return fail('invalid', 'months are numbered 1–12 and days 1–30')
  }
  if (year < MIN_LUNAR_YEAR || year > MAX_LUNAR_YEAR) {
    return fail('out-of-range', `the calendar is computed for lunar years ${MIN_LUNAR_YEAR}–${MAX_LUNAR_YEAR}`)
  }
  // Months 11 and 12 (and a leap 11 or 12) lie in the next suì.
  const suiYear = month >= 11 ? year + 1 : year
  const span = monthsOfSui(suiYear, offsetHours).find((m) => m.month === month && m.leap === leap)
  if (!span) {
    return fail(
      'no-such-leap-month',
      `lunar year ${year} has no leap month ${month} (lunarYearInfo gives its leap month)`,
    )
  }
  if (day > span.days) {
    return fail('no-such-day', `that month has ${span.days} days`)
  }
  return { ok: true, date: fromEpochDay(span.start + day - 1) }
}
