/**
 * What the guide tells a visitor about its offline state, unasked:
 * - once per language and device, "Ready to use offline", when the app's own
 *   files and that language's text are all in Cache Storage (never earlier:
 *   it is read from the caches each time, see `readyOffline`);
 * - at start-up, which saved packs are incomplete (the browser evicted part of
 *   them, or a download stopped), with the repair one tap away.
 *
 * Created once in main.ts and provided with `offlineNoticesKey`; the
 * components in src/components/pwa read it.
 */
import { inject, readonly, ref, watch, type InjectionKey, type Ref } from 'vue'
import { OFFLINE_ANNOUNCED_VERSION, STORAGE_KEYS } from '@/constants'
import type { KeyValueStorage } from '@/stores/settings-storage'
import { isRecord, loadVersioned, saveVersioned, type VersionedFormat } from '@/stores/versioned-storage'
import type { OfflinePacksState } from './offline-packs-state'
import { packState, readyOffline, type PackKey } from './packs'
import type { PwaState } from './pwa-state'

export interface OfflineNotices {
  /** The language just found ready offline, until the visitor dismisses the notice. */
  readonly ready: Readonly<Ref<PackKey | null>>
  /** Saved packs found incomplete at start-up; emptied as they are repaired or the notice is dismissed. */
  readonly incomplete: Readonly<Ref<readonly PackKey[]>>
  /** Keeps the page's language on the device, then checks what to say. */
  keepAndCheck(locale: PackKey): Promise<void>
  /** Downloads what the incomplete packs miss. */
  repair(): Promise<void>
  dismissReady(): void
  dismissIncomplete(): void
}

export interface OfflineNoticesOptions {
  pwa: Pick<PwaState, 'controlled'>
  offline: OfflinePacksState
  storage: KeyValueStorage
  now?: () => Date
}

export const offlineNoticesKey: InjectionKey<OfflineNotices> = Symbol('offline-notices')

/** The languages "ready to use offline" was already said for. Damaged data only means it may be said again. */
const ANNOUNCED_FORMAT: VersionedFormat<string[]> = {
  key: STORAGE_KEYS.offlineAnnounced,
  // Never written: nothing is worth backing up (see backUpDamaged) in a list of notices already shown.
  damagedKey: `${STORAGE_KEYS.offlineAnnounced}:damaged`,
  version: OFFLINE_ANNOUNCED_VERSION,
  migrations: {},
  empty: () => [],
  parse: (data) => {
    if (!isRecord(data) || !Array.isArray(data.locales)) return undefined
    const locales = data.locales.filter((locale): locale is string => typeof locale === 'string')
    return { value: locales, dropped: locales.length !== data.locales.length }
  },
  serialise: (locales) => ({ locales }),
}

function whenTrue(flag: Readonly<Ref<boolean>>): Promise<void> {
  return new Promise((resolve) => {
    const stop = watch(
      flag,
      (value) => {
        if (!value) return
        queueMicrotask(() => stop())
        resolve()
      },
      { immediate: true },
    )
  })
}

export function createOfflineNotices(options: OfflineNoticesOptions): OfflineNotices {
  const { offline, storage } = options
  const now = options.now ?? (() => new Date())
  const ready = ref<PackKey | null>(null)
  const incomplete = ref<PackKey[]>([])
  let firstCheck = true

  function incompletePacks(): PackKey[] {
    return Object.entries(offline.status.value)
      .filter(([, status]) => packState(status) === 'partial')
      .map(([key]) => key)
  }

  async function keepAndCheck(locale: PackKey): Promise<void> {
    await offline.keep(locale)
    // Until a worker controls the page, nothing is answered from the caches.
    await whenTrue(options.pwa.controlled)
    await offline.refresh()
    if (firstCheck) {
      firstCheck = false
      incomplete.value = incompletePacks()
    }
    const announced = loadVersioned(storage, ANNOUNCED_FORMAT, now()).value
    if (!announced.includes(locale) && readyOffline(offline.app.value, offline.status.value[locale])) {
      ready.value = locale
      saveVersioned(storage, ANNOUNCED_FORMAT, [...announced, locale])
    }
  }

  async function repair(): Promise<void> {
    await offline.save(incomplete.value)
    // What is still missing (offline, a full disk) stays on the list; the Saved page says why.
    incomplete.value = incompletePacks().filter((key) => incomplete.value.includes(key))
  }

  return {
    ready: readonly(ready),
    incomplete: readonly(incomplete),
    keepAndCheck,
    repair,
    dismissReady: () => (ready.value = null),
    dismissIncomplete: () => (incomplete.value = []),
  }
}

export function useOfflineNotices(): OfflineNotices | null {
  // Absent without a service worker (vite dev, old browsers): then there is nothing to say.
  return inject(offlineNoticesKey, null)
}
