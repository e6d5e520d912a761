/**
 * Every place, itinerary and event page renders in the source language with
 * its own name as the heading: a content-specific crash (an odd opening-hours
 * string, a missing image) shows up here rather than in a visitor's browser.
 * One context per kind, visiting each page in turn, to keep the run short.
 */
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { entityIds, entityName, KINDS } from './support/content'
import { expectHeading, openPage, visit } from './support/page'

const LOCALE = 'vi'
const SECONDS_PER_PAGE = 10

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

for (const kind of KINDS) {
  const ids = entityIds(kind)
  test(
    `all ${ids.length} ${kind} render in ${LOCALE}`,
    { timeout: 30_000 + ids.length * SECONDS_PER_PAGE * 1000 },
    async () => {
      const { page, problems, assertNoProblems, close } = await openPage(browser)
      const failures: string[] = []
      try {
        for (const id of ids) {
          const path = `/${LOCALE}/${kind}/${id}`
          problems.length = 0
          try {
            await visit(page, path)
            await expectHeading(page, entityName(kind, id, LOCALE), path)
            await page.waitForLoadState('networkidle')
            await assertNoProblems(path)
          } catch (error) {
            // Playwright's call log adds nothing here; the problem list is the point.
            failures.push(String(error instanceof Error ? error.message : error).replace(/\nCall log:[\s\S]*/, ''))
          }
        }
      } finally {
        await close()
      }
      if (failures.length > 0)
        throw new Error(`${failures.length} of ${ids.length} ${kind} failed:\n  ${failures.join('\n  ')}`)
    },
  )
}
