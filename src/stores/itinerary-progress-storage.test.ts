import { describe, expect, it } from 'vitest'
import { ITINERARY_PROGRESS_VERSION, STORAGE_KEYS } from '@/constants'
import type { ItineraryProgress } from '@/domain/itinerary-progress'
import {
  loadItineraryProgress,
  MIGRATIONS,
  saveItineraryProgress,
  type ProgressByItinerary,
} from './itinerary-progress-storage'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'

const NOW = new Date('2026-09-01T03:00:00Z')
const OLD_QUARTER: ItineraryProgress = {
  order: ['nha-hat-lon', 'cho-sat', 'dinh-hang-kenh'],
  visited: { 'nha-hat-lon': 1_788_000_000_000 },
  skipped: ['cho-sat'],
  startedAt: 1_787_990_000_000,
  updatedAt: 1_788_000_000_000,
}
const CAT_BA: ItineraryProgress = {
  order: ['lan-ha', 'cannon-fort'],
  visited: {},
  skipped: [],
  startedAt: 1_788_100_000_000,
  updatedAt: 1_788_100_000_000,
}

function storageWith(text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(STORAGE_KEYS.itineraryProgress, text)
  return storage
}

const stored = (itineraries: Record<string, unknown>, version = 1) =>
  storageWith(JSON.stringify({ version, itineraries }))

describe('loadItineraryProgress', () => {
  it('gives no progress and no problem on a first visit', () => {
    expect(loadItineraryProgress(createMemoryStorage(), NOW)).toEqual({ value: {}, problem: null, stored: 'current' })
  })

  it('reads what saveItineraryProgress wrote', () => {
    const storage = createMemoryStorage()
    const progress: ProgressByItinerary = { 'old-quarter': OLD_QUARTER, 'cat-ba': CAT_BA }
    expect(saveItineraryProgress(storage, progress)).toBe(true)
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.itineraryProgress) ?? '')).toEqual({
      version: 1,
      itineraries: progress,
    })
    expect(loadItineraryProgress(storage, NOW)).toEqual({ value: progress, problem: null, stored: 'current' })
  })

  it('has a migration from every earlier version it can read', () => {
    for (let version = 1; version < ITINERARY_PROGRESS_VERSION; version++) expect(MIGRATIONS[version]).toBeDefined()
  })

  it.each([
    ['not JSON', '{itineraries: {'],
    ['null', 'null'],
    ['a list', '[{"order":[]}]'],
    ['no version (progress was versioned from the start)', '{"itineraries":{}}'],
    ['a version that is not a whole number', '{"version":"1","itineraries":{}}'],
    ['no itineraries', '{"version":1}'],
    ['itineraries that are a list', '{"version":1,"itineraries":[]}'],
  ])('resets %s to no progress and reports it, handing back the text to keep', (_case, text) => {
    expect(loadItineraryProgress(storageWith(text), NOW)).toEqual({
      value: {},
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: text,
    })
  })

  it.each<[string, unknown]>([
    ['not an object', 'nha-hat-lon'],
    ['no order', { ...OLD_QUARTER, order: undefined }],
    ['an order with a number in it', { ...OLD_QUARTER, order: ['nha-hat-lon', 3] }],
    ['an order with an empty id', { ...OLD_QUARTER, order: [''] }],
    ['visited as a list', { ...OLD_QUARTER, visited: ['nha-hat-lon'] }],
    ['a visit without a time', { ...OLD_QUARTER, visited: { 'nha-hat-lon': true } }],
    ['a visit at an impossible time', { ...OLD_QUARTER, visited: { 'nha-hat-lon': null } }],
    ['skipped as a string', { ...OLD_QUARTER, skipped: 'cho-sat' }],
    ['a start date as text', { ...OLD_QUARTER, startedAt: '2026-09-01' }],
    ['no updatedAt', { ...OLD_QUARTER, updatedAt: undefined }],
  ])('drops an entry with %s, keeps the others and reports it', (_case, entry) => {
    const storage = stored({ 'old-quarter': entry, 'cat-ba': CAT_BA })
    expect(loadItineraryProgress(storage, NOW)).toEqual({
      value: { 'cat-ba': CAT_BA },
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: storage.getItem(STORAGE_KEYS.itineraryProgress),
    })
  })

  it('drops an entry under an empty itinerary id', () => {
    expect(loadItineraryProgress(stored({ '': CAT_BA }), NOW)).toEqual({
      value: {},
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: '{"version":1,"itineraries":{"":' + JSON.stringify(CAT_BA) + '}}',
    })
  })

  it('keeps only the fields it knows, and ids that look like object internals as plain ids', () => {
    // Written out, because `__proto__` in an object literal would set the prototype instead.
    const entry = JSON.stringify({ ...CAT_BA, note: 'x', visited: { constructor: 5 } })
    const text = `{"version":1,"itineraries":{"__proto__":${entry}}}`
    const loaded = loadItineraryProgress(storageWith(text), NOW)
    expect(loaded.problem).toBeNull()
    expect(Object.keys(loaded.value)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(loaded.value)).toBe(Object.prototype)
    const progress = Object.getOwnPropertyDescriptor(loaded.value, '__proto__')?.value as ItineraryProgress
    expect(progress).toEqual({ ...CAT_BA, visited: { constructor: 5 } })
    expect(Object.keys(progress)).not.toContain('note')
  })

  it('keeps stops the content no longer lists: the stored order is not fitted to anything', () => {
    const progress = { ...OLD_QUARTER, order: ['gone', ...OLD_QUARTER.order], visited: { gone: 1 } }
    expect(loadItineraryProgress(stored({ 'old-quarter': progress }), NOW).value).toEqual({ 'old-quarter': progress })
  })

  it('reads what it can from a newer version but never rewrites it', () => {
    const text = JSON.stringify({ version: 2, itineraries: { 'cat-ba': CAT_BA, x: { steps: [] } }, trips: {} })
    expect(loadItineraryProgress(storageWith(text), NOW)).toEqual({
      value: { 'cat-ba': CAT_BA },
      problem: 'newer',
      stored: 'readOnly',
    })
    expect(loadItineraryProgress(storageWith('{"version":3,"journeys":[]}'), NOW)).toEqual({
      value: {},
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
    expect(loadItineraryProgress(throwing, NOW)).toEqual({ value: {}, problem: 'unsaved', stored: 'readOnly' })
    expect(saveItineraryProgress(throwing, { 'cat-ba': CAT_BA })).toBe(false)
  })
})
