/**
 * Vietnam's public holidays (ngày lễ, tết), computed for any year rather than
 * read from a table, so `PH off` in opening hours keeps working without
 * yearly updates.
 *
 * Source: Labour Code 2019 (Bộ luật Lao động, No. 45/2019/QH14), Article 112,
 * clause 1, in force since 1 January 2021:
 * - New Year (Tết Dương lịch): 1 January;
 * - Tết (Tết Âm lịch): five days, placed each year by the Prime Minister.
 *   We count the four that the 1994 Code named and that the yearly plans have
 *   kept: the last day of the lunar year and days 1–3 of month 1. The fifth
 *   day, and the bridging days the government often adds by decree (moving
 *   working days to weekends), change every year and are not computed;
 * - Hùng Kings' Commemoration (Giỗ Tổ Hùng Vương): day 10 of lunar month 3;
 * - Victory Day (Ngày Chiến thắng): 30 April;
 * - International Labour Day: 1 May;
 * - National Day (Quốc khánh): 2 September and one adjacent day, 1 or 3
 *   September, chosen yearly. We take 1 September, the usual choice.
 * Substitute days for holidays that fall on a weekly rest day (clause 3) are
 * days off for employees, not days when places close, so they are left out.
 *
 * The current law is applied to every year; lunar holidays exist only where
 * the lunar calendar is computed (1900–2100).
 */
import { addDays, compare, type LocalDate } from './local-date'
import { isInCalendarRange, lunarToSolar, solarToLunar } from './lunar-calendar'

export type VietnameseHoliday = 'new-year' | 'tet' | 'hung-kings' | 'victory-day' | 'labour-day' | 'national-day'

export interface PublicHoliday {
  readonly date: LocalDate
  readonly holiday: VietnameseHoliday
}

const SOLAR_HOLIDAYS: readonly { month: number; day: number; holiday: VietnameseHoliday }[] = [
  { month: 1, day: 1, holiday: 'new-year' },
  { month: 4, day: 30, holiday: 'victory-day' },
  { month: 5, day: 1, holiday: 'labour-day' },
  { month: 9, day: 1, holiday: 'national-day' },
  { month: 9, day: 2, holiday: 'national-day' },
]

/** Lunar holidays fall in January–May: Tết by 20 February, day 10 of month 3 by the end of May even after a leap month. */
const LAST_LUNAR_HOLIDAY_MONTH = 5

function lunarHolidayDates(year: number): PublicHoliday[] {
  const solar = (month: number, day: number) => {
    const result = lunarToSolar({ year, month, day, leap: false })
    return result.ok ? result.date : undefined
  }
  const tet = solar(1, 1)
  // In a year with a leap month 3 the holiday is on the ordinary month 3, the first of the two.
  const hungKings = solar(3, 10)
  const holidays: PublicHoliday[] = []
  if (tet) {
    for (const offset of [-1, 0, 1, 2]) holidays.push({ date: addDays(tet, offset), holiday: 'tet' })
  }
  if (hungKings) holidays.push({ date: hungKings, holiday: 'hung-kings' })
  return holidays
}

/** The public holidays of a Gregorian year, in date order. */
export function vietnamesePublicHolidays(year: number): PublicHoliday[] {
  const fixed = SOLAR_HOLIDAYS.map(({ month, day, holiday }) => ({ date: { year, month, day }, holiday }))
  // Tết of lunar year Y and its eve always fall in January or February of Gregorian year Y.
  return [...fixed, ...lunarHolidayDates(year)].sort((a, b) => compare(a.date, b.date))
}

/**
 * True on a public holiday. Cheaper than searching `vietnamesePublicHolidays`:
 * it converts at most two dates to the lunar calendar, and none after May.
 */
export function isVietnamesePublicHoliday(date: LocalDate): boolean {
  if (SOLAR_HOLIDAYS.some((h) => h.month === date.month && h.day === date.day)) return true
  if (date.month > LAST_LUNAR_HOLIDAY_MONTH || !isInCalendarRange(date)) return false
  const lunar = solarToLunar(date)
  if (!lunar.leap && lunar.month === 1 && lunar.day <= 3) return true
  if (!lunar.leap && lunar.month === 3 && lunar.day === 10) return true
  // The last day of the year is day 29 or 30 of month 12 (or of a leap month 12): the eve of Tết.
  if (lunar.month === 12 && lunar.day >= 29) {
    const next = solarToLunar(addDays(date, 1))
    return next.month === 1 && next.day === 1 && !next.leap
  }
  return false
}
