import { describe, expect, it, vi } from 'vitest'
import { createOfflinePacks } from './offline-packs-state'
import { MEDIA_PACK, PACKS_URL, packCacheName, packState, type OfflinePacks, type PackFile } from './packs'
import { FakeCacheStorage, fakeServer, networkError, type FakeRoute, type FakeServerOptions } from './test-fakes'

/** A file of the pack list with a body of exactly `bytes` bytes on the fake server. */
const file = (url: string, bytes: number): PackFile => ({ url, bytes })

const packs: OfflinePacks = {
  version: 'v1',
  locales: {
    en: [file('/assets/en-1.js', 40), file('/assets/messages-en-1.js', 10)],
    ko: [file('/assets/ko-1.js', 30)],
  },
  media: [file('/assets/harbour-1.jpg', 200), file('/assets/tour-1.mp3', 300), file('/assets/bay-1.jpg', 100)],
}
const every = [...Object.values(packs.locales).flat(), ...packs.media]
const bodies = Object.fromEntries(every.map((f) => [f.url, 'x'.repeat(f.bytes)]))

interface SetupOptions extends FakeServerOptions {
  routes?: Record<string, FakeRoute>
  /** Bytes Cache Storage may hold. */
  quota?: number
  persisted?: boolean
  /** What persist() answers. */
  grant?: boolean
}

function setup(options: SetupOptions = {}) {
  const caches = new FakeCacheStorage(options.quota)
  const server = fakeServer({ [PACKS_URL]: JSON.stringify(packs), ...bodies, ...options.routes }, options)
  let persisted = options.persisted ?? false
  const persist = vi.fn(async () => (persisted = options.grant ?? true))
  const storage = {
    estimate: async () => ({ usage: caches.usedBytes(), quota: 1_000_000 }),
    persisted: async () => persisted,
    persist,
  } as unknown as StorageManager
  const state = createOfflinePacks({ caches: caches.api, fetch: server.fetch, storage })
  /** Requests for pack files, without the pack list itself. */
  const fileRequests = () => server.requests.filter((path) => path !== PACKS_URL)
  return { caches, server, persist, state, fileRequests }
}

describe('refresh', () => {
  it('reads the pack list, what is saved and the storage estimate', async () => {
    const { caches, state } = setup()
    caches.seed(packCacheName('en'), ['/assets/en-1.js'], 'x'.repeat(40))
    await state.refresh()
    expect(state.loadError.value).toBeNull()
    expect(state.packs.value).toEqual(packs)
    expect(state.status.value).toEqual({
      en: { files: 2, bytes: 50, savedFiles: 1, savedBytes: 40, cached: true },
      ko: { files: 1, bytes: 30, savedFiles: 0, savedBytes: 0, cached: false },
      [MEDIA_PACK]: { files: 3, bytes: 600, savedFiles: 0, savedBytes: 0, cached: false },
    })
    expect(state.storage.value).toEqual({ usage: 40, quota: 1_000_000, persisted: false })
  })

  it('ignores cached files the pack list does not have (left by an older version)', async () => {
    const { caches, state } = setup()
    caches.seed(packCacheName('ko'), ['/assets/ko-0.js'])
    await state.refresh()
    expect(state.status.value.ko).toEqual({ files: 1, bytes: 30, savedFiles: 0, savedBytes: 0, cached: true })
  })

  it('leaves the storage estimate empty where the browser has no StorageManager', async () => {
    const caches = new FakeCacheStorage()
    const server = fakeServer({ [PACKS_URL]: JSON.stringify(packs) })
    const state = createOfflinePacks({ caches: caches.api, fetch: server.fetch })
    await state.refresh()
    expect(state.storage.value).toEqual({})
    expect(state.status.value.en?.files).toBe(2)
  })

  it('says why a broken pack list cannot be used', async () => {
    const { state } = setup({ routes: { [PACKS_URL]: JSON.stringify({ version: 'v1', locales: {} }) } })
    await state.refresh()
    expect(state.loadError.value).toContain(PACKS_URL)
    expect(state.loadError.value).toContain('media is not a file list')
    expect(state.packs.value).toBeNull()
    expect(state.status.value).toEqual({})
  })

  it('says why the pack list is missing, and clears the error once it loads', async () => {
    // The fake server reads its routes at each request, so the test can change the answer.
    const routes: Record<string, FakeRoute> = { [PACKS_URL]: 404 }
    const caches = new FakeCacheStorage()
    const { fetch } = fakeServer(routes)
    const state = createOfflinePacks({ caches: caches.api, fetch })
    await state.refresh()
    expect(state.loadError.value).toBe(`${PACKS_URL} answered 404.`)
    routes[PACKS_URL] = networkError()
    await state.refresh()
    expect(state.loadError.value).toBe('Failed to fetch')
    routes[PACKS_URL] = JSON.stringify(packs)
    await state.refresh()
    expect(state.loadError.value).toBeNull()
    expect(state.packs.value).toEqual(packs)
  })
})

describe('save', () => {
  it('asks for persistent storage once, downloads the packs and reports full progress', async () => {
    const { caches, persist, state, fileRequests } = setup()
    await state.save(['en', MEDIA_PACK])
    expect(persist).toHaveBeenCalledTimes(1)
    expect(state.storage.value.persisted).toBe(true)
    expect(fileRequests().sort()).toEqual([...packs.locales.en!, ...packs.media].map((f) => f.url).sort())
    expect(state.job.value).toEqual({
      keys: ['en', MEDIA_PACK],
      phase: 'done',
      totalFiles: 5,
      totalBytes: 650,
      doneFiles: 5,
      doneBytes: 650,
    })
    expect(state.status.value.en).toEqual({ files: 2, bytes: 50, savedFiles: 2, savedBytes: 50, cached: true })
    expect(state.status.value[MEDIA_PACK]).toEqual({
      files: 3,
      bytes: 600,
      savedFiles: 3,
      savedBytes: 600,
      cached: true,
    })
    expect(state.status.value.ko?.savedFiles).toBe(0)
    expect(caches.cache(packCacheName('en')).paths()).toEqual(['/assets/en-1.js', '/assets/messages-en-1.js'])
    expect(state.storage.value.usage).toBe(650)
  })

  it('does not ask again once the browser has promised to keep the data', async () => {
    const { persist, state } = setup({ persisted: true })
    await state.refresh()
    await state.save(['ko'])
    expect(persist).not.toHaveBeenCalled()
    expect(state.job.value?.phase).toBe('done')
  })

  it('downloads even when the browser refuses persistent storage', async () => {
    const { persist, state } = setup({ grant: false })
    await state.save(['ko'])
    expect(persist).toHaveBeenCalledTimes(1)
    expect(state.storage.value.persisted).toBe(false)
    expect(state.job.value?.phase).toBe('done')
  })

  it('counts only what is missing, and is done at once when nothing is', async () => {
    const { caches, state, fileRequests } = setup()
    caches.seed(packCacheName('en'), ['/assets/en-1.js'], 'x'.repeat(40))
    await state.save(['en'])
    expect(fileRequests()).toEqual(['/assets/messages-en-1.js'])
    expect(state.job.value).toMatchObject({ phase: 'done', totalFiles: 1, totalBytes: 10, doneFiles: 1 })
    await state.save(['en'])
    expect(state.job.value).toMatchObject({ phase: 'done', totalFiles: 0, totalBytes: 0, doneFiles: 0 })
    expect(fileRequests()).toHaveLength(1)
  })

  it('fails with the reason when a file cannot be downloaded', async () => {
    const { state } = setup({ routes: { '/assets/tour-1.mp3': 500 } })
    await state.save([MEDIA_PACK])
    expect(state.job.value?.phase).toBe('failed')
    expect(state.job.value?.reason).toBe('The server answered 500 for /assets/tour-1.mp3.')
  })

  it('stops on a full disk, keeping what fitted', async () => {
    // en (50 bytes) fits; of the media, only the first photo (200) fits beside it.
    const { caches, state } = setup({ quota: 300 })
    await state.save(['en', MEDIA_PACK])
    expect(state.job.value?.phase).toBe('quota')
    expect(state.job.value?.reason).toBeUndefined()
    expect(state.status.value.en).toMatchObject({ savedFiles: 2 })
    expect(caches.cache(packCacheName(MEDIA_PACK)).paths()).toEqual(['/assets/harbour-1.jpg'])
    const media = state.status.value[MEDIA_PACK]!
    expect(media).toMatchObject({ files: 3, savedFiles: 1, savedBytes: 200 })
    expect(packState({ files: media.files, savedFiles: media.savedFiles })).toBe('partial')
  })

  it('can be cancelled, and resumes with only the missing files', async () => {
    let cancel = () => {}
    const { state, fileRequests } = setup({ onRequest: (path) => path === '/assets/tour-1.mp3' && cancel() })
    cancel = () => state.cancel()
    await state.save(['en', MEDIA_PACK])
    expect(state.job.value?.phase).toBe('cancelled')
    const saved = state.status.value[MEDIA_PACK]!.savedFiles + state.status.value.en!.savedFiles
    expect(saved).toBeGreaterThan(0)
    expect(saved).toBeLessThan(5)
    expect(state.job.value?.doneFiles).toBe(saved)

    cancel = () => {}
    const before = fileRequests().length
    await state.save(['en', MEDIA_PACK])
    expect(state.job.value).toMatchObject({ phase: 'done', totalFiles: 5 - saved, doneFiles: 5 - saved })
    // Only what was not stored is fetched again (a file aborted in flight counts as not stored).
    expect(fileRequests().length - before).toBe(5 - saved)
    expect(state.status.value[MEDIA_PACK]?.savedFiles).toBe(3)
    expect(state.status.value.en?.savedFiles).toBe(2)
  })

  it('leaves no empty cache when cancelled before the first file', async () => {
    let cancel = () => {}
    const { caches, state } = setup({ onRequest: () => cancel() })
    cancel = () => state.cancel()
    await state.save(['ko'])
    expect(state.job.value).toMatchObject({ phase: 'cancelled', doneFiles: 0 })
    expect(await caches.keys()).toEqual([])
    expect(state.status.value.ko?.savedFiles).toBe(0)
  })

  it('leaves no empty cache when the first file fails', async () => {
    const { caches, state } = setup({ routes: { '/assets/ko-1.js': networkError() } })
    await state.save(['ko'])
    expect(state.job.value).toMatchObject({ phase: 'failed', reason: 'Failed to fetch' })
    expect(await caches.keys()).toEqual([])
  })

  it('ignores a second save while one is downloading', async () => {
    let second: Promise<void> | undefined
    const { state, fileRequests } = setup({
      onRequest: (path) => {
        if (path === '/assets/en-1.js') second = state.save(['ko'])
      },
    })
    await state.save(['en'])
    await second
    expect(fileRequests().sort()).toEqual(['/assets/en-1.js', '/assets/messages-en-1.js'])
    expect(state.job.value?.keys).toEqual(['en'])
  })

  // A double tap (or a tap while a browser's persist prompt is open) must not download twice.
  it('starts one download when save is tapped twice in a row', async () => {
    const { state, fileRequests } = setup()
    await Promise.all([state.save(['en']), state.save(['en'])])
    expect(fileRequests().sort()).toEqual(['/assets/en-1.js', '/assets/messages-en-1.js'])
  })
})

describe('remove', () => {
  it('deletes the pack and shows it as not saved', async () => {
    const { caches, state } = setup()
    await state.save(['en', 'ko'])
    await state.remove('en')
    expect(await caches.keys()).toEqual([packCacheName('ko')])
    expect(state.status.value.en).toMatchObject({ savedFiles: 0, savedBytes: 0 })
    expect(state.status.value.ko).toMatchObject({ savedFiles: 1 })
    expect(state.job.value).toBeNull()
  })
})

describe('keep', () => {
  it('saves a language’s text quietly', async () => {
    const { caches, state, persist } = setup()
    await state.keep('ko')
    expect(caches.cache(packCacheName('ko')).paths()).toEqual(['/assets/ko-1.js'])
    expect(persist).not.toHaveBeenCalled()
    expect(state.job.value).toBeNull()
  })

  it('never rejects: offline, or with a broken pack list', async () => {
    const offline = setup({ routes: { [PACKS_URL]: networkError() } })
    await expect(offline.state.keep('en')).resolves.toBeUndefined()
    const noFiles = setup({ routes: { '/assets/en-1.js': networkError(), '/assets/messages-en-1.js': 503 } })
    await expect(noFiles.state.keep('en')).resolves.toBeUndefined()
    const broken = setup({ routes: { [PACKS_URL]: '{"version": 1}' } })
    await expect(broken.state.keep('en')).resolves.toBeUndefined()
    const full = setup({ quota: 10 })
    await expect(full.state.keep('en')).resolves.toBeUndefined()
  })
})
