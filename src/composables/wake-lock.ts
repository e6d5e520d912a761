/**
 * Keeping the screen on with the Screen Wake Lock API, VueUse-style: the
 * navigator and document are injectable, `isSupported` says whether the
 * browser has the API, and the lock is released when the calling scope ends.
 *
 * Browsers drop the lock whenever the page is hidden (screen off, another app),
 * so while the lock is wanted it is asked for again each time the page becomes
 * visible. Where the API is missing, or the browser refuses (battery saver,
 * policy), `active` simply stays false: there is nothing a visitor could do
 * about it, so it is not an error.
 */
import { getCurrentScope, onScopeDispose, readonly, ref } from 'vue'

type VisibilityDocument = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>

export interface UseWakeLockOptions {
  /** Defaults to the global navigator. */
  navigator?: { wakeLock?: Pick<WakeLock, 'request'> }
  /** Defaults to the global document. */
  document?: VisibilityDocument
}

export function useWakeLock(options: UseWakeLockOptions = {}) {
  const nav = options.navigator ?? (typeof navigator === 'undefined' ? undefined : navigator)
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document)
  const wakeLock = nav && 'wakeLock' in nav ? nav.wakeLock : undefined
  const isSupported = wakeLock !== undefined && doc !== undefined
  /** True while the screen is being kept on. */
  const active = ref(false)
  let wanted = false
  let sentinel: WakeLockSentinel | undefined
  let acquiring: Promise<void> | undefined

  async function acquire(): Promise<void> {
    if (!wakeLock || !wanted || sentinel || doc?.visibilityState !== 'visible') return
    let lock: WakeLockSentinel
    try {
      lock = await wakeLock.request('screen')
    } catch {
      // NotAllowedError: battery saver, a permissions policy, or the page hid meanwhile.
      return
    }
    // Released, or the scope ended, while the request was pending.
    if (!wanted) return void lock.release().catch(() => undefined)
    sentinel = lock
    active.value = true
    // The browser releases the lock by itself when the page is hidden.
    lock.addEventListener('release', () => {
      if (sentinel !== lock) return
      sentinel = undefined
      active.value = false
    })
  }

  /** Keeps the screen on now (when the page is visible) and whenever the page comes back. */
  async function request(): Promise<void> {
    wanted = true
    acquiring ??= acquire().finally(() => (acquiring = undefined))
    await acquiring
  }

  /** Lets the screen turn off again. */
  async function release(): Promise<void> {
    wanted = false
    const lock = sentinel
    sentinel = undefined
    active.value = false
    await lock?.release().catch(() => undefined)
  }

  const onVisibility = () => {
    if (doc?.visibilityState === 'visible' && wanted) void request()
  }
  if (isSupported) doc.addEventListener('visibilitychange', onVisibility)

  if (getCurrentScope()) {
    onScopeDispose(() => {
      doc?.removeEventListener('visibilitychange', onVisibility)
      void release()
    })
  }

  return { isSupported, active: readonly(active), request, release }
}
