/**
 * The land/sea grid GMT produces, and the box it covers.
 *
 * Grid coordinates: cell (i, j) is column i from the west, row j from the
 * north, and covers the square [i, i + 1] × [j, j + 1]; d3-contour uses the
 * same convention, so contour vertices convert to degrees with `toLonLat`.
 */

export interface Box {
  west: number
  south: number
  east: number
  north: number
}

export interface LandGrid {
  width: number
  height: number
  west: number
  north: number
  /** Cell size in degrees (same in longitude and latitude). */
  cell: number
  /** One class per cell, row by row from the north-west corner; see `CellClass`. */
  classes: Uint8Array
}

/** grdlandmask -N0/1/2/3/4: GSHHG's nesting of shorelines. */
export const CellClass = { sea: 0, land: 1, lake: 2, islandInLake: 3, pond: 4 } as const

export function isLandClass(c: number): boolean {
  return c === CellClass.land || c === CellClass.islandInLake
}

/** Grows [[west, south], [east, north]] by `padding` degrees and snaps it outward to whole cells. */
export function paddedBox(bounds: [[number, number], [number, number]], padding: number, cell: number): Box {
  const [[west, south], [east, north]] = bounds
  // Rounding to 1e-9 first keeps 105.7 / 0.0004 from landing just above an integer.
  const snap = (deg: number, round: (n: number) => number): number =>
    Number((round(Number((deg / cell).toFixed(9))) * cell).toFixed(9))
  return {
    west: snap(west - padding, Math.floor),
    south: snap(south - padding, Math.floor),
    east: snap(east + padding, Math.ceil),
    north: snap(north + padding, Math.ceil),
  }
}

/** Grid coordinates → [longitude, latitude], rounded to 1e-7° (about 1 cm), the precision PMTiles headers use. */
export function toLonLat(grid: Pick<LandGrid, 'west' | 'north' | 'cell'>, x: number, y: number): [number, number] {
  const round = (deg: number): number => Math.round(deg * 1e7) / 1e7
  return [round(grid.west + x * grid.cell), round(grid.north - y * grid.cell)]
}
