/**
 * Where MapLibre's pmtiles protocol reads the basemap archive from: one
 * same-origin URL, read in a way that keeps working offline.
 *
 * - A small archive (the bundled one is a few hundred KB) is fetched whole,
 *   once, with a plain GET after the first range request told its size: every
 *   tile is then in memory, so panning anywhere works without the network, and
 *   a service worker only has to cache one ordinary response.
 * - A large archive (an editor's full OpenStreetMap extract) is read with
 *   HTTP range requests, as pmtiles' own FetchSource does.
 * - A server or service worker that ignores the Range header and answers 200
 *   with the whole file is fine too: that body is kept and sliced. (pmtiles'
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
  private whole: Promise<ArrayBuffer> | undefined

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
    if (this.whole) return slice(await this.whole, offset, length)

    const response = await this.fetchOrExplain({ headers: { range: `bytes=${offset}-${offset + length - 1}` }, signal })
    if (response.status === 200) {
      // The whole file came back (no range support): keep it rather than ask again.
      return slice(await this.keep(response.arrayBuffer()), offset, length)
    }
    if (response.status === 416) {
      // The range runs past a very small file: read it whole.
      return slice(await this.keep(this.fetchWhole()), offset, length)
    }
    if (response.status !== 206) throw this.httpError(response.status)

    const total = totalSize(response.headers.get('content-range'))
    const data = await response.arrayBuffer()
    if (total !== undefined && total <= this.wholeMax && !this.whole) void this.keep(this.fetchWhole())
    return { data }
  }

  /** Remembers the whole archive; forgets a failed download so the next read tries again. */
  private keep(body: Promise<ArrayBuffer>): Promise<ArrayBuffer> {
    this.whole = body
    body.catch(() => {
      if (this.whole === body) this.whole = undefined
    })
    return body
  }

  private async fetchWhole(): Promise<ArrayBuffer> {
    const response = await this.fetchOrExplain({})
    if (response.status !== 200) throw this.httpError(response.status)
    return response.arrayBuffer()
  }

  private async fetchOrExplain(init: RequestInit): Promise<Response> {
    try {
      return await this.fetch(this.url, init)
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw new Error(
        `The basemap archive ${this.url} could not be loaded (${String(error)}). The map shows places without land and water until the page is reloaded with a connection, or once the app is installed for offline use.`,
        { cause: error },
      )
    }
  }

  private httpError(status: number): Error {
    return new Error(
      `The basemap archive ${this.url} answered HTTP ${status}. Check that the file exists in the build (site.yaml map.basemap) and that the server serves it as it is.`,
    )
  }
}

function slice(buffer: ArrayBuffer, offset: number, length: number): RangeResponse {
  return { data: buffer.slice(offset, offset + length) }
}

/** The total size in a Content-Range header such as "bytes 0-16383/421337". */
export function totalSize(contentRange: string | null): number | undefined {
  const match = contentRange ? /\/(\d+)\s*$/.exec(contentRange) : null
  return match ? Number(match[1]) : undefined
}
