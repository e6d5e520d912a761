/**
 * The document title of a page, "<page> · <guide name>", kept in step with
 * the locale and with text that loads later. Every view calls this once.
 */
import { computed, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '@/content/schema'
import { pickLocalized } from '@/i18n/localized'
import { useCatalog } from './catalog'

/** The guide's name in the UI language, e.g. "Cẩm nang Hải Phòng". */
export function useGuideName() {
  const { t, locale } = useI18n()
  const { site } = useCatalog().manifest
  return computed(() => t('app.guideName', { city: pickLocalized(site.name, locale.value as Locale).text }))
}

/** `page` null or empty gives the guide name alone (the home page). */
export function usePageTitle(page: MaybeRefOrGetter<string | null | undefined>, doc: Document = document): void {
  const { t } = useI18n()
  const guide = useGuideName()
  // watchEffect stops with the calling component's scope.
  watchEffect(() => {
    const name = toValue(page)
    doc.title = name ? t('app.documentTitle', { page: name, guide: guide.value }) : guide.value
  })
}
