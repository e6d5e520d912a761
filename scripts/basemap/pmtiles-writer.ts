/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md)
 * from finished tiles. The `pmtiles` npm package only reads archives, hence
 * this writer. Layout, in this order:
 *
 *   127-byte header | root directory | JSON metadata | leaf directories | tile data
 *
 * - Tiles are stored in tile-id (Hilbert) order, so the archive is "clustered".
 * - Identical tiles (open sea, solid land) are stored once; consecutive tile
 *   ids with the same content become one directory entry with a run length.
 * - Directories and metadata are gzipped; tile bytes are stored as given
 *   (the caller says how they are compressed).
 * - Readers fetch the first 16 KiB first, so header + root directory must fit
 *   there; when they would not, entries move into leaf directories and the
 *   root only points at the leaves.
 *
 * Pure apart from gzip: same tiles and options give the same bytes.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { zxyToTileId } from './tile-id.ts'

export const HEADER_BYTES = 127
/** What a reader fetches first: header and root directory must fit in it. */
const FIRST_FETCH_BYTES = 16_384
const FIRST_LEAF_SIZE = 4096

/** Codes from the spec (header bytes 97-99). */
export const Compression = { none: 1, gzip: 2 } as const
export const TileType = { mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const

export interface ArchiveTile {
  z: number
  x: number
  y: number
  data: Uint8Array
}

export interface ArchiveOptions {
  tileType: keyof typeof TileType
  /** How the tile bytes passed in are already compressed. */
  tileCompression: keyof typeof Compression
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number]
  /** [longitude, latitude, zoom] a viewer opens at. */
  center: [number, number, number]
  /** Free JSON (TileJSON-like: name, attribution, vector_layers...). */
  metadata: Record<string, unknown>
  /** Only to test leaf directories with few tiles; defaults to what fits in the first 16 KiB. */
  maxRootDirectoryBytes?: number
}

export interface ArchiveStats {
  /** Tiles a reader can find (runs counted in full). */
  addressedTiles: number
  /** Directory entries pointing at tile data. */
  tileEntries: number
  /** Distinct tile contents stored. */
  tileContents: number
  leafDirectories: number
  rootDirectoryBytes: number
  metadataBytes: number
  leafDirectoryBytes: number
  tileDataBytes: number
  totalBytes: number
}

/** One directory entry; `runLength` 0 marks a pointer to a leaf directory. */
export interface DirectoryEntry {
  tileId: number
  offset: number
  length: number
  runLength: number
}

export function writePmtiles(
  tiles: Iterable<ArchiveTile>,
  options: ArchiveOptions,
): { bytes: Uint8Array; stats: ArchiveStats } {
  const sorted = sortByTileId(tiles)
  const first = sorted[0]
  if (!first) throw new Error('writePmtiles: no tiles were given; an archive needs at least one tile')
  const { entries, chunks, tileContents } = packTileData(sorted)
  const maxRoot = options.maxRootDirectoryBytes ?? FIRST_FETCH_BYTES - HEADER_BYTES
  const { root, leaves, leafCount } = buildDirectories(entries, maxRoot)
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)))
  const tileDataBytes = chunks.reduce((sum, c) => sum + c.length, 0)

  const rootOffset = HEADER_BYTES
  const metadataOffset = rootOffset + root.length
  const leafOffset = metadataOffset + metadata.length
  const tileDataOffset = leafOffset + leaves.length
  const totalBytes = tileDataOffset + tileDataBytes

  // Tile ids grow with zoom, so the sorted list starts at the lowest zoom and ends at the highest.
  const last = sorted.at(-1) ?? first
  const header = encodeHeader({
    rootOffset,
    rootLength: root.length,
    metadataOffset,
    metadataLength: metadata.length,
    leafOffset,
    leafLength: leaves.length,
    tileDataOffset,
    tileDataLength: tileDataBytes,
    addressedTiles: sorted.length,
    tileEntries: entries.length,
    tileContents,
    tileCompression: Compression[options.tileCompression],
    tileType: TileType[options.tileType],
    minZoom: first.z,
    maxZoom: last.z,
    bounds: options.bounds,
    center: options.center,
  })

  const bytes = new Uint8Array(totalBytes)
  let at = 0
  for (const part of [header, root, metadata, leaves, ...chunks]) {
    bytes.set(part, at)
    at += part.length
  }
  return {
    bytes,
    stats: {
      addressedTiles: sorted.length,
      tileEntries: entries.length,
      tileContents,
      leafDirectories: leafCount,
      rootDirectoryBytes: root.length,
      metadataBytes: metadata.length,
      leafDirectoryBytes: leaves.length,
      tileDataBytes,
      totalBytes,
    },
  }
}

function sortByTileId(tiles: Iterable<ArchiveTile>): (ArchiveTile & { id: number })[] {
  const withIds = [...tiles].map((t) => ({ ...t, id: zxyToTileId(t.z, t.x, t.y) }))
  withIds.sort((a, b) => a.id - b.id)
  for (let i = 1; i < withIds.length; i++) {
    const a = withIds[i - 1]!
    const b = withIds[i]!
    if (a.id === b.id) throw new Error(`writePmtiles: tile ${b.z}/${b.x}/${b.y} was given twice; pass each tile once`)
  }
  return withIds
}

/** Stores each distinct content once and merges runs of identical consecutive tiles. */
function packTileData(sorted: (ArchiveTile & { id: number })[]): {
  entries: DirectoryEntry[]
  chunks: Uint8Array[]
  tileContents: number
} {
  const entries: DirectoryEntry[] = []
  const chunks: Uint8Array[] = []
  const stored = new Map<string, { offset: number; length: number }>()
  let dataLength = 0
  for (const tile of sorted) {
    const key = createHash('sha256').update(tile.data).digest('base64')
    let place = stored.get(key)
    if (!place) {
      place = { offset: dataLength, length: tile.data.length }
      stored.set(key, place)
      chunks.push(tile.data)
      dataLength += tile.data.length
    }
    const last = entries.at(-1)
    if (last && last.offset === place.offset && last.tileId + last.runLength === tile.id) {
      last.runLength++
    } else {
      entries.push({ tileId: tile.id, offset: place.offset, length: place.length, runLength: 1 })
    }
  }
  return { entries, chunks, tileContents: stored.size }
}

/** Root directory alone when it fits, else leaves of growing size until the root of pointers fits. */
function buildDirectories(
  entries: DirectoryEntry[],
  maxRootBytes: number,
): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  const root = gzip(serializeDirectory(entries))
  if (root.length <= maxRootBytes) return { root, leaves: new Uint8Array(0), leafCount: 0 }

  for (let leafSize = FIRST_LEAF_SIZE; ; leafSize *= 2) {
    const pointers: DirectoryEntry[] = []
    const leafParts: Uint8Array[] = []
    let offset = 0
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize)
      const leaf = gzip(serializeDirectory(chunk))
      pointers.push({ tileId: chunk[0]!.tileId, offset, length: leaf.length, runLength: 0 })
      leafParts.push(leaf)
      offset += leaf.length
    }
    const pointerRoot = gzip(serializeDirectory(pointers))
    if (pointerRoot.length <= maxRootBytes) {
      return { root: pointerRoot, leaves: concat(leafParts), leafCount: pointers.length }
    }
    if (pointers.length === 1) {
      throw new Error(
        `writePmtiles: a root directory of one leaf pointer (${pointerRoot.length} bytes) exceeds ${maxRootBytes} bytes`,
      )
    }
  }
}

/**
 * Spec §4.1: count, then columns of delta tile ids, run lengths, lengths and
 * offsets (0 = "right after the previous entry", else offset + 1), as varints.
 */
export function serializeDirectory(entries: DirectoryEntry[]): Uint8Array {
  const out: number[] = []
  writeVarint(out, entries.length)
  let lastId = 0
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId)
    lastId = e.tileId
  }
  for (const e of entries) writeVarint(out, e.runLength)
  for (const e of entries) writeVarint(out, e.length)
  entries.forEach((e, i) => {
    const prev = entries[i - 1]
    writeVarint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1)
  })
  return Uint8Array.from(out)
}

/** Unsigned LEB128; arithmetic instead of bit operations so values above 2^32 stay exact. */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`varint ${value} is not a non-negative safe integer`)
  let v = value
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
}

interface HeaderFields {
  rootOffset: number
  rootLength: number
  metadataOffset: number
  metadataLength: number
  leafOffset: number
  leafLength: number
  tileDataOffset: number
  tileDataLength: number
  addressedTiles: number
  tileEntries: number
  tileContents: number
  tileCompression: number
  tileType: number
  minZoom: number
  maxZoom: number
  bounds: [number, number, number, number]
  center: [number, number, number]
}

/** Spec §3: little-endian; positions in degrees × 10^7. */
function encodeHeader(h: HeaderFields): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES)
  bytes.set(new TextEncoder().encode('PMTiles'), 0)
  const view = new DataView(bytes.buffer)
  view.setUint8(7, 3)
  const u64 = [
    h.rootOffset,
    h.rootLength,
    h.metadataOffset,
    h.metadataLength,
    h.leafOffset,
    h.leafLength,
    h.tileDataOffset,
    h.tileDataLength,
    h.addressedTiles,
    h.tileEntries,
    h.tileContents,
  ]
  u64.forEach((v, i) => view.setBigUint64(8 + i * 8, BigInt(v), true))
  view.setUint8(96, 1) // clustered: tile data in tile-id order
  view.setUint8(97, Compression.gzip) // internal compression (directories, metadata)
  view.setUint8(98, h.tileCompression)
  view.setUint8(99, h.tileType)
  view.setUint8(100, h.minZoom)
  view.setUint8(101, h.maxZoom)
  const e7 = (deg: number): number => Math.round(deg * 1e7)
  const [west, south, east, north] = h.bounds
  view.setInt32(102, e7(west), true)
  view.setInt32(106, e7(south), true)
  view.setInt32(110, e7(east), true)
  view.setInt32(114, e7(north), true)
  const [lon, lat, zoom] = h.center
  view.setUint8(118, Math.round(zoom))
  view.setInt32(119, e7(lon), true)
  view.setInt32(123, e7(lat), true)
  return bytes
}

function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes, { level: 9 }))
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
