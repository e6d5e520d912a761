import { describe, expect, it } from 'vitest'
import { extraFallbackOf, fallbackOf, pickLocalized } from './localized'

describe('pickLocalized', () => {
  const label = { vi: 'Bảo tàng', en: 'Museums', ko: '박물관' }

  it('uses the locale when there is a translation', () => {
    expect(pickLocalized(label, 'ko')).toEqual({ text: '박물관', lang: 'ko' })
  })

  it('falls back to English, then Vietnamese', () => {
    expect(pickLocalized(label, 'ja')).toEqual({ text: 'Museums', lang: 'en' })
    expect(pickLocalized({ vi: 'Chợ', en: '' }, 'zh')).toEqual({ text: 'Chợ', lang: 'vi' })
  })
})

describe('fallbackOf', () => {
  it('reads the fallback map of entity text', () => {
    const text = { name: 'Cat Ba', summary: 's', image_alt: [], bodyHtml: '', fallback: { name: 'en' as const } }
    expect(fallbackOf(text, 'name')).toBe('en')
    expect(fallbackOf(text, 'summary')).toBeUndefined()
    expect(fallbackOf(undefined, 'body')).toBeUndefined()
  })
})

describe('extraFallbackOf', () => {
  it('skips fields that fell back like the name, which is marked already', () => {
    const text = {
      name: 'Cat Ba',
      summary: 's',
      image_alt: [],
      bodyHtml: '',
      fallback: { name: 'en' as const, summary: 'en' as const, body: 'vi' as const },
    }
    expect(extraFallbackOf(text, 'summary')).toBeUndefined()
    expect(extraFallbackOf(text, 'body')).toBe('vi')
  })
})
