import { describe, expect, it } from 'vitest'
import { distanceMeters, type LonLat } from './geo'
import {
  addPlanDay,
  addToPlan,
  emptyPlan,
  MAX_PLAN_DAYS,
  movePlanStop,
  optimisePlanDay,
  type Plan,
  planHas,
  planIsFull,
  planPlaceIds,
  planTotals,
  removeFromPlan,
  removePlanDay,
} from './plan'

const plan = (...days: string[][]): Plan => ({ days })

/** Deep-freezes a plan, so a test fails if a function changes its argument. */
const frozen = (value: Plan): Plan =>
  Object.freeze({ days: Object.freeze(value.days.map((d) => Object.freeze(d))) }) as Plan

describe('plan editing', () => {
  it('starts with one empty day', () => {
    expect(emptyPlan()).toEqual(plan([]))
    expect(emptyPlan()).not.toBe(emptyPlan())
  })

  it('adds to the last day by default, or to a chosen (clamped) day, once', () => {
    const two = frozen(plan(['a'], ['b']))
    expect(addToPlan(two, 'c')).toEqual(plan(['a'], ['b', 'c']))
    expect(addToPlan(two, 'c', 0)).toEqual(plan(['a', 'c'], ['b']))
    expect(addToPlan(two, 'c', 9)).toEqual(plan(['a'], ['b', 'c']))
    expect(addToPlan(two, 'c', -1)).toEqual(plan(['a', 'c'], ['b']))
    expect(addToPlan(two, 'a', 1)).toBe(two)
  })

  it('holds at most 200 places, over all its days: adding to a full plan changes nothing', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `place-${i}`)
    const almost = frozen(plan(ids.slice(0, 120), ids.slice(120, 199)))
    expect(planIsFull(almost)).toBe(false)
    const full = frozen(addToPlan(almost, 'place-199', 0))
    expect(planPlaceIds(full)).toHaveLength(200)
    expect(planIsFull(full)).toBe(true)
    expect(addToPlan(full, 'one-more')).toBe(full)
    expect(addToPlan(full, 'one-more', 1)).toBe(full)
    // Taking one out makes room again.
    expect(planHas(addToPlan(removeFromPlan(full, 'place-0'), 'one-more'), 'one-more')).toBe(true)
  })

  it('removes a place from whichever day holds it', () => {
    const two = frozen(plan(['a', 'b'], ['c']))
    expect(removeFromPlan(two, 'c')).toEqual(plan(['a', 'b'], []))
    expect(removeFromPlan(two, 'x')).toBe(two)
    expect(planHas(two, 'b')).toBe(true)
    expect(planHas(removeFromPlan(two, 'b'), 'b')).toBe(false)
  })

  it('moves a stop to its new position within a day or across days', () => {
    const two = frozen(plan(['a', 'b', 'c'], ['d']))
    expect(movePlanStop(two, 'a', 0, 2)).toEqual(plan(['b', 'c', 'a'], ['d']))
    expect(movePlanStop(two, 'c', 0, 0)).toEqual(plan(['c', 'a', 'b'], ['d']))
    expect(movePlanStop(two, 'b', 1, 0)).toEqual(plan(['a', 'c'], ['b', 'd']))
    expect(movePlanStop(two, 'b', 1, 99)).toEqual(plan(['a', 'c'], ['d', 'b']))
    expect(movePlanStop(two, 'd', -3, -1)).toEqual(plan(['d', 'a', 'b', 'c'], []))
    expect(movePlanStop(two, 'x', 0, 0)).toBe(two)
  })

  it('adds days up to the maximum', () => {
    let many = emptyPlan()
    for (let i = 0; i < MAX_PLAN_DAYS + 2; i++) many = addPlanDay(many)
    expect(many.days).toHaveLength(MAX_PLAN_DAYS)
    expect(addPlanDay(many)).toBe(many)
  })

  it('removes a day, moving its places to the previous day, or the next for the first day', () => {
    const three = frozen(plan(['a'], ['b', 'c'], ['d']))
    expect(removePlanDay(three, 1)).toEqual(plan(['a', 'b', 'c'], ['d']))
    expect(removePlanDay(three, 2)).toEqual(plan(['a'], ['b', 'c', 'd']))
    expect(removePlanDay(three, 0)).toEqual(plan(['a', 'b', 'c'], ['d']))
    expect(removePlanDay(three, 3)).toBe(three)
    const one = frozen(plan(['a']))
    expect(removePlanDay(one, 0)).toBe(one)
  })

  it('lists every place in visiting order', () => {
    expect(planPlaceIds(plan(['a', 'b'], [], ['c']))).toEqual(['a', 'b', 'c'])
  })
})

/** Places on the 20.86° N parallel, 0.01° of longitude (about 1 km) apart. */
const positions: Record<string, LonLat> = {
  a: [106.68, 20.86],
  b: [106.69, 20.86],
  c: [106.7, 20.86],
  d: [106.71, 20.86],
}
const positionOf = (id: string): LonLat | undefined => positions[id]
const minutesFor = (meters: number) => Math.ceil(meters / 100)

describe('planTotals', () => {
  it('adds straight-line legs between consecutive places of each day, skipping unknown positions', () => {
    const totals = planTotals(plan(['a', 'unknown', 'c'], ['d'], []), positionOf, minutesFor)
    const ac = distanceMeters(positions.a!, positions.c!)
    expect(totals.days[0]!.legs).toEqual([{ from: 'a', to: 'c', meters: ac, minutes: Math.ceil(ac / 100) }])
    expect(totals.days[1]).toEqual({ legs: [], meters: 0, minutes: 0 })
    expect(totals.days[2]).toEqual({ legs: [], meters: 0, minutes: 0 })
    expect(totals.meters).toBe(ac)
    expect(totals.minutes).toBe(Math.ceil(ac / 100))
    expect(ac).toBeGreaterThan(2000)
    expect(ac).toBeLessThan(2200)
  })

  it('sums days and legs', () => {
    const totals = planTotals(plan(['a', 'b', 'c'], ['c', 'd']), positionOf, () => 10)
    expect(totals.days.map((day) => day.legs.length)).toEqual([2, 1])
    expect(totals.minutes).toBe(30)
    expect(totals.meters).toBeCloseTo(totals.days[0]!.meters + totals.days[1]!.meters, 9)
  })
})

describe('optimisePlanDay', () => {
  it('keeps the first place first when no start is given', () => {
    const shuffled = frozen(plan(['b', 'd', 'a', 'c']))
    expect(optimisePlanDay(shuffled, 0, positionOf)).toEqual(plan(['b', 'a', 'c', 'd']))
  })

  it('starts from the given position, and puts places without a position last', () => {
    const day = frozen(plan(['x'], ['c', 'unknown', 'a', 'd', 'b']))
    expect(optimisePlanDay(day, 1, positionOf, [106.715, 20.86])).toEqual(plan(['x'], ['d', 'c', 'b', 'a', 'unknown']))
  })

  it('returns the same plan when nothing changes or the day does not exist', () => {
    const sorted = frozen(plan(['a', 'b', 'c']))
    expect(optimisePlanDay(sorted, 0, positionOf)).toBe(sorted)
    expect(optimisePlanDay(sorted, 4, positionOf)).toBe(sorted)
    const unknown = frozen(plan(['p', 'q']))
    expect(optimisePlanDay(unknown, 0, positionOf)).toBe(unknown)
  })
})
