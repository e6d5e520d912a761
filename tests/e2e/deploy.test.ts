/**
 * The guide as deploy/nginx.conf serves it (nginx from the system, the repo's
 * config; support/servers/nginx.ts):
 * - the headers a host must send: the strict Content-Security-Policy and the
 *   other security headers, long caching for hashed files only, `no-cache`
 *   for the files that announce a new version, precompressed brotli and gzip,
 *   JavaScript types for modules and the map's worker, the app for pages and
 *   a 404 for missing files;
 * - every route in every language, the map included, runs under that policy
 *   without one violation;
 * - an SVG with script in it, opened directly, runs none.
 * The expected values are written out here, from issue 12's wording, not
 * read from deploy/headers.ts.
 */
import assert from 'node:assert/strict'
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchChromium } from './support/chromium'
import { entityName, firstId, siteLocales } from './support/content'
import { mapIdle } from './support/map'
import { message } from './support/messages'
import { expectHeading, openPage } from './support/page'
import { DIST } from './support/server'
import { snapshotBuild, startServer, type GuideServer, type Snapshot } from './support/servers'

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
const IMMUTABLE = 'public, max-age=31536000, immutable'
const EVIL_SVG = 'assets/evil-e2e.svg'

let browser: Browser
let build: Snapshot
let server: GuideServer
/** The entry script, by its hashed name in the build. */
let entryScript: string

before(async () => {
  browser = await launchChromium()
  build = snapshotBuild(DIST)
  // What an editor's SVG could hold if the content check did not stop it.
  writeFileSync(
    path.join(build.dir, EVIL_SVG),
    '<svg xmlns="http://www.w3.org/2000/svg" onload="document.documentElement.dataset.ran = \'onload\'">' +
      '<script>document.documentElement.dataset.ran = "script"</script><circle r="5"/></svg>',
  )
  server = await startServer('nginx', build.dir)
  const html = await (await fetch(`${server.url}/`)).text()
  entryScript = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1] ?? ''
})
after(async () => {
  await browser?.close()
  await server?.close()
  build?.remove()
})

async function get(pathname: string, acceptEncoding = 'br, gzip'): Promise<Response> {
  const response = await fetch(`${server.url}${pathname}`, { headers: { 'accept-encoding': acceptEncoding } })
  await response.arrayBuffer()
  return response
}

describe('deploy/nginx.conf', () => {
  test('sends the security headers on pages, files and errors', async () => {
    for (const pathname of ['/', '/vi/places', entryScript, '/sw.js', '/assets/no-such-file.js']) {
      const response = await get(pathname)
      assert.equal(response.headers.get('content-security-policy'), CSP, `${pathname}: Content-Security-Policy`)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${pathname}: nosniff`)
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', pathname)
      assert.equal(response.headers.get('permissions-policy'), 'geolocation=(self), camera=(), microphone=()', pathname)
    }
  })

  test('caches hashed files for a year and revalidates the files that announce a version', async () => {
    assert.ok(entryScript, 'index.html names no /assets/index-*.js entry script')
    assert.equal((await get(entryScript)).headers.get('cache-control'), IMMUTABLE, entryScript)
    for (const pathname of [
      '/',
      '/index.html',
      '/vi/places',
      '/sw.js',
      '/offline-packs.json',
      '/manifest-vi.webmanifest',
    ]) {
      assert.equal((await get(pathname)).headers.get('cache-control'), 'no-cache', pathname)
    }
    // A 404 must not be kept for a year: the file may be on its way in a deploy.
    assert.notEqual((await get('/assets/no-such-file.js')).headers.get('cache-control'), IMMUTABLE)
  })

  test('sends the precompressed brotli or gzip copy, and says it varies by encoding', async () => {
    const brotli = await get(entryScript, 'br, gzip')
    assert.equal(brotli.headers.get('content-encoding'), 'br')
    assert.match(brotli.headers.get('vary') ?? '', /Accept-Encoding/i)
    assert.equal((await get(entryScript, 'gzip')).headers.get('content-encoding'), 'gzip')
    assert.equal((await get(entryScript, 'identity')).headers.get('content-encoding'), null)
  })

  test('gives modules, the map worker and the manifests their types', async () => {
    assert.match((await get(entryScript)).headers.get('content-type') ?? '', /^(text|application)\/javascript/)
    const worker = readdirSync(path.join(build.dir, 'assets')).find((name) => /^maplibre-gl-worker-.*\.mjs$/.test(name))
    assert.ok(worker, 'the build has no maplibre-gl-worker-*.mjs')
    assert.match((await get(`/assets/${worker}`)).headers.get('content-type') ?? '', /^text\/javascript/)
    const manifest = await get('/manifest-vi.webmanifest')
    assert.match(manifest.headers.get('content-type') ?? '', /^application\/manifest\+json/)
  })

  test('answers pages with the app and missing files with a 404', async () => {
    for (const pathname of ['/vi/', '/vi/places', '/vi/places?q=st.john', '/en/no-such-page']) {
      const response = await fetch(`${server.url}${pathname}`)
      assert.equal(response.status, 200, pathname)
      assert.match(await response.text(), /<div id="app">/, `${pathname}: the app shell`)
    }
    for (const pathname of ['/assets/no-such-file.js', '/no-such-file.png', '/vi/no-such.json']) {
      const response = await fetch(`${server.url}${pathname}`)
      assert.equal(response.status, 404, pathname)
      assert.doesNotMatch(await response.text(), /<div id="app">/, `${pathname}: the app shell instead of a 404`)
    }
  })

  test('an SVG with script, opened directly, runs none of it', async () => {
    const { page, problems, close } = await openPage(browser, { origin: server.url })
    try {
      const response = await page.goto(`${server.url}/${EVIL_SVG}`)
      assert.equal(response?.status(), 200)
      assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'none'/)
      await page.waitForTimeout(300)
      assert.equal(await page.evaluate(() => document.documentElement.dataset.ran ?? null), null, 'the SVG ran script')
      // The blocked script is reported: that is the policy working.
      assert.ok(problems.some((problem) => /Content Security Policy|Content-Security-Policy|sandbox/i.test(problem)))
    } finally {
      await close()
    }
  })
})

describe('every route under the Content-Security-Policy, served by nginx', () => {
  for (const locale of siteLocales()) {
    test(`no policy violation on any page in ${locale}, the map included`, { timeout: 120_000 }, async () => {
      const { page, assertNoProblems, close } = await openPage(browser, { origin: server.url })
      const pages = [
        { path: `/${locale}/`, heading: '' },
        { path: `/${locale}/places`, heading: message(locale, 'places.title') },
        { path: `/${locale}/places/${firstId('places')}`, heading: entityName('places', firstId('places'), locale) },
        { path: `/${locale}/itineraries`, heading: message(locale, 'itineraries.title') },
        {
          path: `/${locale}/itineraries/${firstId('itineraries')}`,
          heading: entityName('itineraries', firstId('itineraries'), locale),
        },
        { path: `/${locale}/itineraries/${firstId('itineraries')}/follow`, heading: '' },
        { path: `/${locale}/events`, heading: message(locale, 'events.title') },
        { path: `/${locale}/events/${firstId('events')}`, heading: entityName('events', firstId('events'), locale) },
        { path: `/${locale}/plan`, heading: message(locale, 'plan.title') },
        { path: `/${locale}/saved`, heading: message(locale, 'saved.title') },
        { path: `/${locale}/about`, heading: message(locale, 'about.title') },
        { path: `/${locale}/no-such-page`, heading: '' },
      ]
      try {
        for (const { path: pathname, heading } of pages) {
          await page.goto(`${server.url}${pathname}`, { waitUntil: 'load' })
          await expectHeading(page, heading, `${pathname} on nginx`)
        }
        await page.goto(`${server.url}/${locale}/map`, { waitUntil: 'load' })
        await mapIdle(page)
        await assertNoProblems(`${locale} pages on nginx`)
      } finally {
        await close()
      }
    })
  }
})
