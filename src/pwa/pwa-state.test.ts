// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPwaState, type WorkboxLike } from './pwa-state'

type WorkboxEvent = 'waiting' | 'controlling' | 'activated'

/** A workbox-window double: the test fires its lifecycle events. */
function fakeWorkbox({ registerFails = false } = {}) {
  const listeners = new Map<WorkboxEvent, (event: { isUpdate?: boolean }) => void>()
  const workbox = {
    addEventListener: vi.fn((type: WorkboxEvent, listener: (event: { isUpdate?: boolean }) => void) => {
      listeners.set(type, listener)
    }),
    register: vi.fn(() => (registerFails ? Promise.reject(new Error('SecurityError')) : Promise.resolve(undefined))),
    update: vi.fn(() => Promise.resolve()),
    messageSkipWaiting: vi.fn(),
  } satisfies WorkboxLike
  return {
    workbox,
    createWorkbox: vi.fn(() => workbox),
    fire: (type: WorkboxEvent, event: { isUpdate?: boolean } = {}) => listeners.get(type)?.(event),
  }
}

/**
 * A window double with real event listeners and the timer functions of the
 * test (faked by vi.useFakeTimers). `serviceWorker: false` is a browser
 * without service workers (or an insecure context).
 */
function fakeWindow({ onLine = true, serviceWorker = true, controlled = false } = {}) {
  const target = new EventTarget()
  const added: string[] = []
  const removed: string[] = []
  const win = Object.assign(target, {
    navigator: {
      onLine,
      serviceWorker: serviceWorker ? { controller: controlled ? {} : null } : undefined,
    },
    caches: {},
    location: { reload: vi.fn() },
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
    addEventListener(type: string, listener: EventListener) {
      added.push(type)
      EventTarget.prototype.addEventListener.call(win, type, listener)
    },
    removeEventListener(type: string, listener: EventListener) {
      removed.push(type)
      EventTarget.prototype.removeEventListener.call(win, type, listener)
    },
  })
  return { win: win as unknown as Window, reload: win.location.reload, added, removed }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('createPwaState without a service worker', () => {
  it('is disabled without a worker script (vite dev)', () => {
    const { win } = fakeWindow()
    const { createWorkbox, workbox } = fakeWorkbox()
    const pwa = createPwaState({ window: win, createWorkbox })
    expect(pwa.enabled).toBe(false)
    expect(createWorkbox).not.toHaveBeenCalled()
    pwa.applyUpdate()
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('is disabled where the browser has no navigator.serviceWorker', () => {
    const { win } = fakeWindow({ serviceWorker: false })
    const { createWorkbox } = fakeWorkbox()
    const pwa = createPwaState({ window: win, scriptUrl: '/sw.js', createWorkbox })
    expect(pwa.enabled).toBe(false)
    expect(pwa.offlineReady.value).toBe(false)
    expect(createWorkbox).not.toHaveBeenCalled()
  })

  it('is disabled on a page like happy-dom’s, which has neither service workers nor Cache Storage', () => {
    const { createWorkbox } = fakeWorkbox()
    const pwa = createPwaState({ scriptUrl: '/sw.js', createWorkbox })
    expect(pwa.enabled).toBe(false)
    expect(createWorkbox).not.toHaveBeenCalled()
    pwa.dispose()
  })

  it('still follows the network state', () => {
    const { win } = fakeWindow()
    const pwa = createPwaState({ window: win })
    win.dispatchEvent(new Event('offline'))
    expect(pwa.online.value).toBe(false)
    win.dispatchEvent(new Event('online'))
    expect(pwa.online.value).toBe(true)
  })
})

describe('createPwaState with a service worker', () => {
  function setup(options: Parameters<typeof fakeWindow>[0] & { registerFails?: boolean } = {}) {
    const page = fakeWindow(options)
    const box = fakeWorkbox(options)
    const pwa = createPwaState({
      window: page.win,
      scriptUrl: '/sw.js',
      createWorkbox: box.createWorkbox,
      updateIntervalMs: 1000,
    })
    return { ...page, ...box, pwa }
  }

  it('registers the worker script', () => {
    const { pwa, createWorkbox, workbox } = setup()
    expect(pwa.enabled).toBe(true)
    expect(createWorkbox).toHaveBeenCalledWith('/sw.js')
    expect(workbox.register).toHaveBeenCalledTimes(1)
  })

  it('is offline-ready at once when a worker already controls the page', () => {
    expect(setup({ controlled: true }).pwa.offlineReady.value).toBe(true)
    expect(setup({ controlled: false }).pwa.offlineReady.value).toBe(false)
  })

  it('becomes offline-ready when the first worker activates', () => {
    const { pwa, fire } = setup()
    fire('activated')
    expect(pwa.offlineReady.value).toBe(true)
  })

  it('offers a waiting version, applies it on request, and can hide the offer', () => {
    const { pwa, fire, workbox } = setup()
    expect(pwa.updateReady.value).toBe(false)
    fire('waiting')
    expect(pwa.updateReady.value).toBe(true)
    pwa.applyUpdate()
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1)
    pwa.dismissUpdate()
    expect(pwa.updateReady.value).toBe(false)
  })

  it('reloads when a new version takes control, not when the first one does', () => {
    const { fire, reload } = setup()
    fire('controlling', { isUpdate: false })
    fire('controlling', {})
    expect(reload).not.toHaveBeenCalled()
    fire('controlling', { isUpdate: true })
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('uses the reload option when given', () => {
    const page = fakeWindow()
    const box = fakeWorkbox()
    const reload = vi.fn()
    createPwaState({ window: page.win, scriptUrl: '/sw.js', createWorkbox: box.createWorkbox, reload })
    box.fire('controlling', { isUpdate: true })
    expect(reload).toHaveBeenCalledTimes(1)
    expect(page.reload).not.toHaveBeenCalled()
  })

  it('starts from navigator.onLine and follows online and offline events', () => {
    const { pwa, win } = setup({ onLine: false })
    expect(pwa.online.value).toBe(false)
    win.dispatchEvent(new Event('online'))
    expect(pwa.online.value).toBe(true)
    win.dispatchEvent(new Event('offline'))
    expect(pwa.online.value).toBe(false)
  })

  it('checks for a new version on every interval and when the network comes back', () => {
    const { workbox, win } = setup()
    expect(workbox.update).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1000)
    expect(workbox.update).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(2000)
    expect(workbox.update).toHaveBeenCalledTimes(3)
    win.dispatchEvent(new Event('online'))
    expect(workbox.update).toHaveBeenCalledTimes(4)
  })

  it('checks hourly by default and swallows a failed check', async () => {
    const page = fakeWindow()
    const box = fakeWorkbox()
    box.workbox.update.mockRejectedValue(new Error('offline'))
    createPwaState({ window: page.win, scriptUrl: '/sw.js', createWorkbox: box.createWorkbox })
    vi.advanceTimersByTime(60 * 60 * 1000 - 1)
    expect(box.workbox.update).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(box.workbox.update).toHaveBeenCalledTimes(1)
  })

  it('warns, naming the consequence, when registration fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    setup({ registerFails: true })
    await Promise.resolve() // the rejection reaches the handler one microtask later
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('will not work offline'), expect.any(Error))
  })

  it('removes its listeners and its timer on dispose', () => {
    const { pwa, workbox, win, added, removed } = setup()
    expect(vi.getTimerCount()).toBe(1)
    pwa.dispose()
    expect(vi.getTimerCount()).toBe(0)
    expect(removed.sort()).toEqual(added.sort())
    vi.advanceTimersByTime(10_000)
    win.dispatchEvent(new Event('online'))
    win.dispatchEvent(new Event('offline'))
    expect(workbox.update).not.toHaveBeenCalled()
    expect(pwa.online.value).toBe(true)
  })
})
