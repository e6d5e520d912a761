/**
 * The browser the end-to-end tests drive: Debian's Chromium through
 * playwright-core (which downloads no browser of its own).
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Where Chromium is looked for; CHROMIUM_PATH overrides it on other systems. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Flags that keep headless Chromium from hanging or phoning home on a closed
 * network. Flags that disable GL are deliberately absent: they break WebGL,
 * which the map needs.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The message printed when Chromium is missing: what, why and exactly what to do. */
export function missingChromiumMessage(): string {
  return [
    `Chromium was not found at ${chromiumPath}.`,
    'The end-to-end tests drive a real Chromium against the production build.',
    'Install it, then run the tests again:',
    '  on Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  elsewhere:            install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary',
    'Type-check, lint, unit tests and the content check also run on their own:',
    '  npm run typecheck && npm run lint && npm run test:unit && npm run content:check',
  ].join('\n')
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath)
}

/**
 * Launches Chromium with a fresh, temporary profile (playwright-core creates
 * and deletes it); tests open a new context each, so no state leaks between them.
 */
export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) throw new Error(missingChromiumMessage())
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, timeout: 60_000 })
}
