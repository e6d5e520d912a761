/**
 * Helpers for the tests that exercise the service worker: a private copy of
 * a build served by a stoppable static server, and waiting until a page is
 * ready to go offline.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { CACHE_NAMES } from '../../../src/constants.ts'
import type { OfflinePacks } from '../../../src/pwa/packs.ts'

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url))

/** A copy of a build in a temporary folder, so a rebuild cannot change it mid-test. */
export function snapshotBuild(dir = DIST): { dir: string; remove(): void } {
  const copy = mkdtempSync(path.join(tmpdir(), 'haiphong-guide-build-'))
  cpSync(dir, copy, { recursive: true })
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) }
}

export function readPacks(dir = DIST): OfflinePacks {
  return JSON.parse(readFileSync(path.join(dir, 'offline-packs.json'), 'utf8')) as OfflinePacks
}

/**
 * Waits until the service worker controls the page and the page's language
 * is kept in its pack cache: from then on, that language works offline.
 */
export async function waitForOfflineReady(page: Page, locale: string, build = DIST): Promise<void> {
  const urls = readPacks(build).locales[locale]?.map((file) => file.url) ?? []
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 })
  await page.waitForFunction(
    async ({ cacheName, urls }) => {
      if (!(await caches.has(cacheName))) return false
      const cache = await caches.open(cacheName)
      const results = await Promise.all(urls.map((url) => cache.match(url)))
      return results.every(Boolean)
    },
    { cacheName: `${CACHE_NAMES.packPrefix}${locale}`, urls },
    { timeout: 30_000, polling: 250 },
  )
}
