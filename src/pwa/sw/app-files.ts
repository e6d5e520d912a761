/** What the page's "ready offline" and the Saved page read of the precache: files expected and files present. */
import type { PrecacheController } from 'workbox-precaching'
import type { AppFilesStatus } from '../messages'

export async function appFilesStatus(precache: PrecacheController, storage: CacheStorage): Promise<AppFilesStatus> {
  // Workbox stores each file under its cache key (the URL, plus a revision for files without a hash in their name).
  const expected = [...precache.getURLsToCacheKeys().values()]
  const cache = await storage.open(precache.strategy.cacheName)
  const present = new Set((await cache.keys()).map((request) => request.url))
  return { files: expected.length, savedFiles: expected.filter((key) => present.has(key)).length }
}
