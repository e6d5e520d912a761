/**
 * A new deploy, as a visitor with the guide open lives through it:
 * serve build A, use it (change a setting, save a language for offline,
 * heart a place), replace it on the server with build B (same code, edited
 * content), see the open page keep working on A, accept the update prompt,
 * and get B's content with the settings, the favourites, the plan, the
 * progress through an itinerary and the saved language intact, the latter
 * already carrying B's text offline: code and content change together.
 *
 * Later features that store user data extend the "user data" step here.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { CACHE_NAMES, STORAGE_KEYS } from '../../src/constants.ts'
import { buildEditedContent, renameEntity, type Build } from './support/builds'
import { launchChromium } from './support/chromium'
import { entityName, firstId } from './support/content'
import { message } from './support/messages'
import { snapshotBuild, waitForOfflineReady } from './support/offline'
import { expectHeading, openPage } from './support/page'
import { startStaticServer, type StaticServer } from './support/static-server'

const LOCALE = 'vi'
const SAVED = 'en'
const PLACE = firstId('places')
const ITINERARY = firstId('itineraries')
const nameA = entityName('places', PLACE, LOCALE)
const nameB = `${nameA} – B`
const savedNameB = `${entityName('places', PLACE, SAVED)} – B`

let browser: Browser
let buildA: Build
let buildB: Build
let server: StaticServer

before(async () => {
  browser = await launchChromium()
  buildA = snapshotBuild()
  buildB = await buildEditedContent((dir) => {
    renameEntity(dir, `places/${PLACE}/${LOCALE}.md`, (name) => `${name} – B`)
    renameEntity(dir, `places/${PLACE}/${SAVED}.md`, (name) => `${name} – B`)
  })
  server = await startStaticServer(buildA.dir)
})
after(async () => {
  await browser?.close()
  await server?.stop()
  buildA?.remove()
  buildB?.remove()
})

test(
  'an update keeps the open page working, then brings new code and content together with user data intact',
  { timeout: 180_000 },
  async () => {
    const { page, context, close } = await openPage(browser, { serviceWorkers: 'allow', origin: server.url })
    try {
      // Version A, used: a setting changed, a second language saved for offline, a place hearted.
      await page.goto(`${server.url}/${LOCALE}/saved`)
      await waitForOfflineReady(page, LOCALE, buildA.dir)
      await page.locator('.app-header__tools button[aria-label]').last().click()
      await page.locator(`[data-pack="${SAVED}"] input`).check()
      await page.getByRole('button', { name: message(LOCALE, 'saved.save') }).click()
      await page.locator('[data-phase="done"]').waitFor({ timeout: 30_000 })
      const settingsBefore = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.settings)
      assert.ok(settingsBefore, 'changing the theme stored no settings')
      await page.goto(`${server.url}/${LOCALE}/places/${PLACE}`)
      await expectHeading(page, nameA, 'version A')
      const heart = page.getByRole('button', { name: message(LOCALE, 'favourites.add', { name: nameA }), exact: true })
      await heart.click()
      assert.equal(await heart.getAttribute('aria-pressed'), 'true', 'the heart did not switch on')
      const favouritesBefore = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.favourites)
      assert.ok(favouritesBefore, 'hearting a place stored no favourites')
      await page.getByTestId('add-to-plan').click()
      const planBefore = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.plan)
      assert.ok(planBefore?.includes(PLACE), 'adding the place to the plan stored no plan')
      await page.goto(`${server.url}/${LOCALE}/itineraries/${ITINERARY}/follow`)
      const firstStop = page.locator('[data-testid="follow-stop"]').first()
      const firstStopId = await firstStop.getAttribute('data-stop-id', { timeout: 10_000 })
      await page
        .getByRole('button', { name: message(LOCALE, 'follow.stops.markVisited'), exact: true })
        .first()
        .click()
      await page.locator(`[data-testid="follow-stop"][data-stop-id="${firstStopId}"][data-state="visited"]`).waitFor()
      const progressBefore = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.itineraryProgress)
      assert.ok(progressBefore?.includes(ITINERARY), 'marking a stop visited stored no progress')
      await page.goto(`${server.url}/${LOCALE}/places/${PLACE}`)
      await expectHeading(page, nameA, 'version A, back on the place')

      // The deploy. The browser finds the new worker on its next check.
      server.serve(buildB.dir)
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
      const prompt = page.getByText(message(LOCALE, 'offline.updateReady'))
      await prompt.waitFor({ timeout: 60_000 })

      // Until the user accepts, the open page runs A, lazy pages included.
      await page
        .getByRole('link', { name: message(LOCALE, 'nav.events') })
        .first()
        .click()
      await expectHeading(page, message(LOCALE, 'events.title'), 'another page of A while B waits')
      await page.goBack()
      await expectHeading(page, nameA, 'A while B waits')

      await Promise.all([
        page.waitForEvent('load', { timeout: 60_000 }),
        page.getByRole('button', { name: message(LOCALE, 'offline.updateNow') }).click(),
      ])
      await expectHeading(page, nameB, 'after accepting the update')
      assert.equal(await prompt.count(), 0, 'the prompt is still shown after the update')

      // The user's data survived the update.
      const settingsAfter = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.settings)
      assert.equal(settingsAfter, settingsBefore)
      const savedState = await page.evaluate(
        async (name) => (await caches.keys()).includes(name),
        `${CACHE_NAMES.packPrefix}${SAVED}`,
      )
      assert.ok(savedState, `the ${SAVED} download was lost in the update`)
      const favouritesAfter = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.favourites)
      assert.equal(favouritesAfter, favouritesBefore)
      await page.goto(`${server.url}/${LOCALE}/saved`)
      await page
        .getByRole('region', { name: message(LOCALE, 'favourites.places'), exact: true })
        .getByRole('link', { name: nameB, exact: true })
        .waitFor({ timeout: 10_000 })
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.plan), planBefore)
      await page.goto(`${server.url}/${LOCALE}/plan`)
      await page.locator(`[data-place-id="${PLACE}"]`).waitFor({ timeout: 10_000 })
      const progressAfter = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.itineraryProgress)
      assert.equal(progressAfter, progressBefore)
      await page.goto(`${server.url}/${LOCALE}/itineraries/${ITINERARY}/follow`)
      await page
        .locator(`[data-testid="follow-stop"][data-stop-id="${firstStopId}"][data-state="visited"]`)
        .waitFor({ timeout: 10_000 })

      // The saved language already holds B's text: offline, it shows B's content.
      await context.setOffline(true)
      await page.goto(`${server.url}/${SAVED}/places/${PLACE}`)
      await expectHeading(page, savedNameB, `saved ${SAVED} offline after the update`)
    } finally {
      await close()
    }
  },
)
