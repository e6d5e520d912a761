/** How the service worker answers navigations and requests for pack files. */
import { ExpirationPlugin } from 'workbox-expiration'
import { createPartialResponse } from 'workbox-range-requests'
import type { RouteHandlerCallback } from 'workbox-core'
import { Route } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { CACHE_NAMES, RUNTIME_CACHE_MAX_ENTRIES } from '../../constants'
import { CACHE_QUERY } from '../cache-query'
import { allPackUrls, type OfflinePacks } from '../packs'
import { isFilePath } from '../paths'

const THIRTY_DAYS_S = 30 * 24 * 60 * 60

/**
 * Every page is the same index.html, so deep links opened cold work offline
 * too. A path that names a file is not a page: it goes to the network, and a
 * missing file stays a 404 instead of becoming the app shell. Only the
 * pathname decides (Workbox's NavigationRoute tests its denylist against the
 * query too, which turned `?q=st.john` into a "file").
 */
export function navigationRoute(appShell: RouteHandlerCallback): Route {
  return new Route(({ request, url }) => request.mode === 'navigate' && !isFilePath(url.pathname), appShell)
}

/**
 * Saved packs first; otherwise the network, keeping a bounded copy so a
 * language or photo used once still works offline for a while. Pack file
 * names are hashed, so a cached copy is never stale.
 */
export function packRoute(packs: OfflinePacks): Route {
  const urls = allPackUrls(packs)
  const onUse = new CacheFirst({
    cacheName: CACHE_NAMES.runtime,
    matchOptions: CACHE_QUERY,
    plugins: [
      new ExpirationPlugin({
        maxEntries: RUNTIME_CACHE_MAX_ENTRIES,
        maxAgeSeconds: THIRTY_DAYS_S,
        // A full disk empties this cache rather than failing the user's saved packs.
        purgeOnQuotaError: true,
      }),
    ],
  })
  return new Route(
    ({ url, sameOrigin }) => sameOrigin && urls.has(url.pathname),
    async (options) => {
      const saved = await caches.match(options.request, { ...CACHE_QUERY, ignoreSearch: true })
      const response = saved ?? (await onUse.handle(options))
      // Safari asks for audio in byte ranges and will not play a whole file given instead (200 for a Range request).
      const wantsRange = options.request.headers.has('range') && response.status === 200
      return wantsRange ? createPartialResponse(options.request, response) : response
    },
  )
}
