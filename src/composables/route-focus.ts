/**
 * After a client-side navigation to another page, moves focus to the page's
 * h1, so screen readers announce the new page and keyboard users start from
 * its top, as they would after a full page load. The first load, a new
 * filter (?category=) and a language switch keep focus where it is.
 */
import { nextTick, onScopeDispose } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'
import { pathInLocale } from '@/router/locale-route'

/** The page a location shows, whatever its locale. */
function pageOf(location: RouteLocationNormalized): string {
  return pathInLocale(location.path, 'vi')
}

export function useRouteFocus(router: Router, doc: Document = document): void {
  const remove = router.afterEach((to, from, failure) => {
    if (failure || from.matched.length === 0 || pageOf(to) === pageOf(from)) return
    void nextTick(() => {
      const heading = doc.querySelector<HTMLElement>('main h1')
      if (!heading) return
      heading.tabIndex = -1
      // The router's scrollBehavior already placed the page.
      heading.focus({ preventScroll: true })
    })
  })
  onScopeDispose(remove)
}
