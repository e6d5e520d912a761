/**
 * PMTiles v3 tile ids: every tile of every zoom on one Hilbert curve, so tiles
 * that are close on the map are close in the archive (and runs of identical
 * tiles, such as open sea, collapse into one directory entry).
 *
 * id(z, x, y) = (number of tiles in zooms 0..z-1) + hilbert index of (x, y)
 * in the 2^z × 2^z grid. Plain numbers stay exact up to zoom 26.
 */

const MAX_ZOOM = 26

/** Tiles in all zooms below `z`: (4^z - 1) / 3. */
function tilesBelow(z: number): number {
  return (Math.pow(4, z) - 1) / 3
}

/** Hilbert quadrant rotation (the classic xy2d / d2xy helper). */
function rotate(n: number, x: number, y: number, rx: number, ry: number): [number, number] {
  if (ry !== 0) return [x, y]
  if (rx !== 0) return [n - 1 - y, n - 1 - x]
  return [y, x]
}

export function zxyToTileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > MAX_ZOOM) {
    throw new RangeError(`zoom ${z} is outside 0..${MAX_ZOOM}, the range PMTiles ids can address exactly`)
  }
  const n = Math.pow(2, z)
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new RangeError(`tile ${z}/${x}/${y} does not exist: x and y must be integers in 0..${n - 1}`)
  }
  let d = 0
  let tx = x
  let ty = y
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = Math.floor(tx / s) % 2
    const ry = Math.floor(ty / s) % 2
    d += s * s * ((3 * rx) ^ ry)
    ;[tx, ty] = rotate(n, tx, ty, rx, ry)
  }
  return tilesBelow(z) + d
}

export function tileIdToZxy(id: number): [z: number, x: number, y: number] {
  if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`tile id ${id} is not a non-negative safe integer`)
  let z = 0
  while (tilesBelow(z + 1) <= id) z++
  if (z > MAX_ZOOM) throw new RangeError(`tile id ${id} is beyond zoom ${MAX_ZOOM}`)
  const n = Math.pow(2, z)
  let t = id - tilesBelow(z)
  let x = 0
  let y = 0
  for (let s = 1; s < n; s *= 2) {
    const rx = Math.floor(t / 2) % 2
    const ry = (t % 2) ^ rx
    ;[x, y] = rotate(s, x, y, rx, ry)
    x += s * rx
    y += s * ry
    t = Math.floor(t / 4)
  }
  return [z, x, y]
}
