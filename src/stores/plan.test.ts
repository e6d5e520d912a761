// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '@/constants'
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

  it('resets corrupt data, overwrites it and keeps the message until dismissed', () => {
    const storage = storageWith('{{{')
    const plan = storeWith(storage)
    expect(plan.problem).toBe('corrupt')
    expect(plan.plan).toEqual({ days: [[]] })
    expect(loadPlan(storage, NOW).problem).toBeNull()
    plan.dismissProblem()
    expect(plan.problem).toBeNull()
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
    expect(loadPlan(storage, NOW)).toEqual({
      value: { plan: { days: [['cho-sat'], ['lan-ha']] }, updatedAt: EARLIER },
      problem: null,
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
