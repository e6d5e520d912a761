/**
 * The page's side of the service worker, as one small reactive object that
 * tiny components read (offline indicator, update prompt, Saved page):
 * registration through workbox-window, "a new version is waiting", and
 * whether the browser is online.
 *
 * Created once in main.ts and provided with `pwaKey`.
 */
import { inject, readonly, ref, type InjectionKey, type Ref } from 'vue'
import { Workbox } from 'workbox-window'

/** What this file needs of workbox-window's Workbox (tests pass a fake). */
export interface WorkboxLike {
  addEventListener(
    type: 'waiting' | 'controlling' | 'activated',
    listener: (event: { isUpdate?: boolean }) => void,
  ): void
  register(): Promise<ServiceWorkerRegistration | undefined>
  update(): Promise<void>
  messageSkipWaiting(): void
}

export interface PwaState {
  /** Whether a service worker runs for this page (false in `vite dev` and old browsers). */
  readonly enabled: boolean
  /** A service worker controls the page: what was visited keeps working offline. */
  readonly offlineReady: Readonly<Ref<boolean>>
  /** A new version is installed and waits for the user to accept it. */
  readonly updateReady: Readonly<Ref<boolean>>
  /** False when the browser knows it has no network (navigator.onLine). */
  readonly online: Readonly<Ref<boolean>>
  /** Switches to the waiting version; every open page of the guide then reloads into it. */
  applyUpdate(): void
  /** Hides the prompt until the next version (the update still applies on the next visit). */
  dismissUpdate(): void
  dispose(): void
}

export interface PwaOptions {
  window?: Window
  /** The built service worker's URL; undefined where there is none (vite dev). */
  scriptUrl?: string
  createWorkbox?: (scriptUrl: string) => WorkboxLike
  /** How often an open page asks the server for a new version. */
  updateIntervalMs?: number
  reload?: () => void
}

const ONE_HOUR_MS = 60 * 60 * 1000

export const pwaKey: InjectionKey<PwaState> = Symbol('pwa')

export function createPwaState(options: PwaOptions = {}): PwaState {
  const win = options.window ?? window
  const online = ref(win.navigator.onLine !== false)
  const updateReady = ref(false)
  const offlineReady = ref(false)
  const cleanups: (() => void)[] = []

  const listen = (type: 'online' | 'offline', handler: () => void) => {
    win.addEventListener(type, handler)
    cleanups.push(() => win.removeEventListener(type, handler))
  }

  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined
  // Both are missing outside secure contexts (plain http other than localhost) and in some private modes.
  const enabled = options.scriptUrl !== undefined && container !== undefined && 'caches' in win
  let workbox: WorkboxLike | undefined

  if (enabled) {
    offlineReady.value = container.controller !== null
    workbox = (options.createWorkbox ?? ((url) => new Workbox(url)))(options.scriptUrl!)
    workbox.addEventListener('waiting', () => (updateReady.value = true))
    workbox.addEventListener('activated', () => (offlineReady.value = true))
    // Another version took over (accepted here or in another tab): this
    // page's code is now older than the worker's caches, so load the new one.
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) (options.reload ?? (() => win.location.reload()))()
    })
    workbox.register().catch((error: unknown) => {
      // The guide still works online; say why it will not work offline.
      console.warn('The service worker could not be registered, so the guide will not work offline:', error)
    })
    const check = () => void workbox?.update().catch(() => undefined)
    const timer = win.setInterval(check, options.updateIntervalMs ?? ONE_HOUR_MS)
    cleanups.push(() => win.clearInterval(timer))
    listen('online', check)
  }

  listen('online', () => (online.value = true))
  listen('offline', () => (online.value = false))

  return {
    enabled,
    offlineReady: readonly(offlineReady),
    updateReady: readonly(updateReady),
    online: readonly(online),
    applyUpdate: () => workbox?.messageSkipWaiting(),
    dismissUpdate: () => (updateReady.value = false),
    dispose: () => cleanups.splice(0).forEach((cleanup) => cleanup()),
  }
}

export function usePwa(): PwaState {
  const state = inject(pwaKey, null)
  if (!state) {
    throw new Error('usePwa() found no PWA state: main.ts (or a test) must app.provide(pwaKey, createPwaState()).')
  }
  return state
}
