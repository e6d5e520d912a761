/**
 * The router and the work it does before showing a page: load the UI
 * messages and the content text of the page's locale, and send unknown ids to
 * the not-found page without changing the URL.
 */
import { createRouter, type RouterHistory } from 'vue-router'
import type { Locale } from '@/content/schema'
import type { Catalog } from '@/composables/catalog'
import type { LocaleContentState } from '@/composables/locale-content'
import { setUiLocale, type AppI18n } from '@/i18n'
import { FALLBACK_LOCALES } from '@/i18n/locales'
import { localeOf, NOT_FOUND, notFoundParams } from './locale-route'
import { createRoutes } from './routes'

export interface RouterDeps {
  history: RouterHistory
  i18n: AppI18n
  content: LocaleContentState
  catalog: Catalog
  /** The locale for `/` and for pages whose URL has none: saved choice, else browser languages. */
  preferredLocale: () => Locale
}

export function createAppRouter(deps: RouterDeps) {
  const router = createRouter({
    history: deps.history,
    routes: createRoutes(deps.preferredLocale),
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      if (to.hash) return { el: to.hash }
      // A new filter (?category=) keeps the reader where they are.
      return to.path === from.path ? false : { top: 0 }
    },
  })

  router.beforeEach(async (to, from) => {
    const kind = to.meta.entity
    const id = to.params.id
    if (kind && (typeof id !== 'string' || !deps.catalog.has(kind, id))) {
      return { name: NOT_FOUND, params: notFoundParams(to.path), query: to.query, hash: to.hash, replace: true }
    }
    const locale = localeOf(to) ?? deps.preferredLocale()
    try {
      await setUiLocale(deps.i18n, locale)
    } catch {
      // The messages chunk could not be fetched (offline, never saved): keep the
      // current UI language, or on a cold start the first bundled fallback
      // (English), which a visitor is likelier to read than the source
      // language. The content state below shows what went wrong.
      if (from.matched.length === 0) await setUiLocale(deps.i18n, FALLBACK_LOCALES[0]!)
    }
    await deps.content.load(locale)
    return true
  })

  return router
}
