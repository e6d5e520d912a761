import { describe, expect, it } from 'vitest'
import { arrivalRadius, checkArrival, MAX_USABLE_ACCURACY_M } from './arrival'
import type { LonLat } from './geo'

const OPERA_HOUSE: LonLat = [106.6821, 20.8575]

/**
 * A point `meters` due north of the stop: along a meridian the haversine distance is exact up to
 * rounding, which is why the edge cases below stay a fraction of a metre either side of an edge.
 */
const north = (meters: number): LonLat => [OPERA_HOUSE[0], OPERA_HOUSE[1] + meters / ((6_371_008.8 * Math.PI) / 180)]

const check = (meters: number, accuracy: number, mode: 'walk' | 'bike' | 'drive' | 'boat' = 'walk') =>
  checkArrival({ position: north(meters), accuracy }, OPERA_HOUSE, mode)

describe('arrivalRadius', () => {
  it('widens with the mode', () => {
    expect(arrivalRadius('walk')).toBe(40)
    expect(arrivalRadius('bike')).toBe(60)
    expect(arrivalRadius('drive')).toBe(150)
    expect(arrivalRadius('boat')).toBe(250)
  })
})

describe('checkArrival', () => {
  it('reports the distance in every state', () => {
    expect(check(0, 5).distance).toBe(0)
    expect(check(500, 5).distance).toBeCloseTo(500, 6)
    expect(check(500, 2000).distance).toBeCloseTo(500, 6)
  })

  it('arrives with a good fix at or inside the radius', () => {
    expect(check(0, 5).state).toBe('arrived')
    expect(check(35, 5).state).toBe('arrived')
    // 40 m radius + 2.5 m slack.
    expect(check(42, 5).state).toBe('arrived')
    expect(check(43, 5).state).toBe('near')
  })

  it('fires with typical phone accuracy on reaching the site', () => {
    // 30 m fix: the slack is 15 m, so just under 55 m counts and 55.5 m does not yet.
    expect(check(54.9, 30).state).toBe('arrived')
    expect(check(55.5, 30).state).toBe('near')
  })

  it('does not arrive early with a poor fix', () => {
    // At the cap the slack is capped at the radius: at most 80 m on foot.
    expect(check(79.9, MAX_USABLE_ACCURACY_M).state).toBe('arrived')
    expect(check(80.5, MAX_USABLE_ACCURACY_M).state).toBe('near')
    expect(check(130, MAX_USABLE_ACCURACY_M).state).toBe('away')
  })

  it('calls a fix worse than the cap inaccurate, however close it seems', () => {
    expect(check(0, 101).state).toBe('inaccurate')
    expect(check(10, 2000).state).toBe('inaccurate')
    expect(check(5000, 2000).state).toBe('inaccurate')
    expect(check(0, Number.NaN).state).toBe('inaccurate')
  })

  it('arrives with a poor fix whose whole accuracy circle is inside the radius', () => {
    // A 150 m cell fix 100 m from an anchorage: even its far edge is within 250 m.
    expect(check(99.9, 150, 'boat').state).toBe('arrived')
    expect(check(100.5, 150, 'boat').state).toBe('inaccurate')
  })

  it('treats a negative accuracy as exact rather than as a bonus', () => {
    expect(check(45, -20).state).toBe('near')
  })

  it('scales with the mode', () => {
    // 100 m away with a 20 m fix: near on foot or by bike, there by car or boat.
    expect(check(100, 20, 'walk').state).toBe('near')
    expect(check(100, 20, 'bike').state).toBe('near')
    expect(check(100, 20, 'drive').state).toBe('arrived')
    expect(check(100, 20, 'boat').state).toBe('arrived')
    // Near is three radii: 120 m on foot, 180 m by bike.
    expect(check(150, 20, 'walk').state).toBe('away')
    expect(check(150, 20, 'bike').state).toBe('near')
    expect(check(600, 20, 'boat').state).toBe('near')
    expect(check(800, 20, 'boat').state).toBe('away')
  })
})
