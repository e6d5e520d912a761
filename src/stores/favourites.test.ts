// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { DAMAGED_KEYS, STORAGE_KEYS } from '@/constants'
import { useFavouritesStore } from './favourites'
import { loadFavourites, saveFavourites } from './favourites-storage'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'
import { activateStores, storageHolding } from './test-support'

const NOW = new Date('2026-09-01T03:00:00Z')

function storeWith(storage: KeyValueStorage) {
  activateStores(storage, NOW)
  return useFavouritesStore()
}

const storageWith = (text: string) => storageHolding(STORAGE_KEYS.favourites, text)

const stored = (storage: KeyValueStorage) => storage.getItem(STORAGE_KEYS.favourites)

describe('useFavouritesStore', () => {
  it('toggles a favourite on and off and persists every change', () => {
    const storage = createMemoryStorage()
    const favourites = storeWith(storage)
    expect(favourites.has('place', 'cat-ba')).toBe(false)
    favourites.toggle('place', 'cat-ba')
    favourites.toggle('event', 'le-hoi')
    expect(favourites.has('place', 'cat-ba')).toBe(true)
    expect(favourites.has('event', 'cat-ba')).toBe(false)
    expect(loadFavourites(storage, NOW).items).toEqual([
      { kind: 'place', id: 'cat-ba', addedAt: NOW.toISOString() },
      { kind: 'event', id: 'le-hoi', addedAt: NOW.toISOString() },
    ])
    favourites.toggle('place', 'cat-ba')
    expect(favourites.has('place', 'cat-ba')).toBe(false)
    expect(loadFavourites(storage, NOW).items.map((item) => item.id)).toEqual(['le-hoi'])
  })

  it('resets corrupt data, overwrites it, keeping the text, and keeps the message until dismissed', () => {
    const storage = storageWith('{{{')
    const favourites = storeWith(storage)
    expect(favourites.problem).toBe('corrupt')
    expect(favourites.items).toEqual([])
    expect(JSON.parse(stored(storage)!)).toEqual({ version: 1, items: [] })
    expect(storage.getItem(DAMAGED_KEYS.favourites)).toBe('{{{')
    favourites.dismissProblem()
    expect(favourites.problem).toBeNull()
    expect(storage.getItem(DAMAGED_KEYS.favourites)).toBeNull()
  })

  it('keeps the message about a repair through a reload, until it is dismissed', () => {
    const text = JSON.stringify({ version: 1, items: [{ kind: 'place', id: 'cat-ba', addedAt: 'x' }] })
    const storage = storageWith(text)
    expect(storeWith(storage).problem).toBe('corrupt')
    const reloaded = storeWith(storage)
    expect(reloaded.problem).toBe('corrupt')
    reloaded.dismissProblem()
    expect(storeWith(storage).problem).toBeNull()
  })

  it('keeps favourites named like object internals as plain ids, through a reload', () => {
    const storage = createMemoryStorage()
    const favourites = storeWith(storage)
    expect(favourites.has('place', 'constructor')).toBe(false)
    expect(favourites.has('place', '__proto__')).toBe(false)
    favourites.toggle('place', 'constructor')
    favourites.toggle('event', '__proto__')
    const again = storeWith(storage)
    expect(again.problem).toBeNull()
    expect(again.has('place', 'constructor')).toBe(true)
    expect(again.has('event', '__proto__')).toBe(true)
    expect(again.has('place', '__proto__')).toBe(false)
    expect(again.items.map((item) => item.id)).toEqual(['constructor', '__proto__'])
  })

  it('rewrites migrated data in the current shape', () => {
    const storage = storageWith('["itinerary:pho-cu"]')
    const favourites = storeWith(storage)
    expect(favourites.problem).toBeNull()
    expect(favourites.has('itinerary', 'pho-cu')).toBe(true)
    expect(JSON.parse(stored(storage) ?? '')).toEqual({
      version: 1,
      items: [{ kind: 'itinerary', id: 'pho-cu', addedAt: NOW.toISOString() }],
    })
  })

  it('works in memory on data from a newer version and leaves it untouched', () => {
    const text = '{"version":2,"items":[{"kind":"place","id":"cat-ba","addedAt":"2026-08-30T10:00:00Z"}]}'
    const storage = storageWith(text)
    const favourites = storeWith(storage)
    expect(favourites.problem).toBe('newer')
    expect(favourites.has('place', 'cat-ba')).toBe(true)
    favourites.toggle('event', 'le-hoi')
    expect(favourites.has('event', 'le-hoi')).toBe(true)
    expect(stored(storage)).toBe(text)
  })

  it('keeps favourites in memory when the storage is full, and says so until a save works', () => {
    const memory = createMemoryStorage()
    let full = true
    const storage: KeyValueStorage = {
      ...memory,
      setItem: (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        memory.setItem(key, value)
      },
    }
    const favourites = storeWith(storage)
    favourites.toggle('place', 'cat-ba')
    expect(favourites.has('place', 'cat-ba')).toBe(true)
    expect(favourites.problem).toBe('unsaved')
    expect(stored(storage)).toBeNull()
    full = false
    favourites.toggle('event', 'le-hoi')
    expect(favourites.problem).toBeNull()
    expect(loadFavourites(storage, NOW).items.map((item) => item.id)).toEqual(['cat-ba', 'le-hoi'])
  })

  it('follows changes made in another tab, and stops listening when disposed', () => {
    const storage = createMemoryStorage()
    const favourites = storeWith(storage)
    // Another tab writes, and this one hears of it through the storage event.
    saveFavourites(storage, [{ kind: 'event', id: 'le-hoi', addedAt: NOW.toISOString() }])
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.favourites }))
    expect(favourites.has('event', 'le-hoi')).toBe(true)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.settings }))
    expect(favourites.has('event', 'le-hoi')).toBe(true)

    favourites.$dispose()
    saveFavourites(storage, [])
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.favourites }))
    expect(favourites.has('event', 'le-hoi')).toBe(true)
  })
})
