/**
 * Offline on the servers people deploy to, side by side:
 * `npm run build && npx tsx tests/bench/offline-servers.ts`. A script that
 * prints figures, not a test.
 *
 * For each server of the end-to-end suite (`vite preview` as `npm start`
 * runs it, nginx with deploy/nginx.conf, the CDN-like host), in turns so that
 * the machine's load falls on all of them alike:
 *   - first visit to "ready offline": a fresh phone-sized context opens the
 *     home page and waits for the guide's own "Ready to use offline" notice
 *     (which it shows only once every file is in Cache Storage);
 *   - bytes over the wire for that first visit, page and service worker
 *     together, counted by a small HTTP proxy in front of the server: once as
 *     the browser asks (brotli, gzip) and once with compression refused
 *     (`Accept-Encoding: identity`), headers and bodies as sent;
 *   - a repeat visit offline: the home page to its visible h1, p50 and p95.
 * The proxy is on localhost too, so times leave out a real network.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { hasChromium, launchChromium, missingChromiumMessage } from '../e2e/support/chromium'
import { DIST, hasBuild } from '../e2e/support/server'
import { missingNginxMessage } from '../e2e/support/servers/nginx'
import { SERVER_KINDS, snapshotBuild, startServer, type GuideServer, type ServerKind } from '../e2e/support/servers'
import { kb, loadAverage, percentile } from './stats'

const RUNS = { firstVisit: 3, repeat: 20 }
const VIEWPORT = { width: 390, height: 844 }
const LOCALE = 'vi'
const READY = '[data-notice="offline-ready"]'

interface CountingProxy {
  url: string
  /** Bytes sent to the browser since the last reset: status lines, headers and bodies as received. */
  bytes(): number
  reset(): void
  close(): Promise<void>
}

/** An HTTP proxy that counts what the server sends; `compression: false` asks the server for none. */
async function countingProxy(upstream: string, compression: boolean): Promise<CountingProxy> {
  let bytes = 0
  const target = new URL(upstream)
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const headers = { ...incoming.headers, ...(compression ? {} : { 'accept-encoding': 'identity' }) }
    const forward = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (answer) => {
        const raw = answer.rawHeaders
        bytes += `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n`.length + 2
        for (let i = 0; i < raw.length; i += 2) bytes += `${raw[i]}: ${raw[i + 1]}\r\n`.length
        answer.on('data', (chunk: Buffer) => (bytes += chunk.length))
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
        answer.pipe(outgoing)
      },
    )
    forward.on('error', () => outgoing.destroy())
    incoming.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes: () => bytes,
    reset: () => (bytes = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A first visit in a fresh context, until the guide says it is ready offline; milliseconds and bytes. */
async function firstVisit(browser: Browser, proxy: CountingProxy): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, serviceWorkers: 'allow' })
  try {
    const page = await context.newPage()
    proxy.reset()
    const started = performance.now()
    await page.goto(`${proxy.url}/${LOCALE}/`, { waitUntil: 'commit' })
    await page.locator(READY).waitFor({ timeout: 120_000 })
    return { ms: performance.now() - started, bytes: proxy.bytes() }
  } finally {
    await context.close()
  }
}

/** After one online visit, the home page offline, `runs` times; milliseconds to a visible h1. */
async function repeatOffline(browser: Browser, url: string, runs: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, serviceWorkers: 'allow' })
  try {
    const page = await context.newPage()
    await page.goto(`${url}/${LOCALE}/`)
    await page.locator(READY).waitFor({ timeout: 120_000 })
    await context.setOffline(true)
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      await page.goto(`${url}/${LOCALE}/`, { waitUntil: 'commit' })
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 })
      times.push(performance.now() - started)
    }
    return times.sort((a, b) => a - b)
  } finally {
    await context.close()
  }
}

interface Leg {
  kind: ServerKind
  server: GuideServer
  compressed: CountingProxy
  identity: CountingProxy
}

async function main(): Promise<number> {
  const missing = !hasBuild()
    ? 'dist/ has no build: run `npm run build` first.'
    : !hasChromium()
      ? missingChromiumMessage()
      : missingNginxMessage()
  if (missing) {
    console.error(missing)
    return 1
  }
  const build = snapshotBuild(DIST)
  const browser = await launchChromium()
  const legs: Leg[] = []
  try {
    for (const kind of SERVER_KINDS) {
      const server = await startServer(kind, build.dir)
      legs.push({
        kind,
        server,
        compressed: await countingProxy(server.url, true),
        identity: await countingProxy(server.url, false),
      })
    }
    console.log(
      `Offline on three servers: Chromium ${browser.version()} headless, ${VIEWPORT.width}×${VIEWPORT.height}`,
    )
    console.log(`Start: ${loadAverage()}\n`)

    const visits = new Map<ServerKind, { ms: number; bytes: number }[]>()
    const identity = new Map<ServerKind, number>()
    for (let run = 0; run < RUNS.firstVisit; run++) {
      for (const leg of legs) {
        const list = visits.get(leg.kind) ?? []
        list.push(await firstVisit(browser, leg.compressed))
        visits.set(leg.kind, list)
      }
    }
    for (const leg of legs) identity.set(leg.kind, (await firstVisit(browser, leg.identity)).bytes)
    const repeats = new Map<ServerKind, number[]>()
    for (const leg of legs) repeats.set(leg.kind, await repeatOffline(browser, leg.server.url, RUNS.repeat))

    const head = ['server', 'ready offline p50', 'wire, compressed', 'wire, identity', 'offline home p50', 'p95']
    console.log(
      `  ${head[0]!.padEnd(13)} ${head
        .slice(1)
        .map((h) => h.padStart(18))
        .join(' ')}`,
    )
    for (const leg of legs) {
      const ms = visits
        .get(leg.kind)!
        .map((visit) => visit.ms)
        .sort((a, b) => a - b)
      const bytes = visits
        .get(leg.kind)!
        .map((visit) => visit.bytes)
        .sort((a, b) => a - b)
      const offline = repeats.get(leg.kind)!
      const cells = [
        `${percentile(ms, 50).toFixed(0)} ms`,
        kb(percentile(bytes, 50)),
        kb(identity.get(leg.kind)!),
        `${percentile(offline, 50).toFixed(0)} ms`,
        `${percentile(offline, 95).toFixed(0)} ms`,
      ]
      console.log(`  ${leg.kind.padEnd(13)} ${cells.map((cell) => cell.padStart(18)).join(' ')}`)
    }
    console.log(
      `\n(first visits: ${RUNS.firstVisit} per server, taken in turns; offline: ${RUNS.repeat} visits; nearest-rank percentiles)`,
    )
    console.log(`End: ${loadAverage()}`)
    return 0
  } finally {
    await browser.close()
    for (const leg of legs) {
      await leg.compressed.close()
      await leg.identity.close()
      await leg.server.close()
    }
    build.remove()
  }
}

process.exitCode = await main()
