/**
 * Formatting bound to the current UI locale and the site's time zone and
 * currency; the pure functions live in src/i18n/format.ts.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale, Price } from '@/content/schema'
import type { LocalDate } from '@/domain/local-date'
import {
  formatBytes,
  formatDate,
  formatDateRange,
  formatDayMonth,
  formatDistance,
  formatMinutes,
  formatPrice,
  formatTimeRange,
  languageName,
  type DateStyle,
  type FormatContext,
} from '@/i18n/format'
import { useCatalog } from './catalog'

export function useFormat() {
  const { t, locale } = useI18n()
  const { site } = useCatalog().manifest
  const ctx = computed<FormatContext>(() => ({
    locale: locale.value as Locale,
    timeZone: site.timeZone,
    currency: site.currency,
  }))

  return {
    ctx,
    date: (date: LocalDate, style?: DateStyle) => formatDate(ctx.value, date, style),
    dateRange: (start: LocalDate, end?: LocalDate, style?: DateStyle) => formatDateRange(ctx.value, start, end, style),
    dayMonth: (date: LocalDate) => formatDayMonth(ctx.value, date),
    timeRange: (start: string, end?: string) => formatTimeRange(ctx.value, start, end),
    minutes: (minutes: number) => formatMinutes(ctx.value, minutes),
    price: (price: Price) => formatPrice(ctx.value, price, { free: t('price.free') }),
    language: (language: Locale) => languageName(ctx.value.locale, language),
    bytes: (bytes: number) => formatBytes(ctx.value, bytes),
    distance: (meters: number) => formatDistance(ctx.value, meters),
  }
}
