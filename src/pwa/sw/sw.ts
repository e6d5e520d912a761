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
 * - A new version waits until the user accepts the update prompt
 *   (SKIP_WAITING); the open page keeps working on the old one meanwhile.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import packs from 'virtual:offline-packs'
import { CACHE_NAMES } from '../../constants'
import { SKIP_WAITING } from '../messages'
import { prunePacks, refreshPacks } from '../pack-caches'
import { packRoute } from './routes'

declare const self: ServiceWorkerGlobalScope

// Every cache of the guide starts with the same prefix (src/constants.ts).
setCacheNameDetails({ prefix: CACHE_NAMES.prefix })
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// Every page is the same index.html: deep links opened cold work offline too.
// Paths with a file extension are files, not pages, and go to the network.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/]+\.[a-z0-9]+$/i] }))
registerRoute(packRoute(packs))

self.addEventListener('install', (event) => event.waitUntil(refreshPacks(packs, self.caches, self.fetch.bind(self))))
self.addEventListener('activate', (event) => event.waitUntil(prunePacks(packs, self.caches)))
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting()
})
// The first version controls the page that installed it, so that page works offline at once.
clientsClaim()
