import { describe, expect, it } from 'vitest'
import { isInside, positionToGeoJSON } from './position-geojson'

describe('positionToGeoJSON', () => {
  it('is empty without a position', () => {
    expect(positionToGeoJSON(null).features).toEqual([])
  })

  it('draws the accuracy circle under the point', () => {
    const [circle, point] = positionToGeoJSON({ longitude: 106.68, latitude: 20.86, accuracy: 100 }).features
    expect(point?.geometry).toEqual({ type: 'Point', coordinates: [106.68, 20.86] })
    expect(circle?.geometry.type).toBe('Polygon')
    const ring = (circle?.geometry as { coordinates: number[][][] }).coordinates[0]!
    expect(ring[0]).toEqual(ring.at(-1))
    // 100 m north is about 0.0009 degrees of latitude.
    const north = Math.max(...ring.map(([, lat]) => lat!))
    expect(north - 20.86).toBeCloseTo(0.0009, 4)
  })
})

describe('isInside', () => {
  const bounds = [
    [105.85, 19.95],
    [107.95, 21.45],
  ] as const
  it('tells positions in the city from positions outside', () => {
    expect(isInside({ longitude: 106.68, latitude: 20.86, accuracy: 10 }, bounds)).toBe(true)
    expect(isInside({ longitude: 105.85, latitude: 21.03, accuracy: 10 }, bounds)).toBe(true)
    expect(isInside({ longitude: 105.8, latitude: 21.03, accuracy: 10 }, bounds)).toBe(false)
  })
})
