/**
 * Today's date in the site's time zone. The clock is injectable so tests and
 * screenshots can fix "now"; the date is read once per component, which is
 * enough for pages that are not left open across midnight.
 */
import { inject, type InjectionKey } from 'vue'
import { todayIn, type LocalDate } from '@/domain/local-date'
import { useCatalog } from './catalog'

export const clockKey: InjectionKey<() => Date> = Symbol('clock')

export function useToday(): LocalDate {
  const now = inject(clockKey, () => new Date())
  return todayIn(useCatalog().manifest.site.timeZone, now())
}
