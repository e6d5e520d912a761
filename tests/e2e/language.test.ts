/**
 * The language switcher shows the same page in the chosen language, changes
 * <html lang>, and its choice is remembered (it beats the browser language).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { entityName, firstId, siteLocales, type Kind } from './support/content'
import { message } from './support/messages'
import { BROWSER_TEST, baseUrl, expectHeading, htmlLang, openPage, visit } from './support/page'

const FROM = 'vi'
const TO = 'en'

/** The switcher is a select labelled "Language" in the page's language (its name also has "(Language)"). */
async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  const switcher = page.getByRole('combobox', { name: message(from, 'settings.language') })
  await switcher.selectOption(to)
}

function pathAfterSwitch(path: string, to: string): string {
  return path.replace(/^\/[a-z]{2}(?=\/|$)/, `/${to}`)
}

async function waitForPath(page: Page, path: string): Promise<void> {
  try {
    await page.waitForURL((url) => url.pathname === path, { timeout: 10_000 })
  } catch {
    throw new Error(`expected to land on ${path}, but the page is at ${new URL(page.url()).pathname}`)
  }
}

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

const detail = (kind: Kind) => ({ path: `/${FROM}/${kind}/${firstId(kind)}`, kind, id: firstId(kind) })
const PAGES = [
  { path: `/${FROM}/` },
  { path: `/${FROM}/places` },
  detail('places'),
  detail('itineraries'),
  detail('events'),
  { path: `/${FROM}/about` },
]

const published = siteLocales()
if (published.includes(FROM) && published.includes(TO)) {
  for (const start of PAGES) {
    const target = pathAfterSwitch(start.path, TO)
    test(`switching ${FROM} → ${TO} on ${start.path} keeps the page`, BROWSER_TEST, async () => {
      const { page, assertNoProblems, close } = await openPage(browser, { locale: 'vi-VN' })
      try {
        await visit(page, start.path)
        await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
        assert.equal(await htmlLang(page), FROM)

        await switchLanguage(page, FROM, TO)
        await waitForPath(page, target)
        if ('kind' in start) await expectHeading(page, entityName(start.kind, start.id, TO), target)
        else await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
        assert.equal(await htmlLang(page), TO, `${target}: <html lang> after switching`)
        await page.waitForLoadState('networkidle')
        await assertNoProblems(`${start.path} → ${target}`)
      } finally {
        await close()
      }
    })
  }

  test('the chosen language is remembered: / goes to it, not to the browser language', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser, { locale: 'vi-VN' })
    try {
      await visit(page, `/${FROM}/about`)
      await switchLanguage(page, FROM, TO)
      await waitForPath(page, `/${TO}/about`)
      // Let the page finish loading, so leaving it aborts no request.
      await page.waitForLoadState('networkidle')
      await page.goto(`${baseUrl}/`)
      await waitForPath(page, `/${TO}/`)
      assert.equal(await htmlLang(page), TO)
      await page.waitForLoadState('networkidle')
      await assertNoProblems('/ after choosing a language')
    } finally {
      await close()
    }
  })
}
