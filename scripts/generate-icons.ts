/**
 * Draws the app's PNG icons from the SVGs in content/brand/ into
 * content/brand/icons/ (the list is BRAND_ICONS in src/pwa/build/web-manifest.ts).
 *
 *   npx tsx scripts/generate-icons.ts [contentDir]   (default: ./content)
 *
 * Chromium rasterises each SVG on a canvas at the icon's exact size (so small
 * icons are drawn crisp, not scaled down from a big one) and this script
 * encodes the pixels itself: tiles as RGBA, full-bleed icons as RGB, which
 * also proves they are opaque. The output depends only on the pixels, so a
 * second run changes nothing, and files whose bytes are unchanged are not
 * rewritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { BRAND_ICONS, type BrandIcon } from '../src/pwa/build/web-manifest.ts'
import { launchChromium } from '../tests/e2e/support/chromium.ts'

/** Corner radius of the rounded tile, as a share of its size (public/favicon.svg: 14 of 64). */
const TILE_RADIUS = 14 / 64

const contentDir = resolve(process.argv[2] ?? 'content')
const brandDir = join(contentDir, 'brand')
if (!existsSync(join(brandDir, 'icon.svg'))) {
  console.error(
    `generate-icons: ${relative(process.cwd(), brandDir) || brandDir}/icon.svg does not exist, so there is nothing to draw. ` +
      'Run from the repo root or pass the content directory: npx tsx scripts/generate-icons.ts content',
  )
  process.exit(1)
}

const outDir = join(brandDir, 'icons')
mkdirSync(outDir, { recursive: true })
const browser = await launchChromium()
let written = 0
let unchanged = 0
try {
  const page = await browser.newPage()
  for (const icon of BRAND_ICONS) {
    const svg = readFileSync(join(brandDir, icon.source), 'utf8')
    const rgba = await rasterize(page, svg, icon)
    const png = encodePng(rgba, icon.size, icon.shape === 'tile')
    const file = join(outDir, icon.file)
    if (existsSync(file) && readFileSync(file).equals(png)) {
      unchanged++
    } else {
      writeFileSync(file, png)
      written++
    }
  }
} finally {
  await browser.close()
}
console.log(`generate-icons: ${written} written, ${unchanged} unchanged in ${relative(process.cwd(), outDir)}/`)

/** The icon's pixels, RGBA, row by row (not premultiplied). */
async function rasterize(page: Page, svg: string, icon: BrandIcon): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ svg, size, tile, radius }) => {
      const image = new Image()
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = size
      const context = canvas.getContext('2d')!
      if (tile) {
        context.beginPath()
        context.roundRect(0, 0, size, size, size * radius)
        context.clip()
      }
      context.drawImage(image, 0, 0, size, size)
      const bytes = context.getImageData(0, 0, size, size).data
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      }
      return btoa(binary)
    },
    { svg, size: icon.size, tile: icon.shape === 'tile', radius: TILE_RADIUS },
  )
  const rgba = Buffer.from(base64, 'base64')
  if (icon.shape === 'full-bleed') {
    for (let i = 3; i < rgba.length; i += 4) {
      if (rgba[i] !== 255) {
        throw new Error(
          `${icon.file} would have transparent pixels, but platforms that cut their own shape need an opaque square. ` +
            `Make the background of content/brand/${icon.source} fill its whole viewBox.`,
        )
      }
    }
  }
  return rgba
}

/** A PNG of 8-bit RGBA (alpha) or RGB pixels, each row with the filter that compresses best. */
function encodePng(rgba: Buffer, size: number, alpha: boolean): Buffer {
  const channels = alpha ? 4 : 3
  const stride = size * channels
  const raw = Buffer.alloc((stride + 1) * size)
  let previous = Buffer.alloc(stride)
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(stride)
    for (let x = 0; x < size; x++) rgba.copy(row, x * channels, (y * size + x) * 4, (y * size + x) * 4 + channels)
    const filtered = [0, 1, 2, 3, 4].map((type) => filterRow(type, row, previous, channels))
    const best = filtered.reduce((a, b) => (cost(b) < cost(a) ? b : a))
    best.copy(raw, y * (stride + 1))
    previous = row
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, alpha ? 6 : 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** One row with its PNG filter type byte in front (PNG spec, section 9). */
function filterRow(type: number, row: Buffer, previous: Buffer, bpp: number): Buffer {
  const out = Buffer.alloc(row.length + 1)
  out[0] = type
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0
    const b = previous[i]!
    const c = i >= bpp ? previous[i - bpp]! : 0
    const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type]!
    out[i + 1] = (row[i]! - predictor) & 0xff
  }
  return out
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** The usual heuristic: the smallest sum of bytes read as signed values compresses best. */
function cost(filtered: Buffer): number {
  let sum = 0
  for (let i = 1; i < filtered.length; i++) sum += filtered[i]! < 128 ? filtered[i]! : 256 - filtered[i]!
  return sum
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
