/**
 * Where MapLibre's pmtiles protocol reads the basemap archive from: one
 * same-origin URL, read in a way that keeps working offline.
 *
 * - A small archive (the bundled one is about 600 KB) is fetched whole, with
 *   one plain GET, on the first read: every tile is then in memory, so panning
 *   anywhere works without the network for the rest of the visit, and a
 *   service worker only has to cache one ordinary response. No range request
 *   is made, so no partial response ever sits in the HTTP cache next to the
 *   full one (Chromium then fails some later reads of that URL with "Failed
 *   to fetch").
 * - A large archive (an editor's full OpenStreetMap extract) is read with
 *   HTTP range requests, as pmtiles' own FetchSource does: the plain GET is
 *   abandoned as soon as its Content-Length, or the bytes read so far, pass
 *   the limit.
 * - A server or service worker that answers a range request with the whole
 *   file (200) is fine too: that body is kept and sliced. (pmtiles'
 *   FetchSource rejects such an answer, which is what a precached response
 *   without range support gives.)
 */
import type { RangeResponse, Source } from 'pmtiles'

/** Archives up to this size are read whole. */
export const WHOLE_ARCHIVE_MAX_BYTES = 8 * 1024 * 1024

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

export interface ArchiveSourceOptions {
  fetch?: FetchLike
  wholeArchiveMaxBytes?: number
}

export class ArchiveSource implements Source {
  private readonly fetch: FetchLike
  private readonly wholeMax: number
  /** The whole archive; undefined inside when it is too large to hold (read by ranges). */
  private whole: Promise<ArrayBuffer | undefined> | undefined

  constructor(
    private readonly url: string,
    options: ArchiveSourceOptions = {},
  ) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
    this.wholeMax = options.wholeArchiveMaxBytes ?? WHOLE_ARCHIVE_MAX_BYTES
  }

  getKey(): string {
    return this.url
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    const whole = await this.wholeArchive()
    if (whole) return slice(whole, offset, length)

    const response = await this.fetchOrExplain({ headers: { range: `bytes=${offset}-${offset + length - 1}` }, signal })
    if (response.status === 200) {
      // The whole file came back (no range support): keep it rather than ask again.
      const body = response.arrayBuffer()
      this.whole = body
      return slice(await body, offset, length)
    }
    if (response.status !== 206) throw this.httpError(response.status)
    return { data: await response.arrayBuffer() }
  }

  /** The first read decides; a failed download is forgotten, so the next read tries again. */
  private wholeArchive(): Promise<ArrayBuffer | undefined> {
    const whole = (this.whole ??= this.fetchWholeIfSmall())
    whole.catch(() => {
      if (this.whole === whole) this.whole = undefined
    })
    return whole
  }

  private async fetchWholeIfSmall(): Promise<ArrayBuffer | undefined> {
    // Not the caller's signal: one tile's cancellation must not cancel the download every tile shares.
    const controller = new AbortController()
    const response = await this.fetchOrExplain({ signal: controller.signal })
    if (!response.ok) throw this.httpError(response.status)
    // A compressed transfer has no Content-Length: then the size shows while reading.
    if (Number(response.headers.get('content-length')) > this.wholeMax) {
      controller.abort()
      return undefined
    }
    try {
      return await readAtMost(response, this.wholeMax, () => controller.abort())
    } catch (error) {
      throw this.networkError(error)
    }
  }

  private async fetchOrExplain(init: RequestInit): Promise<Response> {
    try {
      return await this.fetch(this.url, init)
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw this.networkError(error)
    }
  }

  private networkError(cause: unknown): Error {
    return new Error(
      `The basemap archive ${this.url} could not be loaded (${String(cause)}). The map shows places without land and water until the page is reloaded with a connection, or once the app is installed for offline use.`,
      { cause },
    )
  }

  private httpError(status: number): Error {
    return new Error(
      `The basemap archive ${this.url} answered HTTP ${status}. Check that the file exists in the build (site.yaml map.basemap) and that the server serves it as it is.`,
    )
  }
}

/** The body, or undefined (and the download stopped) as soon as it grows past `limit` bytes. */
async function readAtMost(response: Response, limit: number, stop: () => void): Promise<ArrayBuffer | undefined> {
  if (!response.body) return response.arrayBuffer()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      stop()
      return undefined
    }
    chunks.push(value)
  }
  const whole = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return whole.buffer
}

function slice(buffer: ArrayBuffer, offset: number, length: number): RangeResponse {
  return { data: buffer.slice(offset, offset + length) }
}
