/**
 * Map benchmark: `npx tsx tests/bench/map.ts [--no-build]`. A script that
 * prints figures, not a test: nothing here passes or fails.
 *
 * Builds the app (unless --no-build), serves dist/ with `vite preview`, opens
 * the full map in headless Chromium and prints:
 *   - the size of the map's chunks and of what the first page loads (gzip);
 *   - the basemap archive's size;
 *   - the time from navigation to the map's first `idle`;
 *   - the time to cluster and draw 10,000 synthetic places (put into the
 *     `places` source through the test hook, src/map/test-hook.ts);
 *   - frame times while panning, with the real places and with the 10,000.
 *
 * Chromium draws WebGL with SwiftShader here (on the CPU, as on a machine
 * without a GPU), so frame times are far above a phone's; compare runs on
 * the same machine, not with devices.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { Page } from 'playwright-core'
import { hasChromium, launchChromium, missingChromiumMessage } from '../e2e/support/chromium'
import { previewDist } from '../e2e/support/server'
import { kb, percentile } from './stats'

interface MapHost {
  mapForTests?: MapLibreMap
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DIST = `${ROOT}dist/`
const MAP = '[data-map-state]'
const SYNTHETIC_PLACES = 10_000
/** Each pan: how far (CSS px) and how long (ms); run at three zooms (clusters, mixed, single markers). */
const PAN = { distance: 600, duration: 2_000, zooms: [9, 11, 13] }

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length
}

function printBundle(): void {
  const assets = readdirSync(`${DIST}assets`)
  const sized = (pattern: RegExp) =>
    assets
      .filter((name) => pattern.test(name) && !name.endsWith('.map'))
      .map((name) => ({ name, raw: statSync(`${DIST}assets/${name}`).size, gzip: gzipSize(`${DIST}assets/${name}`) }))
  console.log('Bundle (gzip, level 6)')
  for (const file of [
    ...sized(/^maplibre-gl-.*\.js$/),
    ...sized(/^maplibre-gl-worker-.*\.mjs$/),
    ...sized(/^maplibre-gl-.*\.css$/),
  ]) {
    console.log(`  ${file.name.padEnd(44)} ${kb(file.gzip).padStart(10)}  (raw ${kb(file.raw)})`)
  }
  for (const file of sized(/\.pmtiles$/)) {
    console.log(`  ${file.name.padEnd(44)} ${kb(file.raw).padStart(10)}  (raw; tiles are gzipped inside)`)
  }
  // What the first page loads: the entry script and everything index.html preloads.
  const html = readFileSync(`${DIST}index.html`, 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
  const total = initial.reduce((sum, file) => sum + gzipSize(`${DIST}${file}`), 0)
  const mapCode = initial.filter((file) => /maplibre|pmtiles|esm-/.test(file))
  console.log(
    `  first load: ${initial.length} files, ${kb(total)} gzip; MapLibre in it: ${mapCode.length ? mapCode.join(', ') : 'no'}`,
  )
}

/** Resolves when the map is next idle (everything loaded and drawn). */
function nextIdle(page: Page): Promise<number> {
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const map = (document.querySelector(sel) as HTMLElement & MapHost).mapForTests!
        map.once('idle', () => resolve(performance.now()))
        map.triggerRepaint()
      }),
    MAP,
  )
}

/** Pans the map at each zoom; returns the times between drawn frames, in ms, sorted, per zoom. */
async function panFrameTimes(page: Page): Promise<Map<number, number[]>> {
  const byZoom = new Map<number, number[]>()
  for (const zoom of PAN.zooms) {
    await page.evaluate(
      ({ sel, zoom }) =>
        (document.querySelector(sel) as HTMLElement & MapHost).mapForTests!.jumpTo({ zoom, center: [106.68, 20.86] }),
      { sel: MAP, zoom },
    )
    await nextIdle(page)
    const times = await page.evaluate(
      ({ sel, pan }) =>
        new Promise<number[]>((resolve) => {
          const map = (document.querySelector(sel) as HTMLElement & MapHost).mapForTests!
          // MapLibre renders once per animation frame while it moves: time between renders.
          // (Inline listeners only: tsx wraps `const f = () => …` in a helper the page lacks.)
          const deltas: number[] = []
          let last: number | undefined
          let moving = true
          map.on('render', () => {
            if (!moving) return
            const now = performance.now()
            if (last !== undefined) deltas.push(now - last)
            last = now
          })
          map.once('moveend', () => {
            moving = false
            resolve(deltas)
          })
          map.panBy([pan.distance, pan.distance / 3], { duration: pan.duration })
        }),
      { sel: MAP, pan: PAN },
    )
    byZoom.set(
      zoom,
      times.sort((a, b) => a - b),
    )
  }
  return byZoom
}

function printFrames(label: string, byZoom: Map<number, number[]>): void {
  const all = [...byZoom.values()].flat().sort((a, b) => a - b)
  printRow(label, all)
  for (const [zoom, frames] of byZoom) printRow(`  at zoom ${zoom}`, frames)
}

function printRow(label: string, frames: number[]): void {
  const slow = frames.filter((t) => t > 50).length
  console.log(
    `  ${label.padEnd(26)} p50 ${percentile(frames, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(frames, 95).toFixed(1).padStart(6)} ms   ` +
      `(${frames.length} frames, ${slow} over 50 ms)`,
  )
}

async function main(): Promise<number> {
  if (!hasChromium()) {
    console.error(missingChromiumMessage())
    return 1
  }
  if (!process.argv.includes('--no-build')) {
    console.log('Building (npx vite build)…')
    const build = spawnSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    if (build.status !== 0) {
      console.error(`The build failed:\n${build.stdout}\n${build.stderr}`)
      return 1
    }
  }
  printBundle()

  const server = await previewDist()
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`console error: ${message.text()}`)
    })
    // Record the first `idle` from the moment the map exists (the page cannot reach it any earlier).
    // A string, not a function: tsx would wrap a named function in a helper the page lacks.
    await page.addInitScript({
      content: `requestAnimationFrame(function poll() {
        const map = document.querySelector(${JSON.stringify(MAP)})?.mapForTests
        if (!map) return requestAnimationFrame(poll)
        map.once('idle', () => (window.firstIdle = performance.now()))
      })`,
    })

    await page.goto(`${server.url}/vi/map`, { waitUntil: 'load' })
    const firstIdle = await page.waitForFunction(
      () => (window as unknown as { firstIdle?: number }).firstIdle,
      undefined,
      {
        timeout: 60_000,
      },
    )
    console.log('\nMap view (/vi/map, 1280×800, SwiftShader)')
    console.log(`  navigation → first idle      ${Math.round(Number(await firstIdle.jsonValue()))} ms`)
    printFrames('pan, real places', await panFrameTimes(page))

    const loadMs = await page.evaluate(
      ({ sel, count }) =>
        new Promise<number>((resolve) => {
          const map = (document.querySelector(sel) as HTMLElement & MapHost).mapForTests!
          // Deterministic points inside the city's frame, spread over the real categories.
          let seed = 42
          const categories = [
            'heritage',
            'religious',
            'museum',
            'island-beach',
            'nature',
            'park',
            'market',
            'food',
            'transport',
          ]
          const features = []
          for (let i = 0; i < count; i++) {
            seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
            const lon = 106.1 + seed / 2 ** 31
            seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
            const lat = 20.6 + (seed / 2 ** 31) * 0.5
            const properties = { id: `synthetic-${i}`, category: categories[i % categories.length], name: `Place ${i}` }
            features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties })
          }
          map.jumpTo({ center: [106.68, 20.86], zoom: 9 })
          const started = performance.now()
          map.once('idle', () => resolve(performance.now() - started))
          const source = map.getSource('places') as unknown as { setData(data: unknown): void }
          source.setData({ type: 'FeatureCollection', features })
        }),
      { sel: MAP, count: SYNTHETIC_PLACES },
    )
    console.log(`  setData(${SYNTHETIC_PLACES.toLocaleString('en')} places) → idle   ${Math.round(loadMs)} ms`)
    printFrames(`pan, ${SYNTHETIC_PLACES.toLocaleString('en')} places`, await panFrameTimes(page))
    console.log(`  (pans of ${PAN.distance} px over ${PAN.duration} ms at zooms ${PAN.zooms.join(', ')})`)
    await context.close()
    return 0
  } finally {
    await browser.close()
    await server.stop()
  }
}

process.exitCode = await main()
