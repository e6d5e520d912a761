/**
 * Unknown paths and unknown entity ids show the not-found view (with the
 * locale kept), never a blank page or an error.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { siteLocales } from './support/content'
import { message } from './support/messages'
import { BROWSER_TEST, expectHeading, htmlLang, openPage, visit } from './support/page'

const MISSING_ID = 'no-such-id-e2e'

interface Case {
  path: (locale: string) => string
  /** Message key of the explanation, and its values. */
  explanation: string
  values: (locale: string) => Record<string, string>
}

const CASES: Case[] = [
  {
    path: (l) => `/${l}/no-such-page/at-all`,
    explanation: 'notFound.page',
    values: (l) => ({ path: `/${l}/no-such-page/at-all` }),
  },
  { path: (l) => `/${l}/places/${MISSING_ID}`, explanation: 'notFound.place', values: () => ({ id: MISSING_ID }) },
  {
    path: (l) => `/${l}/itineraries/${MISSING_ID}`,
    explanation: 'notFound.itinerary',
    values: () => ({ id: MISSING_ID }),
  },
  { path: (l) => `/${l}/events/${MISSING_ID}`, explanation: 'notFound.event', values: () => ({ id: MISSING_ID }) },
]

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

// The source locale and one that falls back, to cover both message paths.
const locales = siteLocales().filter((l) => l === 'vi' || l === 'ja')

for (const locale of locales) {
  for (const c of CASES) {
    const path = c.path(locale)
    test(`not-found view at ${path}`, BROWSER_TEST, async () => {
      const { page, assertNoProblems, close } = await openPage(browser)
      try {
        await visit(page, path)
        await expectHeading(page, message(locale, 'notFound.title'), path)
        const explanation = message(locale, c.explanation, c.values(locale))
        const text = await page.locator('main').innerText()
        assert.ok(text.includes(explanation), `${path}: expected the text "${explanation}" in <main>, found:\n${text}`)
        assert.equal(await htmlLang(page), locale, `${path}: the not-found view keeps the route's locale`)
        await page.waitForLoadState('networkidle')
        await assertNoProblems(path)
      } finally {
        await close()
      }
    })
  }
}
