/**
 * Offline packs in Cache Storage: one cache per pack (src/pwa/packs.ts).
 * Shared by the page (Save for offline) and the service worker (refresh on
 * update); the caches themselves are the record of what is saved, so there is
 * no second copy of that state to fall out of step.
 */
import {
  MEDIA_PACK,
  missingFiles,
  packCacheName,
  packFiles,
  packKeyOfCache,
  staleUrls,
  type OfflinePacks,
  type PackFile,
  type PackKey,
} from './packs'

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>

/** Files fetched at once: enough to hide latency, few enough to keep a phone responsive. */
const PARALLEL_DOWNLOADS = 4

/** Paths of the entries of a cache (pack URLs are same-origin paths). */
export async function cachedUrls(cache: Cache): Promise<Set<string>> {
  return new Set((await cache.keys()).map((request) => new URL(request.url).pathname))
}

/** The packs that have a cache, i.e. that the user (or the page's language) saved. */
export async function savedPackKeys(storage: CacheStorage): Promise<PackKey[]> {
  return (await storage.keys()).map(packKeyOfCache).filter((key): key is PackKey => key !== undefined)
}

export interface DownloadOptions {
  fetch: Fetch
  signal?: AbortSignal
  /** Called after each file is stored. */
  onFile?(file: PackFile): void
}

/**
 * Stores `files` in `cache`, a few at a time. Rejects on the first failure
 * (network, HTTP error, quota, abort); files stored until then stay stored,
 * so a later call resumes where this one stopped.
 */
export async function downloadFiles(cache: Cache, files: readonly PackFile[], options: DownloadOptions): Promise<void> {
  const queue = [...files]
  let failure: unknown
  const worker = async () => {
    while (failure === undefined && queue.length > 0) {
      const file = queue.shift()!
      try {
        options.signal?.throwIfAborted()
        const response = await options.fetch(file.url, { signal: options.signal })
        if (!response.ok) throw new Error(`The server answered ${response.status} for ${file.url}.`)
        await cache.put(file.url, response)
        options.onFile?.(file)
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_DOWNLOADS, queue.length) }, worker))
  if (failure !== undefined) throw failure
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
}

/**
 * Service worker install: brings every saved pack up to this version, so that
 * the new code finds its own text when it takes over. Files whose hashed name
 * did not change are kept, so an update downloads only what changed.
 *
 * A language's text must arrive, or the install fails and the old version
 * stays until the next try (new code never meets old text). Two exceptions
 * keep a full disk from blocking updates for ever: out of space, that
 * language is dropped (the Saved page then offers it again); and photos and
 * audio may lag behind, since pages work without them.
 */
export async function refreshPacks(packs: OfflinePacks, storage: CacheStorage, fetch: Fetch): Promise<void> {
  for (const key of await savedPackKeys(storage)) {
    const cache = await storage.open(packCacheName(key))
    const missing = missingFiles(packFiles(packs, key), await cachedUrls(cache))
    try {
      await downloadFiles(cache, missing, { fetch })
    } catch (error) {
      if (key === MEDIA_PACK) continue
      if (!isQuotaError(error)) throw error
      await storage.delete(packCacheName(key))
    }
  }
}

/** Deletes a pack's cache if nothing was stored in it (a download cancelled before its first file). */
export async function dropIfEmpty(storage: CacheStorage, key: PackKey): Promise<void> {
  const cache = await storage.open(packCacheName(key))
  if ((await cache.keys()).length === 0) await storage.delete(packCacheName(key))
}

/** Service worker activate: drops what the previous version needed and this one does not. */
export async function prunePacks(packs: OfflinePacks, storage: CacheStorage): Promise<void> {
  for (const key of await savedPackKeys(storage)) {
    const files = packFiles(packs, key)
    if (files.length === 0 && key !== MEDIA_PACK) {
      await storage.delete(packCacheName(key))
      continue
    }
    const cache = await storage.open(packCacheName(key))
    for (const url of staleUrls(await cachedUrls(cache), files)) await cache.delete(url)
  }
}
