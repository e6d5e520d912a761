/**
 * The maps, in Chromium (WebGL through SwiftShader) against the production
 * build: the full map works with the network cut after the first load (land,
 * water and places drawn, checked through MapLibre and in the pixels), a
 * cluster click zooms in, a place click opens its card, the list alternative
 * works from the keyboard, and detail pages draw their small maps.
 *
 * Tests reach MapLibre through the map container's `mapForTests` property
 * (src/map/test-hook.ts). Layer ids and colours are those of src/map/ids.ts
 * and src/map/palette.ts, repeated here because this file is type-checked as
 * Node code, outside the app's project.
 */
import { AxeBuilder } from '@axe-core/playwright'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { parse } from 'yaml'
import { LAYER } from '../../src/map/ids.ts'
import { PALETTES } from '../../src/map/palette.ts'
import { launchChromium } from './support/chromium'
import { MAP, mapIdle, rendered, type MapTestHost } from './support/map'
import { entityIds, entityName, firstId } from './support/content'
import { message } from './support/messages'
import { BROWSER_TEST, openPage, visit } from './support/page'

const LOCALE = 'vi'
/** The light theme's land and water, as [r, g, b]. */
const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
const LAND = rgb(PALETTES.light.land)
const WATER = rgb(PALETTES.light.water)
/** Đồ Sơn and the Lạch Tray and Văn Úc mouths at zoom 11: tiles the first view (the city at zoom 9) never loaded. */
const COAST = { center: [106.72, 20.78] as [number, number], zoom: 11 }

let browser: Browser
before(async () => {
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
})

async function jumpTo(page: Page, camera: { center: [number, number]; zoom: number }): Promise<void> {
  await page.evaluate(
    ({ sel, camera }) => (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!.jumpTo(camera),
    { sel: MAP, camera },
  )
  await mapIdle(page)
}

/** Share of the map's screenshot pixels close to each colour, counted in the page (no PNG library needed). */
async function colourShares(page: Page, colours: number[][]): Promise<number[]> {
  const png = await page.locator(MAP).screenshot()
  return page.evaluate(
    async ({ base64, colours }) => {
      // Decoded by hand: the Content-Security-Policy (connect-src 'self') rightly refuses fetch() of a data: URL.
      const blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' })
      const bitmap = await createImageBitmap(blob)
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      const counts = colours.map(() => 0)
      for (let i = 0; i < data.length; i += 4) {
        colours.forEach(([r, g, b], c) => {
          if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <= 12) counts[c]!++
        })
      }
      return counts.map((n) => n / (data.length / 4))
    },
    { base64: png.toString('base64'), colours },
  )
}

function placeLocation(id: string): [number, number] {
  const file = fileURLToPath(new URL(`../../content/places/${id}/meta.yaml`, import.meta.url))
  const meta = parse(readFileSync(file, 'utf8')) as { location: [number, number] }
  return meta.location
}

describe('the full map', () => {
  test('draws land, water and places with the network cut after the first load', BROWSER_TEST, async () => {
    const { page, context, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/map`)
      await mapIdle(page)
      // The small archive is then read whole (src/map/archive-source.ts); wait for that download.
      await page.waitForLoadState('networkidle')
      await context.setOffline(true)

      await jumpTo(page, COAST)
      const counts = await rendered(page, [LAYER.earth, LAYER.water, LAYER.rivers, LAYER.clusters, LAYER.placePoints])
      assert.ok(counts[LAYER.earth]! > 0, `no land drawn offline on the coast: ${JSON.stringify(counts)}`)
      assert.ok(
        counts[LAYER.water]! + counts[LAYER.rivers]! > 0,
        `no inland water or river drawn offline on the coast: ${JSON.stringify(counts)}`,
      )
      assert.ok(
        counts[LAYER.clusters]! + counts[LAYER.placePoints]! > 0,
        `no place drawn offline on the coast: ${JSON.stringify(counts)}`,
      )

      const [land, water] = await colourShares(page, [LAND, WATER])
      assert.ok(land! > 0.05, `only ${(land! * 100).toFixed(1)} % of the map is land-coloured`)
      assert.ok(water! > 0.05, `only ${(water! * 100).toFixed(1)} % of the map is water-coloured`)
      await assertNoProblems(`/${LOCALE}/map offline`)
    } finally {
      await close()
    }
  })

  test('zooms into a cluster that is clicked', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/map`)
      await mapIdle(page)
      const target = await page.evaluate((sel) => {
        const map = (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!
        const { width, height } = map.getCanvas().getBoundingClientRect()
        // The cluster nearest the middle, clear of the controls at the edges.
        const clusters = map
          .queryRenderedFeatures({ layers: ['place-clusters'] })
          .map((f) => map.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates))
          .sort((a, b) => Math.hypot(a.x - width / 2, a.y - height / 2) - Math.hypot(b.x - width / 2, b.y - height / 2))
        return clusters[0] ? { x: clusters[0].x, y: clusters[0].y, zoom: map.getZoom() } : undefined
      }, MAP)
      assert.ok(target, 'the first view of the map shows no cluster to click')
      const box = (await page.locator(MAP).boundingBox())!
      await page.mouse.click(box.x + target.x, box.y + target.y)
      await page.waitForFunction(
        ({ sel, zoom }) =>
          (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!.getZoom() > zoom + 0.5,
        { sel: MAP, zoom: target.zoom },
        { timeout: 10_000 },
      )
      await assertNoProblems('cluster click')
    } finally {
      await close()
    }
  })

  test('opens the card of a place that is clicked, and puts it in the URL', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/map`)
      await mapIdle(page)
      // Beyond the clustering zoom every place is its own marker.
      await jumpTo(page, { center: placeLocation(firstId('places')), zoom: 16 })
      const box = (await page.locator(MAP).boundingBox())!
      const hit = await page.evaluate((sel) => {
        const map = (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!
        const centre = map.project(map.getCenter())
        const [feature] = map.queryRenderedFeatures(centre, { layers: ['place-points'] })
        return feature ? { id: String(feature.properties.id), x: centre.x, y: centre.y } : undefined
      }, MAP)
      assert.ok(hit, `no place marker at the centre of the map around ${firstId('places')}`)
      await page.mouse.click(box.x + hit.x, box.y + hit.y)

      const name = entityName('places', hit.id, LOCALE)
      await page.getByRole('heading', { level: 2, name }).waitFor({ timeout: 10_000 })
      await page.waitForURL((url) => url.searchParams.get('place') === hit.id, { timeout: 5_000 })
      await page.getByRole('link', { name: message(LOCALE, 'map.card.details') }).click()
      await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 })
      await assertNoProblems('place click')
    } finally {
      await close()
    }
  })

  test('lists every place for keyboard and screen-reader users', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/map`)
      await mapIdle(page)
      const places = entityIds('places')
      const summary = page.getByText(message(LOCALE, 'map.listTitle', { n: String(places.length) }))
      await summary.focus()
      await page.keyboard.press('Enter')
      const id = places[0]!
      const name = entityName('places', id, LOCALE)
      await page.getByRole('link', { name, exact: true }).waitFor()
      const show = page.getByRole('button', { name: `${message(LOCALE, 'map.showOnMap')}: ${name}` })
      await show.focus()
      await page.keyboard.press('Enter')
      // The card opens, takes the focus, and the URL can be shared.
      const heading = page.getByRole('heading', { level: 2, name })
      await heading.waitFor()
      await page
        .waitForFunction((el) => el === document.activeElement, await heading.elementHandle(), { timeout: 5_000 })
        .catch(() => assert.fail('the card did not take focus'))
      assert.equal(new URL(page.url()).searchParams.get('place'), id)
      await assertNoProblems('list alternative')
    } finally {
      await close()
    }
  })

  test('shows the position when the browser gives one', BROWSER_TEST, async () => {
    const { page, context, assertNoProblems, close } = await openPage(browser)
    try {
      const [longitude, latitude] = placeLocation(firstId('places'))
      await context.grantPermissions(['geolocation'])
      await context.setGeolocation({ longitude, latitude, accuracy: 30 })
      await visit(page, `/${LOCALE}/map`)
      await mapIdle(page)
      await page.getByRole('button', { name: message(LOCALE, 'map.locate.show') }).click()
      await page.waitForFunction(
        (sel) => (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!.getZoom() >= 14.9,
        MAP,
        { timeout: 10_000 },
      )
      await mapIdle(page)
      const counts = await rendered(page, ['position-dot'])
      assert.equal(counts['position-dot'], 1, `the position is not drawn: ${JSON.stringify(counts)}`)
      await assertNoProblems('show my position')
    } finally {
      await close()
    }
  })

  test('says so, without blocking the map, when the position is refused', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      // No permission granted: headless Chromium refuses.
      await visit(page, `/${LOCALE}/map`)
      await mapIdle(page)
      await page.getByRole('button', { name: message(LOCALE, 'map.locate.show') }).click()
      await page.getByText(message(LOCALE, 'map.locate.denied')).waitFor({ timeout: 10_000 })
      await page.getByRole('button', { name: message(LOCALE, 'map.locate.dismiss') }).click()
      await page.getByText(message(LOCALE, 'map.locate.denied')).waitFor({ state: 'hidden' })
      await assertNoProblems('position refused')
    } finally {
      await close()
    }
  })

  test('has no WCAG A/AA violation', BROWSER_TEST, async () => {
    const { page, close } = await openPage(browser)
    try {
      await visit(page, `/${LOCALE}/map?place=${firstId('places')}`)
      await mapIdle(page)
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`),
        [],
      )
    } finally {
      await close()
    }
  })
})

describe('maps on detail pages', () => {
  test('a place page shows the place on a small map', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      const id = firstId('places')
      await visit(page, `/${LOCALE}/places/${id}`)
      // Created only when scrolled near (use-guide-map.ts `lazy`).
      await page.locator(MAP).scrollIntoViewIfNeeded()
      await mapIdle(page)
      const counts = await rendered(page, [LAYER.placePoints])
      assert.equal(counts[LAYER.placePoints], 1, `the place is not drawn: ${JSON.stringify(counts)}`)
      await assertNoProblems(`/${LOCALE}/places/${id}`)
    } finally {
      await close()
    }
  })

  test('an itinerary page draws its route and numbered stops', BROWSER_TEST, async () => {
    const { page, assertNoProblems, close } = await openPage(browser)
    try {
      const id = firstId('itineraries')
      await visit(page, `/${LOCALE}/itineraries/${id}`)
      await page.locator(MAP).scrollIntoViewIfNeeded()
      await mapIdle(page)
      const counts = await rendered(page, [LAYER.earth, LAYER.routeLine, LAYER.stopPoints])
      assert.ok(counts[LAYER.earth]! > 0, `no land drawn: ${JSON.stringify(counts)}`)
      assert.ok(counts[LAYER.routeLine]! > 0, `no route drawn: ${JSON.stringify(counts)}`)
      assert.ok(counts[LAYER.stopPoints]! >= 2, `fewer than two stops drawn: ${JSON.stringify(counts)}`)
      await assertNoProblems(`/${LOCALE}/itineraries/${id}`)
    } finally {
      await close()
    }
  })
})
