import { describe, expect, it } from 'vitest'
import { simplifyRing, type Point } from './simplify.ts'

describe('simplifyRing', () => {
  it('flattens the staircase of a contoured grid into straight edges', () => {
    // The south edge of a 10-cell wide block, traced along cell midpoints with a one-cell jog.
    const ring: Point[] = [
      [0, 0],
      [5, 0],
      [5.5, 0.5],
      [10, 0.5],
      [10, 10],
      [0, 10],
      [0, 0],
    ]
    expect(simplifyRing(ring, 0.5)).toEqual([
      [0, 0],
      [10, 0.5],
      [10, 10],
      [0, 10],
      [0, 0],
    ])
  })

  it('keeps every corner farther than the tolerance', () => {
    const square: Point[] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ]
    expect(simplifyRing(square, 0.5)).toEqual(square)
  })

  it('returns a one-cell islet unchanged instead of collapsing it to a line', () => {
    const diamond: Point[] = [
      [0.5, 0],
      [1, 0.5],
      [0.5, 1],
      [0, 0.5],
      [0.5, 0],
    ]
    expect(simplifyRing(diamond, 0.5)).toBe(diamond)
  })
})
