/**
 * Follow mode as a visitor walks an itinerary: the position (Playwright's
 * `context.setGeolocation`) moves from stop to stop, the next stop and its
 * distance follow, arriving ticks the stop off (with undo), and the progress
 * survives a reload and the network going away. A refused position leaves a
 * working manual mode.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { entityName, placeLocation } from './support/content'
import { message } from './support/messages'
import { waitForOfflineReady } from './support/offline'
import { BROWSER_TEST, expectHeading, openPage, visit } from './support/page'
import { DIST } from './support/server'
import { startCdn } from './support/servers/cdn'
import { snapshotBuild } from './support/servers/common'

const LOCALE = 'en'
/** A walk in the city centre: its first stops are a few hundred metres apart. */
const ITINERARY = 'heritage-walk-centre'
const [FIRST, SECOND] = ['nha-hat-lon', 'bao-tang-hai-phong']
const firstName = entityName('places', FIRST, LOCALE)
const secondName = entityName('places', SECOND, LOCALE)

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

/** Puts the device at a place's point, with a good phone's accuracy. */
async function standAt(context: BrowserContext, placeId: string, offsetLatitude = 0): Promise<void> {
  const [longitude, latitude] = placeLocation(placeId)
  await context.setGeolocation({ longitude, latitude: latitude + offsetLatitude, accuracy: 10 })
}

async function expectText(page: Page, testId: string, expected: string | RegExp, where: string): Promise<void> {
  const locator = page.getByTestId(testId).first()
  try {
    await locator.waitFor({ timeout: 10_000 })
    const matches = async () => {
      const text = (await locator.innerText()).trim()
      return typeof expected === 'string' ? text === expected : expected.test(text)
    }
    const deadline = Date.now() + 10_000
    while (!(await matches())) {
      if (Date.now() > deadline) throw new Error('timed out')
      await page.waitForTimeout(100)
    }
  } catch {
    const text = (await locator.count()) > 0 ? await locator.innerText() : '(missing)'
    throw new Error(`${where}: [data-testid=${testId}] reads "${text}", expected ${String(expected)}`)
  }
}

async function stopState(page: Page, placeId: string): Promise<string | null> {
  return page.locator(`[data-testid="follow-stop"][data-stop-id="${placeId}"]`).getAttribute('data-state')
}

const progress = (visited: number, total = 10) =>
  message(LOCALE, 'follow.progress.count', { visited: String(visited), total: String(total) })

describe('follow mode', () => {
  test('position moves along the walk: next stop, distance, arrival with undo, reload', BROWSER_TEST, async () => {
    const { page, context, assertNoProblems, close } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
    })
    try {
      await context.grantPermissions(['geolocation'])
      // 0.005° of latitude south of the Opera House: about 550 m away.
      await standAt(context, FIRST, -0.005)
      await visit(page, `/${LOCALE}/itineraries/${ITINERARY}`)
      await page.getByTestId('start-follow').click()
      await page.waitForURL(new RegExp(`/${LOCALE}/itineraries/${ITINERARY}/follow$`))
      await expectText(page, 'next-stop-name', firstName, 'before moving')
      // Permission already granted: the position is followed without a tap.
      await expectText(page, 'next-stop-distance', /^5\d\d m$/, '550 m from the first stop')

      await standAt(context, FIRST)
      await page.getByTestId('arrival-notice').waitFor({ timeout: 10_000 })
      assert.equal(await stopState(page, FIRST), 'visited', 'arriving marks the stop visited')
      await expectText(page, 'next-stop-name', secondName, 'after arriving')
      await expectText(page, 'follow-progress-count', progress(1), 'progress after arriving')
      // Bảo tàng Hải Phòng is about 500 m north of the Opera House.
      await expectText(page, 'next-stop-distance', /^[45]\d\d m$/, 'distance to the second stop')

      // Undo: a stop ticked off by mistake (e.g. walking past it) is to do again.
      await page.getByTestId('arrival-undo').click()
      assert.equal(await stopState(page, FIRST), 'next', 'undo returns the stop to "next"')
      await expectText(page, 'follow-progress-count', progress(0), 'progress after undo')
      // …and is not ticked off again while the visitor still stands there.
      await page.waitForTimeout(1500)
      assert.equal(await stopState(page, FIRST), 'next', 'an undone stop is ticked off again by itself')

      // Mark it by hand instead, then walk on to the second stop.
      await page
        .getByRole('button', { name: message(LOCALE, 'follow.stops.markVisited'), exact: true })
        .first()
        .click()
      await standAt(context, SECOND)
      await expectText(page, 'follow-progress-count', progress(2), 'progress after the second stop')
      assert.equal(await stopState(page, SECOND), 'visited')

      await page.reload({ waitUntil: 'load' })
      await expectText(page, 'follow-progress-count', progress(2), 'progress after a reload')
      assert.equal(await stopState(page, FIRST), 'visited', 'first stop after a reload')
      assert.equal(await stopState(page, SECOND), 'visited', 'second stop after a reload')
      await assertNoProblems('follow mode')
    } finally {
      await close()
    }
  })

  test('a refused position leaves a working manual mode', BROWSER_TEST, async () => {
    const { page, context, assertNoProblems, close } = await openPage(browser)
    try {
      // No permission granted: headless Chromium refuses the position.
      await context.clearPermissions()
      await visit(page, `/${LOCALE}/itineraries/${ITINERARY}/follow`)
      await expectHeading(page, entityName('itineraries', ITINERARY, LOCALE), 'follow page')
      await page.getByTestId('use-position').click()
      await page.getByTestId('manual-mode-message').waitFor({ timeout: 10_000 })
      await page
        .getByRole('button', { name: message(LOCALE, 'follow.stops.markVisited'), exact: true })
        .first()
        .click()
      assert.equal(await stopState(page, FIRST), 'visited', 'marked by hand')
      await expectText(page, 'next-stop-name', secondName, 'next stop in manual mode')
      await assertNoProblems('follow mode, position refused')
    } finally {
      await close()
    }
  })

  test('progress survives going offline', { timeout: 120_000 }, async () => {
    const build = snapshotBuild(DIST)
    const server = await startCdn(build.dir)
    const { page, context, assertNoProblems, close } = await openPage(browser, {
      serviceWorkers: 'allow',
      origin: server.url,
    })
    try {
      await page.goto(`${server.url}/${LOCALE}/itineraries/${ITINERARY}/follow`, { waitUntil: 'load' })
      await waitForOfflineReady(page, LOCALE, build.dir)
      await page
        .getByRole('button', { name: message(LOCALE, 'follow.stops.markVisited'), exact: true })
        .first()
        .click()
      await expectText(page, 'follow-progress-count', progress(1), 'online')

      await context.setOffline(true)
      await page.reload({ waitUntil: 'load' })
      await expectText(page, 'follow-progress-count', progress(1), 'offline, after a reload')
      await page
        .getByRole('button', { name: message(LOCALE, 'follow.stops.markVisited'), exact: true })
        .first()
        .click()
      await expectText(page, 'follow-progress-count', progress(2), 'marked offline')
      await page.reload({ waitUntil: 'load' })
      await expectText(page, 'follow-progress-count', progress(2), 'offline, after a second reload')
      await assertNoProblems('follow mode offline')
    } finally {
      await close()
      await server.close()
      build.remove()
    }
  })
})
