import { describe, expect, it } from 'vitest'
import {
  bearingDegrees,
  COMPASS_POINTS,
  compassPoint,
  distanceMeters,
  pathLengthMeters,
  travelMinutes,
  walkingMinutes,
  type LonLat,
} from './geo'

const OPERA_HOUSE: LonLat = [106.6821, 20.8575]
const CATHEDRAL: LonLat = [106.6853, 20.8616]

describe('distanceMeters', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceMeters([106.68, 20.86], [106.68, 20.86])).toBe(0)
    const a = [106.6822, 20.8561] as const
    const b = [107.0467, 20.7269] as const
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6)
  })

  it('matches known distances', () => {
    // One degree of latitude is about 110.7 km near 21° N.
    expect(distanceMeters([106.68, 20.5], [106.68, 21.5]) / 1000).toBeCloseTo(111.2, 0)
    // Hải Phòng Opera House to Cát Bà town: about 40 km as the crow flies.
    const km = distanceMeters([106.6822, 20.8561], [107.0467, 20.7269]) / 1000
    expect(km).toBeGreaterThan(38)
    expect(km).toBeLessThan(42)
  })
})

describe('pathLengthMeters', () => {
  it('is zero for fewer than two points', () => {
    expect(pathLengthMeters([])).toBe(0)
    expect(pathLengthMeters([OPERA_HOUSE])).toBe(0)
  })

  it('sums the legs in order', () => {
    const there = distanceMeters(OPERA_HOUSE, CATHEDRAL)
    expect(pathLengthMeters([OPERA_HOUSE, CATHEDRAL])).toBeCloseTo(there, 6)
    expect(pathLengthMeters([OPERA_HOUSE, CATHEDRAL, OPERA_HOUSE])).toBeCloseTo(2 * there, 6)
  })
})

describe('bearingDegrees', () => {
  it('gives the cardinal directions', () => {
    expect(bearingDegrees([0, 0], [0, 1])).toBeCloseTo(0, 9)
    expect(bearingDegrees([0, 0], [1, 0])).toBeCloseTo(90, 9)
    expect(bearingDegrees([0, 1], [0, 0])).toBeCloseTo(180, 9)
    expect(bearingDegrees([1, 0], [0, 0])).toBeCloseTo(270, 9)
  })

  it('stays in [0, 360)', () => {
    // Just west of due north would be a small negative angle before normalising.
    const b = bearingDegrees([106.68, 20.86], [106.6799, 20.87])
    expect(b).toBeGreaterThan(359)
    expect(b).toBeLessThan(360)
    expect(bearingDegrees(OPERA_HOUSE, OPERA_HOUSE)).toBe(0)
  })

  it('matches known values', () => {
    // Kansas City to St Louis, a classic worked example: 96.51°.
    expect(bearingDegrees([-94.581213, 39.099912], [-90.200203, 38.627089])).toBeCloseTo(96.51, 2)
    // The Cathedral is about 330 m east and 460 m north of the Opera House.
    const b = bearingDegrees(OPERA_HOUSE, CATHEDRAL)
    expect(b).toBeCloseTo(36.1, 1)
    expect(compassPoint(b)).toBe('NE')
  })
})

describe('compassPoint', () => {
  it('centres a 45° sector on each point', () => {
    expect(COMPASS_POINTS.map((_, i) => compassPoint(i * 45))).toEqual([...COMPASS_POINTS])
    expect(compassPoint(359)).toBe('N')
    expect(compassPoint(22.4)).toBe('N')
    expect(compassPoint(22.5)).toBe('NE')
    expect(compassPoint(337.4)).toBe('NW')
    expect(compassPoint(337.5)).toBe('N')
  })

  it('accepts angles outside [0, 360) and rejects non-numbers', () => {
    expect(compassPoint(-90)).toBe('W')
    expect(compassPoint(720 + 180)).toBe('S')
    expect(() => compassPoint(Number.NaN)).toThrow(/finite/)
  })
})

describe('travelMinutes', () => {
  it('allows for detours and a realistic pace per mode', () => {
    // 1 km straight → 1.3 km at 4.5 km/h → 17.3 min; at 12 km/h → 6.5 min.
    expect(travelMinutes(1000, 'walk')).toBe(18)
    expect(travelMinutes(1000, 'bike')).toBe(7)
    // 10 km straight → 14 km at 25 km/h → 33.6 min; 12 km at 15 km/h → 48 min.
    expect(travelMinutes(10_000, 'drive')).toBe(34)
    expect(travelMinutes(10_000, 'boat')).toBe(48)
  })

  it('is at least a minute', () => {
    for (const mode of ['walk', 'bike', 'drive', 'boat'] as const) expect(travelMinutes(0, mode)).toBe(1)
  })
})

describe('walkingMinutes', () => {
  it('allows for streets and a sightseeing pace', () => {
    expect(walkingMinutes(1000)).toBe(18)
    expect(walkingMinutes(0)).toBe(1)
  })

  it('is travelMinutes on foot', () => {
    for (const m of [1, 250, 999, 4321]) expect(walkingMinutes(m)).toBe(travelMinutes(m, 'walk'))
  })
})
