/**
 * Offline, through the real service worker of the production build, served
 * by a static server this file can stop:
 * - after one online visit, every page of that language renders with the
 *   network cut, the map reaches idle with its basemap, and a deep link opened
 *   cold in a new tab renders with the server gone;
 * - "Save for offline" makes a second language work offline too, and a
 *   language never saved says so instead of failing;
 * - running out of space (simulated) keeps what was saved and says what to do.
 */
import assert from 'node:assert/strict'
import { after, afterEach, before, beforeEach, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { LAYER } from '../../src/map/ids.ts'
import { launchChromium } from './support/chromium'
import { entityName, firstId, siteLocales } from './support/content'
import { mapIdle, rendered } from './support/map'
import { message } from './support/messages'
import { snapshotBuild, waitForOfflineReady } from './support/offline'
import { expectHeading, openPage, type OpenPage } from './support/page'
import { startStaticServer, type StaticServer } from './support/static-server'

const LOCALE = 'vi'
const [SECOND, UNSAVED, THIRD] = siteLocales().filter((locale) => locale !== LOCALE)
const OFFLINE_TEST = { timeout: 120_000 }

let browser: Browser
let build: ReturnType<typeof snapshotBuild>
let server: StaticServer
let open: OpenPage

before(async () => {
  browser = await launchChromium()
  build = snapshotBuild()
  server = await startStaticServer(build.dir)
})
after(async () => {
  await browser?.close()
  await server?.stop()
  build?.remove()
})

beforeEach(async () => {
  open = await openPage(browser, { serviceWorkers: 'allow', origin: server.url })
})
afterEach(async () => {
  await open.close()
})

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' })
}

/** One online visit, then the network is cut: what a tourist does before boarding the boat. */
async function visitThenGoOffline(path = `/${LOCALE}/`): Promise<void> {
  await go(open.page, path)
  await waitForOfflineReady(open.page, LOCALE, build.dir)
  await open.context.setOffline(true)
}

/** The pages of one language, with the heading each must show. */
function pagesOf(locale: string): { path: string; heading: string }[] {
  const detail = (kind: 'places' | 'itineraries' | 'events') => ({
    path: `/${locale}/${kind}/${firstId(kind)}`,
    heading: entityName(kind, firstId(kind), locale),
  })
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
  ]
}

describe('offline after one online visit', () => {
  test('every page of the visited language renders with the network cut', OFFLINE_TEST, async () => {
    await visitThenGoOffline()
    for (const { path, heading } of pagesOf(LOCALE)) {
      await go(open.page, path)
      await expectHeading(open.page, heading, `${path} offline`)
    }
    await open.page.getByText(message(LOCALE, 'offline.indicator')).waitFor({ timeout: 5_000 })
    await open.assertNoProblems('pages offline')
  })

  test('the map reaches idle with its basemap offline', OFFLINE_TEST, async () => {
    await visitThenGoOffline()
    await go(open.page, `/${LOCALE}/map`)
    await mapIdle(open.page)
    const counts = await rendered(open.page, [LAYER.earth, LAYER.water, LAYER.clusters, LAYER.placePoints])
    assert.ok(counts[LAYER.earth]! > 0, `no land drawn offline: ${JSON.stringify(counts)}`)
    assert.ok(counts[LAYER.clusters]! + counts[LAYER.placePoints]! > 0, `no places drawn: ${JSON.stringify(counts)}`)
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
})

describe('Save for offline', () => {
  test('a second language saved on the Saved page renders offline; an unsaved one says so', OFFLINE_TEST, async () => {
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
  })

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
