/**
 * Reading and writing the visitor's plan as versioned JSON (see
 * versioned-storage.ts for what loading promises). A damaged plan is repaired
 * rather than thrown away: the places that can still be read are kept, in
 * their days, up to the limit of a plan (the stored text is kept whole, see
 * Loaded.damaged).
 */
import { DAMAGED_KEYS, PLAN_VERSION, STORAGE_KEYS } from '@/constants'
import { emptyPlan, MAX_PLAN_DAYS, MAX_PLAN_PLACES, type Plan } from '@/domain/plan'
import type { KeyValueStorage } from './settings-storage'
import {
  isRecord,
  loadVersioned,
  saveVersioned,
  type Loaded,
  type Migration,
  type Parsed,
  type VersionedFormat,
} from './versioned-storage'

export interface SavedPlan {
  plan: Plan
  /** When the visitor last changed the plan, as an ISO 8601 string. */
  updatedAt: string
}

/** `MIGRATIONS[n]` turns version n into n + 1. The plan was versioned from the start: there is no version 0. */
export const MIGRATIONS: readonly (Migration | undefined)[] = []

/**
 * The plan with Plan's promises kept: one to MAX_PLAN_DAYS days, at most
 * MAX_PLAN_PLACES places, each place once, ids non-empty strings. Whatever
 * breaks them is dropped (`dropped` says so; `tooLong` when places past the
 * limit were, the first ones in day order being kept): a day that is not a
 * list becomes an empty day, so the days after it keep their numbers, and
 * days past the last one join it, as when a day is removed. Undefined when
 * `value` has no list of days at all.
 */
export function repairPlan(value: unknown): Parsed<Plan> | undefined {
  if (!isRecord(value) || !Array.isArray(value.days)) return undefined
  const stored: unknown[] = value.days
  const days: string[][] = Array.from({ length: Math.max(1, Math.min(stored.length, MAX_PLAN_DAYS)) }, () => [])
  const seen = new Set<string>()
  let dropped = stored.length === 0 || stored.length > MAX_PLAN_DAYS
  let tooLong = false
  stored.forEach((ids, index) => {
    if (!Array.isArray(ids)) {
      dropped = true
      return
    }
    const day = days[Math.min(index, MAX_PLAN_DAYS - 1)]!
    for (const id of ids as unknown[]) {
      if (typeof id !== 'string' || id === '' || seen.has(id)) dropped = true
      else if (seen.size >= MAX_PLAN_PLACES) tooLong = true
      else {
        seen.add(id)
        day.push(id)
      }
    }
  })
  return { value: { days }, dropped: dropped || tooLong, tooLong }
}

function parse(data: unknown, now: Date): Parsed<SavedPlan> | undefined {
  if (!isRecord(data)) return undefined
  const plan = repairPlan(data.plan)
  if (!plan) return undefined
  const { updatedAt } = data
  const readable = typeof updatedAt === 'string' && !Number.isNaN(Date.parse(updatedAt))
  return {
    value: { plan: plan.value, updatedAt: readable ? updatedAt : now.toISOString() },
    dropped: plan.dropped || !readable,
    tooLong: plan.tooLong,
  }
}

export const PLAN_FORMAT: VersionedFormat<SavedPlan> = {
  key: STORAGE_KEYS.plan,
  damagedKey: DAMAGED_KEYS.plan,
  version: PLAN_VERSION,
  migrations: MIGRATIONS,
  // Only written when damaged data is reset, which is then the last change.
  empty: (now) => ({ plan: emptyPlan(), updatedAt: now.toISOString() }),
  parse,
  serialise: ({ plan, updatedAt }) => ({ plan: { days: plan.days }, updatedAt }),
}

export function loadPlan(storage: KeyValueStorage, now: Date): Loaded<SavedPlan> {
  return loadVersioned(storage, PLAN_FORMAT, now)
}

/** Returns false when the storage refused the write (quota, private mode); the plan still applies for this visit. */
export function savePlan(storage: KeyValueStorage, saved: SavedPlan): boolean {
  return saveVersioned(storage, PLAN_FORMAT, saved)
}
