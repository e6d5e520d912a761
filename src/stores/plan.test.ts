// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { DAMAGED_KEYS, STORAGE_KEYS } from '@/constants'
import { MAX_PLAN_DAYS } from '@/domain/plan'
import { usePlanStore } from './plan'
import { loadPlan, savePlan } from './plan-storage'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'
import { activateStores, storageHolding } from './test-support'

const NOW = new Date('2026-09-01T03:00:00Z')
const EARLIER = '2026-08-30T10:00:00.000Z'

function storeWith(storage: KeyValueStorage) {
  activateStores(storage, NOW)
  return usePlanStore()
}

const storageWith = (text: string) => storageHolding(STORAGE_KEYS.plan, text)

const stored = (storage: KeyValueStorage) => storage.getItem(STORAGE_KEYS.plan)
const savedDays = (storage: KeyValueStorage) => loadPlan(storage, NOW).value.plan.days

describe('usePlanStore', () => {
  it('starts with one empty day and writes nothing until the plan changes', () => {
    const storage = createMemoryStorage()
    const plan = storeWith(storage)
    expect(plan.plan).toEqual({ days: [[]] })
    expect(plan.problem).toBeNull()
    expect(stored(storage)).toBeNull()
  })

  it('adds and removes places, persisting every change with its time', () => {
    const storage = createMemoryStorage()
    const plan = storeWith(storage)
    plan.add('nha-hat-lon')
    plan.add('cho-sat')
    plan.add('nha-hat-lon')
    expect(plan.has('cho-sat')).toBe(true)
    expect(loadPlan(storage, NOW).value).toEqual({
      plan: { days: [['nha-hat-lon', 'cho-sat']] },
      updatedAt: NOW.toISOString(),
    })
    plan.remove('nha-hat-lon')
    expect(plan.has('nha-hat-lon')).toBe(false)
    expect(savedDays(storage)).toEqual([['cho-sat']])
  })

  it('adds and removes days, and moves places within and across them', () => {
    const storage = createMemoryStorage()
    const plan = storeWith(storage)
    plan.add('nha-hat-lon')
    plan.add('cho-sat')
    plan.addDay()
    plan.add('lan-ha', 1)
    plan.move('nha-hat-lon', 1, 0)
    expect(savedDays(storage)).toEqual([['cho-sat'], ['nha-hat-lon', 'lan-ha']])
    plan.move('lan-ha', 0, 0)
    expect(savedDays(storage)).toEqual([['lan-ha', 'cho-sat'], ['nha-hat-lon']])
    plan.removeDay(1)
    expect(plan.plan.days).toEqual([['lan-ha', 'cho-sat', 'nha-hat-lon']])
    expect(savedDays(storage)).toEqual(plan.plan.days)
  })

  it('writes nothing for a change that changes nothing', () => {
    const storage = storageWith(JSON.stringify({ version: 1, plan: { days: [['cho-sat']] }, updatedAt: EARLIER }))
    const plan = storeWith(storage)
    const before = stored(storage)
    plan.add('cho-sat')
    plan.remove('lan-ha')
    plan.move('lan-ha', 0, 0)
    plan.removeDay(0)
    expect(stored(storage)).toBe(before)
    expect(plan.updatedAt).toBe(EARLIER)
  })

  it('stops adding places at 200, says the plan is full, and makes room when one is removed', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `place-${i}`)
    const storage = storageWith(JSON.stringify({ version: 1, plan: { days: [ids.slice(1)] }, updatedAt: EARLIER }))
    const plan = storeWith(storage)
    expect(plan.full).toBe(false)
    plan.add('place-0')
    expect(plan.full).toBe(true)
    const before = stored(storage)
    plan.add('one-more')
    expect(plan.has('one-more')).toBe(false)
    expect(stored(storage)).toBe(before)
    plan.remove('place-5')
    expect(plan.full).toBe(false)
    plan.add('one-more')
    expect(plan.has('one-more')).toBe(true)
  })

  it('keeps ids named like object internals as plain ids, through a reload', () => {
    const storage = createMemoryStorage()
    const plan = storeWith(storage)
    expect(plan.has('constructor')).toBe(false)
    expect(plan.has('__proto__')).toBe(false)
    plan.add('constructor')
    plan.add('__proto__')
    plan.add('toString')
    expect(plan.has('constructor')).toBe(true)
    expect(plan.has('hasOwnProperty')).toBe(false)
    expect(storeWith(storage).plan.days).toEqual([['constructor', '__proto__', 'toString']])
    expect(loadPlan(storage, NOW).problem).toBeNull()
  })

  it(`stops adding days at ${MAX_PLAN_DAYS}`, () => {
    const plan = storeWith(createMemoryStorage())
    for (let day = 0; day < MAX_PLAN_DAYS + 2; day++) plan.addDay()
    expect(plan.plan.days).toHaveLength(MAX_PLAN_DAYS)
  })

  it('replaces the plan with a shared one, repairing it, and clears it', () => {
    const storage = createMemoryStorage()
    const plan = storeWith(storage)
    plan.add('nha-hat-lon')
    plan.replace({ days: [['cho-sat', 'cho-sat'], ['lan-ha']] })
    expect(plan.has('nha-hat-lon')).toBe(false)
    expect(savedDays(storage)).toEqual([['cho-sat'], ['lan-ha']])
    plan.clear()
    expect(plan.plan).toEqual({ days: [[]] })
    expect(savedDays(storage)).toEqual([[]])
  })

  it('resets corrupt data, overwrites it, keeping the text, and keeps the message until dismissed', () => {
    const storage = storageWith('{{{')
    const plan = storeWith(storage)
    expect(plan.problem).toBe('corrupt')
    expect(plan.plan).toEqual({ days: [[]] })
    expect(JSON.parse(stored(storage)!)).toMatchObject({ version: 1, plan: { days: [[]] } })
    expect(storage.getItem(DAMAGED_KEYS.plan)).toBe('{{{')
    plan.dismissProblem()
    expect(plan.problem).toBeNull()
    expect(storage.getItem(DAMAGED_KEYS.plan)).toBeNull()
  })

  it('keeps the message about a repair through a reload, until it is dismissed', () => {
    const text = JSON.stringify({ version: 1, plan: { days: [['cho-sat', 7]] }, updatedAt: EARLIER })
    const storage = storageWith(text)
    // Any page may read the plan first (Saved, a place page), not only the plan page that shows the message.
    expect(storeWith(storage).problem).toBe('corrupt')
    const reloaded = storeWith(storage)
    expect(reloaded.problem).toBe('corrupt')
    expect(reloaded.plan.days).toEqual([['cho-sat']])
    reloaded.dismissProblem()
    expect(storeWith(storage).problem).toBeNull()
  })

  it('shows the first 200 places of a longer stored plan, says so, and keeps the stored text', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `place-${i}`)
    const text = JSON.stringify({ version: 1, plan: { days: [ids] }, updatedAt: EARLIER })
    const storage = storageWith(text)
    const plan = storeWith(storage)
    expect(plan.problem).toBe('tooLong')
    expect(plan.plan.days).toEqual([ids.slice(0, 200)])
    expect(plan.full).toBe(true)
    expect(savedDays(storage)).toEqual([ids.slice(0, 200)])
    expect(storage.getItem(DAMAGED_KEYS.plan)).toBe(text)
    expect(storeWith(storage).problem).toBe('tooLong')
  })

  it('repairs a damaged plan, keeping what it can, and rewrites it', () => {
    const text = JSON.stringify({
      version: 1,
      plan: { days: [['cho-sat', 7, 'cho-sat'], ['lan-ha']] },
      updatedAt: EARLIER,
    })
    const storage = storageWith(text)
    const plan = storeWith(storage)
    expect(plan.problem).toBe('corrupt')
    expect(plan.plan.days).toEqual([['cho-sat'], ['lan-ha']])
    // Rewritten, and still reported, since the damaged text is kept until the message is dismissed.
    expect(loadPlan(storage, NOW)).toEqual({
      value: { plan: { days: [['cho-sat'], ['lan-ha']] }, updatedAt: EARLIER },
      problem: 'corrupt',
      stored: 'current',
    })
  })

  it('works in memory on data from a newer version and leaves it untouched', () => {
    const text = JSON.stringify({ version: 2, plan: { days: [['cho-sat']] }, updatedAt: EARLIER })
    const storage = storageWith(text)
    const plan = storeWith(storage)
    expect(plan.problem).toBe('newer')
    expect(plan.has('cho-sat')).toBe(true)
    plan.add('lan-ha')
    plan.clear()
    plan.add('do-son')
    expect(plan.has('do-son')).toBe(true)
    expect(stored(storage)).toBe(text)
    expect(plan.problem).toBe('newer')
  })

  it('keeps the plan in memory when the storage is full, and says so until a save works', () => {
    const memory = createMemoryStorage()
    let full = true
    const storage: KeyValueStorage = {
      ...memory,
      setItem: (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        memory.setItem(key, value)
      },
    }
    const plan = storeWith(storage)
    plan.add('cho-sat')
    expect(plan.has('cho-sat')).toBe(true)
    expect(plan.problem).toBe('unsaved')
    expect(stored(storage)).toBeNull()
    full = false
    plan.add('lan-ha')
    expect(plan.problem).toBeNull()
    expect(savedDays(storage)).toEqual([['cho-sat', 'lan-ha']])
  })

  it('follows changes made in another tab, and stops listening when disposed', () => {
    const storage = createMemoryStorage()
    const plan = storeWith(storage)
    // Another tab writes, and this one hears of it through the storage event.
    savePlan(storage, { plan: { days: [['cho-sat'], ['lan-ha']] }, updatedAt: EARLIER })
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.plan }))
    expect(plan.plan.days).toEqual([['cho-sat'], ['lan-ha']])
    expect(plan.updatedAt).toBe(EARLIER)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.favourites }))
    expect(plan.has('lan-ha')).toBe(true)

    plan.$dispose()
    savePlan(storage, { plan: { days: [[]] }, updatedAt: EARLIER })
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.plan }))
    expect(plan.has('lan-ha')).toBe(true)
  })
})
