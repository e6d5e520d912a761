import { describe, expect, it } from 'vitest'
import { coastPolygons } from './coast.ts'
import type { LandGrid } from './grid.ts'

/** A grid from a picture: L land, . sea, w lake, i island in the lake. */
function gridFrom(rows: string[]): LandGrid {
  const codes: Record<string, number> = { '.': 0, L: 1, w: 2, i: 3 }
  const classes = Uint8Array.from(rows.join('').split(''), (ch) => codes[ch]!)
  return { width: rows[0]!.length, height: rows.length, west: 106, north: 21, cell: 0.5, classes }
}

const PICTURE = [
  'LLLL........',
  'LLLLLLL.....',
  'LLwwwwL..L..',
  'LLwiiwL.....',
  'LLwwwwL..L..',
  'LLLLLLL...L.',
  'LLLL........',
  '......LL....',
  '......L.....',
  '............',
]

describe('coastPolygons', () => {
  const { earth, water } = coastPolygons(gridFrom(PICTURE), 0.5)

  it('makes one earth polygon per island, land joining only across cell edges', () => {
    // mainland, the island in its lake, three islets (two touch only at a corner) and the L-shaped island
    expect(earth).toHaveLength(6)
    expect(earth.every((f) => f.properties.kind === 'earth')).toBe(true)
    const withHoles = earth.filter((f) => f.geometry.coordinates.length > 1)
    expect(withHoles).toHaveLength(1) // the mainland, holed by its lake
  })

  it('makes the open sea one polygon holed by every island, and the lake a polygon holed by its island', () => {
    const ocean = water.filter((f) => f.properties.kind === 'ocean')
    const lakes = water.filter((f) => f.properties.kind === 'water')
    expect(ocean).toHaveLength(1)
    expect(ocean[0]!.geometry.coordinates).toHaveLength(1 + 5)
    expect(lakes).toHaveLength(1)
    expect(lakes[0]!.geometry.coordinates).toHaveLength(1 + 1)
  })

  it('draws the open sea one cell beyond the grid, so land at the edge does not touch its outline', () => {
    const frame = water.find((f) => f.properties.kind === 'ocean')!.geometry.coordinates[0]!
    expect(frame).toContainEqual([105.5, 21.5])
    expect(frame).toContainEqual([112.5, 15.5])
  })

  it('shares each ring between land and water, so the two meet exactly', () => {
    const earthRings = earth.flatMap((f) => f.geometry.coordinates)
    const waterRings = new Set(water.flatMap((f) => f.geometry.coordinates))
    for (const ring of earthRings) expect(waterRings.has(ring)).toBe(true)
    expect(waterRings.size).toBe(earthRings.length + 1) // plus the frame of the open sea
  })

  it('puts vertices halfway between cell centres, in degrees', () => {
    const islet = earth.find((f) => f.geometry.coordinates[0]!.some(([lon, lat]) => lon === 110.75 && lat === 20))
    expect(islet?.geometry.coordinates[0]).toEqual(
      expect.arrayContaining([
        [110.75, 20],
        [111, 19.75],
        [110.75, 19.5],
        [110.5, 19.75],
      ]),
    )
  })
})
