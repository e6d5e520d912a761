// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPwaState, type WorkboxLike } from './pwa-state'

/** A workbox-window double. Its registration has a version waiting when `waiting` is set. */
function fakeWorkbox({ registerFails = false, waiting = false } = {}) {
  const registration = Object.assign(new EventTarget(), { installing: null, waiting: waiting ? {} : null })
  const workbox = {
    register: vi.fn(() =>
      registerFails
        ? Promise.reject(new Error('SecurityError'))
        : Promise.resolve(registration as unknown as ServiceWorkerRegistration),
    ),
    update: vi.fn(() => Promise.resolve()),
    messageSkipWaiting: vi.fn(),
  } satisfies WorkboxLike
  return { workbox, createWorkbox: vi.fn(() => workbox) }
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
  const container = serviceWorker ? Object.assign(new EventTarget(), { controller: controlled ? {} : null }) : undefined
  /** What the browser does when a worker (the first, or a new version) takes control of the page. */
  const takeControl = () => {
    if (!container) return
    container.controller = {}
    container.dispatchEvent(new Event('controllerchange'))
  }
  const win = Object.assign(target, {
    navigator: { onLine, serviceWorker: container },
    caches: {},
    location: { reload: vi.fn() },
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    addEventListener(type: string, listener: EventListener) {
      added.push(type)
      EventTarget.prototype.addEventListener.call(win, type, listener)
    },
    removeEventListener(type: string, listener: EventListener) {
      removed.push(type)
      EventTarget.prototype.removeEventListener.call(win, type, listener)
    },
  })
  return { win: win as unknown as Window, reload: win.location.reload, added, removed, takeControl }
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
    expect(pwa.controlled.value).toBe(false)
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
  type SetupOptions = Parameters<typeof fakeWindow>[0] &
    Parameters<typeof fakeWorkbox>[0] & { messageWorker?: (worker: ServiceWorker, data: object) => Promise<unknown> }

  function setup(options: SetupOptions = {}) {
    const page = fakeWindow(options)
    const box = fakeWorkbox(options)
    const pwa = createPwaState({
      window: page.win,
      scriptUrl: '/sw.js',
      createWorkbox: box.createWorkbox,
      updateIntervalMs: 1000,
      messageWorker: options.messageWorker,
    })
    return { ...page, ...box, pwa }
  }

  it('registers the worker script', () => {
    const { pwa, createWorkbox, workbox } = setup()
    expect(pwa.enabled).toBe(true)
    expect(createWorkbox).toHaveBeenCalledWith('/sw.js')
    expect(workbox.register).toHaveBeenCalledTimes(1)
  })

  it('is controlled at once when a worker already controls the page', () => {
    expect(setup({ controlled: true }).pwa.controlled.value).toBe(true)
    expect(setup({ controlled: false }).pwa.controlled.value).toBe(false)
  })

  it('becomes controlled when the first worker claims the page, without reloading it', () => {
    const { pwa, takeControl, reload } = setup()
    takeControl()
    expect(pwa.controlled.value).toBe(true)
    expect(reload).not.toHaveBeenCalled()
  })

  it('offers a waiting version, applies it on request, and can hide the offer', async () => {
    const { pwa, workbox } = setup({ controlled: true, waiting: true })
    expect(pwa.updateReady.value).toBe(false)
    await vi.advanceTimersByTimeAsync(0) // registration resolves
    expect(pwa.updateReady.value).toBe(true)
    pwa.applyUpdate()
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1)
    pwa.dismissUpdate()
    expect(pwa.updateReady.value).toBe(false)
  })

  it('asks the controlling worker how much of its files are on the device', async () => {
    const messageWorker = vi.fn(() => Promise.resolve({ files: 120, savedFiles: 118 }))
    const { pwa } = setup({ controlled: true, messageWorker })
    await expect(pwa.appFiles()).resolves.toEqual({ files: 120, savedFiles: 118 })
    expect(messageWorker).toHaveBeenCalledWith(expect.anything(), { type: 'APP_FILES_STATUS' })
  })

  it('answers undefined without a controlling worker, or when the worker does not answer in time', async () => {
    const silent = vi.fn(() => new Promise<unknown>(() => {}))
    await expect(setup({ controlled: false, messageWorker: silent }).pwa.appFiles()).resolves.toBeUndefined()
    expect(silent).not.toHaveBeenCalled()
    const answer = setup({ controlled: true, messageWorker: silent }).pwa.appFiles()
    await vi.advanceTimersByTimeAsync(3000)
    await expect(answer).resolves.toBeUndefined()
    const odd = vi.fn(() => Promise.resolve({ files: 'many' }))
    await expect(setup({ controlled: true, messageWorker: odd }).pwa.appFiles()).resolves.toBeUndefined()
  })

  it('reloads when a new version takes control, also on the page that first installed the guide', () => {
    const first = setup({ controlled: false })
    first.takeControl()
    expect(first.reload).not.toHaveBeenCalled()
    first.takeControl()
    expect(first.reload).toHaveBeenCalledTimes(1)

    const later = setup({ controlled: true })
    later.takeControl()
    expect(later.reload).toHaveBeenCalledTimes(1)
  })

  it('uses the reload option when given', () => {
    const page = fakeWindow({ controlled: true })
    const box = fakeWorkbox()
    const reload = vi.fn()
    createPwaState({ window: page.win, scriptUrl: '/sw.js', createWorkbox: box.createWorkbox, reload })
    page.takeControl()
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
    await vi.advanceTimersByTimeAsync(0) // the rejection reaches the handler a few microtasks later
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
