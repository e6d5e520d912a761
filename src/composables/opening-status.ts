/**
 * "Open now" for places, from the injected clock (clockKey) and the site's
 * time zone, re-evaluated every minute. The rules live in
 * src/domain/opening-hours.ts; this is the reactive glue.
 */
import { getCurrentScope, inject, onScopeDispose, type Ref, shallowRef } from 'vue'
import type { Place } from '@/content/model'
import type { LocalDate } from '@/domain/local-date'
import { toEpochDay } from '@/domain/local-date'
import { openingStatus, type OpeningStatus } from '@/domain/opening-hours'
import { isVietnamesePublicHoliday } from '@/domain/public-holidays'
import { useCatalog } from './catalog'
import { clockKey } from './today'

const MINUTE = 60_000

/**
 * The injected clock as a ref that changes on each new minute (aligned to
 * the minute, so "open" flips at 17:00, not up to a minute later). The timer
 * stops with the calling component or effect scope.
 */
export function useMinuteClock(): Readonly<Ref<Date>> {
  const clock = inject(clockKey, () => new Date())
  const now = shallowRef(clock())
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    timer = setTimeout(
      () => {
        now.value = clock()
        schedule()
      },
      MINUTE - (clock().getTime() % MINUTE),
    )
  }
  // Outside a scope nothing could stop the timer, so the clock stays still there.
  if (getCurrentScope()) {
    schedule()
    onScopeDispose(() => clearTimeout(timer))
  }
  return now
}

/** Holidays are asked for the same few days by every place; the lunar calendar behind them takes a while. */
const HOLIDAY_CACHE_SIZE = 64

function cachedHolidays(isHoliday: (date: LocalDate) => boolean): (date: LocalDate) => boolean {
  const cache = new Map<number, boolean>()
  return (date) => {
    const key = toEpochDay(date)
    let holiday = cache.get(key)
    if (holiday === undefined) {
      if (cache.size >= HOLIDAY_CACHE_SIZE) cache.clear()
      holiday = isHoliday(date)
      cache.set(key, holiday)
    }
    return holiday
  }
}

export interface UseOpeningStatusOptions {
  /** A clock to share with the caller (e.g. to word "tomorrow"); by default a new useMinuteClock(). */
  now?: Readonly<Ref<Date>>
}

/**
 * A function from a place to its opening status now. Calling it in a
 * computed or a template makes that re-run every minute.
 */
export function useOpeningStatus(
  options: UseOpeningStatusOptions = {},
): (place: Pick<Place, 'opening_hours'>) => OpeningStatus {
  const now = options.now ?? useMinuteClock()
  const { site } = useCatalog().manifest
  // Only Vietnam's holidays are computed; elsewhere `PH` rules never apply, so weekday hours are shown.
  const isPublicHoliday = cachedHolidays(site.country.toLowerCase() === 'vn' ? isVietnamesePublicHoliday : () => false)
  return (place) => openingStatus(place.opening_hours, now.value, { timeZone: site.timeZone, isPublicHoliday })
}
