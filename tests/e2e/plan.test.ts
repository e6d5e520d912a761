/**
 * The visitor's own plan: places added from their pages, reordered, shared
 * as a link that opens the same plan in a fresh browser profile, and
 * exported as GPX (itineraries too) that a map app can read.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { STORAGE_KEYS } from '../../src/constants.ts'
import { launchChromium } from './support/chromium'
import { entityIds, entityName, placeLocation } from './support/content'
import { assertGpx11, childrenNamed, parseXml, textOf } from './support/gpx'
import { message } from './support/messages'
import { BROWSER_TEST, baseUrl, expectHeading, openPage, visit } from './support/page'

const LOCALE = 'en'
const PLACES = ['nha-hat-lon', 'den-nghe', 'cho-sat']
const ITINERARY = 'heritage-walk-centre'

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

/** The plan page's rows, day by day: [["den-nghe", …], …]. */
async function planDays(page: Page): Promise<string[][]> {
  await page.locator('[data-day]').first().waitFor({ timeout: 10_000 })
  return page
    .locator('[data-day]')
    .evaluateAll((days) =>
      days.map((day) => [...day.querySelectorAll('[data-place-id]')].map((row) => row.getAttribute('data-place-id')!)),
    )
}

async function expectPlan(page: Page, expected: string[][], where: string): Promise<void> {
  const deadline = Date.now() + 10_000
  let days = await planDays(page)
  while (JSON.stringify(days) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(100)
    days = await planDays(page)
  }
  assert.deepEqual(days, expected, where)
}

/** Clicks a download button and returns the file's name and text. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const stream = await file.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
}

/** The share link: from the clipboard when the page could copy it, else from the field shown to copy by hand. */
async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('plan-share').click()
  const copied = page.getByTestId('plan-share-copied')
  const manual = page.locator('.plan-share__url')
  await copied.or(manual).first().waitFor({ timeout: 10_000 })
  if (await copied.isVisible()) return page.evaluate(() => navigator.clipboard.readText())
  return manual.inputValue()
}

describe('my plan', () => {
  test('places added from their pages, reordered, shared to a fresh profile', BROWSER_TEST, async () => {
    const first = await openPage(browser, { viewport: { width: 390, height: 844 } })
    let link: string
    // The first place moved one step down.
    const reordered = [PLACES[1]!, PLACES[0]!, PLACES[2]!]
    try {
      await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
      for (const id of PLACES) {
        await visit(first.page, `/${LOCALE}/places/${id}`)
        const button = first.page.getByTestId('add-to-plan')
        await button.click()
        await first.page.waitForFunction(
          () => document.querySelector('[data-testid="add-to-plan"]')?.getAttribute('aria-pressed') === 'true',
        )
      }
      await visit(first.page, `/${LOCALE}/plan`)
      await expectPlan(first.page, [PLACES], 'the plan after adding three places')

      // Keyboard-operable reordering: the first place one step down.
      await first.page.locator(`[data-place-id="${PLACES[0]}"] [data-action="down"]`).click()
      await expectPlan(first.page, [reordered], 'after moving the first place down')
      await first.page.reload({ waitUntil: 'load' })
      await expectPlan(first.page, [reordered], 'after a reload')

      link = await shareLink(first.page)
      assert.match(link, new RegExp(`/${LOCALE}/plan\\?plan=1_${reordered.join('\\.')}$`), 'the share link')
      await first.assertNoProblems('plan, first profile')
    } finally {
      await first.close()
    }

    // A fresh profile: nothing stored, so the shared plan becomes its plan.
    const second = await openPage(browser, { viewport: { width: 390, height: 844 } })
    try {
      await second.page.goto(link, { waitUntil: 'load' })
      await expectPlan(second.page, [reordered], 'the shared link in a fresh profile')
      await second.page.waitForURL((url) => !url.searchParams.has('plan'))
      await second.page.reload({ waitUntil: 'load' })
      await expectPlan(second.page, [reordered], 'the shared plan, kept after a reload')

      const gpx = await download(second.page, 'export-gpx')
      assert.match(gpx.name, /\.gpx$/, 'the file name')
      const root = await parseXml(second.page, gpx.text)
      assertGpx11(root)
      const waypoints = childrenNamed(root, 'wpt')
      assert.deepEqual(
        waypoints.map((w) => textOf(w, 'name')),
        reordered.map((id) => entityName('places', id, LOCALE)),
        'waypoints are the plan in order',
      )
      waypoints.forEach((w, i) => {
        const [lon, lat] = placeLocation(reordered[i]!)
        assert.ok(Math.abs(Number(w.attributes.lon) - lon) < 1e-6, `waypoint ${i} lon`)
        assert.ok(Math.abs(Number(w.attributes.lat) - lat) < 1e-6, `waypoint ${i} lat`)
      })
      const [route] = childrenNamed(root, 'rte')
      assert.equal(childrenNamed(route!, 'rtept').length, reordered.length, 'the route has every place')
      await second.assertNoProblems('plan, second profile')
    } finally {
      await second.close()
    }
  })

  test("an itinerary's GPX has its stops as waypoints and a route", BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/itineraries/${ITINERARY}`)
      const gpx = await download(page, 'export-gpx')
      const root = await parseXml(page, gpx.text)
      assertGpx11(root)
      assert.equal(textOf(childrenNamed(root, 'metadata')[0]!, 'name'), entityName('itineraries', ITINERARY, LOCALE))
      assert.equal(childrenNamed(root, 'wpt').length, 10, 'ten stops')
      assert.equal(childrenNamed(childrenNamed(root, 'rte')[0]!, 'rtept').length, 10, 'a route through ten stops')
      await assertNoProblems('itinerary GPX')
    } finally {
      await close()
    }
  })

  test(
    'a damaged plan read first by another page still says so on the plan page, until dismissed',
    BROWSER_TEST,
    async () => {
      const { page, assertNoProblems, close } = await openPage(browser)
      try {
        // Damaged before the first page runs, once (the tab's sessionStorage remembers).
        const damaged = JSON.stringify({ version: 1, plan: { days: [[PLACES[0], 42, PLACES[1]]] }, updatedAt: 'x' })
        await page.addInitScript(
          ({ key, text }) => {
            if (sessionStorage.getItem('e2e-damaged')) return
            sessionStorage.setItem('e2e-damaged', '1')
            localStorage.setItem(key, text)
          },
          { key: STORAGE_KEYS.plan, text: damaged },
        )
        // A place page reads the plan (its Add to my plan button) and repairs it.
        await visit(page, `/${LOCALE}/places/${PLACES[2]}`)
        await expectHeading(page, entityName('places', PLACES[2]!, LOCALE), 'the place page')
        await visit(page, `/${LOCALE}/plan`)
        const notice = page.locator('[data-notice="plan"]')
        await notice.waitFor({ timeout: 10_000 })
        await expectPlan(page, [[PLACES[0]!, PLACES[1]!]], 'what could be read of the damaged plan')
        await page.reload({ waitUntil: 'load' })
        await notice.waitFor({ timeout: 10_000 })
        await notice.getByRole('button').click()
        await notice.waitFor({ state: 'detached' })
        await page.reload({ waitUntil: 'load' })
        await expectPlan(page, [[PLACES[0]!, PLACES[1]!]], 'the repaired plan after the message was dismissed')
        assert.equal(await notice.count(), 0, 'the message came back after it was dismissed')
        await assertNoProblems('damaged plan')
      } finally {
        await close()
      }
    },
  )

  test('a stored plan of 50,000 places opens at once with the first 200 and says why', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      const real = entityIds('places')
      const ids = Array.from({ length: 50_000 }, (_, i) => (i < real.length ? real[i]! : `place-${i}`))
      await page.addInitScript(
        ({ key, text }) => {
          if (sessionStorage.getItem('e2e-long')) return
          sessionStorage.setItem('e2e-long', '1')
          localStorage.setItem(key, text)
        },
        {
          key: STORAGE_KEYS.plan,
          text: JSON.stringify({ version: 1, plan: { days: [ids] }, updatedAt: new Date().toISOString() }),
        },
      )
      await visit(page, `/${LOCALE}/plan`)
      await expectHeading(page, message(LOCALE, 'plan.title'), 'the plan page')
      await page.locator('[data-notice="plan"][data-problem="tooLong"]').waitFor({ timeout: 10_000 })
      // The first 200, in their order; ids the guide no longer knows are listed too, to be removed by hand.
      assert.deepEqual(await planDays(page), [ids.slice(0, 200)], 'the first places of the stored plan')
      await assertNoProblems('plan of 50,000 places')
    } finally {
      await close()
    }
  })
})
