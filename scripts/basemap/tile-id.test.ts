import { zxyToTileId as referenceId } from 'pmtiles'
import { describe, expect, it } from 'vitest'
import { tileIdToZxy, zxyToTileId } from './tile-id.ts'

describe('PMTiles tile ids', () => {
  it('numbers every tile of zooms 0-7 as the pmtiles reader does, and back', () => {
    for (let z = 0; z <= 7; z++) {
      for (let x = 0; x < 2 ** z; x++) {
        for (let y = 0; y < 2 ** z; y++) {
          const id = zxyToTileId(z, x, y)
          expect(id).toBe(referenceId(z, x, y))
          expect(tileIdToZxy(id)).toEqual([z, x, y])
        }
      }
    }
  })

  it('stays exact at high zooms, where ids pass 2^32', () => {
    for (const [z, x, y] of [
      [12, 3260, 1800],
      [20, 123_456, 654_321],
      [26, 2 ** 26 - 1, 5],
    ] as const) {
      const id = zxyToTileId(z, x, y)
      expect(id).toBe(referenceId(z, x, y))
      expect(tileIdToZxy(id)).toEqual([z, x, y])
    }
  })

  it('rejects tiles that do not exist', () => {
    expect(() => zxyToTileId(2, 4, 0)).toThrow(/2\/4\/0 does not exist/)
    expect(() => zxyToTileId(27, 0, 0)).toThrow(/zoom 27/)
  })
})
