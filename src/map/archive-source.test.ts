import { describe, expect, it } from 'vitest'
import { ArchiveSource } from './archive-source'

const FILE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251)
const URL_ = 'http://localhost/assets/basemap.pmtiles'

interface ServerOptions {
  /** Answer range requests with 206 (default) or ignore them and send the whole file. */
  ranges?: boolean
  /** Send plain GETs compressed, as `vite preview` does: chunked, without Content-Length. */
  compressed?: boolean
  offline?: () => boolean
}

/** A server over FILE, recording each request's Range header (null for a plain GET) and aborts. */
function server(options: ServerOptions = {}) {
  const requests: (string | null)[] = []
  let aborted = 0
  const fetch = async (_url: string, init?: RequestInit): Promise<Response> => {
    if (options.offline?.()) throw new TypeError('Failed to fetch')
    const range = new Headers(init?.headers).get('range')
    requests.push(range)
    init?.signal?.addEventListener('abort', () => aborted++)
    const match = range ? /bytes=(\d+)-(\d+)/.exec(range) : null
    if (!match || options.ranges === false) {
      if (!options.compressed) {
        return new Response(FILE.slice(), { status: 200, headers: { 'content-length': String(FILE.length) } })
      }
      let sent = 0
      const chunked = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= FILE.length) return controller.close()
          controller.enqueue(FILE.slice(sent, sent + 64))
          sent += 64
        },
      })
      return new Response(chunked, { status: 200 })
    }
    const start = Number(match[1])
    const end = Math.min(Number(match[2]), FILE.length - 1)
    return new Response(FILE.slice(start, end + 1), {
      status: 206,
      headers: { 'content-range': `bytes ${start}-${end}/${FILE.length}` },
    })
  }
  return { fetch, requests, aborted: () => aborted }
}

const bytes = (data: ArrayBuffer) => [...new Uint8Array(data)]

describe('ArchiveSource', () => {
  it('reads a small archive with one plain GET, then serves every read from memory, offline too', async () => {
    let offline = false
    const { fetch, requests } = server({ offline: () => offline })
    const source = new ArchiveSource(URL_, { fetch })
    const [header, metadata] = await Promise.all([source.getBytes(0, 10), source.getBytes(10, 5)])
    expect(bytes(header.data)).toEqual([...FILE.slice(0, 10)])
    expect(bytes(metadata.data)).toEqual([...FILE.slice(10, 15)])
    offline = true
    expect(bytes((await source.getBytes(500, 20)).data)).toEqual([...FILE.slice(500, 520)])
    expect(requests).toEqual([null])
  })

  it('reads an archive over the size limit with range requests, dropping the plain GET', async () => {
    const { fetch, requests, aborted } = server()
    const source = new ArchiveSource(URL_, { fetch, wholeArchiveMaxBytes: 100 })
    expect(bytes((await source.getBytes(0, 10)).data)).toEqual([...FILE.slice(0, 10)])
    expect(bytes((await source.getBytes(200, 5)).data)).toEqual([...FILE.slice(200, 205)])
    expect(requests).toEqual([null, 'bytes=0-9', 'bytes=200-204'])
    expect(aborted()).toBe(1)
  })

  it('reads a small archive whole when the transfer is compressed (no Content-Length)', async () => {
    const { fetch, requests } = server({ compressed: true })
    const source = new ArchiveSource(URL_, { fetch })
    expect(bytes((await source.getBytes(990, 10)).data)).toEqual([...FILE.slice(990, 1000)])
    expect(bytes((await source.getBytes(0, 3)).data)).toEqual([...FILE.slice(0, 3)])
    expect(requests).toEqual([null])
  })

  it('stops a compressed download past the size limit and reads ranges instead', async () => {
    const { fetch, requests, aborted } = server({ compressed: true })
    const source = new ArchiveSource(URL_, { fetch, wholeArchiveMaxBytes: 100 })
    expect(bytes((await source.getBytes(500, 4)).data)).toEqual([...FILE.slice(500, 504)])
    expect(requests).toEqual([null, 'bytes=500-503'])
    expect(aborted()).toBe(1)
  })

  it('keeps a whole-file answer to a range request (a cache without range support)', async () => {
    const { fetch, requests } = server({ ranges: false })
    const source = new ArchiveSource(URL_, { fetch, wholeArchiveMaxBytes: 100 })
    expect(bytes((await source.getBytes(10, 4)).data)).toEqual([...FILE.slice(10, 14)])
    expect(bytes((await source.getBytes(600, 4)).data)).toEqual([...FILE.slice(600, 604)])
    expect(requests).toEqual([null, 'bytes=10-13'])
  })

  it('tries again after a failed download', async () => {
    let offline = true
    const { fetch } = server({ offline: () => offline })
    const source = new ArchiveSource(URL_, { fetch })
    await expect(source.getBytes(0, 10)).rejects.toThrow(
      `The basemap archive ${URL_} could not be loaded (TypeError: Failed to fetch)`,
    )
    offline = false
    expect(bytes((await source.getBytes(0, 10)).data)).toEqual([...FILE.slice(0, 10)])
  })

  it('explains a download that breaks off', async () => {
    const broken = new ReadableStream({ pull: (controller) => controller.error(new TypeError('network error')) })
    const fetch = async () => new Response(broken, { status: 200, headers: { 'content-length': '1000' } })
    const source = new ArchiveSource(URL_, { fetch })
    await expect(source.getBytes(0, 10)).rejects.toThrow(/could not be loaded \(TypeError: network error\)/)
  })

  it('names the archive and the status when the server refuses', async () => {
    const source = new ArchiveSource(URL_, { fetch: async () => new Response('missing', { status: 404 }) })
    await expect(source.getBytes(0, 10)).rejects.toThrow(`The basemap archive ${URL_} answered HTTP 404`)
  })

  it('is keyed by its URL, which the pmtiles protocol looks it up by', () => {
    expect(new ArchiveSource(URL_).getKey()).toBe(URL_)
  })
})
