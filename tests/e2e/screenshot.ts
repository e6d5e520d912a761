/**
 * `npm run screenshot`: the README's picture, docs/screenshot-home.png, taken
 * from the production build (run `npm run build` first) on a phone-sized
 * screen, 390×844 CSS pixels at twice the density.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hasChromium, launchChromium, missingChromiumMessage } from './support/chromium'
import { hasBuild, previewDist } from './support/server'

const OUTPUT = fileURLToPath(new URL('../../docs/screenshot-home.png', import.meta.url))
const LOCALE = 'en'

async function main(): Promise<number> {
  if (!hasChromium()) {
    console.error(missingChromiumMessage())
    return 1
  }
  if (!hasBuild()) {
    console.error('dist/index.html is missing: the screenshot shows the production build. Run `npm run build` first.')
    return 1
  }
  const server = await previewDist()
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
      colorScheme: 'light',
      reducedMotion: 'reduce',
      timezoneId: 'Asia/Ho_Chi_Minh',
    })
    const page = await context.newPage()
    await page.goto(`${server.url}/${LOCALE}/`, { waitUntil: 'networkidle' })
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true })
    await page.screenshot({ path: OUTPUT })
    console.log(`Wrote ${OUTPUT}`)
    return 0
  } finally {
    await browser.close()
    await server.stop()
  }
}

process.exitCode = await main()
