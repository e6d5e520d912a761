import { describe, expect, it } from 'vitest'
import type { Place } from '@/content/model'
import { placeIdOf, placesToGeoJSON } from './places-geojson'

function place(id: string, category: string, location: [number, number]): Place {
  return { id, category, location, images: [], audio: [], tags: [], featured: false }
}

const PLACES = [
  place('nha-hat-lon', 'heritage', [106.6822, 20.8589]),
  place('banh-da-cua', 'food', [106.68, 20.86]),
  place('cho-sat', 'market', [106.6751, 20.8629]),
]
const NAMES: Record<string, string> = { 'nha-hat-lon': 'Nhà hát Lớn', 'banh-da-cua': 'Bánh đa cua' }

describe('placesToGeoJSON', () => {
  it('turns every place into a point with its id, category and localized name', () => {
    const collection = placesToGeoJSON(PLACES, { nameOf: (id) => NAMES[id] })
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.6822, 20.8589] },
      properties: { id: 'nha-hat-lon', category: 'heritage', name: 'Nhà hát Lớn' },
    })
    expect(collection.features).toHaveLength(3)
  })

  it('uses the id as the name while the text is not loaded', () => {
    const collection = placesToGeoJSON(PLACES, { nameOf: (id) => NAMES[id] })
    expect(collection.features[2]?.properties.name).toBe('cho-sat')
  })

  it('keeps only the places of the chosen category', () => {
    const collection = placesToGeoJSON(PLACES, { nameOf: () => undefined, category: 'food' })
    expect(collection.features.map((f) => f.properties.id)).toEqual(['banh-da-cua'])
  })

  it('gives an empty collection for a category without places', () => {
    expect(placesToGeoJSON(PLACES, { nameOf: () => undefined, category: 'museum' }).features).toEqual([])
  })

  it('copies coordinates, so the manifest is never shared with the map worker', () => {
    const collection = placesToGeoJSON(PLACES, { nameOf: () => undefined })
    expect(collection.features[0]?.geometry.coordinates).not.toBe(PLACES[0]?.location)
  })
})

describe('placeIdOf', () => {
  it('reads the id of a clicked place feature', () => {
    expect(placeIdOf({ properties: { id: 'cho-sat' } })).toBe('cho-sat')
  })
  it('ignores clusters and anything else', () => {
    expect(placeIdOf({ properties: { cluster_id: 3, point_count: 12 } })).toBeUndefined()
    expect(placeIdOf({ properties: null })).toBeUndefined()
    expect(placeIdOf(undefined)).toBeUndefined()
  })
})
