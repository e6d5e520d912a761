import { describe, expect, it } from 'vitest'
import { PLAN_VERSION, STORAGE_KEYS } from '@/constants'
import { MAX_PLAN_DAYS } from '@/domain/plan'
import { loadPlan, MIGRATIONS, repairPlan, savePlan, type SavedPlan } from './plan-storage'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'

const NOW = new Date('2026-09-01T03:00:00Z')
const EARLIER = '2026-08-30T10:00:00.000Z'
const TWO_DAYS: SavedPlan = { plan: { days: [['nha-hat-lon', 'cho-sat'], ['lan-ha']] }, updatedAt: EARLIER }
const EMPTY: SavedPlan = { plan: { days: [[]] }, updatedAt: NOW.toISOString() }

function storageWith(text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(STORAGE_KEYS.plan, text)
  return storage
}

const storedDays = (days: unknown, updatedAt: unknown = EARLIER) =>
  storageWith(JSON.stringify({ version: 1, plan: { days }, updatedAt }))

/** The stored text, which a repair hands back to be kept (Loaded.damaged). */
const textIn = (storage: KeyValueStorage) => storage.getItem(STORAGE_KEYS.plan)!

describe('loadPlan', () => {
  it('gives an empty plan of one day and no problem on a first visit', () => {
    expect(loadPlan(createMemoryStorage(), NOW)).toEqual({ value: EMPTY, problem: null, stored: 'current' })
  })

  it('reads what savePlan wrote', () => {
    const storage = createMemoryStorage()
    expect(savePlan(storage, TWO_DAYS)).toBe(true)
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.plan) ?? '')).toEqual({ version: 1, ...TWO_DAYS })
    expect(loadPlan(storage, NOW)).toEqual({ value: TWO_DAYS, problem: null, stored: 'current' })
  })

  it('has a migration from every earlier version it can read', () => {
    for (let version = 1; version < PLAN_VERSION; version++) expect(MIGRATIONS[version]).toBeDefined()
  })

  it.each([
    ['not JSON', '{plan: {'],
    ['null', 'null'],
    ['a bare list of days', '[["cho-sat"]]'],
    ['no version (the plan was versioned from the start)', '{"plan":{"days":[["cho-sat"]]}}'],
    ['a version that is not a whole number', '{"version":"1","plan":{"days":[]}}'],
    ['no plan', '{"version":1,"updatedAt":"2026-08-30T10:00:00Z"}'],
    ['a plan without days', '{"version":1,"plan":{},"updatedAt":"2026-08-30T10:00:00Z"}'],
    ['days that are not a list', '{"version":1,"plan":{"days":{"0":["cho-sat"]}}}'],
  ])('resets %s to an empty plan and reports it', (_case, text) => {
    expect(loadPlan(storageWith(text), NOW)).toEqual({
      value: EMPTY,
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: text,
    })
  })

  it('drops ids that are not non-empty strings, and repeated places, and reports it', () => {
    const storage = storedDays([
      ['nha-hat-lon', 3, null, '', 'cho-sat', 'nha-hat-lon'],
      ['cho-sat', 'lan-ha'],
    ])
    const loaded = loadPlan(storage, NOW)
    expect(loaded).toEqual({ value: TWO_DAYS, problem: 'corrupt', stored: 'rewrite', damaged: textIn(storage) })
  })

  it('keeps the first 200 places of a longer plan, in day order, and says it was too long', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `place-${i}`)
    const storage = storedDays([ids.slice(0, 150), ids.slice(150)])
    const loaded = loadPlan(storage, NOW)
    expect(loaded.problem).toBe('tooLong')
    expect(loaded.stored).toBe('rewrite')
    expect(loaded.value.plan.days).toEqual([ids.slice(0, 150), ids.slice(150, 200)])
    // Nothing is lost yet: the whole stored text comes back, to be kept.
    expect(loaded.damaged).toBe(textIn(storage))
  })

  it('takes a plan of exactly 200 places as it is', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `place-${i}`)
    expect(loadPlan(storedDays([ids]), NOW)).toEqual({
      value: { plan: { days: [ids] }, updatedAt: EARLIER },
      problem: null,
      stored: 'current',
    })
  })

  it('keeps the numbering of days when one is unreadable', () => {
    expect(loadPlan(storedDays([['cho-sat'], 'lan-ha', ['do-son']]), NOW).value.plan).toEqual({
      days: [['cho-sat'], [], ['do-son']],
    })
  })

  it('gives a plan with no days its one empty day', () => {
    const storage = storedDays([])
    expect(loadPlan(storage, NOW)).toEqual({
      value: { ...EMPTY, updatedAt: EARLIER },
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: textIn(storage),
    })
  })

  it(`caps a plan at ${MAX_PLAN_DAYS} days, the later ones joining the last`, () => {
    const days = Array.from({ length: MAX_PLAN_DAYS + 2 }, (_, day) => [`place-${day}`])
    const loaded = loadPlan(storedDays(days), NOW)
    expect(loaded.problem).toBe('corrupt')
    expect(loaded.value.plan.days).toHaveLength(MAX_PLAN_DAYS)
    expect(loaded.value.plan.days.at(-1)).toEqual([
      `place-${MAX_PLAN_DAYS - 1}`,
      `place-${MAX_PLAN_DAYS}`,
      `place-${MAX_PLAN_DAYS + 1}`,
    ])
  })

  it.each([null, 'yesterday', 42])('dates a plan last changed at %s as now, and reports it', (updatedAt) => {
    const storage = storedDays(TWO_DAYS.plan.days, updatedAt)
    expect(loadPlan(storage, NOW)).toEqual({
      value: { ...TWO_DAYS, updatedAt: NOW.toISOString() },
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: textIn(storage),
    })
  })

  it('reads what it can from a newer version but never rewrites it', () => {
    const text = JSON.stringify({ version: 2, ...TWO_DAYS, notes: {} })
    expect(loadPlan(storageWith(text), NOW)).toEqual({ value: TWO_DAYS, problem: 'newer', stored: 'readOnly' })
    expect(loadPlan(storageWith('{"version":3,"trips":[]}'), NOW)).toEqual({
      value: EMPTY,
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
    expect(loadPlan(throwing, NOW)).toEqual({ value: EMPTY, problem: 'unsaved', stored: 'readOnly' })
    expect(savePlan(throwing, TWO_DAYS)).toBe(false)
  })
})

describe('repairPlan', () => {
  it('returns a sound plan as it is, in a copy', () => {
    const plan = { days: [['cho-sat'], []] }
    const repaired = repairPlan(plan)
    expect(repaired).toEqual({ value: plan, dropped: false, tooLong: false })
    expect(repaired?.value.days[0]).not.toBe(plan.days[0])
  })

  it('keeps ids named like object internals as plain ids', () => {
    const plan = JSON.parse('{"days":[["constructor","__proto__"],["toString","hasOwnProperty"]]}') as unknown
    expect(repairPlan(plan)?.value).toEqual({
      days: [
        ['constructor', '__proto__'],
        ['toString', 'hasOwnProperty'],
      ],
    })
  })

  it.each([null, [], { days: 'cho-sat' }])('rejects %j', (value) => {
    expect(repairPlan(value)).toBeUndefined()
  })
})
