import { describe, expect, it } from 'vitest'
import { FAVOURITES_VERSION, STORAGE_KEYS } from '@/constants'
import {
  COLLECTION_OF,
  FAVOURITE_KINDS,
  kindOfCollection,
  loadFavourites,
  MIGRATIONS,
  saveFavourites,
  type Favourite,
} from './favourites-storage'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'

const NOW = new Date('2026-09-01T03:00:00Z')
const CAT_BA: Favourite = { kind: 'place', id: 'cat-ba', addedAt: '2026-08-30T10:00:00.000Z' }
const FESTIVAL: Favourite = { kind: 'event', id: 'le-hoi', addedAt: '2026-08-31T10:00:00.000Z' }

function storageWith(text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(STORAGE_KEYS.favourites, text)
  return storage
}

describe('loadFavourites', () => {
  it('gives an empty list and no problem on a first visit', () => {
    expect(loadFavourites(createMemoryStorage(), NOW)).toEqual({ items: [], problem: null, stored: 'current' })
  })

  it('reads what saveFavourites wrote, in order', () => {
    const storage = createMemoryStorage()
    expect(saveFavourites(storage, [CAT_BA, FESTIVAL])).toBe(true)
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.favourites) ?? '')).toEqual({
      version: 1,
      items: [CAT_BA, FESTIVAL],
    })
    expect(loadFavourites(storage, NOW)).toEqual({ items: [CAT_BA, FESTIVAL], problem: null, stored: 'current' })
  })

  it('migrates the unversioned list of "kind:id" strings, dated now, and asks for a rewrite', () => {
    const loaded = loadFavourites(storageWith('["place:cat-ba","itinerary:pho-cu","event:le-hoi"]'), NOW)
    expect(loaded).toEqual({
      items: [
        { kind: 'place', id: 'cat-ba', addedAt: NOW.toISOString() },
        { kind: 'itinerary', id: 'pho-cu', addedAt: NOW.toISOString() },
        { kind: 'event', id: 'le-hoi', addedAt: NOW.toISOString() },
      ],
      problem: null,
      stored: 'rewrite',
    })
  })

  it('keeps the readable entries of a damaged version 0 list and reports the rest', () => {
    const loaded = loadFavourites(storageWith('["place:cat-ba", 42, "museum:x", "event:", "nocolon"]'), NOW)
    expect(loaded.items).toEqual([{ kind: 'place', id: 'cat-ba', addedAt: NOW.toISOString() }])
    expect(loaded.problem).toBe('corrupt')
    expect(loaded.stored).toBe('rewrite')
  })

  it('has a migration for every earlier version', () => {
    expect(MIGRATIONS).toHaveLength(FAVOURITES_VERSION)
  })

  it.each([
    ['not JSON', '{items: ['],
    ['null', 'null'],
    ['a string', '"place:cat-ba"'],
    ['no version', '{"items":[]}'],
    ['a version that is not a whole number', '{"version":"1","items":[]}'],
    ['no item list', '{"version":1}'],
    ['an item list that is not a list', '{"version":1,"items":{"place":"cat-ba"}}'],
  ])('resets %s to an empty list and reports it', (_case, text) => {
    expect(loadFavourites(storageWith(text), NOW)).toEqual({ items: [], problem: 'corrupt', stored: 'rewrite' })
  })

  it('drops unreadable and duplicate entries, keeps the rest and reports it', () => {
    const text = JSON.stringify({
      version: 1,
      items: [
        CAT_BA,
        { ...CAT_BA, addedAt: '2026-09-01T00:00:00Z' },
        { kind: 'museum', id: 'x', addedAt: CAT_BA.addedAt },
        { kind: 'place', id: '', addedAt: CAT_BA.addedAt },
        { kind: 'place', id: 'y', addedAt: 'yesterday' },
        FESTIVAL,
      ],
    })
    expect(loadFavourites(storageWith(text), NOW)).toEqual({
      items: [CAT_BA, FESTIVAL],
      problem: 'corrupt',
      stored: 'rewrite',
    })
  })

  it('reads what it can from a newer version but never rewrites it', () => {
    const text = JSON.stringify({ version: 2, items: [CAT_BA, { kind: 'plan', id: 'p' }], plans: [] })
    expect(loadFavourites(storageWith(text), NOW)).toEqual({ items: [CAT_BA], problem: 'newer', stored: 'readOnly' })
    expect(loadFavourites(storageWith('{"version":3,"lists":{}}'), NOW)).toEqual({
      items: [],
      problem: 'newer',
      stored: 'readOnly',
    })
  })

  it('survives a storage that throws, without writing to it', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    expect(loadFavourites(throwing, NOW)).toEqual({ items: [], problem: 'unsaved', stored: 'readOnly' })
    expect(saveFavourites(throwing, [CAT_BA])).toBe(false)
  })
})

describe('kinds and collections', () => {
  it('maps each kind to its content collection and back', () => {
    for (const kind of FAVOURITE_KINDS) expect(kindOfCollection(COLLECTION_OF[kind])).toBe(kind)
  })
})
