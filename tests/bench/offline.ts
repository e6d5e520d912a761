/**
 * Offline benchmark: `npm run build && npx tsx tests/bench/offline.ts`. A
 * script that prints figures, not a test: nothing here passes or fails.
 *
 * Serves a copy of dist/ with the suite's CDN-like server, opens it in
 * headless Chromium at phone size (390×844) and prints:
 *   - the precache as the service worker stored it: entries, bytes, by kind;
 *   - each offline pack: bytes listed in dist/offline-packs.json, gzip (the
 *     over-the-wire figure) and bytes stored in Cache Storage (the page's own
 *     language is saved by the app; the others by this script, with fetch and
 *     cache.put as src/pwa/pack-caches.ts does);
 *   - time to render on a repeat visit offline: home and place page to their
 *     h1, the map page to `data-map-state="ready"` (MapLibre's `load`), and
 *     the home page again with the service worker stopped before each visit,
 *     as after the phone closed the tab; with the online first visit beside.
 *
 * Times are "wall" (from page.goto to Playwright seeing the element visible,
 * a few ms of its round trips included) and "in page" (from the navigation's
 * start to the first animation frame that shows the element). The server is
 * on localhost, so online times leave out a real network; compare runs on
 * the same machine, not with devices.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CACHE_NAMES } from '../../src/constants.ts'
import { MEDIA_PACK, packCacheName, packFiles, type PackFile } from '../../src/pwa/packs.ts'
import { hasChromium, launchChromium, missingChromiumMessage } from '../e2e/support/chromium'
import { firstId } from '../e2e/support/content'
import { readPacks, waitForOfflineReady } from '../e2e/support/offline'
import { DIST } from '../e2e/support/server'
import { startCdn } from '../e2e/support/servers/cdn'
import { snapshotBuild } from '../e2e/support/servers/common'
import { kb, loadAverage as load, percentile } from './stats'

const LOCALE = 'vi'
const VIEWPORT = { width: 390, height: 844 }
/**
 * Visits per measurement. A map visit (WebGL on the CPU) and a fresh context
 * cost seconds each, so fewer of them keep the whole run near two minutes.
 */
const RUNS = { page: 20, map: 5, firstVisit: 5 }
const H1 = 'h1'
const MAP_READY = '[data-map-state="ready"]'
/**
 * Workbox names its precache `<cacheId>-precache-v2-<scope>`: ours if
 * vite.config.ts sets a cacheId, else `workbox-precache-v2-…` (found by the
 * fallback on "precache").
 */
const PRECACHE_PREFIX = `${CACHE_NAMES.prefix}-precache`

/** Precache kinds, by file extension, in the order they are printed. */
const KINDS: [label: string, pattern: RegExp][] = [
  ['JS', /\.m?js$/],
  ['CSS', /\.css$/],
  ['fonts', /\.(woff2?|ttf|otf)$/],
  ['basemap .pmtiles', /\.pmtiles$/],
  ['images', /\.(png|svg|jpe?g|webp|avif|ico)$/],
  ['html/json/webmanifest', /\.(html|json|geojson|webmanifest)$/],
]

interface Entry {
  path: string
  bytes: number
}

/** Milliseconds from the start of a navigation, recorded in the page (see PAGE_TIMER). */
interface BenchMarks {
  h1?: number
  map?: number
}

type Mark = keyof BenchMarks

/**
 * Records, on each page, the first animation frame that shows an h1 and the
 * ready map. A string, not a function: tsx would wrap named functions in a
 * helper the page lacks.
 */
const PAGE_TIMER = `
  window.__bench = {}
  requestAnimationFrame(function poll() {
    const marks = window.__bench
    const h1 = document.querySelector(${JSON.stringify(H1)})
    if (marks.h1 === undefined && h1 && h1.checkVisibility({ visibilityProperty: true }) && h1.getClientRects().length)
      marks.h1 = performance.now()
    if (marks.map === undefined && document.querySelector(${JSON.stringify(MAP_READY)})) marks.map = performance.now()
    if ((marks.h1 === undefined || marks.map === undefined) && performance.now() < 60000) requestAnimationFrame(poll)
  })`

function gzipBytes(dir: string, files: readonly PackFile[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dir, file.url))).length, 0)
}

function kindOf(pathname: string): string {
  return KINDS.find(([, pattern]) => pattern.test(pathname))?.[0] ?? 'other'
}

function missingBuildMessage(): string {
  return [
    `No build found in ${DIST} (index.html and offline-packs.json are needed).`,
    'This benchmark measures the production build and its service worker, and does not build by itself.',
    'Build, then run it again:',
    '  npm run build && npx tsx tests/bench/offline.ts',
  ].join('\n')
}

/** Opens the Workbox precache and sizes every stored body. */
async function readPrecache(page: Page): Promise<{ cacheNames: string[]; name?: string; entries: Entry[] }> {
  return page.evaluate(async (prefix) => {
    const cacheNames = await caches.keys()
    const name = cacheNames.find((n) => n.startsWith(prefix)) ?? cacheNames.find((n) => n.includes('precache'))
    if (name === undefined) return { cacheNames, entries: [] }
    const cache = await caches.open(name)
    const entries = []
    for (const request of await cache.keys()) {
      const response = await cache.match(request, { ignoreVary: true })
      entries.push({ path: new URL(request.url).pathname, bytes: response ? (await response.blob()).size : 0 })
    }
    return { cacheNames, name, entries }
  }, PRECACHE_PREFIX)
}

function printPrecache(precache: Awaited<ReturnType<typeof readPrecache>>, dir: string): void {
  const { name, entries } = precache
  if (name === undefined) {
    console.log(`Precache: not found among the caches ${JSON.stringify(precache.cacheNames)}`)
    return
  }
  const total = entries.reduce((sum, entry) => sum + entry.bytes, 0)
  console.log(`Precache "${name}" (bodies as stored, uncompressed)`)
  console.log(`  ${'kind'.padEnd(24)} ${'entries'.padStart(7)} ${'bytes'.padStart(12)} ${'share'.padStart(6)}`)
  for (const label of [...KINDS.map(([kind]) => kind), 'other']) {
    const ofKind = entries.filter((entry) => kindOf(entry.path) === label)
    if (ofKind.length === 0 && label === 'other') continue
    const bytes = ofKind.reduce((sum, entry) => sum + entry.bytes, 0)
    const share = `${((100 * bytes) / total).toFixed(1)}%`
    console.log(
      `  ${label.padEnd(24)} ${String(ofKind.length).padStart(7)} ${kb(bytes).padStart(12)} ${share.padStart(6)}`,
    )
  }
  console.log(`  ${'total'.padEnd(24)} ${String(entries.length).padStart(7)} ${kb(total).padStart(12)}`)
  // Sanity: a stored body should be the file the server sent.
  const differ = entries.filter((entry) => {
    const file = path.join(dir, entry.path)
    return !existsSync(file) || statSync(file).size !== entry.bytes
  })
  if (differ.length > 0) {
    console.log(
      `  note: ${differ.length} entries differ from the file in dist: ${differ.map((e) => e.path).join(', ')}`,
    )
  }
  const largest = [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 3)
  console.log(`  largest: ${largest.map((entry) => `${entry.path} ${kb(entry.bytes)}`).join(', ')}`)
}

/**
 * Sizes a pack as kept in Cache Storage; fills the cache first (fetch and
 * cache.put, like the Saved page) unless the app already did.
 */
async function storePack(page: Page, key: string, files: readonly PackFile[]): Promise<{ bytes: number; by: string }> {
  return page.evaluate(
    async ({ cacheName, urls }) => {
      const existed = await caches.has(cacheName)
      const cache = await caches.open(cacheName)
      let fetched = 0
      for (const url of urls) {
        if (await cache.match(url, { ignoreVary: true })) continue
        const response = await fetch(url)
        if (!response.ok) throw new Error(`The server answered ${response.status} for ${url}.`)
        await cache.put(url, response)
        fetched++
      }
      let bytes = 0
      for (const url of urls) {
        const response = await cache.match(url, { ignoreVary: true })
        bytes += response ? (await response.blob()).size : 0
      }
      const by = urls.length === 0 ? '(empty)' : existed && fetched === 0 ? 'the app' : 'fetch + cache.put'
      return { bytes, by }
    },
    { cacheName: packCacheName(key), urls: files.map((file) => file.url) },
  )
}

async function printPacks(page: Page, dir: string): Promise<void> {
  const packs = readPacks(dir)
  console.log(
    '\nOffline packs (listed: dist/offline-packs.json; gzip: zlib level 6 on the files; stored: Cache Storage)',
  )
  console.log(
    `  ${'pack'.padEnd(8)} ${'files'.padStart(5)} ${'listed'.padStart(11)} ${'gzip'.padStart(11)} ${'stored'.padStart(11)}  stored by`,
  )
  // The page's language first: the app saved it on the visit.
  const keys = [LOCALE, ...Object.keys(packs.locales).filter((key) => key !== LOCALE), MEDIA_PACK]
  for (const key of keys) {
    const files = packFiles(packs, key)
    const listed = files.reduce((sum, file) => sum + file.bytes, 0)
    const stored = await storePack(page, key, files)
    console.log(
      `  ${key.padEnd(8)} ${String(files.length).padStart(5)} ${kb(listed).padStart(11)} ${kb(gzipBytes(dir, files)).padStart(11)} ` +
        `${kb(stored.bytes).padStart(11)}  ${stored.by}`,
    )
  }
}

interface Timing {
  wall: number
  inPage: number
}

/** Navigates to `url` and times it until `selector` is visible. */
async function timeVisit(page: Page, url: string, selector: string, mark: Mark): Promise<Timing> {
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 })
  const wall = performance.now() - started
  // The page's own mark comes at the next frame at the latest.
  const inPage = await page.waitForFunction(
    (key) => (window as unknown as { __bench?: BenchMarks }).__bench?.[key],
    mark,
    { timeout: 5_000 },
  )
  return { wall, inPage: Number(await inPage.jsonValue()) }
}

async function repeat(runs: number, visit: () => Promise<Timing>): Promise<Timing[]> {
  const timings: Timing[] = []
  for (let i = 0; i < runs; i++) timings.push(await visit())
  return timings
}

function printTimings(label: string, timings: Timing[]): void {
  const cell = (n: number) => n.toFixed(0).padStart(6)
  const wall = timings.map((t) => t.wall).sort((a, b) => a - b)
  const inPage = timings.map((t) => t.inPage).sort((a, b) => a - b)
  console.log(
    `  ${label.padEnd(44)} ${String(timings.length).padStart(3)} ${cell(percentile(wall, 50))} ${cell(percentile(wall, 95))} ` +
      `${cell(wall[0]!)} ${cell(wall.at(-1)!)}   ${cell(percentile(inPage, 50))} ${cell(percentile(inPage, 95))}`,
  )
}

function printTimingHeader(title: string): void {
  console.log(`\n${title}`)
  console.log(`  ${''.padEnd(44)}     ${'wall, ms'.padEnd(27)}   in page, ms`)
  const head = ['p50', 'p95', 'min', 'max', '', 'p50', 'p95'].map((h) => h.padStart(6)).join(' ')
  console.log(`  ${'page → element'.padEnd(44)} ${'n'.padStart(3)} ${head}`)
}

async function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    // 1, not a phone's 3: SwiftShader draws on the CPU, and 9× the pixels would time the rasteriser, not the app.
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'allow',
  })
  await context.addInitScript({ content: PAGE_TIMER })
  return context
}

/** Page errors, reported once each at the end rather than between the table rows. */
function collectErrors(page: Page, errors: Set<string>): void {
  page.on('pageerror', (error) => errors.add(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.add(`console error: ${message.text()}`)
  })
}

async function main(): Promise<number> {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'offline-packs.json'))) {
    console.error(missingBuildMessage())
    return 1
  }
  if (!hasChromium()) {
    console.error(missingChromiumMessage())
    return 1
  }
  const benchStarted = performance.now()
  const build = snapshotBuild(DIST)
  const server = await startCdn(build.dir)
  const browser = await launchChromium()
  const errors = new Set<string>()
  try {
    const cpu = cpus()
    console.log(
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `Node ${process.version}, Chromium ${browser.version()} headless (WebGL on SwiftShader)`,
    )
    console.log(
      `Viewport ${VIEWPORT.width}×${VIEWPORT.height} (phone), build ${readPacks(build.dir).version}, ${load()}\n`,
    )
    const home = `${server.url}/${LOCALE}/`
    const place = `/${LOCALE}/places/${firstId('places')}`

    // Online first visits, each in a fresh context: nothing cached, no service worker yet.
    const firstVisits = await repeat(RUNS.firstVisit, async () => {
      const context = await newPhoneContext(browser)
      try {
        const page = await context.newPage()
        collectErrors(page, errors)
        return await timeVisit(page, home, H1, 'h1')
      } finally {
        await context.close()
      }
    })

    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    collectErrors(page, errors)
    await page.goto(home, { waitUntil: 'load' })
    await waitForOfflineReady(page, LOCALE, build.dir)
    printPrecache(await readPrecache(page), build.dir)
    await printPacks(page, build.dir)

    await context.setOffline(true)
    printTimingHeader(`Repeat visit offline (the service worker serves everything; /${LOCALE}/ visited once online)`)
    printTimings(`/${LOCALE}/ → h1`, await repeat(RUNS.page, () => timeVisit(page, home, H1, 'h1')))
    printTimings(`${place} → h1`, await repeat(RUNS.page, () => timeVisit(page, `${server.url}${place}`, H1, 'h1')))
    printTimings(
      `/${LOCALE}/map → map ready`,
      await repeat(RUNS.map, () => timeVisit(page, `${server.url}/${LOCALE}/map`, MAP_READY, 'map')),
    )
    // A phone stops the worker once the tab is gone; the next visit pays for starting it.
    const devtools = await context.newCDPSession(page)
    await devtools.send('ServiceWorker.enable')
    printTimings(
      `/${LOCALE}/ → h1, worker stopped before each`,
      await repeat(RUNS.page, async () => {
        await devtools.send('ServiceWorker.stopAllWorkers')
        return timeVisit(page, home, H1, 'h1')
      }),
    )
    await context.close()

    printTimingHeader('First visit online, for comparison (fresh context each; localhost, so no network latency)')
    printTimings(`/${LOCALE}/ → h1`, firstVisits)

    const seconds = ((performance.now() - benchStarted) / 1000).toFixed(0)
    console.log(`\n(nearest-rank percentiles; whole run ${seconds} s; ${load()})`)
    if (errors.size > 0) console.log(`\nThe pages reported:\n  ${[...errors].join('\n  ')}`)
    return 0
  } finally {
    await browser.close()
    await server.close()
    build.remove()
  }
}

process.exitCode = await main()
