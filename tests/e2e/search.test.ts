/**
 * Finding places: what tourists type (without diacritics, run together, in
 * Korean) puts the right place first in the search box's suggestions, in
 * vi, en and ko; the places list's search, filters and sort live in the URL
 * and survive a reload.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { entityName } from './support/content'
import { message } from './support/messages'
import { BROWSER_TEST, expectHeading, openPage, visit } from './support/page'

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

/** Query → the place that must be suggested first, per UI language. */
const CASES: ReadonlyArray<[locale: string, query: string, expected: string]> = [
  ['vi', 'chua du hang', 'chua-du-hang'],
  ['vi', 'banh da cua', 'banh-da-cua'],
  ['vi', 'nhà hát lớn', 'nha-hat-lon'],
  ['en', 'haiphong opera', 'nha-hat-lon'],
  ['en', 'chua du hang', 'chua-du-hang'],
  ['en', 'banh da cua', 'banh-da-cua'],
  ['ko', '하이퐁 오페라', 'nha-hat-lon'],
  ['ko', 'chua du hang', 'chua-du-hang'],
]

async function firstSuggestion(page: Page, query: string): Promise<string | null> {
  const box = page.locator('input[role="combobox"]').first()
  await box.fill(query)
  const option = page.locator('[role="listbox"] [role="option"]').first()
  await option.waitFor({ timeout: 10_000 })
  return option.getAttribute('data-hit')
}

describe('search suggestions', () => {
  for (const [locale, query, expected] of CASES) {
    test(`"${query}" in ${locale} suggests ${expected} first`, BROWSER_TEST, async () => {
      const { page, assertNoProblems, close } = await openPage(browser)
      try {
        await visit(page, `/${locale}/`)
        assert.equal(await firstSuggestion(page, query), `place:${expected}`)
        // Keyboard: down to the first suggestion, Enter opens it.
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Enter')
        await expectHeading(page, entityName('places', expected, locale), `${query} → Enter`)
        await assertNoProblems(`search "${query}" in ${locale}`)
      } finally {
        await close()
      }
    })
  }
})

describe('the places list in the URL', () => {
  test('search text, filters and sort survive a reload', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, '/en/places')
      await page.getByRole('button', { name: message('en', 'filters.tag.family') }).click()
      await page.getByRole('button', { name: message('en', 'filters.tag.free') }).click()
      await page.getByLabel(message('en', 'filters.sort')).selectOption('name')
      await page.waitForURL((url) => url.searchParams.get('sort') === 'name')
      const url = new URL(page.url())
      assert.equal(url.searchParams.get('tags'), 'family,free')
      const before = await page.locator('.card .card__title').allInnerTexts()
      assert.ok(before.length > 0, 'no place is both free and good for families')

      await page.reload()
      await page.locator('.card').first().waitFor()
      assert.equal(
        await page.getByRole('button', { name: message('en', 'filters.tag.free') }).getAttribute('aria-pressed'),
        'true',
      )
      assert.deepEqual(await page.locator('.card .card__title').allInnerTexts(), before)
      const sorted = [...before].sort(new Intl.Collator('en').compare)
      assert.deepEqual(before, sorted, 'not sorted by name')

      await page.goto(`${url.origin}/en/places?q=zzqx`)
      await page.getByTestId('no-results').waitFor()
      await assertNoProblems('places list filters')
    } finally {
      await close()
    }
  })
})
