/**
 * Every route renders in every locale, with the right <html lang>, the
 * expected heading, and nothing going wrong in the browser.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { entityName, firstId, siteLocales, type Kind } from './support/content'
import { BROWSER_TEST, expectHeading, htmlLang, openPage, visit } from './support/page'

interface Route {
  name: string
  path: string
  /** Checks beyond "has a level-1 heading". */
  check(page: Page, where: string): Promise<void>
}

/** A list page must link to at least one entity of its kind. */
function listRoute(name: string, locale: string, kind: Kind): Route {
  return {
    name,
    path: `/${locale}/${kind}`,
    async check(page, where) {
      const links = page.locator(`a[href^="/${locale}/${kind}/"]`)
      try {
        await links.first().waitFor({ state: 'visible', timeout: 10_000 })
      } catch {
        throw new Error(`${where}: no visible link to any /${locale}/${kind}/<id> page`)
      }
    },
  }
}

function detailRoute(name: string, locale: string, kind: Kind): Route {
  const id = firstId(kind)
  return {
    name: `${name} (${id})`,
    path: `/${locale}/${kind}/${id}`,
    check: (page, where) => expectHeading(page, entityName(kind, id, locale), where),
  }
}

function routes(locale: string): Route[] {
  const anyHeading = async () => {}
  return [
    { name: 'home', path: `/${locale}/`, check: anyHeading },
    listRoute('places list', locale, 'places'),
    detailRoute('place detail', locale, 'places'),
    listRoute('itineraries list', locale, 'itineraries'),
    detailRoute('itinerary detail', locale, 'itineraries'),
    listRoute('events list', locale, 'events'),
    detailRoute('event detail', locale, 'events'),
    { name: 'follow mode', path: `/${locale}/itineraries/${firstId('itineraries')}/follow`, check: anyHeading },
    { name: 'plan', path: `/${locale}/plan`, check: anyHeading },
    { name: 'saved', path: `/${locale}/saved`, check: anyHeading },
    { name: 'about', path: `/${locale}/about`, check: anyHeading },
  ]
}

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

for (const locale of siteLocales()) {
  describe(`routes in ${locale}`, () => {
    for (const route of routes(locale)) {
      test(`${route.name} renders at ${route.path}`, BROWSER_TEST, async () => {
        const { page, assertNoProblems, close } = await openPage(browser)
        const where = route.path
        try {
          await visit(page, route.path)
          await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
          await route.check(page, where)
          assert.equal(await htmlLang(page), locale, `${where}: <html lang> should be the route's locale`)
          await page.waitForLoadState('networkidle')
          await assertNoProblems(where)
        } finally {
          await close()
        }
      })
    }
  })
}
