/**
 * `/` sends a first-time visitor to the locale of their browser language,
 * and to the source language (vi) when none of theirs is available.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { siteLocales } from './support/content'
import { BROWSER_TEST, htmlLang, openPage, visit } from './support/page'

/** Browser language → expected locale. */
const CASES: ReadonlyArray<[browserLocale: string, expected: string]> = [
  ['vi-VN', 'vi'],
  ['en-US', 'en'],
  ['ko-KR', 'ko'],
  ['zh-CN', 'zh'],
  ['ja-JP', 'ja'],
  ['fr-FR', 'vi'],
]

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

const published = new Set(siteLocales())

for (const [browserLocale, expected] of CASES.filter(([, locale]) => published.has(locale))) {
  test(`/ redirects a ${browserLocale} browser to /${expected}/`, BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser, { locale: browserLocale })
    try {
      await visit(page, '/')
      await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === `/${expected}`, { timeout: 10_000 })
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
      assert.equal(await htmlLang(page), expected)
      await page.waitForLoadState('networkidle')
      await assertNoProblems(`/ with ${browserLocale}`)
    } finally {
      await close()
    }
  })
}
