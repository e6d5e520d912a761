/** How the service worker answers requests for pack files. */
import { ExpirationPlugin } from 'workbox-expiration'
import { createPartialResponse } from 'workbox-range-requests'
import { Route } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { CACHE_NAMES, RUNTIME_CACHE_MAX_ENTRIES } from '../../constants'
import { allPackUrls, type OfflinePacks } from '../packs'

const THIRTY_DAYS_S = 30 * 24 * 60 * 60

/**
 * Saved packs first; otherwise the network, keeping a bounded copy so a
 * language or photo used once still works offline for a while. Pack file
 * names are hashed, so a cached copy is never stale.
 */
export function packRoute(packs: OfflinePacks): Route {
  const urls = allPackUrls(packs)
  const onUse = new CacheFirst({
    cacheName: CACHE_NAMES.runtime,
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
      const response = (await caches.match(options.request, { ignoreSearch: true })) ?? (await onUse.handle(options))
      // Safari asks for audio in byte ranges and will not play a whole file given instead (200 for a Range request).
      const wantsRange = options.request.headers.has('range') && response.status === 200
      return wantsRange ? createPartialResponse(options.request, response) : response
    },
  )
}
