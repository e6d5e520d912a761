/**
 * axe-core finds no WCAG 2.2 A/AA violation on the main pages, in the source
 * language and in English. (Automated checks catch about a third of real
 * problems; they are a floor, not a verdict.)
 */
import { AxeBuilder } from '@axe-core/playwright'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { firstId, siteLocales } from './support/content'
import { BROWSER_TEST, openPage, visit } from './support/page'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

function pages(locale: string): string[] {
  return [
    `/${locale}/`,
    `/${locale}/places`,
    `/${locale}/places/${firstId('places')}`,
    `/${locale}/itineraries`,
    `/${locale}/itineraries/${firstId('itineraries')}`,
    `/${locale}/events`,
    `/${locale}/events/${firstId('events')}`,
    `/${locale}/itineraries/${firstId('itineraries')}/follow`,
    `/${locale}/plan`,
    `/${locale}/saved`,
    `/${locale}/about`,
  ]
}

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

for (const locale of siteLocales().filter((l) => l === 'vi' || l === 'en')) {
  for (const path of pages(locale)) {
    test(`no WCAG A/AA violations at ${path}`, BROWSER_TEST, async () => {
      const { page, close } = await openPage(browser)
      try {
        await visit(page, path)
        await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
        await page.waitForLoadState('networkidle')
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
        if (violations.length > 0) {
          const lines = violations.map((v) => {
            const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '))
            return `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${targets.join(' | ')})`
          })
          throw new Error(`${path}: ${violations.length} accessibility rule(s) violated:\n  ${lines.join('\n  ')}`)
        }
      } finally {
        await close()
      }
    })
  }
}
