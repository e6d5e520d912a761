/**
 * Douglas–Peucker simplification of one closed ring, iterative (coastlines
 * have hundreds of thousands of vertices; recursion would be deep).
 */

export type Point = [number, number]

/** Squared distance from p to the segment a–b (to the point a when a = b). */
function segmentDistanceSq(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const lengthSq = dx * dx + dy * dy
  let t = lengthSq === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq
  t = Math.max(0, Math.min(1, t))
  const ex = p[0] - (a[0] + t * dx)
  const ey = p[1] - (a[1] + t * dy)
  return ex * ex + ey * ey
}

/**
 * Keeps the vertices farther than `tolerance` from the simplified outline.
 * A ring that would collapse below a triangle is returned unchanged: tiny
 * islets are real, and geojson-vt drops them at zooms where they vanish.
 */
export function simplifyRing(ring: Point[], tolerance: number): Point[] {
  const last = ring.length - 1
  if (last < 4) return ring
  const keep = new Uint8Array(ring.length)
  keep[0] = 1
  keep[last] = 1
  const toleranceSq = tolerance * tolerance
  const stack: number[] = [0, last]
  while (stack.length > 0) {
    const end = stack.pop()!
    const start = stack.pop()!
    let farthest = -1
    let farthestSq = toleranceSq
    for (let i = start + 1; i < end; i++) {
      const d = segmentDistanceSq(ring[i]!, ring[start]!, ring[end]!)
      if (d > farthestSq) {
        farthest = i
        farthestSq = d
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1
      stack.push(start, farthest, farthest, end)
    }
  }
  const out = ring.filter((_, i) => keep[i] === 1)
  return out.length >= 4 ? out : ring
}
