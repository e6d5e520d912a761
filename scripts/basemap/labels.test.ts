import { describe, expect, it } from 'vitest'
import type { GazetteerEntry } from '../../src/content/schema.ts'
import { labelFeatures } from './labels.ts'

const BOX = { west: 105.7, south: 19.8, east: 108.1, north: 21.6 }

const ENTRIES: GazetteerEntry[] = [
  {
    id: 'cat-ba-island',
    kind: 'island',
    location: [107.025, 20.8],
    rank: 2,
    name: { vi: 'Đảo Cát Bà', en: 'Cat Ba Island', ko: '깟바섬', zh: '吉婆岛', ja: 'カットバ島' },
  },
  { id: 'hai-phong', kind: 'city', location: [106.683, 20.858], rank: 1, name: { vi: 'Hải Phòng', en: 'Hai Phong' } },
  {
    id: 'vinh-lan-ha',
    kind: 'bay',
    location: [107.095, 20.755],
    rank: 3,
    name: { vi: 'Vịnh Lan Hạ', en: 'Lan Ha Bay' },
  },
  { id: 'song-cam', kind: 'river', location: [106.635, 20.886], rank: 4, name: { vi: 'Sông Cấm', en: 'Cam River' } },
  {
    id: 'nui-voi',
    kind: 'mountain',
    location: [106.569, 20.842],
    rank: 8,
    name: { vi: 'Núi Voi', en: 'Voi Mountain' },
  },
  { id: 'far-away', kind: 'island', location: [109.5, 16.5], rank: 5, name: { vi: 'Xa', en: 'Far' } },
]

describe('labelFeatures', () => {
  const { layers, outside } = labelFeatures(ENTRIES, BOX, (rank) => rank + 4)

  it('puts each kind in the Protomaps v4 layer a full OpenStreetMap extract has it in', () => {
    expect(layers.places.map((f) => f.properties.kind)).toEqual(['locality'])
    expect(layers.earth.map((f) => f.properties.kind)).toEqual(['island'])
    expect(layers.water.map((f) => f.properties.kind)).toEqual(['bay', 'river'])
    expect(layers.pois.map((f) => f.properties.kind)).toEqual(['peak'])
  })

  it('carries the local name, every translated name, priority and first zoom', () => {
    expect(layers.earth[0]!.properties).toEqual({
      kind: 'island',
      kind_detail: 'island',
      min_zoom: 6,
      sort_key: 2,
      name: 'Đảo Cát Bà',
      'name:vi': 'Đảo Cát Bà',
      'name:en': 'Cat Ba Island',
      'name:ko': '깟바섬',
      'name:zh': '吉婆岛',
      'name:ja': 'カットバ島',
    })
    expect(layers.places[0]!.properties).not.toHaveProperty('name:ko')
  })

  it('writes names in NFC, however the YAML spelled them', () => {
    const decomposed = { ...ENTRIES[1]!, name: { vi: 'Hải Phòng'.normalize('NFD'), en: 'Hai Phong' } }
    const { layers: l } = labelFeatures([decomposed], BOX, () => 5)
    expect(l.places[0]!.properties.name).toBe('Hải Phòng'.normalize('NFC'))
  })

  it('leaves out and names entries beyond the clip box', () => {
    expect(outside).toEqual(['far-away at [109.5, 16.5]'])
  })
})
