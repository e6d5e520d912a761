/**
 * Locale-aware formatting of dates, times, durations and prices with Intl.
 * Pure functions: the locale, the site's time zone and currency come in as a
 * `FormatContext`, never from the device, so a visitor whose phone is still
 * on Seoul time sees Hải Phòng's dates and times.
 */
import type { Locale, Price } from '@/content/schema'
import type { LocalDate } from '@/domain/local-date'

export interface FormatContext {
  locale: Locale
  /** IANA zone of the site, e.g. Asia/Ho_Chi_Minh (site.timeZone). */
  timeZone: string
  /** ISO 4217 code of the site's prices, e.g. VND (site.currency). */
  currency: string
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short'

/**
 * A calendar date as an instant Intl can format. Content dates are already
 * dates in the site's zone, so they are formatted as UTC dates: noon UTC of
 * the same day, printed in UTC, can never slide to the previous or next day
 * whatever zone the device or the site is in.
 */
function dateInstant(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12))
}

function dateFormat(ctx: FormatContext, style: DateStyle): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(ctx.locale, { dateStyle: style, timeZone: 'UTC', calendar: 'gregory' })
}

export function formatDate(ctx: FormatContext, date: LocalDate, style: DateStyle = 'medium'): string {
  return dateFormat(ctx, style).format(dateInstant(date))
}

/** "1 – 3 May 2026"; a single date when `end` is missing or the same day. */
export function formatDateRange(
  ctx: FormatContext,
  start: LocalDate,
  end?: LocalDate,
  style: DateStyle = 'medium',
): string {
  const format = dateFormat(ctx, style)
  if (!end || (end.year === start.year && end.month === start.month && end.day === start.day)) {
    return format.format(dateInstant(start))
  }
  return format.formatRange(dateInstant(start), dateInstant(end))
}

/** Day and month only ("9 May"), for compact date badges. */
export function formatDayMonth(ctx: FormatContext, date: LocalDate): string {
  return new Intl.DateTimeFormat(ctx.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    dateInstant(date),
  )
}

const LOCAL_TIME = /^(\d{2}):(\d{2})$/

/** A wall-clock time of the site ("19:30") in the locale's style ("7:30 PM" in English). */
export function formatTime(ctx: FormatContext, time: string): string {
  const match = LOCAL_TIME.exec(time)
  if (!match) throw new RangeError(`"${time}" is not a time: content times are written HH:MM, e.g. 08:30`)
  // A wall-clock time, like a calendar date, is formatted as a UTC instant so no zone shifts it.
  const instant = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])))
  return new Intl.DateTimeFormat(ctx.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(instant)
}

export function formatTimeRange(ctx: FormatContext, start: string, end?: string): string {
  return end ? `${formatTime(ctx, start)} – ${formatTime(ctx, end)}` : formatTime(ctx, start)
}

/** An instant (e.g. "now") as a date and time in the site's time zone. */
export function formatInstant(ctx: FormatContext, instant: Date): string {
  return new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: ctx.timeZone,
  }).format(instant)
}

/** "1 hr, 30 min"; whole hours and minutes below one hour stay single units. */
export function formatMinutes(ctx: FormatContext, minutes: number): string {
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(ctx.locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value)
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return unit(rest, 'minute')
  if (rest === 0) return unit(hours, 'hour')
  // What Intl.DurationFormat does, with APIs that Node 20 and older phones have.
  return new Intl.ListFormat(ctx.locale, { type: 'unit', style: 'long' }).format([
    unit(hours, 'hour'),
    unit(rest, 'minute'),
  ])
}

/** A price in the site's currency; `labels.free` is the UI's word for "Free". */
export function formatPrice(ctx: FormatContext, price: Price, labels: { free: string }): string {
  if ('free' in price) return labels.free
  const format = new Intl.NumberFormat(ctx.locale, {
    style: 'currency',
    currency: ctx.currency,
    maximumFractionDigits: 0,
  })
  return price.max !== undefined && price.max !== price.min
    ? format.formatRange(price.min, price.max)
    : format.format(price.min)
}

/** A language's name in the UI language ("tiếng Anh" for en in Vietnamese). */
export function languageName(uiLocale: Locale, language: Locale): string {
  return new Intl.DisplayNames(uiLocale, { type: 'language' }).of(language) ?? language
}

/** A size on disk in the unit that keeps it short: "820 kB", "3.4 MB" (decimal units, as phones show storage). */
export function formatBytes(ctx: FormatContext, bytes: number): string {
  // The unit is chosen from the rounded value, so 999,999 bytes reads "1 MB", not "1,000 kB".
  const rounded = (value: number) => (value < 10 ? Math.round(value * 10) / 10 : Math.round(value))
  const units = [
    [1e3, 'kilobyte'],
    [1e6, 'megabyte'],
    [1e9, 'gigabyte'],
  ] as const
  // Anything above nothing shows as at least 1 kB: "0.1 kB" means little to anyone.
  const size = bytes > 0 ? Math.max(bytes, 1000) : 0
  const [scale, unit] = units.find(([scale], i) => i === units.length - 1 || rounded(size / scale) < 1000)!
  const value = rounded(size / scale)
  return new Intl.NumberFormat(ctx.locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value)
}

/** A distance as people say it: "350 m", "1.2 km", "40 km". */
export function formatDistance(ctx: FormatContext, meters: number): string {
  const km = meters >= 1000
  const value = km ? meters / 1000 : Math.max(10, Math.round(meters / 10) * 10)
  return new Intl.NumberFormat(ctx.locale, {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    unitDisplay: 'short',
    maximumFractionDigits: km && value < 10 ? 1 : 0,
  }).format(value)
}
