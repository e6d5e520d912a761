/**
 * Favourites as a visitor uses them: a heart on a card (which must not open
 * the card's link) and on a detail page; both survive a reload, show on the
 * Saved page grouped by kind, and work with the network cut; damaged stored
 * data gives a message on a working page, never a blank one.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Locator, Page } from 'playwright-core'
import { DAMAGED_KEYS, STORAGE_KEYS } from '../../src/constants.ts'
import { launchChromium } from './support/chromium'
import { entityName, firstId } from './support/content'
import { message } from './support/messages'
import { waitForOfflineReady } from './support/offline'
import { BROWSER_TEST, expectHeading, openPage, visit } from './support/page'
import { DIST } from './support/server'
import { startCdn } from './support/servers/cdn'
import { snapshotBuild } from './support/servers/common'

const LOCALE = 'vi'
const PLACE = firstId('places')
const EVENT = firstId('events')
const placeName = entityName('places', PLACE, LOCALE)
const eventName = entityName('events', EVENT, LOCALE)

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

/** The heart for an entry, found by its accessible name ("Save <name>"), within `scope`. */
function heart(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('button', { name: message(LOCALE, 'favourites.add', { name }), exact: true })
}

async function expectPressed(button: Locator, pressed: boolean, where: string): Promise<void> {
  await button.waitFor({ timeout: 10_000 })
  assert.equal(await button.getAttribute('aria-pressed'), String(pressed), `${where}: aria-pressed`)
}

/** The Saved page's group for a kind: a region named by its heading. */
function savedGroup(page: Page, kind: 'places' | 'itineraries' | 'events'): Locator {
  return page.getByRole('region', { name: message(LOCALE, `favourites.${kind}`), exact: true })
}

async function expectListed(page: Page, kind: 'places' | 'events', name: string, where: string): Promise<void> {
  const link = savedGroup(page, kind).getByRole('link', { name, exact: true })
  try {
    await link.waitFor({ timeout: 10_000 })
  } catch {
    const text = await page.locator('main').innerText()
    throw new Error(`${where}: "${name}" is not listed under ${kind} on the Saved page, which reads:\n${text}`)
  }
}

describe('favourites', () => {
  test('a hearted place and event survive a reload and are listed on Saved by kind', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/places`)
      const card = page.locator('.card').filter({ has: page.getByRole('link', { name: placeName, exact: true }) })
      await heart(card, placeName).click()
      await expectPressed(heart(card, placeName), true, 'place card after the click')
      assert.match(page.url(), new RegExp(`/${LOCALE}/places$`), 'the heart opened the card link')

      await visit(page, `/${LOCALE}/events/${EVENT}`)
      await expectHeading(page, eventName, 'event page')
      await heart(page, eventName).click()
      await expectPressed(heart(page, eventName), true, 'event page after the click')

      await page.reload({ waitUntil: 'load' })
      await expectPressed(heart(page, eventName), true, 'event page after a reload')
      await visit(page, `/${LOCALE}/places`)
      await expectPressed(heart(page, placeName), true, 'place card after a reload')

      await visit(page, `/${LOCALE}/saved`)
      await expectHeading(page, message(LOCALE, 'saved.title'), 'Saved page')
      await expectListed(page, 'places', placeName, 'Saved page')
      await expectListed(page, 'events', eventName, 'Saved page')
      assert.equal(await savedGroup(page, 'itineraries').count(), 0, 'an empty itineraries group is shown')
      assert.equal(
        await savedGroup(page, 'places').getByRole('link', { name: eventName, exact: true }).count(),
        0,
        'the event is listed among the places',
      )
      await assertNoProblems('favourites')
    } finally {
      await close()
    }
  })

  test('damaged favourites give a message on a working Saved page', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      // Damaged before the app's first page runs (once: the tab's sessionStorage remembers).
      // Damaging it from an open app page, then reloading, races: Chromium was seen to hand the
      // unloading page its own write as a storage event, and that page repaired the data first.
      await page.addInitScript((key) => {
        if (sessionStorage.getItem('e2e-damaged')) return
        sessionStorage.setItem('e2e-damaged', '1')
        localStorage.setItem(key, '{"version":1,"items":[{"kind":')
      }, STORAGE_KEYS.favourites)
      await visit(page, `/${LOCALE}/saved`)
      await expectHeading(page, message(LOCALE, 'saved.title'), 'Saved page with damaged favourites')
      await page.getByText(message(LOCALE, 'favourites.resetNotice')).waitFor({ timeout: 10_000 })
      await page.getByText(message(LOCALE, 'favourites.empty')).waitFor({ timeout: 10_000 })
      // Repaired at once, and nothing lost: the text as it was stays beside the repair until the message is dismissed.
      const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.favourites)
      assert.deepEqual(JSON.parse(stored ?? 'null'), { version: 1, items: [] })
      const kept = await page.evaluate((key) => localStorage.getItem(key), DAMAGED_KEYS.favourites)
      assert.equal(kept, '{"version":1,"items":[{"kind":')
      await assertNoProblems('damaged favourites')
    } finally {
      await close()
    }
  })

  test('favourites are listed and can be changed offline', { timeout: 120_000 }, async () => {
    const build = snapshotBuild(DIST)
    const server = await startCdn(build.dir)
    const { page, context, assertNoProblems, close } = await openPage(browser, {
      serviceWorkers: 'allow',
      origin: server.url,
    })
    try {
      await page.goto(`${server.url}/${LOCALE}/places/${PLACE}`, { waitUntil: 'load' })
      await waitForOfflineReady(page, LOCALE, build.dir)
      await heart(page, placeName).click()
      await expectPressed(heart(page, placeName), true, 'place page online')

      await context.setOffline(true)
      await page.goto(`${server.url}/${LOCALE}/saved`, { waitUntil: 'load' })
      await page.reload({ waitUntil: 'load' })
      await expectHeading(page, message(LOCALE, 'saved.title'), 'Saved page offline')
      await expectListed(page, 'places', placeName, 'Saved page offline')

      await page.goto(`${server.url}/${LOCALE}/events/${EVENT}`, { waitUntil: 'load' })
      await heart(page, eventName).click()
      await page.reload({ waitUntil: 'load' })
      await expectPressed(heart(page, eventName), true, 'event hearted offline, after a reload')
      await assertNoProblems('favourites offline')
    } finally {
      await close()
      await server.close()
      build.remove()
    }
  })
})
