/**
 * Offline packs: the files that are not in the precache, grouped by what a
 * user saves. A language's pack is its text (the content chunk and the UI
 * messages); the media pack holds full-size photos and audio, shared by every
 * language. The build lists them in /offline-packs.json (see
 * src/pwa/build/offline-packs.ts); the page downloads them on request and the
 * service worker serves them and refreshes them on every update.
 *
 * Pure: used by the page, the service worker and the build alike.
 */
import { CACHE_NAMES } from '../constants.ts'

/** Where the build writes the pack list (precached, so it is readable offline). */
export const PACKS_URL = '/offline-packs.json'

export interface PackFile {
  /** Absolute path on the site, e.g. /assets/ko-Bx1.js. */
  url: string
  /** Size as stored (uncompressed), for progress and storage estimates. */
  bytes: number
}

export interface OfflinePacks {
  /** Changes whenever any listed file does. */
  version: string
  locales: Record<string, PackFile[]>
  media: PackFile[]
}

/** A language code, or 'media' for the shared photos and audio. */
export type PackKey = string

export const MEDIA_PACK: PackKey = 'media'

export function packCacheName(key: PackKey): string {
  return `${CACHE_NAMES.packPrefix}${key}`
}

/** The pack a cache belongs to, or undefined for caches that are not packs. */
export function packKeyOfCache(cacheName: string): PackKey | undefined {
  return cacheName.startsWith(CACHE_NAMES.packPrefix) ? cacheName.slice(CACHE_NAMES.packPrefix.length) : undefined
}

/** Files of one pack; empty for a language the site no longer offers. */
export function packFiles(packs: OfflinePacks, key: PackKey): PackFile[] {
  if (key === MEDIA_PACK) return packs.media
  return Object.hasOwn(packs.locales, key) ? (packs.locales[key] ?? []) : []
}

export function packBytes(files: readonly PackFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0)
}

/** Every pack URL, which the service worker routes to the pack caches. */
export function allPackUrls(packs: OfflinePacks): Set<string> {
  return new Set([...Object.values(packs.locales).flat(), ...packs.media].map((file) => file.url))
}

/** Files of `files` whose URL is not among `cachedUrls`. */
export function missingFiles(files: readonly PackFile[], cachedUrls: ReadonlySet<string>): PackFile[] {
  return files.filter((file) => !cachedUrls.has(file.url))
}

/** Cached URLs that the current packs no longer list (left by an older version). */
export function staleUrls(cachedUrls: Iterable<string>, files: readonly PackFile[]): string[] {
  const wanted = new Set(files.map((file) => file.url))
  return [...cachedUrls].filter((url) => !wanted.has(url))
}

/**
 * Checks the shape of a fetched pack list, so that a broken deploy gives a
 * clear message instead of a TypeError deep in the download loop.
 */
export function parsePacks(value: unknown): OfflinePacks {
  const fail = (why: string): never => {
    throw new Error(`${PACKS_URL} is not a valid pack list (${why}); the build that produced it is broken.`)
  }
  const isFiles = (files: unknown): files is PackFile[] =>
    Array.isArray(files) &&
    files.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as PackFile).url === 'string' &&
        typeof (f as PackFile).bytes === 'number',
    )
  if (typeof value !== 'object' || value === null) return fail('not an object')
  const { version, locales, media } = value as Partial<OfflinePacks>
  if (typeof version !== 'string') return fail('no version')
  if (!isFiles(media)) return fail('media is not a file list')
  if (typeof locales !== 'object' || locales === null) return fail('no locales')
  for (const [locale, files] of Object.entries(locales)) {
    if (!isFiles(files)) fail(`locale ${locale} is not a file list`)
  }
  return { version, locales, media }
}

/** How much of a pack is on the device, from its file counts. */
export type PackState = 'saved' | 'partial' | 'none'

/**
 * `cached`: the pack has a cache, i.e. it was saved. A saved pack with files
 * missing is 'partial' even when none is left: the browser evicted them.
 */
export function packState(saved: { files: number; savedFiles: number; cached?: boolean }): PackState {
  if (saved.savedFiles >= saved.files) return 'saved'
  return saved.savedFiles > 0 || saved.cached ? 'partial' : 'none'
}

/**
 * Ready offline in a language: every file of the app (the service worker's
 * precache) and every file of that language's pack is on the device. Read from
 * Cache Storage each time, never from a flag, so it cannot be claimed early.
 */
export function readyOffline(
  app: { files: number; savedFiles: number } | null,
  pack: { files: number; savedFiles: number } | undefined,
): boolean {
  return (
    app !== null &&
    app.files > 0 &&
    app.savedFiles >= app.files &&
    pack !== undefined &&
    pack.files > 0 &&
    pack.savedFiles >= pack.files
  )
}
