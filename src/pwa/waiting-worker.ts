/**
 * "A new version is waiting", read from the registration itself.
 *
 * workbox-window's `waiting` event follows only the first update it sees in a
 * page's life (it stops listening for `updatefound` after one). When that
 * install failed (a file answered 404 halfway through a deploy), the
 * browser's next try could install fine and wait, but the open page never
 * offered it. The registration says every time, so this asks it.
 */
export interface WaitingWorkerOptions {
  registration: ServiceWorkerRegistration
  /** Whether a worker controls the page: the very first install has nothing to wait for. */
  controlled: () => boolean
  onWaiting: () => void
}

/** Calls `onWaiting` for a version already waiting and for every one that installs later; returns the cleanup. */
export function watchWaitingWorker({ registration, controlled, onWaiting }: WaitingWorkerOptions): () => void {
  const check = () => {
    if (registration.waiting && controlled()) onWaiting()
  }
  const tracked: [ServiceWorker, () => void][] = []
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return
    const onState = () => {
      if (worker.state === 'installed') check()
    }
    worker.addEventListener('statechange', onState)
    tracked.push([worker, onState])
  }
  const onUpdateFound = () => track(registration.installing)

  registration.addEventListener('updatefound', onUpdateFound)
  track(registration.installing)
  check()
  return () => {
    registration.removeEventListener('updatefound', onUpdateFound)
    for (const [worker, onState] of tracked.splice(0)) worker.removeEventListener('statechange', onState)
  }
}
