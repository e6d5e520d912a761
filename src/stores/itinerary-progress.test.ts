// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { DAMAGED_KEYS, STORAGE_KEYS } from '@/constants'
import { nextStop, remainingStops, type ItineraryProgress } from '@/domain/itinerary-progress'
import { useItineraryProgressStore } from './itinerary-progress'
import { loadItineraryProgress, saveItineraryProgress } from './itinerary-progress-storage'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'
import { activateStores, storageHolding } from './test-support'

const NOW = new Date('2026-09-01T03:00:00Z')
const AT = NOW.getTime()
const STOPS = ['nha-hat-lon', 'cho-sat', 'dinh-hang-kenh']

function storeWith(storage: KeyValueStorage) {
  activateStores(storage, NOW)
  return useItineraryProgressStore()
}

const storageWith = (text: string) => storageHolding(STORAGE_KEYS.itineraryProgress, text)

const stored = (storage: KeyValueStorage) => storage.getItem(STORAGE_KEYS.itineraryProgress)
const reloaded = (storage: KeyValueStorage) => loadItineraryProgress(storage, NOW).value

const STARTED: ItineraryProgress = { order: STOPS, visited: {}, skipped: [], startedAt: AT, updatedAt: AT }

describe('useItineraryProgressStore', () => {
  it('has no progress for an itinerary never started, even one named like an object internal', () => {
    const progress = storeWith(createMemoryStorage())
    expect(progress.progressFor('old-quarter', STOPS)).toBeUndefined()
    expect(progress.progressFor('constructor', STOPS)).toBeUndefined()
  })

  it('starts an itinerary and persists it', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    progress.start('old-quarter', STOPS)
    expect(progress.progressFor('old-quarter', STOPS)).toEqual(STARTED)
    expect(reloaded(storage)).toEqual({ 'old-quarter': STARTED })
  })

  it('marks, unmarks, skips and unskips stops, persisting every change', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    progress.start('old-quarter', STOPS)

    progress.markVisited('old-quarter', 'nha-hat-lon')
    progress.skip('old-quarter', 'cho-sat')
    expect(reloaded(storage)['old-quarter']).toMatchObject({ visited: { 'nha-hat-lon': AT }, skipped: ['cho-sat'] })
    expect(nextStop(progress.progressFor('old-quarter', STOPS)!)).toBe('dinh-hang-kenh')

    progress.unmarkVisited('old-quarter', 'nha-hat-lon')
    progress.unskip('old-quarter', 'cho-sat')
    expect(reloaded(storage)['old-quarter']).toMatchObject({ visited: {}, skipped: [] })
    expect(nextStop(progress.progressFor('old-quarter', STOPS)!)).toBe('nha-hat-lon')
  })

  it('moves a stop still to do among the remaining ones and persists the order', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    progress.start('old-quarter', STOPS)
    progress.markVisited('old-quarter', 'nha-hat-lon')
    progress.moveRemaining('old-quarter', 'dinh-hang-kenh', 0)
    expect(remainingStops(progress.progressFor('old-quarter', STOPS)!)).toEqual(['dinh-hang-kenh', 'cho-sat'])
    expect(reloaded(storage)['old-quarter']?.order).toEqual(['nha-hat-lon', 'dinh-hang-kenh', 'cho-sat'])
  })

  it('writes nothing for a step that changes nothing or an itinerary never started', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    progress.markVisited('old-quarter', 'nha-hat-lon')
    progress.moveRemaining('old-quarter', 'cho-sat', 0)
    expect(stored(storage)).toBeNull()

    progress.start('old-quarter', STOPS)
    progress.markVisited('old-quarter', 'nha-hat-lon')
    const before = stored(storage)
    progress.skip('old-quarter', 'nha-hat-lon')
    progress.markVisited('old-quarter', 'not-a-stop')
    progress.moveRemaining('old-quarter', 'cho-sat', 0)
    expect(stored(storage)).toBe(before)
  })

  it('restarts an itinerary afresh, and forgets it on reset', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    progress.start('old-quarter', STOPS)
    progress.start('cat-ba', ['lan-ha'])
    progress.markVisited('old-quarter', 'cho-sat')
    progress.start('old-quarter', STOPS)
    expect(progress.progressFor('old-quarter', STOPS)?.visited).toEqual({})

    progress.reset('old-quarter')
    expect(progress.progressFor('old-quarter', STOPS)).toBeUndefined()
    expect(Object.keys(reloaded(storage))).toEqual(['cat-ba'])
  })

  it('fits the progress to updated content without rewriting it, and acts on what was shown', () => {
    // Started before an update removed 'cho-sat' and added 'bao-tang' after the opera house.
    const before: ItineraryProgress = { ...STARTED, visited: { 'cho-sat': AT - 1 } }
    const storage = createMemoryStorage()
    saveItineraryProgress(storage, { 'old-quarter': before })
    const text = stored(storage)
    const progress = storeWith(storage)
    const updated = ['nha-hat-lon', 'bao-tang', 'dinh-hang-kenh']

    expect(progress.progressFor('old-quarter', updated)?.order).toEqual(updated)
    expect(stored(storage)).toBe(text)

    progress.markVisited('old-quarter', 'bao-tang')
    progress.moveRemaining('old-quarter', 'dinh-hang-kenh', 0)
    expect(remainingStops(progress.progressFor('old-quarter', updated)!)).toEqual(['dinh-hang-kenh', 'nha-hat-lon'])
    // The visit to the removed stop is kept, in case an update brings it back.
    expect(reloaded(storage)['old-quarter']?.visited).toEqual({ 'cho-sat': AT - 1, 'bao-tang': AT })
  })

  it('resets corrupt data, overwrites it, keeping the text, and keeps the message until dismissed', () => {
    const storage = storageWith('{{{')
    const progress = storeWith(storage)
    expect(progress.problem).toBe('corrupt')
    expect(progress.itineraries).toEqual({})
    expect(storage.getItem(DAMAGED_KEYS.itineraryProgress)).toBe('{{{')
    progress.dismissProblem()
    expect(progress.problem).toBeNull()
    expect(storage.getItem(DAMAGED_KEYS.itineraryProgress)).toBeNull()
  })

  it('keeps the readable itineraries of damaged data and rewrites them without the rest', () => {
    const text = JSON.stringify({ version: 1, itineraries: { 'old-quarter': STARTED, 'cat-ba': 7 } })
    const storage = storageWith(text)
    const progress = storeWith(storage)
    expect(progress.problem).toBe('corrupt')
    expect(progress.progressFor('old-quarter', STOPS)).toEqual(STARTED)
    expect(JSON.parse(stored(storage)!)).toEqual({ version: 1, itineraries: { 'old-quarter': STARTED } })
    expect(storage.getItem(DAMAGED_KEYS.itineraryProgress)).toBe(text)
  })

  it('keeps the message about a repair through a reload, until it is dismissed', () => {
    const storage = storageWith(JSON.stringify({ version: 1, itineraries: { 'old-quarter': STARTED, 'cat-ba': 7 } }))
    // The itinerary page may read the progress first; the follow page, which shows the message, comes later.
    expect(storeWith(storage).problem).toBe('corrupt')
    const reloaded = storeWith(storage)
    expect(reloaded.problem).toBe('corrupt')
    reloaded.dismissProblem()
    expect(storeWith(storage).problem).toBeNull()
  })

  it('follows itineraries and stops named like object internals, through a reload', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    const stops = ['constructor', '__proto__', 'toString']
    expect(progress.progressFor('__proto__', stops)).toBeUndefined()
    progress.start('__proto__', stops)
    progress.markVisited('__proto__', 'constructor')
    progress.skip('__proto__', '__proto__')
    const again = storeWith(storage)
    expect(again.problem).toBeNull()
    const shown = again.progressFor('__proto__', stops)!
    expect(Object.keys(shown.visited)).toEqual(['constructor'])
    expect(shown.skipped).toEqual(['__proto__'])
    expect(nextStop(shown)).toBe('toString')
    expect(again.progressFor('constructor', stops)).toBeUndefined()
  })

  it('works in memory on data from a newer version and leaves it untouched', () => {
    const text = JSON.stringify({ version: 2, itineraries: { 'old-quarter': STARTED } })
    const storage = storageWith(text)
    const progress = storeWith(storage)
    expect(progress.problem).toBe('newer')
    progress.markVisited('old-quarter', 'cho-sat')
    progress.start('cat-ba', ['lan-ha'])
    progress.reset('old-quarter')
    expect(progress.progressFor('cat-ba', ['lan-ha'])).toBeDefined()
    expect(stored(storage)).toBe(text)
    expect(progress.problem).toBe('newer')
  })

  it('keeps progress in memory when the storage is full, and says so until a save works', () => {
    const memory = createMemoryStorage()
    let full = true
    const storage: KeyValueStorage = {
      ...memory,
      setItem: (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        memory.setItem(key, value)
      },
    }
    const progress = storeWith(storage)
    progress.start('old-quarter', STOPS)
    progress.markVisited('old-quarter', 'nha-hat-lon')
    expect(progress.progressFor('old-quarter', STOPS)?.visited).toEqual({ 'nha-hat-lon': AT })
    expect(progress.problem).toBe('unsaved')
    expect(stored(storage)).toBeNull()

    full = false
    progress.skip('old-quarter', 'cho-sat')
    expect(progress.problem).toBeNull()
    expect(reloaded(storage)['old-quarter']).toMatchObject({ visited: { 'nha-hat-lon': AT }, skipped: ['cho-sat'] })
  })

  it('follows changes made in another tab, and stops listening when disposed', () => {
    const storage = createMemoryStorage()
    const progress = storeWith(storage)
    // Another tab writes, and this one hears of it through the storage event.
    saveItineraryProgress(storage, { 'old-quarter': STARTED })
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.itineraryProgress }))
    expect(progress.progressFor('old-quarter', STOPS)).toEqual(STARTED)
    saveItineraryProgress(storage, {})
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.favourites }))
    expect(progress.progressFor('old-quarter', STOPS)).toEqual(STARTED)
    // The whole storage was cleared.
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(progress.progressFor('old-quarter', STOPS)).toBeUndefined()

    progress.$dispose()
    saveItineraryProgress(storage, { 'old-quarter': STARTED })
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.itineraryProgress }))
    expect(progress.progressFor('old-quarter', STOPS)).toBeUndefined()
  })
})
