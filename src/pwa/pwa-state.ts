/**
 * The page's side of the service worker, as one small reactive object that
 * tiny components read (offline indicator, update prompt, Saved page):
 * registration through workbox-window, "a new version is waiting", what
 * the worker holds of its own files, and whether the browser is online.
 *
 * Created once in main.ts and provided with `pwaKey`.
 */
import { inject, readonly, ref, type InjectionKey, type Ref } from 'vue'
import { messageSW, Workbox } from 'workbox-window'
import { APP_FILES_STATUS, type AppFilesStatus } from './messages'
import { watchWaitingWorker } from './waiting-worker'

/** What this file needs of workbox-window's Workbox (tests pass a fake). */
export interface WorkboxLike {
  register(): Promise<ServiceWorkerRegistration | undefined>
  update(): Promise<void>
  messageSkipWaiting(): void
}

export interface PwaState {
  /** Whether a service worker runs for this page (false in `vite dev` and old browsers). */
  readonly enabled: boolean
  /**
   * A service worker controls the page, so its caches answer when the network
   * is gone. Whether they hold everything is `appFiles()`'s answer.
   */
  readonly controlled: Readonly<Ref<boolean>>
  /** A new version is installed and waits for the user to accept it. */
  readonly updateReady: Readonly<Ref<boolean>>
  /** False when the browser knows it has no network (navigator.onLine). */
  readonly online: Readonly<Ref<boolean>>
  /** How much of the controlling worker's own files are on the device; undefined when no worker answers. */
  appFiles(): Promise<AppFilesStatus | undefined>
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
  /** Sends a message to a worker and resolves with its answer (default: workbox-window's messageSW). */
  messageWorker?: (worker: ServiceWorker, data: object) => Promise<unknown>
}

const ONE_HOUR_MS = 60 * 60 * 1000
/** A worker that has not answered by then is an older version that does not know the question. */
const WORKER_ANSWER_TIMEOUT_MS = 3000

export const pwaKey: InjectionKey<PwaState> = Symbol('pwa')

export function createPwaState(options: PwaOptions = {}): PwaState {
  const win = options.window ?? window
  const online = ref(win.navigator.onLine !== false)
  const updateReady = ref(false)
  const controlled = ref(false)
  const cleanups: (() => void)[] = []
  let disposed = false

  const listen = (type: 'online' | 'offline', handler: () => void) => {
    win.addEventListener(type, handler)
    cleanups.push(() => win.removeEventListener(type, handler))
  }

  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined
  // Both are missing outside secure contexts (plain http other than localhost) and in some private modes.
  const enabled = options.scriptUrl !== undefined && container !== undefined && 'caches' in win
  let workbox: WorkboxLike | undefined

  if (enabled) {
    controlled.value = container.controller !== null
    workbox = (options.createWorkbox ?? ((url) => new Workbox(url)))(options.scriptUrl!)
    // The first version claiming this page is not an update. Any later change of controller is
    // (accepted here or in another tab): this page's code is then older than the worker's caches.
    // (workbox-window's own `isUpdate` is false on the page that first installed the guide.)
    const onControllerChange = () => {
      if (controlled.value) (options.reload ?? (() => win.location.reload()))()
      controlled.value = true
    }
    container.addEventListener('controllerchange', onControllerChange)
    cleanups.push(() => container.removeEventListener('controllerchange', onControllerChange))
    workbox
      .register()
      .then((registration) => {
        if (!registration || disposed) return
        const stop = watchWaitingWorker({
          registration,
          controlled: () => container.controller !== null,
          onWaiting: () => (updateReady.value = true),
        })
        cleanups.push(stop)
      })
      .catch((error: unknown) => {
        // The guide still works online; say why it will not work offline.
        console.warn('The service worker could not be registered, so the guide will not work offline:', error)
      })
    const check = () => void workbox?.update().catch(() => undefined)
    const timer = win.setInterval(check, options.updateIntervalMs ?? ONE_HOUR_MS)
    cleanups.push(() => win.clearInterval(timer))
    listen('online', check)
  }

  async function appFiles(): Promise<AppFilesStatus | undefined> {
    const worker = container?.controller
    if (!enabled || !worker) return undefined
    const ask = options.messageWorker ?? messageSW
    const timeout = new Promise<undefined>((resolve) =>
      win.setTimeout(() => resolve(undefined), WORKER_ANSWER_TIMEOUT_MS),
    )
    const answer = await Promise.race([ask(worker, { type: APP_FILES_STATUS }), timeout])
    return isAppFilesStatus(answer) ? answer : undefined
  }

  listen('online', () => (online.value = true))
  listen('offline', () => (online.value = false))

  return {
    enabled,
    controlled: readonly(controlled),
    updateReady: readonly(updateReady),
    online: readonly(online),
    appFiles,
    applyUpdate: () => workbox?.messageSkipWaiting(),
    dismissUpdate: () => (updateReady.value = false),
    dispose: () => {
      disposed = true
      cleanups.splice(0).forEach((cleanup) => cleanup())
    },
  }
}

function isAppFilesStatus(value: unknown): value is AppFilesStatus {
  const status = value as Partial<AppFilesStatus> | null
  return typeof status?.files === 'number' && typeof status.savedFiles === 'number'
}

export function usePwa(): PwaState {
  const state = inject(pwaKey, null)
  if (!state) {
    throw new Error('usePwa() found no PWA state: main.ts (or a test) must app.provide(pwaKey, createPwaState()).')
  }
  return state
}
