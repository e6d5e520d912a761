/**
 * The visitor's own plan: places from the guide, grouped by day. Persisted on
 * every change to the same injected storage as the settings
 * (`settingsStorageKey`, localStorage by default), and kept in step with other
 * open tabs through the `storage` event.
 */
import { defineStore } from 'pinia'
import { inject, onScopeDispose, ref } from 'vue'
import { STORAGE_KEYS } from '@/constants'
import { clockKey } from '@/composables/today'
import {
  addPlanDay,
  addToPlan,
  emptyPlan,
  movePlanStop,
  planHas,
  removeFromPlan,
  removePlanDay,
  type Plan,
} from '@/domain/plan'
import { loadPlan, repairPlan, savePlan, type SavedPlan } from './plan-storage'
import { settingsStorageKey } from './settings'
import { browserStorage } from './settings-storage'
import type { Loaded, StorageProblem } from './versioned-storage'

export const usePlanStore = defineStore('plan', () => {
  const win = typeof window === 'undefined' ? undefined : window
  const storage = inject(settingsStorageKey, null) ?? browserStorage(win)
  const now = inject(clockKey, () => new Date())

  const plan = ref<Plan>(emptyPlan())
  /** When the plan last changed, as an ISO 8601 string (the loading time for a plan never saved). */
  const updatedAt = ref('')
  /** Why the plan was repaired or cannot be kept, until the user dismisses the message. */
  const problem = ref<StorageProblem | null>(null)
  /** True while the stored value must not be overwritten (see Loaded.stored). */
  let readOnly = false

  function persist() {
    if (readOnly) return
    if (savePlan(storage, { plan: plan.value, updatedAt: updatedAt.value })) {
      if (problem.value === 'unsaved') problem.value = null
    } else {
      problem.value = 'unsaved'
    }
  }

  function apply(loaded: Loaded<SavedPlan>) {
    plan.value = loaded.value.plan
    updatedAt.value = loaded.value.updatedAt
    if (loaded.problem) problem.value = loaded.problem
    readOnly = loaded.stored === 'readOnly'
    // Migrated or damaged data is rewritten at once, so a message is shown only once.
    if (loaded.stored === 'rewrite') persist()
  }

  apply(loadPlan(storage, now()))

  // Another tab changed the plan (or cleared the storage: key null).
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.plan || event.key === null) apply(loadPlan(storage, now()))
  }
  win?.addEventListener('storage', onStorage)
  onScopeDispose(() => win?.removeEventListener('storage', onStorage))

  /** Keeps and saves `next`; the domain returns the same plan when nothing changed, and then nothing is written. */
  function change(next: Plan) {
    if (next === plan.value) return
    plan.value = next
    updatedAt.value = now().toISOString()
    persist()
  }

  function has(id: string): boolean {
    return planHas(plan.value, id)
  }

  /** Adds a place at the end of `day` (default: the last day); a place already planned stays where it is. */
  function add(id: string, day?: number) {
    change(addToPlan(plan.value, id, day))
  }

  function remove(id: string) {
    change(removeFromPlan(plan.value, id))
  }

  /** Moves a planned place to `index` within `day`, as a drag and drop reports it. */
  function move(id: string, day: number, index: number) {
    change(movePlanStop(plan.value, id, day, index))
  }

  function addDay() {
    change(addPlanDay(plan.value))
  }

  /** Removes a day; its places join the day before (or after, for the first day). */
  function removeDay(day: number) {
    change(removePlanDay(plan.value, day))
  }

  /** Puts another plan in place of this one (a shared link the visitor chose to open). */
  function replace(next: Plan) {
    change(repairPlan(next)?.value ?? emptyPlan())
  }

  function clear() {
    change(emptyPlan())
  }

  function dismissProblem() {
    problem.value = null
  }

  return { plan, updatedAt, problem, has, add, remove, move, addDay, removeDay, replace, clear, dismissProblem }
})
