import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec'
import type { FeatureCollection } from 'geojson'
import { describe, expect, it } from 'vitest'
import { keepGeoJSONData } from './style-swap'

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }
const placesData: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.68, 20.86] }, properties: { id: 'a' } }],
}

describe('keepGeoJSONData', () => {
  const previous: StyleSpecification = {
    version: 8,
    sources: {
      places: { type: 'geojson', data: placesData, cluster: true },
      basemap: { type: 'vector', url: 'pmtiles://old' },
    },
    layers: [],
  }
  const next: StyleSpecification = {
    version: 8,
    sources: {
      places: { type: 'geojson', data: empty, cluster: true },
      route: { type: 'geojson', data: empty },
      basemap: { type: 'vector', url: 'pmtiles://new' },
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#000' } }],
  }

  it('carries the data of GeoJSON sources over to the new style', () => {
    const merged = keepGeoJSONData(previous, next)
    expect(merged.sources.places).toEqual({ type: 'geojson', data: placesData, cluster: true })
    expect(merged.sources.route).toEqual({ type: 'geojson', data: empty })
    expect(merged.sources.basemap).toEqual({ type: 'vector', url: 'pmtiles://new' })
    expect(merged.layers).toBe(next.layers)
  })

  it('returns the new style as it is when there was none before', () => {
    expect(keepGeoJSONData(undefined, next)).toBe(next)
  })
})
