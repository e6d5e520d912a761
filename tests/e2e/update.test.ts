/**
 * A new deploy, as a visitor with the guide open lives through it, on each of
 * the servers people deploy to (support/servers):
 * serve build A, use it (change a setting, save a language for offline,
 * heart a place), replace it on the server with build B (same code, edited
 * content), see the open page keep working on A, accept the update prompt,
 * and get B's content with the settings, the favourites, the plan, the
 * progress through an itinerary and the saved language intact, the latter
 * already carrying B's text offline: code and content change together.
 *
 * And a deploy caught half-way (one new file answers 404): the install fails,
 * the old version keeps running without a prompt, and the next check, once
 * the deploy is complete, offers the new version.
 *
 * Later features that store user data extend the "user data" step here.
 */
import assert from 'node:assert/strict'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { CACHE_NAMES, STORAGE_KEYS } from '../../src/constants.ts'
import { buildEditedContent, renameEntity, type Build } from './support/builds'
import { launchChromium } from './support/chromium'
import { entityName, firstId } from './support/content'
import { message } from './support/messages'
import { readPacks, waitForOfflineReady } from './support/offline'
import { expectHeading, openPage } from './support/page'
import { DIST } from './support/server'
import { SERVER_KINDS, snapshotBuild, startServer, type GuideServer, type Snapshot } from './support/servers'

const LOCALE = 'vi'
const SAVED = 'en'
const PLACE = firstId('places')
const ITINERARY = firstId('itineraries')
const nameA = entityName('places', PLACE, LOCALE)
const nameB = `${nameA} – B`
const savedNameB = `${entityName('places', PLACE, SAVED)} – B`

let browser: Browser
let buildA: Snapshot
let buildB: Build
/** Build B as a deploy caught half-way: one file that B added (`missingFile`) is not on the server yet. */
let halfB: Snapshot
let missingFile: string

/** A file B has and A has not, preferring one the service worker precaches (not a pack file). */
function newFileOfB(): string {
  const inA = new Set(readdirSync(path.join(buildA.dir, 'assets')))
  const packUrls = new Set(
    Object.values(readPacks(buildB.dir).locales)
      .flat()
      .map((file) => file.url),
  )
  const added = readdirSync(path.join(buildB.dir, 'assets')).filter(
    (name) => !inA.has(name) && /\.(js|css)$/.test(name),
  )
  const file = added.find((name) => !packUrls.has(`/assets/${name}`)) ?? added[0]
  if (!file) throw new Error('build B adds no file to build A, so a half-done deploy cannot be made')
  return `assets/${file}`
}

before(async () => {
  browser = await launchChromium()
  buildA = snapshotBuild(DIST)
  buildB = await buildEditedContent((dir) => {
    renameEntity(dir, `places/${PLACE}/${LOCALE}.md`, (name) => `${name} – B`)
    renameEntity(dir, `places/${PLACE}/${SAVED}.md`, (name) => `${name} – B`)
  })
  halfB = snapshotBuild(buildB.dir)
  missingFile = newFileOfB()
  // The file and its precompressed copies: nginx would otherwise send the .br or .gz.
  for (const suffix of ['', '.br', '.gz']) rmSync(path.join(halfB.dir, `${missingFile}${suffix}`), { force: true })
})
after(async () => {
  await browser?.close()
  buildA?.remove()
  buildB?.remove()
  halfB?.remove()
})

/** Asks the browser for a new version now, as the page's hourly check does, and waits for the install to end. */
async function checkForUpdate(page: Page): Promise<'installed' | 'redundant' | 'none'> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!
    await registration.update()
    const worker = registration.installing
    if (!worker) return registration.waiting ? 'installed' : 'none'
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    return new Promise<'installed' | 'redundant'>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state)
      })
      if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state)
    })
  })
}

for (const kind of SERVER_KINDS) {
  describe(`updates, served by ${kind}`, () => {
    let server: GuideServer
    before(async () => {
      server = await startServer(kind, buildA.dir)
    })
    after(async () => {
      await server?.close()
    })

    test(
      'an update keeps the open page working, then brings new code and content together with user data intact',
      { timeout: 180_000 },
      async () => {
        await server.serve(buildA.dir)
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
          const heart = page.getByRole('button', {
            name: message(LOCALE, 'favourites.add', { name: nameA }),
            exact: true,
          })
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
          await page
            .locator(`[data-testid="follow-stop"][data-stop-id="${firstStopId}"][data-state="visited"]`)
            .waitFor()
          const progressBefore = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.itineraryProgress)
          assert.ok(progressBefore?.includes(ITINERARY), 'marking a stop visited stored no progress')
          await page.goto(`${server.url}/${LOCALE}/places/${PLACE}`)
          await expectHeading(page, nameA, 'version A, back on the place')

          // The deploy. The browser finds the new worker on its next check.
          await server.serve(buildB.dir)
          assert.equal(await checkForUpdate(page), 'installed', 'version B did not install')
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

    test(
      'an update that meets a missing file leaves the old version running, offers nothing, and installs on the next check',
      { timeout: 180_000 },
      async () => {
        await server.serve(buildA.dir)
        const { page, close, problems, assertNoProblems } = await openPage(browser, {
          serviceWorkers: 'allow',
          origin: server.url,
        })
        try {
          await page.goto(`${server.url}/${LOCALE}/places/${PLACE}`)
          await waitForOfflineReady(page, LOCALE, buildA.dir)
          await expectHeading(page, nameA, 'version A')

          await server.serve(halfB.dir)
          assert.equal(await checkForUpdate(page), 'redundant', 'a version with a missing file was installed')
          const prompt = page.getByText(message(LOCALE, 'offline.updateReady'))
          await page.waitForTimeout(500)
          assert.equal(await prompt.count(), 0, 'the prompt offers a version that failed to install')
          // Still version A, and still this very page: the retry below must be offered to it
          // without a reload (workbox-window alone offers only the first update a page sees).
          await page
            .getByRole('link', { name: message(LOCALE, 'nav.events') })
            .first()
            .click()
          await expectHeading(page, message(LOCALE, 'events.title'), 'another page of A after the failed update')
          await page.goBack()
          await expectHeading(page, nameA, 'version A after the failed update')

          // The deploy completes; the next check (hourly, or when the network returns) installs it.
          await server.serve(buildB.dir)
          assert.equal(await checkForUpdate(page), 'installed', 'the complete version B did not install')
          await prompt.waitFor({ timeout: 30_000 })
          await Promise.all([
            page.waitForEvent('load', { timeout: 60_000 }),
            page.getByRole('button', { name: message(LOCALE, 'offline.updateNow') }).click(),
          ])
          await expectHeading(page, nameB, 'after accepting the retried update')
          // Expected: the service worker's 404 for the file the half-done deploy lacked; nothing else.
          const expected = `HTTP 404: ${server.url}/${missingFile}`
          assert.ok(problems.includes(expected), `the failed install never asked for /${missingFile}`)
          problems.splice(0, problems.length, ...problems.filter((problem) => problem !== expected))
          await assertNoProblems('failed, then retried update')
        } finally {
          await close()
        }
      },
    )
  })
}
