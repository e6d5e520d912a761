/** How the service worker answers requests for pack files. */
import { ExpirationPlugin } from 'workbox-expiration'
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
    async (options) => (await caches.match(options.request, { ignoreSearch: true })) ?? onUse.handle(options),
  )
}
