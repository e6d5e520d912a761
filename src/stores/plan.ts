/**
 * The visitor's own plan: places from the guide, grouped by day. Persisted
 * and kept in step with other tabs by usePersistedState.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import {
  addPlanDay,
  addToPlan,
  emptyPlan,
  movePlanStop,
  planHas,
  planIsFull,
  removeFromPlan,
  removePlanDay,
  type Plan,
} from '@/domain/plan'
import { PLAN_FORMAT, repairPlan, type SavedPlan } from './plan-storage'
import { usePersistedState } from './persisted-state'

export const usePlanStore = defineStore('plan', () => {
  const { state, problem, persist, now, dismissProblem } = usePersistedState<SavedPlan>(PLAN_FORMAT)
  const plan = computed(() => state.value.plan)
  /** When the plan last changed, as an ISO 8601 string (the loading time for a plan never saved). */
  const updatedAt = computed(() => state.value.updatedAt)
  /** No more places can be added (MAX_PLAN_PLACES). */
  const full = computed(() => planIsFull(plan.value))

  /** Keeps and saves `next`; the domain returns the same plan when nothing changed, and then nothing is written. */
  function change(next: Plan) {
    if (next === plan.value) return
    state.value = { plan: next, updatedAt: now().toISOString() }
    persist()
  }

  function has(id: string): boolean {
    return planHas(plan.value, id)
  }

  /**
   * Adds a place at the end of `day` (default: the last day); a place already
   * planned stays where it is, and a full plan (`full`) is left as it is.
   */
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

  return { plan, updatedAt, full, problem, has, add, remove, move, addDay, removeDay, replace, clear, dismissProblem }
})
