/**
 * One fresh browser context per test, with everything that went wrong on the
 * page collected: console errors, uncaught exceptions, failed requests, HTTP
 * errors, Content-Security-Policy violations and any request that leaves the
 * local server (the app must need no remote URL).
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core'

export const baseUrl = readBaseUrl()

/**
 * Options for every browser test: a page that needs a minute is a bug in
 * itself. (Per test, not `--test-timeout`, which would also cap a whole file.)
 */
export const BROWSER_TEST = { timeout: 60_000 }

function readBaseUrl(): string {
  const url = process.env.E2E_BASE_URL
  if (!url) {
    throw new Error(
      'E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`, which builds nothing but starts `vite preview` on the production build and sets it.',
    )
  }
  return url.replace(/\/$/, '')
}

export interface OpenPage {
  context: BrowserContext
  page: Page
  /**
   * Human-readable descriptions of everything that went wrong so far (a live
   * list: empty it with `problems.length = 0`). Console errors get their
   * message and stack filled in a moment after they happen; `assertNoProblems`
   * waits for that.
   */
  problems: string[]
  /** Waits for the details of console errors, then fails listing every problem, so one assertion shows them all. */
  assertNoProblems(where: string): Promise<void>
  close(): Promise<void>
}

export interface OpenPageOptions {
  /** Browser UI language, which also sets navigator.language(s). Default en-US. */
  locale?: string
  viewport?: { width: number; height: number }
  /**
   * Service workers are blocked unless a test asks for them: the offline
   * tests (offline.test.ts, update.test.ts) exercise the worker; the others
   * test pages as the network serves them, without a 3 MB precache download
   * in every fresh context.
   */
  serviceWorkers?: 'allow' | 'block'
  /** The server the page talks to, when a test runs its own (default: the preview server). */
  origin?: string
}

/**
 * The message and stack of the Error objects a console error was given:
 * `console.error(error)` shows only "Error" in the message's text.
 */
async function errorDetails(message: ConsoleMessage): Promise<string> {
  const stacks = await Promise.all(
    message
      .args()
      .map((arg) =>
        arg
          .evaluate((value) => (value instanceof Error ? (value.stack ?? `${value.name}: ${value.message}`) : ''))
          .catch(() => ''),
      ),
  )
  const lines = stacks.filter(Boolean).join('\n').split('\n').filter(Boolean).slice(0, 8)
  return lines.map((line) => `\n      ${line.trim()}`).join('')
}

export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: options.serviceWorkers ?? 'block',
  })
  const problems: string[] = []
  const details: Promise<void>[] = []
  const origin = new URL(options.origin ?? baseUrl).origin

  context.on('request', (request) => {
    const url = request.url()
    if (/^(data|blob):/.test(url)) return
    if (new URL(url).origin !== origin) problems.push(`request to a remote URL: ${url}`)
  })
  context.on('requestfailed', (request) => {
    // The browser cancels requests itself when a test moves on (a font or a mini map still
    // loading when the next page opens): that says nothing about the app. A broken server
    // shows up as an HTTP error or a refused connection instead.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown reason'})`)
  })
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })

  // Every Content-Security-Policy violation is a problem, reported with what was blocked and where
  // (the servers of the suite send the deploy's policy; see deploy/headers.ts).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // "Failed to load resource" names no URL in its text; the location does.
    const { url } = message.location()
    const text = `console error: ${message.text()}${url ? ` (${url})` : ''}`
    problems.push(text)
    details.push(
      errorDetails(message).then((more) => {
        const index = problems.indexOf(text)
        if (more && index >= 0) problems[index] = text + more
      }),
    )
  })
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.stack ?? error.message}`))

  return {
    context,
    page,
    problems,
    async assertNoProblems(where) {
      await Promise.all(details)
      if (problems.length > 0) {
        throw new Error(`${where}: ${problems.length} problem(s) in the browser:\n  ${problems.join('\n  ')}`)
      }
    },
    close: () => context.close(),
  }
}

/** Navigates to an app path (e.g. "/vi/places") and waits for the load event. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
}

/** The text of the page's first-level headings, for error messages. */
export async function headings(page: Page): Promise<string[]> {
  return page.locator('h1').allInnerTexts()
}

/** Waits for a level-1 heading that contains `name`; on timeout, says what the headings were. */
export async function expectHeading(page: Page, name: string, where: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name }).first().waitFor({ state: 'visible', timeout: 10_000 })
  } catch {
    throw new Error(
      `${where}: expected a level-1 heading containing "${name}", found ${JSON.stringify(await headings(page))}`,
    )
  }
}

export async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang')
}
