import { describe, expect, it } from 'vitest'
import type { Place } from '@/content/model'
import { boundsOf, routeFromFile, stopsToGeoJSON, straightRoute } from './route-geojson'

const PLACES: Record<string, Place> = {
  a: { id: 'a', category: 'heritage', location: [106.68, 20.86], images: [], audio: [], tags: [], featured: false },
  b: { id: 'b', category: 'food', location: [106.69, 20.87], images: [], audio: [], tags: [], featured: false },
}
const stops = [{ place: 'a' }, { place: 'missing' }, { place: 'b' }]

describe('stopsToGeoJSON', () => {
  it('numbers the stops in itinerary order and names them', () => {
    const collection = stopsToGeoJSON(
      stops,
      (id) => PLACES[id],
      (id) => (id === 'a' ? 'Nhà hát Lớn' : undefined),
    )
    expect(collection.features.map((f) => f.properties)).toEqual([
      { n: 1, id: 'a', name: 'Nhà hát Lớn' },
      { n: 3, id: 'b', name: 'b' },
    ])
  })

  it('gives stops the state follow mode draws them in, and none otherwise', () => {
    const collection = stopsToGeoJSON(
      stops,
      (id) => PLACES[id],
      () => undefined,
      (id) => (id === 'a' ? 'visited' : undefined),
    )
    expect(collection.features.map((f) => f.properties)).toEqual([
      { n: 1, id: 'a', name: 'a', state: 'visited' },
      { n: 3, id: 'b', name: 'b' },
    ])
  })
})

describe('straightRoute', () => {
  it('joins the stops with straight segments', () => {
    const collection = stopsToGeoJSON(
      stops,
      (id) => PLACES[id],
      () => undefined,
    )
    expect(straightRoute(collection).geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [106.68, 20.86],
        [106.69, 20.87],
      ],
    })
  })
})

describe('routeFromFile', () => {
  const line = {
    type: 'LineString',
    coordinates: [
      [106.68, 20.86],
      [106.69, 20.87],
    ],
  }
  it('reads a bare LineString', () => {
    expect(routeFromFile(line)?.geometry).toEqual(line)
  })
  it('reads a Feature holding a MultiLineString', () => {
    const multi = { type: 'MultiLineString', coordinates: [line.coordinates, line.coordinates] }
    expect(routeFromFile({ type: 'Feature', geometry: multi, properties: null })?.geometry).toEqual(multi)
  })
  it('rejects anything else', () => {
    expect(routeFromFile({ type: 'Point', coordinates: [1, 2] })).toBeUndefined()
    expect(routeFromFile({ type: 'LineString', coordinates: [[1, 2]] })).toBeUndefined()
    expect(
      routeFromFile({
        type: 'LineString',
        coordinates: [
          [1, 'x'],
          [2, 3],
        ],
      }),
    ).toBeUndefined()
    expect(routeFromFile(null)).toBeUndefined()
    expect(routeFromFile('LineString')).toBeUndefined()
  })
})

describe('boundsOf', () => {
  it('gives the south-west and north-east corners', () => {
    expect(
      boundsOf([
        [106.7, 20.8],
        [106.6, 20.9],
      ]),
    ).toEqual([
      [106.6, 20.8],
      [106.7, 20.9],
    ])
  })
  it('gives nothing for no coordinates', () => {
    expect(boundsOf([])).toBeUndefined()
  })
})
