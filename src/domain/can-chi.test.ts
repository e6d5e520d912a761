import { describe, expect, it } from 'vitest'
import { canChi, sexagenaryYear } from './can-chi'

describe('canChi', () => {
  it('names 2026 in every locale', () => {
    expect(canChi(2026)).toBe('Bính Ngọ')
    expect(canChi(2026, 'vi')).toBe('Bính Ngọ')
    expect(canChi(2026, 'en')).toBe('Fire Horse')
    expect(canChi(2026, 'zh')).toBe('丙午')
    expect(canChi(2026, 'ja')).toBe('丙午')
    expect(canChi(2026, 'ko')).toBe('병오')
  })

  it.each([
    [1900, 'Canh Tý', 'Metal Rat'],
    [1968, 'Mậu Thân', 'Earth Monkey'],
    [1984, 'Giáp Tý', 'Wood Rat'],
    [2021, 'Tân Sửu', 'Metal Buffalo'],
    [2023, 'Quý Mão', 'Water Cat'],
    [2025, 'Ất Tỵ', 'Wood Snake'],
    [2027, 'Đinh Mùi', 'Fire Goat'],
    [2100, 'Canh Thân', 'Metal Monkey'],
  ])('names %i %s (%s)', (year, vi, en) => {
    expect(canChi(year, 'vi')).toBe(vi)
    expect(canChi(year, 'en')).toBe(en)
  })

  it('repeats every 60 years, also before year 4', () => {
    expect(canChi(2026 - 60)).toBe(canChi(2026))
    expect(sexagenaryYear(4)).toEqual({ stem: 0, branch: 0 })
    expect(sexagenaryYear(3)).toEqual({ stem: 9, branch: 11 })
    expect(sexagenaryYear(-56)).toEqual({ stem: 0, branch: 0 })
  })

  it('writes the text in Unicode NFC, like all content', () => {
    for (let year = 2020; year < 2080; year++) expect(canChi(year).normalize('NFC')).toBe(canChi(year))
  })
})
