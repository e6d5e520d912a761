/**
 * In-memory doubles of Cache Storage and of the network, for the tests of
 * src/pwa. They behave like a browser where the code under test could tell
 * the difference: entries are keyed by absolute URL (a path is resolved
 * against TEST_ORIGIN, as a page resolves it against its own origin),
 * `keys()` gives back Requests, bodies are read on `put`, a full disk rejects
 * with a QuotaExceededError DOMException, and an aborted fetch rejects with
 * the signal's AbortError.
 *
 * Test code only: nothing in the app imports this file.
 */
import type { Fetch } from './pack-caches'

export const TEST_ORIGIN = 'http://guide.test'

function absolute(request: RequestInfo | URL): string {
  const url = typeof request === 'string' || request instanceof URL ? request : request.url
  return new URL(url, TEST_ORIGIN).href
}

interface Entry {
  body: Uint8Array
  status: number
  headers: Headers
}

export class FakeCache {
  readonly entries = new Map<string, Entry>()

  constructor(private readonly storage: FakeCacheStorage) {}

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const url = absolute(request)
    const body = new Uint8Array(await response.arrayBuffer())
    const replaced = this.entries.get(url)?.body.byteLength ?? 0
    if (this.storage.usedBytes() - replaced + body.byteLength > this.storage.quotaBytes) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    this.entries.set(url, { body, status: response.status, headers: new Headers(response.headers) })
  }

  async keys(): Promise<readonly Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url))
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(absolute(request))
  }

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const entry = this.entries.get(absolute(request))
    return entry && new Response(entry.body.slice(), { status: entry.status, headers: entry.headers })
  }

  /** Paths of the entries, sorted, for readable assertions. */
  paths(): string[] {
    return [...this.entries.keys()].map((url) => new URL(url).pathname).sort()
  }

  bytes(): number {
    return [...this.entries.values()].reduce((sum, entry) => sum + entry.body.byteLength, 0)
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>()

  /** Bytes all caches together may hold before `put` fails as a full disk does. */
  constructor(readonly quotaBytes = Number.POSITIVE_INFINITY) {}

  /** This double, typed as what the code under test takes. */
  get api(): CacheStorage {
    return this as unknown as CacheStorage
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()]
  }

  /** Like a browser, opening a cache that does not exist creates it. */
  async open(name: string): Promise<Cache> {
    return this.cache(name) as unknown as Cache
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name)
  }

  /** The deleted cache's object stays usable, but what is put in it is no longer in storage (as in a browser). */
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name)
  }

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const response = await cache.match(request)
      if (response) return response
    }
    return undefined
  }

  /** The cache of that name, created if missing (synchronous, for test setup and assertions). */
  cache(name: string): FakeCache {
    let cache = this.caches.get(name)
    if (!cache) {
      cache = new FakeCache(this)
      this.caches.set(name, cache)
    }
    return cache
  }

  /** Stores `body` under each path without any network, as a previous download would have. */
  seed(name: string, paths: readonly string[], body = 'x'): void {
    const cache = this.cache(name)
    for (const path of paths) {
      cache.entries.set(absolute(path), { body: new TextEncoder().encode(body), status: 200, headers: new Headers() })
    }
  }

  usedBytes(): number {
    return [...this.caches.values()].reduce((sum, cache) => sum + cache.bytes(), 0)
  }
}

/** What the fake server answers for a path: a body (200), an HTTP status, or an error the fetch rejects with. */
export type FakeRoute = string | number | Error

/** What a browser's fetch rejects with when there is no network. */
export const networkError = () => new TypeError('Failed to fetch')

export interface FakeServer {
  fetch: Fetch
  /** Paths requested, in the order the requests started. */
  readonly requests: string[]
  /** The most requests that were in flight at the same time. */
  readonly maxInFlight: number
}

export interface FakeServerOptions {
  /** Called as each request starts, e.g. to cancel a download part-way. */
  onRequest?(path: string): void
  /** Answers every path not in `routes`; the default is 404. */
  fallback?: FakeRoute
}

/**
 * A network double. Every answer arrives on a later timer tick, so that
 * parallel downloads overlap as they do on a real network, and an abort
 * while a request waits rejects it with the signal's reason.
 */
export function fakeServer(routes: Record<string, FakeRoute>, options: FakeServerOptions = {}): FakeServer {
  const requests: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const fetch: Fetch = async (url, init) => {
    const path = new URL(url, TEST_ORIGIN).pathname
    requests.push(path)
    init?.signal?.throwIfAborted()
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      options.onRequest?.(path)
      await new Promise<void>((resolve, reject) => {
        const signal = init?.signal
        if (signal?.aborted) return reject(signal.reason)
        const timer = setTimeout(resolve, 1)
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer)
            reject(signal.reason)
          },
          { once: true },
        )
      })
    } finally {
      inFlight -= 1
    }
    const route = Object.hasOwn(routes, path) ? routes[path]! : (options.fallback ?? 404)
    if (route instanceof Error) throw route
    return typeof route === 'number' ? new Response(null, { status: route }) : new Response(route)
  }
  return {
    fetch,
    requests,
    get maxInFlight() {
      return maxInFlight
    },
  }
}
