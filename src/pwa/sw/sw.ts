/**
 * The service worker (built by vite-plugin-pwa in injectManifest mode, see
 * vite.config.ts; typed by tsconfig.sw.json with the WebWorker lib).
 *
 * - The precache holds the app shell, every code chunk, the basemap, icons
 *   and covers: enough to open any page of a language whose text is saved.
 * - Offline packs (a language's text; full-size photos and audio) live in
 *   caches of their own, filled by the page's "Save for offline" and by the
 *   page's language (src/pwa/offline-packs-state.ts). A new version fills them
 *   with its own files before it installs, so new code never meets old text.
 *   A file that cannot be fetched (404, 500, no network) fails the install:
 *   the old version keeps running and the browser tries again on its next check.
 * - A new version waits until the user accepts the update prompt
 *   (SKIP_WAITING); the open page keeps working on the old one meanwhile.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core'
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import packs from 'virtual:offline-packs'
import { CACHE_NAMES } from '../../constants'
import { CACHE_QUERY } from '../cache-query'
import { APP_FILES_STATUS, SKIP_WAITING } from '../messages'
import { prunePacks, refreshPacks } from '../pack-caches'
import { appFilesStatus } from './app-files'
import { navigationRoute, packRoute } from './routes'

declare const self: ServiceWorkerGlobalScope

// Every cache of the guide starts with the same prefix (src/constants.ts).
setCacheNameDetails({ prefix: CACHE_NAMES.prefix })
// Our own controller rather than precacheAndRoute()'s hidden one: Workbox has
// no option for the precache's match options, but its strategy's are public.
const precache = new PrecacheController()
precache.strategy.matchOptions = CACHE_QUERY
precache.precache(self.__WB_MANIFEST)
registerRoute(new PrecacheRoute(precache))
cleanupOutdatedCaches()

registerRoute(navigationRoute(precache.createHandlerBoundToURL('index.html')))
registerRoute(packRoute(packs))

self.addEventListener('install', (event) => event.waitUntil(refreshPacks(packs, self.caches, self.fetch.bind(self))))
self.addEventListener('activate', (event) => event.waitUntil(prunePacks(packs, self.caches)))
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type
  if (type === SKIP_WAITING) void self.skipWaiting()
  if (type === APP_FILES_STATUS) {
    // workbox-window's messageSW() waits for the answer on the port it sent.
    event.waitUntil(appFilesStatus(precache, self.caches).then((status) => event.ports[0]?.postMessage(status)))
  }
})
// The first version controls the page that installed it, so that page works offline at once.
clientsClaim()
