/**
 * The only part of the build that runs GMT (Debian packages `gmt` and
 * `gmt-gshhg-full`). Results are cached by their command line under
 * CACHE_DIR, so a second build only re-tiles; `--fresh` ignores the cache.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Box, LandGrid } from './grid.ts'

const execFileAsync = promisify(execFile)
const BIG_OUTPUT = 256 * 1024 * 1024
/** GMT writes a `gmt.history` file into its working directory: run it in the cache, not the repository. */
const inCache = (options: GmtOptions) => ({ cwd: resolve(options.cacheDir) })

export interface GmtOptions {
  cacheDir: string
  /** Ignore cached results and run GMT again. */
  fresh: boolean
  /** Progress messages for people; the build prints them. */
  log: (message: string) => void
}

/** `gmt --version`, or an error that says how to install GMT and its full-resolution coastlines. */
export async function gmtVersion(): Promise<string> {
  try {
    const { stdout } = await execFileAsync('gmt', ['--version'])
    return stdout.trim()
  } catch (cause) {
    throw new Error(
      'GMT is not installed or not on PATH, and the basemap build needs it for the GSHHG coastlines.\n' +
        'Install it with: sudo apt-get install gmt gmt-gshhg-full   (Debian/Ubuntu)\n' +
        'Only people who rebuild content/basemap/ need GMT; installing or building the app does not.',
      { cause },
    )
  }
}

/** GMT's -R argument for a box. */
function region(box: Box): string {
  return `-R${box.west}/${box.east}/${box.south}/${box.north}`
}

/**
 * Land/sea classes on a grid of `cell`-degree pixels covering `box`
 * (0 sea, 1 land, 2 lake, 3 island in a lake, 4 pond on such an island),
 * from GSHHG's full-resolution shorelines.
 */
export async function landGrid(box: Box, cell: number, options: GmtOptions): Promise<LandGrid> {
  const width = Math.round((box.east - box.west) / cell)
  const height = Math.round((box.north - box.south) / cell)
  const args = [region(box), `-I${cell}`, '-r', '-Df', '-N0/1/2/3/4']
  const key = await cacheKey(['grdlandmask', ...args])
  const file = join(options.cacheDir, `landmask-${key}.u8`)
  if (options.fresh || !existsSync(file)) {
    mkdirSync(options.cacheDir, { recursive: true })
    const grid = resolve(options.cacheDir, `landmask-${key}.nc`)
    options.log(`GMT grdlandmask ${width} × ${height} cells (takes minutes; cached afterwards)…`)
    await execFileAsync('gmt', ['grdlandmask', ...args, `-G${grid}`], inCache(options))
    // Top row first, left to right, one unsigned byte per cell, no header.
    const { stdout } = await execFileAsync('gmt', ['grd2xyz', grid, '-ZTLu'], {
      ...inCache(options),
      encoding: 'buffer',
      maxBuffer: BIG_OUTPUT,
    })
    writeFileSync(file, stdout)
  } else {
    options.log(`GMT land grid from cache (${file})`)
  }
  const classes = new Uint8Array(readFileSync(file))
  if (classes.length !== width * height) {
    throw new Error(
      `${file} holds ${classes.length} cells, not ${width} × ${height}: the cache is stale or damaged. ` +
        'Run `npm run basemap -- --fresh` to recreate it.',
    )
  }
  return { width, height, west: box.west, north: box.north, cell, classes }
}

/** `gmt coast -Ia -M` text: every GSHHG river and canal line in `box`, one segment per GSHHG bin. */
export async function riverText(box: Box, options: GmtOptions): Promise<string> {
  const args = [region(box), '-Df', '-Ia', '-M']
  const key = await cacheKey(['coast', ...args])
  const file = join(options.cacheDir, `rivers-${key}.txt`)
  if (options.fresh || !existsSync(file)) {
    mkdirSync(options.cacheDir, { recursive: true })
    options.log('GMT coast: river lines…')
    const { stdout } = await execFileAsync('gmt', ['coast', ...args], { ...inCache(options), maxBuffer: BIG_OUTPUT })
    writeFileSync(file, stdout)
  }
  return readFileSync(file, 'utf8')
}

/** Same command and GMT version → same key; a GMT upgrade recomputes. */
async function cacheKey(command: string[]): Promise<string> {
  const version = await gmtVersion()
  return createHash('sha256')
    .update(JSON.stringify([version, ...command]))
    .digest('hex')
    .slice(0, 12)
}
