import { describe, expect, it } from 'vitest'
import { ArchiveSource, totalSize } from './archive-source'

const FILE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251)
const URL_ = 'http://localhost/assets/basemap.pmtiles'

/** A server over FILE that honours ranges (or not), recording what was asked. */
function server(options: { ranges?: boolean; offline?: () => boolean } = {}) {
  const requests: (string | null)[] = []
  const fetch = async (_url: string, init?: RequestInit): Promise<Response> => {
    if (options.offline?.()) throw new TypeError('Failed to fetch')
    const range = new Headers(init?.headers).get('range')
    requests.push(range)
    const match = range ? /bytes=(\d+)-(\d+)/.exec(range) : null
    if (!match || options.ranges === false) return new Response(FILE.slice(), { status: 200 })
    const start = Number(match[1])
    const end = Math.min(Number(match[2]), FILE.length - 1)
    return new Response(FILE.slice(start, end + 1), {
      status: 206,
      headers: { 'content-range': `bytes ${start}-${end}/${FILE.length}` },
    })
  }
  return { fetch, requests }
}

const bytes = (data: ArrayBuffer) => [...new Uint8Array(data)]
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('ArchiveSource', () => {
  it('reads a small archive whole after the first range request, then serves from memory offline', async () => {
    let offline = false
    const { fetch, requests } = server({ offline: () => offline })
    const source = new ArchiveSource(URL_, { fetch })
    expect(bytes((await source.getBytes(0, 10)).data)).toEqual(bytes(FILE.slice(0, 10).buffer))
    await flush()
    expect(requests).toEqual(['bytes=0-9', null])
    offline = true
    expect(bytes((await source.getBytes(500, 20)).data)).toEqual(bytes(FILE.slice(500, 520).buffer))
  })

  it('keeps using range requests for an archive over the size limit', async () => {
    const { fetch, requests } = server()
    const source = new ArchiveSource(URL_, { fetch, wholeArchiveMaxBytes: 100 })
    await source.getBytes(0, 10)
    const tile = await source.getBytes(200, 5)
    expect(bytes(tile.data)).toEqual([...FILE.slice(200, 205)])
    expect(requests).toEqual(['bytes=0-9', 'bytes=200-204'])
  })

  it('accepts a whole-file answer to a range request (a cache without range support)', async () => {
    const { fetch, requests } = server({ ranges: false })
    const source = new ArchiveSource(URL_, { fetch })
    expect(bytes((await source.getBytes(10, 4)).data)).toEqual([...FILE.slice(10, 14)])
    expect(bytes((await source.getBytes(600, 4)).data)).toEqual([...FILE.slice(600, 604)])
    expect(requests).toHaveLength(1)
  })

  it('names the archive and the status when the server refuses', async () => {
    const source = new ArchiveSource(URL_, { fetch: async () => new Response('missing', { status: 404 }) })
    await expect(source.getBytes(0, 10)).rejects.toThrow(`The basemap archive ${URL_} answered HTTP 404`)
  })

  it('explains a network failure', async () => {
    const source = new ArchiveSource(URL_, { fetch: server({ offline: () => true }).fetch })
    await expect(source.getBytes(0, 10)).rejects.toThrow(/could not be loaded .*Failed to fetch/)
  })

  it('is keyed by its URL, which the pmtiles protocol looks it up by', () => {
    expect(new ArchiveSource(URL_).getKey()).toBe(URL_)
  })
})

describe('totalSize', () => {
  it('reads the size after the slash', () => {
    expect(totalSize('bytes 0-16383/421337')).toBe(421337)
    expect(totalSize('bytes */421337')).toBe(421337)
    expect(totalSize('bytes 0-10/*')).toBeUndefined()
    expect(totalSize(null)).toBeUndefined()
  })
})
