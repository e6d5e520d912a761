import { describe, expect, it } from 'vitest'
import { coastPolygons } from './coast.ts'
import { decodeTile, openArchive } from './decode.ts'
import type { LandGrid } from './grid.ts'
import { labelFeatures } from './labels.ts'
import { writePmtiles } from './pmtiles-writer.ts'
import { joinSegments, parseRiverText, riverFeatures } from './rivers.ts'
import { buildTiles, tileAt, vectorLayers } from './tiles.ts'

/**
 * The whole build without GMT: a made-up coast near Hải Phòng (0.05° cells),
 * one river and two labels, tiled, archived and read back as the app reads it.
 */
const ROWS = [
  '....................',
  '..LLLLLL............',
  '..LLLLLLLL......L...',
  '..LLLLLLLLL.........',
  '..LLLLLLLLL....LL...',
  '...LLLLLLL.....LL...',
  '....LLLLL...........',
  '....................',
]
const GRID: LandGrid = {
  width: 20,
  height: 8,
  west: 106.5,
  north: 21,
  cell: 0.05,
  classes: Uint8Array.from(ROWS.join(''), (ch) => (ch === 'L' ? 1 : 0)),
}
const BOX = { west: 106.5, south: 20.6, east: 107.5, north: 21 }

async function buildArchive() {
  const coast = coastPolygons(GRID, 0.5)
  const rivers = riverFeatures(joinSegments(parseRiverText('> Level 4\n106.7 20.9\n106.75 20.85\n')), {
    4: { kind: 'river', minZoom: 8 },
  })
  const labels = labelFeatures(
    [
      {
        id: 'cat-ba',
        kind: 'island',
        location: [106.7, 20.9],
        rank: 2,
        name: { vi: 'Đảo Cát Bà', en: 'Cat Ba Island' },
      },
      { id: 'dao-nho', kind: 'ward', location: [107.3, 20.75], rank: 8, name: { vi: 'Phường Nhỏ', en: 'Small Ward' } },
    ],
    BOX,
    (rank) => rank + 4,
  )
  const layers = {
    earth: [...coast.earth, ...labels.layers.earth],
    water: [...coast.water, ...rivers, ...labels.layers.water],
    places: labels.layers.places,
  }
  const zooms = { minZoom: 0, maxZoom: 12 }
  const { tiles } = buildTiles(layers, BOX, { ...zooms, extent: 4096, buffer: 64, tolerance: 3 })
  const { bytes } = writePmtiles(tiles, {
    tileType: 'mvt',
    tileCompression: 'gzip',
    bounds: [BOX.west, BOX.south, BOX.east, BOX.north],
    center: [107, 20.8, 10],
    metadata: { vector_layers: vectorLayers(layers, {}, zooms) },
  })
  return openArchive(bytes)
}

describe('basemap pipeline', () => {
  it('puts land, sea, rivers and labels in their Protomaps layers', async () => {
    const archive = await buildArchive()
    const [x, y] = tileAt(106.7, 20.9, 10)
    const tile = (await decodeTile(archive, 10, x, y))!
    expect(Object.keys(tile).sort()).toEqual(['earth', 'water'])
    expect(tile.earth!.map((f) => [f.geometry.type, f.properties!.kind])).toContainEqual(['Polygon', 'earth'])
    expect(tile.earth!.find((f) => f.properties!.kind === 'island')?.properties).toMatchObject({
      name: 'Đảo Cát Bà',
      'name:en': 'Cat Ba Island',
    })
    const water = tile.water!.map((f) => [f.geometry.type, f.properties!.kind])
    expect(water).toContainEqual(['Polygon', 'ocean'])
    expect(water).toContainEqual(['LineString', 'river'])
  })

  it('adds a label from its min_zoom on, and rivers from theirs', async () => {
    const archive = await buildArchive()
    const kindsAt = async (z: number, lon: number, lat: number) => {
      const [x, y] = tileAt(lon, lat, z)
      const tile = (await decodeTile(archive, z, x, y)) ?? {}
      return Object.values(tile)
        .flat()
        .map((f) => String(f.properties!.kind))
    }
    expect(await kindsAt(11, 107.3, 20.75)).not.toContain('neighbourhood') // rank 8 → zoom 12
    expect(await kindsAt(12, 107.3, 20.75)).toContain('neighbourhood')
    expect(await kindsAt(7, 106.72, 20.88)).not.toContain('river')
    expect(await kindsAt(8, 106.72, 20.88)).toContain('river')
  })

  it('keeps the open sea out of tiles that are all land', async () => {
    const archive = await buildArchive()
    const [x, y] = tileAt(106.8, 20.8, 12) // inside the big island, away from its coast
    const tile = (await decodeTile(archive, 12, x, y))!
    expect(tile.earth).toBeDefined()
    expect(tile.water?.filter((f) => f.geometry.type === 'Polygon') ?? []).toEqual([])
  })
})
