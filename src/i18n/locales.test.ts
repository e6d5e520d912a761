import { describe, expect, it } from 'vitest'
import { isLocale, matchLocale, pickLocale } from './locales'

describe('matchLocale', () => {
  it('maps regional and script variants to the base language', () => {
    expect(matchLocale(['zh-TW'])).toBe('zh')
    expect(matchLocale(['zh-Hans-CN'])).toBe('zh')
    expect(matchLocale(['ko-KR'])).toBe('ko')
    expect(matchLocale(['ja'])).toBe('ja')
    expect(matchLocale(['vi-VN'])).toBe('vi')
    expect(matchLocale(['en_GB'])).toBe('en')
  })

  it('takes the first language it supports', () => {
    expect(matchLocale(['fr-FR', 'de', 'ja-JP', 'en'])).toBe('ja')
  })

  it('returns undefined when nothing matches', () => {
    expect(matchLocale(['fr', 'de-AT'])).toBeUndefined()
    expect(matchLocale([])).toBeUndefined()
  })
})

describe('pickLocale', () => {
  it('prefers the saved choice', () => {
    expect(pickLocale('ko', ['ja'])).toBe('ko')
  })

  it('then the browser languages, then Vietnamese', () => {
    expect(pickLocale(null, ['fr', 'zh-CN'])).toBe('zh')
    expect(pickLocale(null, ['fr'])).toBe('vi')
  })
})

describe('isLocale', () => {
  it('accepts only the five UI locales', () => {
    expect(isLocale('vi')).toBe(true)
    expect(isLocale('zh-CN')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})
