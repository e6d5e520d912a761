/**
 * Connected regions of the land/sea grid: each island, each body of water.
 *
 * Land joins across cell edges only and water also across corners. That is
 * how d3-contour resolves the ambiguous "checkerboard" case of marching
 * squares (it cuts the corners of the land cells), so every contour ring
 * separates exactly one land region from one water region.
 */
import { CellClass, isLandClass, type LandGrid } from './grid.ts'

export interface Components {
  /** Region id of every cell, in grid order. */
  ids: Int32Array
  /** Per region: land (true) or water. */
  isLand: boolean[]
  /** Per region: reaches the edge of the grid (water there joins the open sea outside). */
  touchesEdge: boolean[]
  /** Per region: contains sea cells (as opposed to only lakes and ponds). */
  hasSea: boolean[]
}

const EDGE_NEIGHBOURS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
]
const ALL_NEIGHBOURS: readonly (readonly [number, number])[] = [...EDGE_NEIGHBOURS, [1, 1], [1, -1], [-1, 1], [-1, -1]]

export function labelComponents(grid: Pick<LandGrid, 'width' | 'height' | 'classes'>): Components {
  const { width, height, classes } = grid
  const ids = new Int32Array(width * height).fill(-1)
  const stack = new Int32Array(width * height)
  const isLand: boolean[] = []
  const touchesEdge: boolean[] = []
  const hasSea: boolean[] = []

  for (let start = 0; start < ids.length; start++) {
    if (ids[start] !== -1) continue
    const id = isLand.length
    const land = isLandClass(classes[start]!)
    const neighbours = land ? EDGE_NEIGHBOURS : ALL_NEIGHBOURS
    let edge = false
    let sea = false
    let top = 0
    stack[top++] = start
    ids[start] = id
    while (top > 0) {
      const cell = stack[--top]!
      const x = cell % width
      const y = (cell - x) / width
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) edge = true
      if (classes[cell] === CellClass.sea) sea = true
      for (const [dx, dy] of neighbours) {
        const nx = x + dx
        const ny = y + dy
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue
        const next = ny * width + nx
        if (ids[next] !== -1 || isLandClass(classes[next]!) !== land) continue
        ids[next] = id
        stack[top++] = next
      }
    }
    isLand.push(land)
    touchesEdge.push(edge)
    hasSea.push(sea)
  }
  return { ids, isLand, touchesEdge, hasSea }
}
