import { describe, expect, it } from 'vitest'
import { distanceMeters, walkingMinutes } from './geo'

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

describe('walkingMinutes', () => {
  it('allows for streets and a sightseeing pace', () => {
    // 1 km straight → 1.3 km of streets at 4.5 km/h → 17.3 min, rounded up.
    expect(walkingMinutes(1000)).toBe(18)
    expect(walkingMinutes(0)).toBe(1)
  })
})
