/**
 * Offline, through the real service worker of the production build, on each
 * of the servers people deploy to (`vite preview` as `npm start` runs it,
 * nginx with deploy/nginx.conf, a CDN-like host; support/servers):
 * - after one online visit the guide says it is ready offline, and from then
 *   every page of that language renders with the network cut (deep links with
 *   dots in their query too), the map reaches idle with its basemap, and a
 *   deep link opened cold in a new tab renders with the server gone;
 * - a missing file is a 404, online and offline, never the app shell;
 * - "Save for offline" makes a second language work offline too, a language
 *   never saved says so instead of failing, and a saved language the browser
 *   partly evicted is reported at start-up and repaired in one tap;
 * - running out of space (simulated) keeps what was saved and says what to do.
 */
import assert from 'node:assert/strict'
import { after, afterEach, before, beforeEach, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { CACHE_NAMES } from '../../src/constants.ts'
import { LAYER } from '../../src/map/ids.ts'
import { launchChromium } from './support/chromium'
import { entityIds, entityName, firstId, siteLocales } from './support/content'
import { mapIdle, rendered } from './support/map'
import { message } from './support/messages'
import { readPacks, waitForOfflineReady } from './support/offline'
import { expectHeading, openPage, type OpenPage } from './support/page'
import { DIST } from './support/server'
import { SERVER_KINDS, snapshotBuild, startServer, type GuideServer, type Snapshot } from './support/servers'

const LOCALE = 'vi'
const [SECOND, UNSAVED, THIRD] = siteLocales().filter((locale) => locale !== LOCALE)
const OFFLINE_TEST = { timeout: 120_000 }

let browser: Browser
let build: Snapshot

before(async () => {
  browser = await launchChromium()
  build = snapshotBuild(DIST)
})
after(async () => {
  await browser?.close()
  build?.remove()
})

/** The pages of one language, with the heading each must show. */
function pagesOf(locale: string): { path: string; heading: string }[] {
  const detail = (kind: 'places' | 'itineraries' | 'events') => ({
    path: `/${locale}/${kind}/${firstId(kind)}`,
    heading: entityName(kind, firstId(kind), locale),
  })
  const [first, second] = entityIds('places')
  return [
    { path: `/${locale}/`, heading: '' },
    { path: `/${locale}/places`, heading: message(locale, 'places.title') },
    detail('places'),
    { path: `/${locale}/itineraries`, heading: message(locale, 'itineraries.title') },
    detail('itineraries'),
    { path: `/${locale}/events`, heading: message(locale, 'events.title') },
    detail('events'),
    { path: `/${locale}/about`, heading: message(locale, 'about.title') },
    { path: `/${locale}/saved`, heading: message(locale, 'saved.title') },
    // A dot in the query is part of a page's address, not a file name.
    { path: `/${locale}/places?q=st.john`, heading: message(locale, 'places.title') },
    { path: `/${locale}/plan?plan=1_${first}.${second}`, heading: message(locale, 'plan.title') },
    { path: `/${locale}/events?month=2026.09`, heading: message(locale, 'events.title') },
    { path: `/${locale}/?utm_source=x.com`, heading: '' },
  ]
}

for (const kind of SERVER_KINDS) {
  describe(`offline, served by ${kind}`, () => {
    let server: GuideServer
    let open: OpenPage

    before(async () => {
      server = await startServer(kind, build.dir)
    })
    after(async () => {
      await server?.close()
    })
    beforeEach(async () => {
      open = await openPage(browser, { serviceWorkers: 'allow', origin: server.url })
    })
    afterEach(async () => {
      await open.close()
    })

    const go = async (page: Page, path: string) => {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' })
    }

    /** One online visit, then the network is cut: what a tourist does before boarding the boat. */
    async function visitThenGoOffline(path = `/${LOCALE}/`): Promise<void> {
      await go(open.page, path)
      await waitForOfflineReady(open.page, LOCALE, build.dir)
      await open.context.setOffline(true)
    }

    test(
      'the guide says when it is ready offline, and then every page of that language renders with the network cut',
      OFFLINE_TEST,
      async () => {
        const { page } = open
        await go(page, `/${LOCALE}/places`)
        const ready = page.locator('[data-notice="offline-ready"]')
        await ready.waitFor({ timeout: 30_000 })
        assert.match(await ready.innerText(), new RegExp(message(LOCALE, 'offline.ready').slice(0, 12)))
        // Taken at its word: the network goes the moment it says so.
        await open.context.setOffline(true)
        for (const { path, heading } of pagesOf(LOCALE)) {
          await go(page, path)
          await expectHeading(page, heading, `${path} offline`)
        }
        await page.getByText(message(LOCALE, 'offline.indicator')).waitFor({ timeout: 5_000 })
        assert.equal(await ready.count(), 0, 'the ready notice is said once, not on every page')
        await open.assertNoProblems('pages offline')

        // Said once per language on this device: not again on the next visit.
        await open.context.setOffline(false)
        await go(page, `/${LOCALE}/`)
        await expectHeading(page, '', 'home page, second visit')
        await page.waitForTimeout(1_000)
        assert.equal(await ready.count(), 0, 'the ready notice came back on a later visit')
      },
    )

    test('the map reaches idle with its basemap offline', OFFLINE_TEST, async () => {
      await visitThenGoOffline()
      await go(open.page, `/${LOCALE}/map`)
      await mapIdle(open.page)
      const counts = await rendered(open.page, [LAYER.earth, LAYER.water, LAYER.clusters, LAYER.placePoints])
      assert.ok(counts[LAYER.earth]! > 0, `no land drawn offline: ${JSON.stringify(counts)}`)
      assert.ok(counts[LAYER.clusters]! + counts[LAYER.placePoints]! > 0, `no places drawn: ${JSON.stringify(counts)}`)
      await open.assertNoProblems('map offline')
    })

    test('a deep link opened cold renders with the server stopped', OFFLINE_TEST, async () => {
      await go(open.page, `/${LOCALE}/`)
      await waitForOfflineReady(open.page, LOCALE, build.dir)
      await server.stop()
      try {
        const cold = await open.context.newPage()
        const id = firstId('events')
        await go(cold, `/${LOCALE}/events/${id}`)
        await expectHeading(cold, entityName('events', id, LOCALE), 'cold deep link without a server')
      } finally {
        await server.restart()
      }
    })

    test(
      'a missing file is a 404, never the app shell, online and with the worker in control',
      OFFLINE_TEST,
      async () => {
        const { page } = open
        const probe = async (where: string) => {
          for (const path of ['/assets/no-such-file-e2e.js', '/no-such-file-e2e.png']) {
            const navigation = await page.goto(`${server.url}${path}`)
            assert.equal(navigation?.status(), 404, `${where}: opening ${path}`)
            await go(page, `/${LOCALE}/`)
            const fetched = await page.evaluate(async (url) => {
              const response = await fetch(url)
              return { status: response.status, type: response.headers.get('content-type') ?? '' }
            }, path)
            assert.equal(fetched.status, 404, `${where}: fetching ${path} answered ${JSON.stringify(fetched)}`)
          }
        }
        await go(page, `/${LOCALE}/`)
        await probe('before the worker')
        await waitForOfflineReady(page, LOCALE, build.dir)
        await probe('with the worker in control')
        // Expected: the 404s themselves, and the favicon.ico the browser asks for beside a non-HTML document.
        const expected = (problem: string) => /no-such-file-e2e|\/favicon\.ico\b/.test(problem)
        open.problems.splice(0, open.problems.length, ...open.problems.filter((problem) => !expected(problem)))
        await open.assertNoProblems('missing files')
      },
    )

    test(
      'a second language saved on the Saved page renders offline; an unsaved one says so',
      OFFLINE_TEST,
      async () => {
        assert.ok(SECOND && UNSAVED, 'the site needs three languages for this test')
        const { page } = open
        await go(page, `/${LOCALE}/saved`)
        await waitForOfflineReady(page, LOCALE, build.dir)
        const row = page.locator(`[data-pack="${SECOND}"]`)
        await row.locator('input[type=checkbox]').check()
        await page.getByTestId('offline-estimate').waitFor()
        await page.getByRole('button', { name: message(LOCALE, 'saved.save') }).click()
        await page.locator('[data-phase="done"]').waitFor({ timeout: 30_000 })
        assert.equal(await row.getAttribute('data-state'), 'saved')

        await open.context.setOffline(true)
        const id = firstId('places')
        await go(page, `/${SECOND}/places/${id}`)
        await expectHeading(page, entityName('places', id, SECOND), `/${SECOND} offline after saving it`)

        // Its UI messages are missing too, so the page falls back to English and says what is missing.
        await go(page, `/${UNSAVED}/places`)
        const language = new Intl.DisplayNames('en', { type: 'language' }).of(UNSAVED)!
        await page.getByText(message('en', 'offline.languageMissing', { language })).waitFor({ timeout: 10_000 })
        assert.equal(await page.locator('h1').count(), 0, 'a page without its text is shown anyway')
        await page.getByRole('link', { name: message('en', 'offline.openSaved') }).click()
        await expectHeading(page, message('en', 'saved.title'), 'the Saved page offline, from the message')
      },
    )

    test(
      'a saved language the browser partly evicted is reported at start-up and repaired in one tap',
      OFFLINE_TEST,
      async () => {
        assert.ok(SECOND, 'the site needs two languages for this test')
        const { page } = open
        await go(page, `/${LOCALE}/saved`)
        await waitForOfflineReady(page, LOCALE, build.dir)
        const row = page.locator(`[data-pack="${SECOND}"]`)
        await row.locator('input[type=checkbox]').check()
        await page.getByRole('button', { name: message(LOCALE, 'saved.save') }).click()
        await page.locator('[data-phase="done"]').waitFor({ timeout: 30_000 })

        // What storage pressure does: one file of the saved language disappears.
        const files = readPacks(build.dir).locales[SECOND]!
        await page.evaluate(async ({ cacheName, url }) => (await caches.open(cacheName)).delete(url), {
          cacheName: `${CACHE_NAMES.packPrefix}${SECOND}`,
          url: files[0]!.url,
        })
        await page.reload({ waitUntil: 'load' })
        const notice = page.locator('[data-notice="incomplete"]')
        await notice.waitFor({ timeout: 15_000 })
        // "(0 of 1 files)" in the page's language: the counts, in either order.
        const counts = [files.length - 1, files.length].join('|')
        assert.match(await notice.innerText(), new RegExp(`(${counts})\\D+(${counts})`))
        assert.equal(await row.getAttribute('data-state'), 'partial', 'the Saved page shows the language as incomplete')
        await notice.getByRole('button', { name: message(LOCALE, 'offline.repair') }).click()
        await notice.waitFor({ state: 'detached', timeout: 30_000 })
        await page.locator(`[data-pack="${SECOND}"][data-state="saved"]`).waitFor({ timeout: 10_000 })

        await open.context.setOffline(true)
        const id = firstId('places')
        await go(page, `/${SECOND}/places/${id}`)
        await expectHeading(page, entityName('places', id, SECOND), `/${SECOND} offline after the repair`)
        await open.assertNoProblems('repair')
      },
    )

    test('running out of space keeps what was saved and says so', OFFLINE_TEST, async () => {
      assert.ok(SECOND && THIRD, 'the site needs three languages for this test')
      const { page } = open
      await go(page, `/${LOCALE}/saved`)
      await waitForOfflineReady(page, LOCALE, build.dir)
      const save = page.getByRole('button', { name: message(LOCALE, 'saved.save') })
      await page.locator(`[data-pack="${SECOND}"] input`).check()
      await save.click()
      await page.locator('[data-phase="done"]').waitFor({ timeout: 30_000 })

      // The next language's first file fits; after that the browser refuses, as a full phone would.
      await page.evaluate(() => {
        const put = Cache.prototype.put
        let room = 1
        Cache.prototype.put = function (this: Cache, ...args: Parameters<Cache['put']>) {
          if (room-- > 0) return put.apply(this, args)
          return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        }
      })
      await page.locator(`[data-pack="${THIRD}"] input`).check()
      await save.click()
      await page.locator('[data-phase="quota"]').waitFor({ timeout: 30_000 })
      assert.match(
        await page.locator('[data-phase="quota"]').innerText(),
        new RegExp(message(LOCALE, 'saved.quota').slice(0, 20)),
      )
      assert.equal(await page.locator(`[data-pack="${SECOND}"]`).getAttribute('data-state'), 'saved')
      const third = await page.locator(`[data-pack="${THIRD}"]`).getAttribute('data-state')
      assert.ok(third === 'partial' || third === 'none', `the language that did not fit is ${third}`)
      await open.assertNoProblems('quota')
    })
  })
}
