/**
 * Land and water polygons from the land/sea grid.
 *
 * d3-contour traces the coast around land cells; each ring is simplified
 * once and then used twice, as the outline of an `earth` polygon and as the
 * matching hole (or outline) of a `water` polygon. Because both layers hold
 * the very same vertices, and geojson-vt simplifies and clips identical rings
 * identically, land and water meet without slivers at every zoom.
 *
 * Which ring belongs to which polygon comes from the grid's connected
 * regions, not from geometry tests: a ring's first vertex lies between one
 * land cell and one water cell, and those cells name the two regions it
 * separates. Islands in lakes in islands nest correctly, in linear time.
 */
import { contours } from 'd3-contour'
import type { Feature, Polygon, Position } from 'geojson'
import { labelComponents, type Components } from './components.ts'
import { isLandClass, toLonLat, type LandGrid } from './grid.ts'
import { simplifyRing, type Point } from './simplify.ts'

export type WaterKind = 'ocean' | 'water'

export interface CoastResult {
  earth: Feature<Polygon, { kind: 'earth' }>[]
  water: Feature<Polygon, { kind: WaterKind }>[]
  stats: { rings: number; verticesTraced: number; verticesKept: number }
}

/** Region id standing for everything outside the grid (the open sea around it). */
const OUTSIDE = -1

interface Ring {
  points: Point[]
  /** d3-contour winds land outlines one way (positive area) and holes in land the other. */
  outlinesLand: boolean
  landRegion: number
  waterRegion: number
}

export function coastPolygons(grid: LandGrid, simplifyCells: number): CoastResult {
  const regions = labelComponents(grid)
  const rings = traceRings(grid).map((points) => describeRing(grid, regions, points))

  // Water regions reaching the grid edge join the open sea, drawn as one polygon.
  const waterKey = (region: number): number => (region === OUTSIDE || regions.touchesEdge[region] ? OUTSIDE : region)
  const land = new Map<number, { outline?: Ring; holes: Ring[] }>()
  const water = new Map<number, { outline?: Ring; holes: Ring[] }>([[OUTSIDE, { holes: [] }]])
  const entry = <T>(map: Map<number, { outline?: T; holes: T[] }>, key: number) => {
    let e = map.get(key)
    if (!e) map.set(key, (e = { holes: [] }))
    return e
  }
  for (const ring of rings) {
    const key = waterKey(ring.waterRegion)
    const l = entry(land, ring.landRegion)
    const w = entry(water, key)
    if (ring.outlinesLand) {
      if (l.outline) throw new Error(`land region ${ring.landRegion} has two outlines; the contour is inconsistent`)
      l.outline = ring
      w.holes.push(ring)
    } else {
      // A hole in land encloses its water, so that water cannot reach the open sea.
      if (w.outline || key === OUTSIDE) {
        throw new Error(`water region ${ring.waterRegion} has two shores; the contour is inconsistent`)
      }
      w.outline = ring
      l.holes.push(ring)
    }
  }

  // Simplify and convert each ring once; both layers then share the result.
  const lonLat = new Map<Ring, Position[]>()
  let verticesKept = 0
  const coords = (ring: Ring): Position[] => {
    let c = lonLat.get(ring)
    if (!c) {
      c = simplifyRing(ring.points, simplifyCells).map(([x, y]) => toLonLat(grid, x, y))
      verticesKept += c.length
      lonLat.set(ring, c)
    }
    return c
  }
  const frame = frameRing(grid)

  const earth: CoastResult['earth'] = []
  for (const [region, { outline, holes }] of land) {
    if (!outline) throw new Error(`land region ${region} has holes but no outline; the contour is inconsistent`)
    earth.push(polygon([coords(outline), ...holes.map(coords)], { kind: 'earth' }))
  }
  const waterFeatures: CoastResult['water'] = []
  for (const [key, { outline, holes }] of water) {
    const outer = key === OUTSIDE ? frame : outline ? coords(outline) : undefined
    if (!outer) throw new Error(`water region ${key} has islands but no shore; the contour is inconsistent`)
    const kind: WaterKind = key === OUTSIDE || regions.hasSea[key] ? 'ocean' : 'water'
    waterFeatures.push(polygon([outer, ...holes.map(coords)], { kind }))
  }

  return {
    earth,
    water: waterFeatures,
    stats: { rings: rings.length, verticesTraced: rings.reduce((n, r) => n + r.points.length, 0), verticesKept },
  }
}

/** Every ring d3-contour traces around land cells, as closed lists of grid points. */
function traceRings(grid: LandGrid): Point[][] {
  const land = new Uint8Array(grid.classes.length)
  for (let i = 0; i < land.length; i++) land[i] = isLandClass(grid.classes[i]!) ? 1 : 0
  // Without smoothing every vertex sits exactly halfway between two cell centres.
  const multipolygon = contours()
    .size([grid.width, grid.height])
    .smooth(false)
    .contour(land as unknown as number[], 0.5)
  return multipolygon.coordinates.flat() as Point[][]
}

function describeRing(grid: LandGrid, regions: Components, points: Point[]): Ring {
  const [a, b] = points[0]!
  // The vertex is on the edge between two cells: left/right of it, or above/below.
  const [c1, c2] = Number.isInteger(a)
    ? [cellAt(grid, a - 1, b - 0.5), cellAt(grid, a, b - 0.5)]
    : [cellAt(grid, a - 0.5, b - 1), cellAt(grid, a - 0.5, b)]
  const region = (cell: number): number => (cell === OUTSIDE ? OUTSIDE : regions.ids[cell]!)
  const [r1, r2] = [region(c1), region(c2)]
  const landFirst = r1 !== OUTSIDE && regions.isLand[r1] === true
  const landRegion = landFirst ? r1 : r2
  const waterRegion = landFirst ? r2 : r1
  if (
    landRegion === OUTSIDE ||
    !regions.isLand[landRegion] ||
    (waterRegion !== OUTSIDE && regions.isLand[waterRegion])
  ) {
    throw new Error(`contour vertex (${a}, ${b}) does not lie between a land cell and a water cell`)
  }
  return { points, outlinesLand: signedArea(points) > 0, landRegion, waterRegion }
}

function cellAt(grid: LandGrid, x: number, y: number): number {
  return x < 0 || y < 0 || x >= grid.width || y >= grid.height ? OUTSIDE : y * grid.width + x
}

/** Twice the signed area, with d3-contour's sign convention (land outlines positive). */
function signedArea(ring: Point[]): number {
  let area = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += ring[j]![1] * ring[i]![0] - ring[j]![0] * ring[i]![1]
  }
  return area
}

/**
 * The outline of the open sea: one cell outside the grid all round, so it
 * never touches land that runs to the grid edge (the padding of the clip
 * box keeps that edge out of sight).
 */
function frameRing(grid: LandGrid): Position[] {
  const { width: w, height: h } = grid
  return [
    [-1, -1],
    [w + 1, -1],
    [w + 1, h + 1],
    [-1, h + 1],
    [-1, -1],
  ].map(([x, y]) => toLonLat(grid, x!, y!))
}

function polygon<P>(rings: Position[][], properties: P): Feature<Polygon, P> {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: rings } }
}
