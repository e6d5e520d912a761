/**
 * "Save for offline": what is saved, downloading more (with progress, cancel
 * and resume), removing it, and the storage the browser grants. The record of
 * what is saved is Cache Storage itself (src/pwa/pack-caches.ts); this object
 * only mirrors it for the page, so it cannot disagree with what the service
 * worker serves.
 *
 * Created once in main.ts and provided with `offlinePacksKey`.
 */
import { inject, readonly, ref, shallowRef, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import type { AppFilesStatus } from './messages'
import { cachedUrls, downloadFiles, dropIfEmpty, isQuotaError, savedPackKeys, type Fetch } from './pack-caches'
import {
  MEDIA_PACK,
  PACKS_URL,
  missingFiles,
  packBytes,
  packCacheName,
  packFiles,
  parsePacks,
  type OfflinePacks,
  type PackKey,
} from './packs'

export interface PackStatus {
  files: number
  bytes: number
  savedFiles: number
  savedBytes: number
  /** The pack has a cache of its own: it was saved, whatever is left of it now. */
  cached: boolean
}

export type JobPhase = 'downloading' | 'done' | 'cancelled' | 'quota' | 'failed'

export interface DownloadJob {
  keys: PackKey[]
  phase: JobPhase
  totalFiles: number
  totalBytes: number
  doneFiles: number
  doneBytes: number
  /** For 'failed': what went wrong, in the browser's words. */
  reason?: string
}

export interface StorageInfo {
  /** Bytes the site uses and may use, from navigator.storage.estimate(); undefined where unsupported. */
  usage?: number
  quota?: number
  /** Whether the browser promised not to evict the site's data under storage pressure. */
  persisted?: boolean
}

export interface OfflinePacksState {
  readonly packs: Readonly<ShallowRef<OfflinePacks | null>>
  /** By pack key; only packs the site offers. */
  readonly status: Readonly<Ref<Record<PackKey, PackStatus>>>
  /** The app's own files (the service worker's precache); null until a worker has answered. */
  readonly app: Readonly<Ref<AppFilesStatus | null>>
  readonly job: Readonly<Ref<DownloadJob | null>>
  readonly storage: Readonly<Ref<StorageInfo>>
  /** Why the pack list could not be read (e.g. offline before the first visit finished). */
  readonly loadError: Readonly<Ref<string | null>>
  /** Reads the pack list, what is saved (packs and the app's own files) and the storage estimate. */
  refresh(): Promise<void>
  /** Downloads what is missing of these packs; resumes a cancelled or failed download. */
  save(keys: readonly PackKey[]): Promise<void>
  cancel(): void
  remove(key: PackKey): Promise<void>
  /** Quietly saves a language's text (the page's current language), ignoring failures. */
  keep(locale: PackKey): Promise<void>
}

export interface OfflinePacksOptions {
  caches: CacheStorage
  fetch: Fetch
  storage?: StorageManager
  /** Asks the service worker what it holds of its own files (PwaState.appFiles). */
  appFiles?: () => Promise<AppFilesStatus | undefined>
}

export const offlinePacksKey: InjectionKey<OfflinePacksState> = Symbol('offline-packs')

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

export function createOfflinePacks(options: OfflinePacksOptions): OfflinePacksState {
  const packs = shallowRef<OfflinePacks | null>(null)
  const status = ref<Record<PackKey, PackStatus>>({})
  const job = ref<DownloadJob | null>(null)
  const storage = ref<StorageInfo>({})
  const loadError = ref<string | null>(null)
  const app = ref<AppFilesStatus | null>(null)
  let controller: AbortController | undefined

  async function loadPacks(): Promise<OfflinePacks> {
    if (packs.value) return packs.value
    const response = await options.fetch(PACKS_URL)
    if (!response.ok) throw new Error(`${PACKS_URL} answered ${response.status}.`)
    packs.value = parsePacks(await response.json())
    return packs.value
  }

  async function statusOf(list: OfflinePacks, key: PackKey): Promise<PackStatus> {
    const files = packFiles(list, key)
    const cached = (await savedPackKeys(options.caches)).includes(key)
    const saved = cached ? await cachedUrls(await options.caches.open(packCacheName(key))) : new Set<string>()
    const present = files.filter((file) => saved.has(file.url))
    const savedBytes = packBytes(present)
    return { files: files.length, bytes: packBytes(files), savedFiles: present.length, savedBytes, cached }
  }

  async function refreshStatus(list: OfflinePacks): Promise<void> {
    const keys = [...Object.keys(list.locales), MEDIA_PACK]
    const entries = await Promise.all(keys.map(async (key) => [key, await statusOf(list, key)] as const))
    status.value = Object.fromEntries(entries)
  }

  async function refreshStorage(): Promise<void> {
    if (!options.storage?.estimate) return
    const [estimate, persisted] = await Promise.all([
      options.storage.estimate(),
      options.storage.persisted?.() ?? Promise.resolve(undefined),
    ])
    storage.value = { usage: estimate.usage, quota: estimate.quota, persisted }
  }

  async function refreshApp(): Promise<void> {
    app.value = (await options.appFiles?.()) ?? null
  }

  async function refresh(): Promise<void> {
    try {
      const list = await loadPacks()
      loadError.value = null
      await Promise.all([refreshStatus(list), refreshStorage(), refreshApp()])
    } catch (error) {
      loadError.value = (error as Error).message
    }
  }

  let saving = false

  async function save(keys: readonly PackKey[]): Promise<void> {
    // Set before the first await: a double tap must not start two downloads.
    if (saving) return
    saving = true
    try {
      await download(keys)
    } catch (error) {
      // The pack list itself could not be read: say so where the list would be.
      loadError.value = (error as Error).message
    } finally {
      saving = false
    }
  }

  async function download(keys: readonly PackKey[]): Promise<void> {
    const list = await loadPacks()
    // Ask before the download, while the user's tap still counts as a gesture.
    if (options.storage?.persist && !storage.value.persisted) {
      storage.value = { ...storage.value, persisted: await options.storage.persist().catch(() => false) }
    }
    const plan = await Promise.all(
      keys.map(async (key) => {
        const cache = await options.caches.open(packCacheName(key))
        return { cache, files: missingFiles(packFiles(list, key), await cachedUrls(cache)) }
      }),
    )
    const all = plan.flatMap((step) => step.files)
    controller = new AbortController()
    job.value = {
      keys: [...keys],
      phase: 'downloading',
      totalFiles: all.length,
      totalBytes: packBytes(all),
      doneFiles: 0,
      doneBytes: 0,
    }
    const current = job.value
    // The outcome is shown only once the pack rows show it too: "Saved" beside a row still
    // reading "Not saved" would contradict itself (and did, for a moment, on a busy phone).
    let outcome: Pick<DownloadJob, 'phase' | 'reason'> = { phase: 'done' }
    try {
      for (const step of plan) {
        await downloadFiles(step.cache, step.files, {
          fetch: options.fetch,
          signal: controller.signal,
          onFile: (file) => {
            current.doneFiles += 1
            current.doneBytes += file.bytes
          },
        })
      }
    } catch (error) {
      if (isAbort(error)) outcome = { phase: 'cancelled' }
      else if (isQuotaError(error)) outcome = { phase: 'quota' }
      else outcome = { phase: 'failed', reason: (error as Error).message }
    } finally {
      controller = undefined
      try {
        // A pack with no file yet is not "saved": updates should not start downloading it.
        await Promise.all(keys.map((key) => dropIfEmpty(options.caches, key)))
        await Promise.all([refreshStatus(list), refreshStorage()])
      } finally {
        Object.assign(current, outcome)
      }
    }
  }

  function cancel(): void {
    controller?.abort()
  }

  async function remove(key: PackKey): Promise<void> {
    await options.caches.delete(packCacheName(key))
    if (job.value?.phase !== 'downloading') job.value = null
    await refresh()
  }

  async function keep(locale: PackKey): Promise<void> {
    try {
      const list = await loadPacks()
      const cache = await options.caches.open(packCacheName(locale))
      await downloadFiles(cache, missingFiles(packFiles(list, locale), await cachedUrls(cache)), {
        fetch: options.fetch,
      })
    } catch {
      // Best effort: offline or out of space, the language simply is not kept yet;
      // the Saved page shows it as not saved and offers the download. An empty
      // cache would make the next update download it, so none is left behind.
      await dropIfEmpty(options.caches, locale).catch(() => undefined)
    }
  }

  return {
    packs: readonly(packs) as Readonly<ShallowRef<OfflinePacks | null>>,
    status: readonly(status) as Readonly<Ref<Record<PackKey, PackStatus>>>,
    app: readonly(app),
    job: readonly(job) as Readonly<Ref<DownloadJob | null>>,
    storage: readonly(storage),
    loadError: readonly(loadError),
    refresh,
    save,
    cancel,
    remove,
    keep,
  }
}

export function useOfflinePacks(): OfflinePacksState {
  const state = inject(offlinePacksKey, null)
  if (!state) {
    throw new Error(
      'useOfflinePacks() found no state: main.ts (or a test) must app.provide(offlinePacksKey, createOfflinePacks(...)).',
    )
  }
  return state
}
