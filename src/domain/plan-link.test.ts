import { describe, expect, it } from 'vitest'
import { emptyPlan, MAX_PLAN_DAYS, type Plan } from './plan'
import { PLAN_PARAM, planFromParam, planToParam } from './plan-link'

const plan = (...days: string[][]): Plan => ({ days })

describe('planToParam', () => {
  it('writes the version, then each day, readably', () => {
    expect(planToParam(plan(['chua-du-hang', 'nha-hat-lon'], ['den-nghe']))).toBe('1_chua-du-hang.nha-hat-lon_den-nghe')
    expect(planToParam(plan(['a'], [], ['b']))).toBe('1_a__b')
    expect(planToParam(emptyPlan())).toBe('1_')
  })

  it('needs no percent-encoding in a query string', () => {
    const value = planToParam(plan(['chua-du-hang', 'nha-hat-lon'], ['den-nghe', 'cat-ba-2']))
    expect(encodeURIComponent(value)).toBe(value)
    expect(new URLSearchParams({ [PLAN_PARAM]: value }).toString()).toBe(`plan=${value}`)
  })

  it('leaves out ids that could not be read back', () => {
    expect(planToParam(plan(['a', 'B_ad', 'x.y', 'c']))).toBe('1_a.c')
  })
})

describe('planFromParam', () => {
  it('reads back what planToParam writes', () => {
    for (const original of [emptyPlan(), plan(['a', 'b-2'], [], ['c']), plan([], ['z'])]) {
      expect(planFromParam(planToParam(original))).toEqual({ ok: true, plan: original, dropped: [] })
    }
  })

  it('reads a version with no days as one empty day, and ignores surrounding spaces and empty ids', () => {
    expect(planFromParam('1')).toEqual({ ok: true, plan: emptyPlan(), dropped: [] })
    expect(planFromParam(' 1_a..b.\n')).toEqual({ ok: true, plan: plan(['a', 'b']), dropped: [] })
  })

  it('keeps a duplicate once, where it first appears', () => {
    expect(planFromParam('1_a.b.a_b.c')).toEqual({ ok: true, plan: plan(['a', 'b'], ['c']), dropped: [] })
  })

  it('drops and lists ids that are not slugs', () => {
    expect(planFromParam('1_a.Bad.x y.-c.d--e.f_<script>.g')).toEqual({
      ok: true,
      plan: plan(['a', 'f'], ['g']),
      dropped: ['Bad', 'x y', '-c', 'd--e', '<script>'],
    })
  })

  it('says when the link comes from a newer version', () => {
    expect(planFromParam('2_a.b')).toEqual({ ok: false, reason: 'newer' })
    expect(planFromParam('17~whatever-format')).toEqual({ ok: false, reason: 'newer' })
  })

  it('rejects empty and garbage values', () => {
    for (const value of ['', '  ', 'abc', '_a', 'a_b', '1a_b', '0_a', '1~a', '-1_a', '1.5_a']) {
      expect(planFromParam(value), value).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it('caps days (later ones join the last) and places (the rest are dropped)', () => {
    const days = Array.from({ length: MAX_PLAN_DAYS + 2 }, (_, i) => `d${i}`)
    const result = planFromParam(`1_${days.join('_')}`)
    expect(result.ok && result.plan.days).toHaveLength(MAX_PLAN_DAYS)
    expect(result.ok && result.plan.days.at(-1)).toEqual(['d6', 'd7', 'd8'])

    // 200 places, as a stored plan holds (plan.ts).
    const ids = Array.from({ length: 203 }, (_, i) => `p${i}`)
    const many = planFromParam(`1_${ids.join('.')}`)
    expect(many.ok && many.plan.days[0]).toHaveLength(200)
    expect(many.ok && many.dropped).toEqual(['p200', 'p201', 'p202'])
  })
})
