import { describe, expect, it } from 'vitest'
import type { LocaleContent } from '@/content/model'
import type { Locale } from '@/content/schema'
import { buildSearchIndex } from '@/domain/search'
import { createLocaleContentState } from './locale-content'

const empty = (locale: Locale): LocaleContent => ({
  locale,
  places: {},
  itineraries: {},
  events: {},
  search: buildSearchIndex([]),
})

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('createLocaleContentState', () => {
  it('loads a locale once', async () => {
    const calls: Locale[] = []
    const state = createLocaleContentState(async (locale) => {
      calls.push(locale)
      return empty(locale)
    })
    await state.load('ko')
    await state.load('ko')
    expect(state.status.value).toBe('ready')
    expect(state.content.value?.locale).toBe('ko')
    expect(calls).toEqual(['ko'])
  })

  it('lets the latest request win when loads overlap', async () => {
    const pending = { vi: deferred<LocaleContent>(), en: deferred<LocaleContent>() }
    const state = createLocaleContentState((locale) => pending[locale as 'vi' | 'en'].promise)
    const first = state.load('vi')
    const second = state.load('en')
    pending.en.resolve(empty('en'))
    await second
    pending.vi.resolve(empty('vi'))
    await first
    expect(state.content.value?.locale).toBe('en')
  })

  it('reports a failed load and recovers on retry', async () => {
    let fail = true
    const state = createLocaleContentState(async (locale) => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module')
      return empty(locale)
    })
    await state.load('ja')
    expect(state.status.value).toBe('error')
    expect(state.content.value).toBeNull()
    fail = false
    await state.retry()
    expect(state.status.value).toBe('ready')
    expect(state.content.value?.locale).toBe('ja')
  })
})
