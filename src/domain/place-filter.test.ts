import { describe, expect, it } from 'vitest'
import type { Place } from '@/content/model'
import {
  filterPlaces,
  isRefined,
  NO_FILTER,
  parsePlaceFilter,
  placeFilterQuery,
  type FilterContext,
} from './place-filter'

const place = (id: string, extra: Partial<Place> = {}): Place => ({
  id,
  category: 'heritage',
  location: [106.68, 20.86],
  images: [],
  audio: [],
  tags: [],
  featured: false,
  ...extra,
})

const PLACES: Place[] = [
  place('nha-hat', { tags: ['architecture', 'free'], location: [106.6822, 20.8561] }),
  place('chua-du-hang', { category: 'religious', tags: ['free', 'family'], location: [106.6949, 20.8409] }),
  place('bao-tang', { category: 'museum', tags: ['family'], accessibility: { wheelchair: 'yes' } }),
  place('cat-ba', { category: 'island-beach', tags: ['family', 'boat'], location: [107.0467, 20.7269] }),
]

const NAMES: Record<string, string> = {
  'nha-hat': 'Nhà hát Lớn',
  'chua-du-hang': 'Chùa Dư Hàng',
  'bao-tang': 'Bảo tàng Hải Phòng',
  'cat-ba': 'Đảo Cát Bà',
}

const ctx = (extra: Partial<FilterContext> = {}): FilterContext => ({
  isOpenNow: (p) => p.id === 'bao-tang',
  nameOf: (p) => NAMES[p.id]!,
  collator: new Intl.Collator('vi'),
  ...extra,
})

const ids = (results: { place: Place }[]) => results.map((r) => r.place.id)

describe('the filter in the URL', () => {
  it('round-trips through the query, leaving defaults out', () => {
    const filter = {
      q: 'chùa',
      category: 'religious',
      tags: ['free', 'family'],
      openNow: true,
      wheelchair: true,
      sort: 'name' as const,
    }
    const query = placeFilterQuery(filter)
    expect(query).toEqual({
      q: 'chùa',
      category: 'religious',
      tags: 'family,free',
      open: '1',
      wheelchair: '1',
      sort: 'name',
    })
    expect(parsePlaceFilter(query)).toEqual({ ...filter, tags: ['family', 'free'] })
    expect(placeFilterQuery(NO_FILTER)).toEqual({})
  })

  it('ignores malformed values instead of failing', () => {
    expect(parsePlaceFilter({ sort: 'price', tags: 'free,,<b>,FREE', open: 'yes', q: ['a', 'b'] })).toEqual({
      ...NO_FILTER,
      q: 'a',
      tags: ['free'],
    })
  })

  it('knows when the list is refined', () => {
    expect(isRefined(NO_FILTER)).toBe(false)
    expect(isRefined({ ...NO_FILTER, category: 'museum' })).toBe(false)
    expect(isRefined({ ...NO_FILTER, q: ' ' })).toBe(false)
    expect(isRefined({ ...NO_FILTER, openNow: true })).toBe(true)
  })
})

describe('filterPlaces', () => {
  it('combines category, tags, accessibility and open now (all must hold)', () => {
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, tags: ['family'] }, ctx()))).toEqual([
      'chua-du-hang',
      'bao-tang',
      'cat-ba',
    ])
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, tags: ['family', 'free'] }, ctx()))).toEqual(['chua-du-hang'])
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, tags: ['family'], category: 'island-beach' }, ctx()))).toEqual([
      'cat-ba',
    ])
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, wheelchair: true }, ctx()))).toEqual(['bao-tang'])
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, openNow: true, tags: ['family'] }, ctx()))).toEqual(['bao-tang'])
    expect(filterPlaces(PLACES, { ...NO_FILTER, openNow: true, tags: ['free'] }, ctx())).toEqual([])
  })

  it('keeps only search hits, best first, when there is search text', () => {
    const scores = new Map([
      ['cat-ba', 2],
      ['chua-du-hang', 9],
    ])
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, q: 'x' }, ctx({ scores })))).toEqual(['chua-du-hang', 'cat-ba'])
  })

  it('sorts by name with the locale’s collation', () => {
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, sort: 'name' }, ctx()))).toEqual([
      'bao-tang',
      'chua-du-hang',
      'cat-ba', // "Đảo": in Vietnamese, Đ is a letter of its own right after D
      'nha-hat',
    ])
    // A byte-order sort would put Đ after every Latin letter.
    expect(['Nhà', 'Đảo'].sort()).toEqual(['Nhà', 'Đảo'])
  })

  it('sorts by distance from the user and reports it; without a position the order is unchanged', () => {
    const position = [106.6822, 20.8561] as const // at the opera house
    const near = filterPlaces(PLACES, { ...NO_FILTER, sort: 'distance' }, ctx({ position }))
    expect(ids(near)[0]).toBe('nha-hat')
    expect(ids(near).at(-1)).toBe('cat-ba')
    expect(near[0]!.distance).toBe(0)
    expect(ids(filterPlaces(PLACES, { ...NO_FILTER, sort: 'distance' }, ctx()))).toEqual(
      ids(PLACES.map((p) => ({ place: p }))),
    )
  })
})
