import { describe, expect, it } from 'vitest'
import { tileAt, vectorLayers } from './tiles.ts'

describe('tileAt', () => {
  it('finds the Web Mercator tile of a position', () => {
    expect(tileAt(0, 0, 1)).toEqual([1, 1])
    expect(tileAt(107.09, 20.76, 12)).toEqual([3266, 1806]) // Lan Hạ Bay
    expect(tileAt(106.68, 20.86, 8)).toEqual([203, 112]) // the city centre
  })

  it('clamps positions beyond the Mercator square to its edge tiles', () => {
    expect(tileAt(180, -89, 3)).toEqual([7, 7])
  })
})

describe('vectorLayers', () => {
  it('lists each layer with its fields and the zooms its features span', () => {
    const layers = {
      earth: [
        {
          type: 'Feature' as const,
          properties: { kind: 'earth' },
          geometry: { type: 'Point' as const, coordinates: [0, 0] },
        },
      ],
      places: [
        {
          type: 'Feature' as const,
          properties: { name: 'A', min_zoom: 7 },
          geometry: { type: 'Point' as const, coordinates: [0, 0] },
        },
        {
          type: 'Feature' as const,
          properties: { kind: 'locality', min_zoom: 5 },
          geometry: { type: 'Point' as const, coordinates: [0, 0] },
        },
      ],
    }
    expect(vectorLayers(layers, { earth: 'land' }, { minZoom: 0, maxZoom: 12 })).toEqual([
      { id: 'earth', description: 'land', minzoom: 0, maxzoom: 12, fields: { kind: 'String' } },
      {
        id: 'places',
        description: '',
        minzoom: 5,
        maxzoom: 12,
        fields: { kind: 'String', min_zoom: 'Number', name: 'String' },
      },
    ])
  })
})
