/**
 * The visitor's own plan: places picked from the guide, grouped by day, in
 * visiting order. Every function returns a new plan and never changes its
 * argument, so a store can keep history or compare before and after; an
 * operation that changes nothing returns the plan it was given.
 */
import { distanceMeters, type LonLat } from './geo'
import { optimiseOrder } from './route-optimiser'

/** The visitor's plan: place ids by day; always at least one day (possibly empty). A place is in a plan at most once. */
export interface Plan {
  days: string[][]
}

/** A week: longer stays are better planned day by day than as one list. */
export const MAX_PLAN_DAYS = 7

/**
 * Far more than anyone visits in a week. It bounds the work a plan can cause
 * (a stored plan of 50,000 places took a minute to draw), whether the plan
 * comes from storage, a share link or the "Add to my plan" button.
 */
export const MAX_PLAN_PLACES = 200

export function emptyPlan(): Plan {
  return { days: [[]] }
}

export function planHas(plan: Plan, id: string): boolean {
  return plan.days.some((day) => day.includes(id))
}

export function planPlaceIds(plan: Plan): string[] {
  return plan.days.flat()
}

/** True when the plan holds MAX_PLAN_PLACES places, so nothing more can be added. */
export function planIsFull(plan: Plan): boolean {
  return plan.days.reduce((count, day) => count + day.length, 0) >= MAX_PLAN_PLACES
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(Math.trunc(value) || 0, min), max)
const lastDay = (plan: Plan) => plan.days.length - 1

/**
 * Adds `id` at the end of `day` (default: the last day; out of range is
 * clamped); no-op if it is already in, or if the plan is full (planIsFull).
 */
export function addToPlan(plan: Plan, id: string, day?: number): Plan {
  if (planHas(plan, id) || planIsFull(plan)) return plan
  const target = day === undefined ? lastDay(plan) : clamp(day, 0, lastDay(plan))
  return { days: plan.days.map((ids, index) => (index === target ? [...ids, id] : ids)) }
}

export function removeFromPlan(plan: Plan, id: string): Plan {
  if (!planHas(plan, id)) return plan
  return { days: plan.days.map((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : ids)) }
}

/**
 * Moves `id` to `index` within `day` (0-based, clamped); works across days.
 * `index` is its position once moved, as a drag-and-drop list reports it.
 * No-op if `id` is not in the plan.
 */
export function movePlanStop(plan: Plan, id: string, day: number, index: number): Plan {
  if (!planHas(plan, id)) return plan
  const target = clamp(day, 0, lastDay(plan))
  const days = removeFromPlan(plan, id).days.map((ids) => [...ids])
  const targetIds = days[target]!
  targetIds.splice(clamp(index, 0, targetIds.length), 0, id)
  return { days }
}

/** Appends an empty day; no-op at MAX_PLAN_DAYS. */
export function addPlanDay(plan: Plan): Plan {
  if (plan.days.length >= MAX_PLAN_DAYS) return plan
  return { days: [...plan.days, []] }
}

/**
 * Removes a day without losing its places: they go to the end of the previous
 * day, or (for the first day) to the start of the next, keeping their order.
 * The only day is never removed; an unknown day is a no-op.
 */
export function removePlanDay(plan: Plan, day: number): Plan {
  if (plan.days.length <= 1 || !Number.isInteger(day) || day < 0 || day > lastDay(plan)) return plan
  const moved = plan.days[day]!
  const days = plan.days.filter((_, index) => index !== day)
  if (day === 0) days[0] = [...moved, ...days[0]!]
  else days[day - 1] = [...days[day - 1]!, ...moved]
  return { days }
}

/** Where a place is, or undefined when content gives it no position. */
export type PositionOf = (id: string) => LonLat | undefined

function located(ids: readonly string[], positionOf: PositionOf): { id: string; position: LonLat }[] {
  return ids.flatMap((id) => {
    const position = positionOf(id)
    return position ? [{ id, position }] : []
  })
}

export interface Leg {
  from: string
  to: string
  meters: number
  minutes: number
}
export interface DayTotals {
  legs: Leg[]
  meters: number
  minutes: number
}

/** Straight-line legs between consecutive places of each day; places whose position is unknown are skipped. */
export function planTotals(
  plan: Plan,
  positionOf: PositionOf,
  minutesFor: (straightMeters: number) => number,
): { days: DayTotals[]; meters: number; minutes: number } {
  const days = plan.days.map((ids): DayTotals => {
    const stops = located(ids, positionOf)
    const legs = stops.slice(1).map(({ id, position }, index): Leg => {
      const from = stops[index]!
      const meters = distanceMeters(from.position, position)
      return { from: from.id, to: id, meters, minutes: minutesFor(meters) }
    })
    return { legs, ...sumOf(legs) }
  })
  return { days, ...sumOf(days) }
}

function sumOf(items: readonly { meters: number; minutes: number }[]): { meters: number; minutes: number } {
  return {
    meters: items.reduce((sum, item) => sum + item.meters, 0),
    minutes: items.reduce((sum, item) => sum + item.minutes, 0),
  }
}

/**
 * Reorders one day's places with optimiseOrder from `start` (or from its first
 * place when start is undefined, which then stays first). Places whose position
 * is unknown cannot be placed on the way, so they go last, in their order.
 */
export function optimisePlanDay(plan: Plan, day: number, positionOf: PositionOf, start?: LonLat): Plan {
  const ids = plan.days[day]
  if (!ids) return plan
  const stops = located(ids, positionOf)
  const known = new Set(stops.map((stop) => stop.id))
  const fixed = start === undefined ? stops.slice(0, 1) : []
  const free = start === undefined ? stops.slice(1) : stops
  const from = start ?? stops[0]?.position
  if (from === undefined) return plan

  const order = optimiseOrder(
    free.map((stop) => stop.position),
    from,
  )
  const reordered = [
    ...fixed.map((stop) => stop.id),
    ...order.map((index) => free[index]!.id),
    ...ids.filter((id) => !known.has(id)),
  ]
  if (reordered.every((id, index) => id === ids[index])) return plan
  return { days: plan.days.map((other, index) => (index === day ? reordered : other)) }
}
