/**
 * A good visiting order for a handful of places: the open travelling-salesman
 * path from a fixed start (the visitor's position or first stop), with no
 * return to it. Plans hold a few places a day, so nearest neighbour followed
 * by local improvement (2-opt, Or-opt) is near-optimal and instant, with no
 * solver to ship.
 */
import { distanceMeters, type LonLat } from './geo'

/**
 * Improvements smaller than this (metres) are ignored: they are rounding
 * noise, and accepting them could swap two equal orders back and forth forever.
 */
const MIN_GAIN_M = 1e-6

/** Length of the path start → points[order[0]] → points[order[1]] → … in metres. */
export function pathMeters(points: readonly LonLat[], order: readonly number[], start: LonLat): number {
  let meters = 0
  let previous = start
  for (const index of order) {
    const point = points[index]!
    meters += distanceMeters(previous, point)
    previous = point
  }
  return meters
}

/** Visit the closest unvisited point next; ties go to the lower index, so the result is deterministic. */
export function nearestNeighbourOrder(points: readonly LonLat[], start: LonLat): number[] {
  const unvisited = points.map((_, index) => index)
  const order: number[] = []
  let current = start
  while (unvisited.length > 0) {
    let best = 0
    let bestMeters = Infinity
    unvisited.forEach((index, slot) => {
      const meters = distanceMeters(current, points[index]!)
      if (meters < bestMeters) [best, bestMeters] = [slot, meters]
    })
    const [next] = unvisited.splice(best, 1)
    order.push(next!)
    current = points[next!]!
  }
  return order
}

/**
 * Visiting order (indices into points) of an open path starting at `start` that
 * visits every point once: nearest neighbour, then 2-opt and Or-opt until no
 * improving move. Deterministic.
 */
export function optimiseOrder(points: readonly LonLat[], start: LonLat): number[] {
  const order = nearestNeighbourOrder(points, start)
  const n = order.length
  if (n < 3) return order // from the start, the nearer of two points first is always the shorter path

  // Node 0 is the start, node k + 1 is points[k]: one matrix, so each move costs four look-ups.
  const nodes = [start, ...points]
  const d = nodes.map((a) => nodes.map((b) => distanceMeters(a, b)))
  const dist = (a: number, b: number) => d[a]![b]!
  const tour = [0, ...order.map((index) => index + 1)]

  while (twoOptPass(tour, dist) || orOptPass(tour, dist)) {
    // Each pass shortens the path, so this ends: both passes find nothing to improve.
  }
  return tour.slice(1).map((node) => node - 1)
}

type Distance = (a: number, b: number) => number

/**
 * 2-opt: reverse a stretch of the path when that shortens it. tour[0] is the
 * start and never moves; the path is open, so the last stop has no successor.
 */
function twoOptPass(tour: number[], dist: Distance): boolean {
  const last = tour.length - 1
  let improved = false
  for (let i = 1; i < last; i++) {
    for (let j = i + 1; j <= last; j++) {
      // Reversing tour[i..j] replaces the edges (i-1, i) and (j, j+1) by (i-1, j) and (i, j+1).
      const after = tour[j + 1]
      const removed = dist(tour[i - 1]!, tour[i]!) + (after === undefined ? 0 : dist(tour[j]!, after))
      const added = dist(tour[i - 1]!, tour[j]!) + (after === undefined ? 0 : dist(tour[i]!, after))
      if (added < removed - MIN_GAIN_M) {
        reverse(tour, i, j)
        improved = true
      }
    }
  }
  return improved
}

/** Or-opt moves stretches of up to this many stops; longer ones are 2-opt's job. */
const OR_OPT_MAX = 3

/**
 * Or-opt: move a stretch of one to three stops elsewhere, either way round.
 * 2-opt alone cannot move a stop without reversing what lies between, and
 * was measured up to a third longer than the best path for seven stops.
 */
function orOptPass(tour: number[], dist: Distance): boolean {
  const edge = (a: number, b: number | undefined) => (b === undefined ? 0 : dist(a, b))
  for (let length = 1; length <= OR_OPT_MAX; length++) {
    for (let i = 1; i + length <= tour.length; i++) {
      const first = tour[i]!
      const last = tour[i + length - 1]!
      const before = tour[i - 1]!
      const after = tour[i + length]
      const gain = dist(before, first) + edge(last, after) - edge(before, after)
      for (let k = 0; k < tour.length; k++) {
        if (k >= i - 1 && k < i + length) continue // in the stretch, or where it already is
        const a = tour[k]!
        const b = tour[k + 1]
        const forward = dist(a, first) + edge(last, b) - edge(a, b)
        const backward = dist(a, last) + edge(first, b) - edge(a, b)
        const cost = Math.min(forward, backward)
        if (cost < gain - MIN_GAIN_M) {
          const stretch = tour.slice(i, i + length)
          if (backward < forward) stretch.reverse()
          const rest = [...tour.slice(0, i), ...tour.slice(i + length)]
          const at = rest.indexOf(a) + 1
          tour.splice(0, tour.length, ...rest.slice(0, at), ...stretch, ...rest.slice(at))
          return true
        }
      }
    }
  }
  return false
}

function reverse(values: number[], from: number, to: number): void {
  for (let i = from, j = to; i < j; i++, j--) [values[i], values[j]] = [values[j]!, values[i]!]
}
