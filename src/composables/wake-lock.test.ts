import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useWakeLock } from './wake-lock'

/** A page whose visibility the test sets, and a Wake Lock API that hands out sentinels it can release. */
function fakes(options: { refuse?: boolean } = {}) {
  const listeners = new Set<() => void>()
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  } as unknown as Document & { visibilityState: DocumentVisibilityState }
  const held = new Set<EventTarget & { released: boolean }>()
  let requests = 0
  const wakeLock = {
    async request() {
      requests++
      if (options.refuse) throw new DOMException('battery saver', 'NotAllowedError')
      const sentinel = Object.assign(new EventTarget(), {
        released: false,
        async release() {
          if (sentinel.released) return
          sentinel.released = true
          held.delete(sentinel)
          sentinel.dispatchEvent(new Event('release'))
        },
      })
      held.add(sentinel)
      return sentinel as unknown as WakeLockSentinel
    },
  }
  return {
    navigator: { wakeLock },
    document: doc,
    held,
    requests: () => requests,
    listeners,
    /** The page hides: the browser releases every lock, as it does for real. */
    async hide() {
      doc.visibilityState = 'hidden'
      for (const sentinel of [...held]) await (sentinel as unknown as WakeLockSentinel).release()
      listeners.forEach((listener) => listener())
    },
    async show() {
      doc.visibilityState = 'visible'
      listeners.forEach((listener) => listener())
      await Promise.resolve()
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('useWakeLock', () => {
  it('keeps the screen on when asked, and lets it go', async () => {
    const fake = fakes()
    const lock = useWakeLock(fake)
    expect(lock.isSupported).toBe(true)
    expect(fake.requests()).toBe(0)
    await lock.request()
    expect(lock.active.value).toBe(true)
    expect(fake.held.size).toBe(1)
    await lock.release()
    expect(lock.active.value).toBe(false)
    expect(fake.held.size).toBe(0)
  })

  it('asks again when the page comes back, but only while the lock is wanted', async () => {
    const fake = fakes()
    const lock = useWakeLock(fake)
    await lock.request()
    await fake.hide()
    expect(lock.active.value).toBe(false)
    await fake.show()
    await settle()
    expect(lock.active.value).toBe(true)
    expect(fake.held.size).toBe(1)

    await lock.release()
    await fake.hide()
    await fake.show()
    await settle()
    expect(lock.active.value).toBe(false)
    expect(fake.held.size).toBe(0)
  })

  it('waits for the page to be visible before asking', async () => {
    const fake = fakes()
    fake.document.visibilityState = 'hidden'
    const lock = useWakeLock(fake)
    await lock.request()
    expect(fake.requests()).toBe(0)
    await fake.show()
    await settle()
    expect(lock.active.value).toBe(true)
  })

  it('asks once when asked twice at the same time', async () => {
    const fake = fakes()
    const lock = useWakeLock(fake)
    await Promise.all([lock.request(), lock.request()])
    expect(fake.requests()).toBe(1)
    expect(fake.held.size).toBe(1)
  })

  it('stays inactive, without throwing, when the browser refuses or has no API', async () => {
    const refused = useWakeLock(fakes({ refuse: true }))
    await expect(refused.request()).resolves.toBeUndefined()
    expect(refused.active.value).toBe(false)

    const missing = useWakeLock({ navigator: {}, document: fakes().document })
    expect(missing.isSupported).toBe(false)
    await expect(missing.request()).resolves.toBeUndefined()
    expect(missing.active.value).toBe(false)
  })

  it('lets go of a lock granted after it was released', async () => {
    const fake = fakes()
    const lock = useWakeLock(fake)
    const pending = lock.request()
    await lock.release()
    await pending
    await settle()
    expect(lock.active.value).toBe(false)
    expect(fake.held.size).toBe(0)
  })

  it('releases the lock and stops listening when its scope ends', async () => {
    const fake = fakes()
    const scope = effectScope()
    const lock = scope.run(() => useWakeLock(fake))!
    await lock.request()
    expect(fake.listeners.size).toBe(1)
    scope.stop()
    await settle()
    expect(fake.held.size).toBe(0)
    expect(fake.listeners.size).toBe(0)
  })
})
