import { describe, expect, it, vi } from 'vitest'
import { watchWaitingWorker } from './waiting-worker'

/** A registration double with the lifecycle a browser goes through: installing → installed (waiting) or redundant. */
function fakeRegistration() {
  const registration = Object.assign(new EventTarget(), {
    installing: null as ServiceWorker | null,
    waiting: null as ServiceWorker | null,
  })
  const install = () => {
    const worker = Object.assign(new EventTarget(), { state: 'installing' }) as unknown as ServiceWorker
    registration.installing = worker
    registration.dispatchEvent(new Event('updatefound'))
    const become = (state: 'installed' | 'redundant') => {
      registration.installing = null
      if (state === 'installed') registration.waiting = worker
      Object.assign(worker, { state })
      worker.dispatchEvent(new Event('statechange'))
    }
    return { installed: () => become('installed'), fails: () => become('redundant') }
  }
  return { registration: registration as unknown as ServiceWorkerRegistration, install }
}

describe('watchWaitingWorker', () => {
  it('offers a version that was already waiting when the page opened', () => {
    const { registration } = fakeRegistration()
    Object.assign(registration, { waiting: {} })
    const onWaiting = vi.fn()
    watchWaitingWorker({ registration, controlled: () => true, onWaiting })
    expect(onWaiting).toHaveBeenCalledTimes(1)
  })

  it('offers a version once it has installed, not while it installs', () => {
    const fake = fakeRegistration()
    const onWaiting = vi.fn()
    watchWaitingWorker({ registration: fake.registration, controlled: () => true, onWaiting })
    const update = fake.install()
    expect(onWaiting).not.toHaveBeenCalled()
    update.installed()
    expect(onWaiting).toHaveBeenCalledTimes(1)
  })

  it('offers the retry after a failed install, which workbox-window alone would miss', () => {
    const fake = fakeRegistration()
    const onWaiting = vi.fn()
    watchWaitingWorker({ registration: fake.registration, controlled: () => true, onWaiting })
    fake.install().fails()
    expect(onWaiting).not.toHaveBeenCalled()
    fake.install().installed()
    expect(onWaiting).toHaveBeenCalledTimes(1)
  })

  it('says nothing for the first install of all, which has no older version to replace', () => {
    const fake = fakeRegistration()
    const onWaiting = vi.fn()
    watchWaitingWorker({ registration: fake.registration, controlled: () => false, onWaiting })
    fake.install().installed()
    expect(onWaiting).not.toHaveBeenCalled()
  })

  it('stops listening on cleanup', () => {
    const fake = fakeRegistration()
    const onWaiting = vi.fn()
    const stop = watchWaitingWorker({ registration: fake.registration, controlled: () => true, onWaiting })
    const pending = fake.install()
    stop()
    pending.installed()
    fake.install().installed()
    expect(onWaiting).not.toHaveBeenCalled()
  })
})
