/**
 * Helpers for the tests that exercise the service worker: the pack list of a
 * build, and waiting until a page is ready to go offline.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { CACHE_NAMES } from '../../../src/constants.ts'
import type { OfflinePacks } from '../../../src/pwa/packs.ts'
import { DIST } from './server'

export function readPacks(dir = DIST): OfflinePacks {
  return JSON.parse(readFileSync(path.join(dir, 'offline-packs.json'), 'utf8')) as OfflinePacks
}

/**
 * Waits until the service worker controls the page and the page's language
 * is kept in its pack cache: from then on, that language works offline.
 * (Read straight from Cache Storage, ignoring Vary as every cache read must.)
 */
export async function waitForOfflineReady(page: Page, locale: string, build = DIST): Promise<void> {
  const urls = readPacks(build).locales[locale]?.map((file) => file.url) ?? []
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 })
  await page.waitForFunction(
    async ({ cacheName, urls }) => {
      if (!(await caches.has(cacheName))) return false
      const cache = await caches.open(cacheName)
      const results = await Promise.all(urls.map((url) => cache.match(url, { ignoreVary: true })))
      return results.every(Boolean)
    },
    { cacheName: `${CACHE_NAMES.packPrefix}${locale}`, urls },
    { timeout: 30_000, polling: 250 },
  )
}
