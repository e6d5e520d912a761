import { describe, expect, it } from 'vitest'
import { paddedBox, toLonLat } from './grid.ts'

describe('paddedBox', () => {
  it('pads the pannable bounds and snaps outward to whole cells', () => {
    expect(
      paddedBox(
        [
          [105.85, 19.95],
          [107.95, 21.45],
        ],
        0.15,
        0.0004,
      ),
    ).toEqual({ west: 105.7, south: 19.8, east: 108.1, north: 21.6 })
    expect(
      paddedBox(
        [
          [106.01, 20.01],
          [106.99, 20.99],
        ],
        0,
        0.25,
      ),
    ).toEqual({ west: 106, south: 20, east: 107, north: 21 })
  })
})

describe('toLonLat', () => {
  it('measures grid coordinates from the north-west corner, rounded to 1e-7°', () => {
    const grid = { west: 105.7, north: 21.6, cell: 0.0004 }
    expect(toLonLat(grid, 0, 0)).toEqual([105.7, 21.6])
    expect(toLonLat(grid, 2.5, 1)).toEqual([105.701, 21.5996])
  })
})
