import { describe, expect, it } from 'vitest'
import { CACHE_NAMES } from '@/constants'
import {
  cachedUrls,
  downloadFiles,
  dropIfEmpty,
  isQuotaError,
  prunePacks,
  refreshPacks,
  savedPackKeys,
} from './pack-caches'
import { MEDIA_PACK, packCacheName, type OfflinePacks, type PackFile } from './packs'
import { FakeCacheStorage, TEST_ORIGIN, fakeServer, networkError, type FakeRoute } from './test-fakes'

/** Files named /f/0.js, /f/1.js, ... each `n` bytes long, and a server that has them all. */
function filesAndServer(count: number, extra: Record<string, FakeRoute> = {}) {
  const files: PackFile[] = Array.from({ length: count }, (_, i) => ({ url: `/f/${i}.js`, bytes: 10 }))
  const routes: Record<string, FakeRoute> = Object.fromEntries(files.map((file) => [file.url, 'x'.repeat(10)]))
  return { files, server: fakeServer({ ...routes, ...extra }) }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('downloadFiles', () => {
  it('stores every file under its path and reports each one', async () => {
    const storage = new FakeCacheStorage()
    const { files, server } = filesAndServer(6)
    const reported: string[] = []
    await downloadFiles(await storage.open('p'), files, {
      fetch: server.fetch,
      onFile: (file) => reported.push(file.url),
    })
    expect(storage.cache('p').paths()).toEqual(files.map((file) => file.url).sort())
    expect([...storage.cache('p').entries.keys()]).toContain(`${TEST_ORIGIN}/f/0.js`)
    expect(reported.sort()).toEqual(files.map((file) => file.url).sort())
    expect(await cachedUrls(await storage.open('p'))).toEqual(new Set(files.map((file) => file.url)))
  })

  it('does nothing for an empty list', async () => {
    const storage = new FakeCacheStorage()
    const { server } = filesAndServer(0)
    await downloadFiles(await storage.open('p'), [], { fetch: server.fetch })
    expect(server.requests).toEqual([])
  })

  it('fetches four files at a time, not more', async () => {
    const storage = new FakeCacheStorage()
    const { files, server } = filesAndServer(12)
    await downloadFiles(await storage.open('p'), files, { fetch: server.fetch })
    expect(server.requests).toHaveLength(12)
    expect(server.maxInFlight).toBe(4)
  })

  it('stops at an HTTP error, naming the URL and status, and keeps what was stored before it', async () => {
    const storage = new FakeCacheStorage()
    const { files, server } = filesAndServer(12, { '/f/5.js': 503 })
    const reported: string[] = []
    const download = downloadFiles(await storage.open('p'), files, {
      fetch: server.fetch,
      onFile: (file) => reported.push(file.url),
    })
    await expect(download).rejects.toThrow('The server answered 503 for /f/5.js.')
    const stored = storage.cache('p').paths()
    // The first four and the ones started before the failure surfaced are kept; no new file is started after it.
    expect(stored).toEqual(expect.arrayContaining(['/f/0.js', '/f/1.js', '/f/2.js', '/f/3.js', '/f/4.js']))
    expect(stored).not.toContain('/f/5.js')
    expect(server.requests.length).toBeLessThan(12)
    expect(reported.sort()).toEqual(stored)
  })

  it('stops at a network error with the browser’s error', async () => {
    const storage = new FakeCacheStorage()
    const { files, server } = filesAndServer(3, { '/f/0.js': networkError() })
    await expect(downloadFiles(await storage.open('p'), files, { fetch: server.fetch })).rejects.toThrow(
      'Failed to fetch',
    )
  })

  it('fetches nothing when the signal is already aborted', async () => {
    const storage = new FakeCacheStorage()
    const { files, server } = filesAndServer(3)
    const download = downloadFiles(await storage.open('p'), files, {
      fetch: server.fetch,
      signal: AbortSignal.abort(),
    })
    await expect(download).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.requests).toEqual([])
    expect(storage.cache('p').paths()).toEqual([])
  })

  it('stops when the signal aborts part-way, keeping the files stored until then', async () => {
    const storage = new FakeCacheStorage()
    const files: PackFile[] = Array.from({ length: 12 }, (_, i) => ({ url: `/f/${i}.js`, bytes: 1 }))
    const controller = new AbortController()
    const server = fakeServer(Object.fromEntries(files.map((file) => [file.url, 'x'])), {
      onRequest: (path) => path === '/f/6.js' && controller.abort(),
    })
    const download = downloadFiles(await storage.open('p'), files, { fetch: server.fetch, signal: controller.signal })
    await expect(download).rejects.toMatchObject({ name: 'AbortError' })
    const stored = storage.cache('p').paths()
    // Requests in flight at the abort are dropped with it; nothing is started after it.
    expect(stored.length).toBeGreaterThan(0)
    expect(stored.every((path) => Number(/\d+/.exec(path)![0]) < 6)).toBe(true)
    expect(server.requests.at(-1)).toBe('/f/6.js')
  })

  it('passes a full disk on as the QuotaExceededError DOMException', async () => {
    const storage = new FakeCacheStorage(25)
    const { files, server } = filesAndServer(4)
    const error = await downloadFiles(await storage.open('p'), files, { fetch: server.fetch }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DOMException)
    expect(isQuotaError(error)).toBe(true)
    expect(storage.cache('p').paths()).toHaveLength(2)
  })
})

describe('isQuotaError', () => {
  it('recognises only the QuotaExceededError DOMException', () => {
    expect(isQuotaError(quotaError())).toBe(true)
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false)
    expect(isQuotaError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))).toBe(false)
    expect(isQuotaError(undefined)).toBe(false)
  })
})

const packs: OfflinePacks = {
  version: '2',
  locales: {
    en: [
      { url: '/assets/en-2.js', bytes: 3 },
      { url: '/assets/messages-en-1.js', bytes: 3 },
    ],
    ko: [{ url: '/assets/ko-2.js', bytes: 3 }],
    vi: [{ url: '/assets/vi-2.js', bytes: 3 }],
  },
  media: [
    { url: '/assets/harbour-1.jpg', bytes: 3 },
    { url: '/assets/tour-2.mp3', bytes: 3 },
  ],
}
const allFiles = {
  ...Object.fromEntries([...Object.values(packs.locales).flat(), ...packs.media].map((f) => [f.url, 'abc'])),
}

describe('savedPackKeys', () => {
  it('lists the packs that have a cache and ignores every other cache', async () => {
    const storage = new FakeCacheStorage()
    storage.cache(packCacheName('en'))
    storage.cache(packCacheName(MEDIA_PACK))
    storage.cache(CACHE_NAMES.runtime)
    storage.cache('haiphong-guide-precache-v2-http://guide.test/')
    storage.cache('another-app')
    expect((await savedPackKeys(storage.api)).sort()).toEqual(['en', MEDIA_PACK])
  })
})

describe('refreshPacks', () => {
  it('brings saved packs up to date, fetching only the files they miss', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('en'), ['/assets/en-1.js', '/assets/messages-en-1.js'])
    storage.seed(packCacheName(MEDIA_PACK), ['/assets/harbour-1.jpg'])
    const server = fakeServer(allFiles)
    await refreshPacks(packs, storage.api, server.fetch)
    expect(server.requests.sort()).toEqual(['/assets/en-2.js', '/assets/tour-2.mp3'])
    // The old file stays until activation (prunePacks): the running version still needs it.
    expect(storage.cache(packCacheName('en')).paths()).toEqual([
      '/assets/en-1.js',
      '/assets/en-2.js',
      '/assets/messages-en-1.js',
    ])
    expect(storage.cache(packCacheName(MEDIA_PACK)).paths()).toEqual(['/assets/harbour-1.jpg', '/assets/tour-2.mp3'])
  })

  it('leaves packs without a cache alone', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('ko'), [])
    const server = fakeServer(allFiles)
    await refreshPacks(packs, storage.api, server.fetch)
    expect(server.requests).toEqual(['/assets/ko-2.js'])
    expect((await storage.keys()).sort()).toEqual([packCacheName('ko')])
  })

  it('fails when a language’s text cannot be fetched, so the install fails', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('en'), [])
    const server = fakeServer({ ...allFiles, '/assets/en-2.js': networkError() })
    await expect(refreshPacks(packs, storage.api, server.fetch)).rejects.toThrow('Failed to fetch')
  })

  it('fails on an HTTP error for a language’s text too', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('vi'), [])
    const server = fakeServer({ ...allFiles, '/assets/vi-2.js': 404 })
    await expect(refreshPacks(packs, storage.api, server.fetch)).rejects.toThrow('404 for /assets/vi-2.js')
  })

  it('lets photos and audio lag behind, and still refreshes the languages', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName(MEDIA_PACK), [])
    storage.seed(packCacheName('ko'), [])
    const server = fakeServer({ ...allFiles, '/assets/harbour-1.jpg': networkError(), '/assets/tour-2.mp3': 500 })
    await refreshPacks(packs, storage.api, server.fetch)
    expect(storage.cache(packCacheName('ko')).paths()).toEqual(['/assets/ko-2.js'])
  })

  it('drops a language that no longer fits, keeping the others', async () => {
    // en needs 6 bytes and does not fit in 5; once it is dropped, ko's 3 bytes do.
    const storage = new FakeCacheStorage(5)
    storage.seed(packCacheName('en'), [])
    storage.seed(packCacheName('ko'), [])
    const server = fakeServer(allFiles)
    await refreshPacks(packs, storage.api, server.fetch)
    expect(await storage.keys()).toEqual([packCacheName('ko')])
    expect(storage.cache(packCacheName('ko')).paths()).toEqual(['/assets/ko-2.js'])
  })
})

describe('prunePacks', () => {
  it('removes files the current packs no longer list, and nothing else', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('en'), ['/assets/en-1.js', '/assets/en-2.js', '/assets/messages-en-1.js'])
    storage.seed(packCacheName(MEDIA_PACK), ['/assets/harbour-0.jpg', '/assets/harbour-1.jpg'])
    storage.seed(CACHE_NAMES.runtime, ['/assets/en-1.js'])
    await prunePacks(packs, storage.api)
    expect(storage.cache(packCacheName('en')).paths()).toEqual(['/assets/en-2.js', '/assets/messages-en-1.js'])
    expect(storage.cache(packCacheName(MEDIA_PACK)).paths()).toEqual(['/assets/harbour-1.jpg'])
    expect(storage.cache(CACHE_NAMES.runtime).paths()).toEqual(['/assets/en-1.js'])
  })

  it('deletes the cache of a language the site no longer offers', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('fr'), ['/assets/fr-1.js'])
    storage.seed(packCacheName('toString'), ['/assets/x.js'])
    storage.seed(packCacheName('ko'), ['/assets/ko-2.js'])
    await prunePacks(packs, storage.api)
    expect(await storage.keys()).toEqual([packCacheName('ko')])
  })

  it('keeps the media cache even when the site has no media any more', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName(MEDIA_PACK), ['/assets/harbour-1.jpg'])
    await prunePacks({ ...packs, media: [] }, storage.api)
    expect(await storage.has(packCacheName(MEDIA_PACK))).toBe(true)
    expect(storage.cache(packCacheName(MEDIA_PACK)).paths()).toEqual([])
  })
})

describe('dropIfEmpty', () => {
  it('deletes a pack cache with nothing in it', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('en'), [])
    await dropIfEmpty(storage.api, 'en')
    expect(await storage.keys()).toEqual([])
  })

  it('keeps a pack cache with at least one file', async () => {
    const storage = new FakeCacheStorage()
    storage.seed(packCacheName('en'), ['/assets/en-2.js'])
    await dropIfEmpty(storage.api, 'en')
    expect(await storage.keys()).toEqual([packCacheName('en')])
  })

  it('leaves no cache behind for a pack that had none', async () => {
    const storage = new FakeCacheStorage()
    await dropIfEmpty(storage.api, 'ko')
    expect(await storage.keys()).toEqual([])
  })
})
