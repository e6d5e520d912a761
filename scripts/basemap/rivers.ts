/**
 * River lines from `gmt coast -I… -M` text. GMT cuts every river at the
 * edges of GSHHG's storage bins; the pieces are joined again here, so a
 * river is one line (fewer features, and a label can follow it).
 */
import type { Feature, LineString, Position } from 'geojson'

export interface RiverSegment {
  /** GSHHG river class: 0 double-lined river outline, 1–4 rivers, 5–7 intermittent, 8–10 canals. */
  level: number
  points: Position[]
}

export interface RiverClass {
  kind: 'river' | 'stream' | 'canal'
  minZoom: number
}

/** Parses GMT multi-segment text: `> … Level N` headers, then `lon<TAB>lat` lines. */
export function parseRiverText(text: string): RiverSegment[] {
  const segments: RiverSegment[] = []
  let current: RiverSegment | undefined
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('>')) {
      const level = /Level\s+(\d+)/.exec(line)?.[1]
      if (level === undefined)
        throw new Error(`river text line ${index + 1}: segment header without "Level N": ${line}`)
      current = { level: Number(level), points: [] }
      segments.push(current)
      return
    }
    if (line.trim() === '' || line.startsWith('#')) return
    const [lon, lat] = line.trim().split(/\s+/).map(Number)
    if (!current || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new Error(`river text line ${index + 1}: expected "longitude latitude" inside a segment, got: ${line}`)
    }
    current.points.push([lon!, lat!])
  })
  return segments.filter((s) => s.points.length >= 2)
}

/**
 * Joins segments of the same class end to end where exactly two meet
 * (a confluence, where three or more meet, stays a junction of lines).
 */
export function joinSegments(segments: RiverSegment[]): RiverSegment[] {
  const key = (level: number, p: Position): string => `${level}:${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`
  const ends = new Map<string, number[]>()
  segments.forEach((s, i) => {
    for (const p of [s.points[0]!, s.points.at(-1)!]) {
      const k = key(s.level, p)
      ends.set(k, [...(ends.get(k) ?? []), i])
    }
  })
  const used = new Uint8Array(segments.length)
  /** The other unused segment ending at p, if p joins exactly two. */
  const partner = (level: number, p: Position, self: number): number | undefined => {
    const at = ends.get(key(level, p)) ?? []
    if (at.length !== 2) return undefined
    const other = at[0] === self ? at[1] : at[0]
    return other !== undefined && other !== self && !used[other] ? other : undefined
  }

  const joined: RiverSegment[] = []
  segments.forEach((start, i) => {
    if (used[i]) return
    used[i] = 1
    let points = [...start.points]
    // Grow forward from the last point, then backward from the first.
    for (const forward of [true, false]) {
      let self = i
      for (;;) {
        const tip = forward ? points.at(-1)! : points[0]!
        const next = partner(start.level, tip, self)
        if (next === undefined) break
        used[next] = 1
        self = next
        const piece = segments[next]!.points
        const oriented = sameKey(start.level, piece[0]!, tip) === forward ? piece : [...piece].reverse()
        points = forward ? [...points, ...oriented.slice(1)] : [...oriented.slice(0, -1), ...points]
      }
    }
    joined.push({ level: start.level, points })
  })
  return joined

  function sameKey(level: number, a: Position, b: Position): boolean {
    return key(level, a) === key(level, b)
  }
}

/** Protomaps v4 `water` lines: kind river / stream / canal, and the zoom they appear at. */
export function riverFeatures(
  segments: RiverSegment[],
  classes: Readonly<Record<number, RiverClass>>,
): Feature<LineString, { kind: RiverClass['kind']; min_zoom: number }>[] {
  return segments.flatMap((s) => {
    const riverClass = classes[s.level]
    if (!riverClass) return []
    return [
      {
        type: 'Feature' as const,
        properties: { kind: riverClass.kind, min_zoom: riverClass.minZoom },
        geometry: { type: 'LineString' as const, coordinates: s.points },
      },
    ]
  })
}
