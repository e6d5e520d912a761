import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { STORAGE_KEYS } from '@/constants'
import { createMemoryStorage } from '@/stores/settings-storage'
import type { AppFilesStatus } from './messages'
import { createOfflineNotices } from './offline-notices'
import { createOfflinePacks } from './offline-packs-state'
import { PACKS_URL, packCacheName, type OfflinePacks } from './packs'
import { FakeCacheStorage, fakeServer, type FakeRoute } from './test-fakes'

const packs: OfflinePacks = {
  version: 'v1',
  locales: {
    en: [
      { url: '/assets/en-1.js', bytes: 4 },
      { url: '/assets/messages-en-1.js', bytes: 2 },
    ],
    ko: [
      { url: '/assets/ko-1.js', bytes: 3 },
      { url: '/assets/messages-ko-1.js', bytes: 1 },
    ],
  },
  media: [],
}
const bodies = {
  '/assets/en-1.js': 'xxxx',
  '/assets/messages-en-1.js': 'xx',
  '/assets/ko-1.js': 'xxx',
  '/assets/messages-ko-1.js': 'x',
}

interface SetupOptions {
  /** What the service worker says of its precache; null: no worker answers. */
  app?: AppFilesStatus | null
  controlled?: boolean
  routes?: Record<string, FakeRoute>
}

function setup({ app = { files: 3, savedFiles: 3 }, controlled = true, routes = {} }: SetupOptions = {}) {
  const caches = new FakeCacheStorage()
  const server = fakeServer({ [PACKS_URL]: JSON.stringify(packs), ...bodies, ...routes })
  const offline = createOfflinePacks({
    caches: caches.api,
    fetch: server.fetch,
    appFiles: async () => app ?? undefined,
  })
  const pwa = { controlled: ref(controlled) }
  const storage = createMemoryStorage()
  const notices = createOfflineNotices({ pwa, offline, storage })
  return { caches, server, pwa, storage, notices, offline }
}

describe('"ready to use offline"', () => {
  it('is said once the language and every file of the app are on the device, and only once', async () => {
    const { notices, storage, caches } = setup()
    await notices.keepAndCheck('en')
    expect(caches.cache(packCacheName('en')).paths()).toEqual(['/assets/en-1.js', '/assets/messages-en-1.js'])
    expect(notices.ready.value).toBe('en')
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.offlineAnnounced) ?? 'null')).toEqual({
      version: 1,
      locales: ['en'],
    })

    notices.dismissReady()
    await notices.keepAndCheck('en')
    expect(notices.ready.value).toBeNull()
  })

  it('is said again for another language', async () => {
    const { notices } = setup()
    await notices.keepAndCheck('en')
    await notices.keepAndCheck('ko')
    expect(notices.ready.value).toBe('ko')
  })

  it('is not said while a file of the app is missing', async () => {
    const { notices } = setup({ app: { files: 3, savedFiles: 2 } })
    await notices.keepAndCheck('en')
    expect(notices.ready.value).toBeNull()
  })

  it('is not said when no service worker tells what it holds', async () => {
    const { notices } = setup({ app: null })
    await notices.keepAndCheck('en')
    expect(notices.ready.value).toBeNull()
  })

  it('is not said while a file of the language is missing (its download failed)', async () => {
    const { notices } = setup({ routes: { '/assets/messages-en-1.js': 500 } })
    await notices.keepAndCheck('en')
    expect(notices.ready.value).toBeNull()
  })

  it('waits until a service worker controls the page', async () => {
    const { notices, pwa } = setup({ controlled: false })
    let done = false
    const check = notices.keepAndCheck('en').then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(done).toBe(false)
    pwa.controlled.value = true
    await nextTick()
    await check
    expect(notices.ready.value).toBe('en')
  })

  it('is said again after damaged data about what was said', async () => {
    const { notices, storage } = setup()
    storage.setItem(STORAGE_KEYS.offlineAnnounced, '{not json')
    await notices.keepAndCheck('en')
    expect(notices.ready.value).toBe('en')
  })
})

describe('incomplete packs at start-up', () => {
  it('lists a saved pack the browser evicted part of, and repairs it', async () => {
    const { notices, caches } = setup()
    caches.seed(packCacheName('ko'), ['/assets/ko-1.js'], 'xxx')
    await notices.keepAndCheck('en')
    expect(notices.incomplete.value).toEqual(['ko'])
    await notices.repair()
    expect(caches.cache(packCacheName('ko')).paths()).toEqual(['/assets/ko-1.js', '/assets/messages-ko-1.js'])
    expect(notices.incomplete.value).toEqual([])
  })

  it('keeps a pack on the list when the repair cannot download it', async () => {
    const { notices, caches } = setup({ routes: { '/assets/messages-ko-1.js': 404 } })
    caches.seed(packCacheName('ko'), ['/assets/ko-1.js'], 'xxx')
    await notices.keepAndCheck('en')
    await notices.repair()
    expect(notices.incomplete.value).toEqual(['ko'])
    notices.dismissIncomplete()
    expect(notices.incomplete.value).toEqual([])
  })

  it('lists a saved pack the browser emptied completely', async () => {
    const { notices, caches } = setup()
    caches.cache(packCacheName('ko'))
    await notices.keepAndCheck('en')
    expect(notices.incomplete.value).toEqual(['ko'])
  })

  it('lists nothing for packs that are complete or were never saved', async () => {
    const { notices } = setup()
    await notices.keepAndCheck('en')
    expect(notices.incomplete.value).toEqual([])
  })
})
