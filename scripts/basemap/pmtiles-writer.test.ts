import { gzipSync } from 'node:zlib'
import { PMTiles } from 'pmtiles'
import { describe, expect, it } from 'vitest'
import { BytesSource } from './bytes-source.ts'
import { HEADER_BYTES, writePmtiles, type ArchiveOptions, type ArchiveTile } from './pmtiles-writer.ts'

const OPTIONS: ArchiveOptions = {
  tileType: 'mvt',
  tileCompression: 'none',
  bounds: [105.7, 19.8, 108.1, 21.6],
  center: [106.68, 20.86, 9],
  metadata: { name: 'test', vector_layers: [{ id: 'earth', fields: { kind: 'String' } }] },
}

/** Deterministic pseudo-random bytes (mulberry32), so failures reproduce. */
function randomBytes(seed: number, length: number): Uint8Array {
  let s = seed >>> 0
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    out[i] = (t ^ (t >>> 14)) & 0xff
  }
  return out
}

/** Every tile of zoom z in the square of tiles [x0, x0 + size) × [y0, y0 + size). */
function block(
  z: number,
  x0: number,
  y0: number,
  size: number,
  data: (x: number, y: number) => Uint8Array,
): ArchiveTile[] {
  const tiles: ArchiveTile[] = []
  for (let x = x0; x < x0 + size; x++) for (let y = y0; y < y0 + size; y++) tiles.push({ z, x, y, data: data(x, y) })
  return tiles
}

/** Reads every tile back; collects mismatches so one assertion covers thousands of tiles. */
async function readAll(bytes: Uint8Array, tiles: ArchiveTile[]): Promise<void> {
  const reader = new PMTiles(new BytesSource(bytes))
  const wrong: string[] = []
  for (const t of tiles) {
    const got = await reader.getZxy(t.z, t.x, t.y)
    if (!got || Buffer.compare(new Uint8Array(got.data), t.data) !== 0) wrong.push(`${t.z}/${t.x}/${t.y}`)
  }
  expect(wrong).toEqual([])
}

describe('writePmtiles', () => {
  it('round-trips every tile, the header and the metadata through the pmtiles reader', async () => {
    const sea = randomBytes(1, 40)
    const tiles = [
      { z: 0, x: 0, y: 0, data: randomBytes(2, 300) },
      ...block(3, 6, 3, 2, (x, y) => randomBytes(x * 100 + y, 50 + x + y)),
      // Half of this block is "sea": the same bytes, to be stored once.
      ...block(6, 50, 28, 6, (x, y) => ((x + y) % 2 === 0 ? sea : randomBytes(x * 1000 + y, 120))),
    ]
    const { bytes, stats } = writePmtiles(tiles, OPTIONS)
    await readAll(bytes, tiles)

    const reader = new PMTiles(new BytesSource(bytes))
    const header = await reader.getHeader()
    expect(header).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: HEADER_BYTES,
      numAddressedTiles: tiles.length,
      numTileContents: tiles.length - 17, // 18 sea tiles in the z6 block share one content
      clustered: true,
      internalCompression: 2,
      tileCompression: 1,
      tileType: 1,
      minZoom: 0,
      maxZoom: 6,
      minLon: 105.7,
      minLat: 19.8,
      maxLon: 108.1,
      maxLat: 21.6,
      centerLon: 106.68,
      centerLat: 20.86,
      centerZoom: 9,
    })
    expect(stats).toMatchObject({ addressedTiles: tiles.length, tileContents: tiles.length - 17, leafDirectories: 0 })
    expect(stats.totalBytes).toBe(bytes.length)
    expect(await reader.getMetadata()).toEqual(OPTIONS.metadata)
  })

  it('answers nothing for tiles it does not hold', async () => {
    const tiles = block(4, 12, 7, 2, (x, y) => randomBytes(x + y, 10))
    const reader = new PMTiles(new BytesSource(writePmtiles(tiles, OPTIONS).bytes))
    expect(await reader.getZxy(4, 11, 7)).toBeUndefined()
    expect(await reader.getZxy(4, 14, 9)).toBeUndefined()
    expect(await reader.getZxy(3, 6, 3)).toBeUndefined() // below the archive's min zoom
  })

  it('collapses consecutive identical tiles into runs', async () => {
    const same = randomBytes(7, 64)
    const tiles = block(5, 0, 0, 8, () => same) // 64 tiles = one Hilbert-contiguous quadrant
    const { bytes, stats } = writePmtiles(tiles, OPTIONS)
    expect(stats).toMatchObject({ addressedTiles: 64, tileEntries: 1, tileContents: 1, tileDataBytes: 64 })
    await readAll(bytes, tiles)
  })

  it('moves entries into leaf directories when the root would not fit in the first 16 KiB', async () => {
    // 128 × 128 distinct tiles of scattered lengths: 16,384 entries whose
    // directory compresses to well over 16 KiB.
    const tiles = block(9, 300, 150, 128, (x, y) => {
      const seed = x * 4096 + y
      return randomBytes(seed, 1 + randomBytes(seed, 1)[0]!)
    })
    const { bytes, stats } = writePmtiles(tiles, OPTIONS)
    expect(stats.leafDirectories).toBeGreaterThan(1)
    expect(HEADER_BYTES + stats.rootDirectoryBytes).toBeLessThanOrEqual(16_384)
    await readAll(bytes, tiles)
  }, 30_000)

  it('uses leaf directories for small archives too when the root is capped', async () => {
    const tiles = block(7, 100, 50, 20, (x, y) => randomBytes(x * 512 + y, 12))
    const { bytes, stats } = writePmtiles(tiles, { ...OPTIONS, maxRootDirectoryBytes: 64 })
    expect(stats.leafDirectories).toBe(1)
    await readAll(bytes, tiles)
  })

  it('stores gzipped tiles as given; the reader inflates them', async () => {
    const raw = new TextEncoder().encode('a vector tile, pretend')
    const tiles = [{ z: 2, x: 3, y: 1, data: new Uint8Array(gzipSync(raw)) }]
    const reader = new PMTiles(new BytesSource(writePmtiles(tiles, { ...OPTIONS, tileCompression: 'gzip' }).bytes))
    expect((await reader.getHeader()).tileCompression).toBe(2)
    expect(new Uint8Array((await reader.getZxy(2, 3, 1))!.data)).toEqual(raw)
  })

  it('writes the same bytes for the same tiles, whatever their order', () => {
    const tiles = block(6, 10, 10, 5, (x, y) => randomBytes(x + 64 * y, 30))
    const forward = writePmtiles(tiles, OPTIONS).bytes
    const backward = writePmtiles([...tiles].reverse(), OPTIONS).bytes
    expect(backward).toEqual(forward)
  })

  it('refuses no tiles and the same tile twice', () => {
    expect(() => writePmtiles([], OPTIONS)).toThrow(/no tiles/)
    const tile = { z: 1, x: 1, y: 0, data: new Uint8Array([1]) }
    expect(() => writePmtiles([tile, { ...tile }], OPTIONS)).toThrow(/1\/1\/0 was given twice/)
  })
})
