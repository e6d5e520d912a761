import { describe, expect, it } from 'vitest'
import { localeOf, notFoundParams, notFoundReason, pathInLocale } from './locale-route'

describe('localeOf', () => {
  it('reads the :locale param', () => {
    expect(localeOf({ path: '/ko/places', params: { locale: 'ko' } })).toBe('ko')
  })

  it('reads the first segment of a not-found path', () => {
    expect(localeOf({ path: '/ja/nowhere', params: { pathMatch: ['ja', 'nowhere'] } })).toBe('ja')
    expect(localeOf({ path: '/fr/places', params: { pathMatch: ['fr', 'places'] } })).toBeUndefined()
  })
})

describe('pathInLocale', () => {
  it('swaps the locale segment and keeps the rest', () => {
    expect(pathInLocale('/vi/places/cat-ba', 'ko')).toBe('/ko/places/cat-ba')
    expect(pathInLocale('/vi/', 'ja')).toBe('/ja/')
    expect(pathInLocale('/vi', 'ja')).toBe('/ja')
  })

  it('leaves a path without a locale alone', () => {
    expect(pathInLocale('/fr/places', 'en')).toBe('/fr/places')
  })
})

describe('notFoundReason', () => {
  it('recognises unknown entity ids', () => {
    expect(notFoundReason('/en/places/atlantis')).toEqual({ kind: 'places', id: 'atlantis' })
    expect(notFoundReason('/vi/events/nope')).toEqual({ kind: 'events', id: 'nope' })
    expect(notFoundReason('/vi/itineraries/x%20y')).toEqual({ kind: 'itineraries', id: 'x y' })
  })

  it('treats everything else as an unknown page', () => {
    expect(notFoundReason('/en/nowhere')).toEqual({ kind: 'page' })
    expect(notFoundReason('/fr/places/cat-ba')).toEqual({ kind: 'page' })
    expect(notFoundReason('/en/places/cat-ba/more')).toEqual({ kind: 'page' })
  })

  it.each(['constructor', 'toString', '__proto__'])(
    'treats /en/%s/x as an unknown page, not a kind of entity',
    (section) => {
      expect(notFoundReason(`/en/${section}/x`)).toEqual({ kind: 'page' })
    },
  )
})

describe('notFoundParams', () => {
  it('splits the path for the catch-all route', () => {
    expect(notFoundParams('/en/places/atlantis')).toEqual({ pathMatch: ['en', 'places', 'atlantis'] })
  })
})

describe('notFoundParams with encoded paths', () => {
  it('decodes segments so the router does not encode them twice', () => {
    expect(notFoundParams('/en/places/h%E1%BA%A3i')).toEqual({ pathMatch: ['en', 'places', 'hải'] })
  })
})
