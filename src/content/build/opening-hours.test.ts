import { describe, expect, it } from 'vitest'
import { checkOpeningHours } from './opening-hours.ts'

const here: [number, number] = [106.68, 20.86]

describe('checkOpeningHours', () => {
  it('accepts valid values, including Vietnamese public holidays', () => {
    expect(checkOpeningHours('Mo-Su 07:00-17:00; PH off', here, 'vn')).toEqual({ warnings: [] })
  })

  it('explains where a value stops making sense', () => {
    const result = checkOpeningHours('Mo-Su 7-17 foo', here, 'vn')
    expect(result.error).toMatch(/^Unexpected token: "f".*\(near "Mo-Su 7-17 fo"\)$/)
  })

  it('warns about sloppy but readable values and suggests the canonical form', () => {
    const result = checkOpeningHours('Mon-Fri 08:00-17:00', here, 'vn')
    expect(result.error).toBeUndefined()
    expect(result.warnings.length).toBeGreaterThan(0)
    expect(result.suggestion).toBe('Mo-Fr 08:00-17:00')
  })
})
