import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import type { LocaleContent } from '@/content/model'
import type { Locale } from '@/content/schema'
import { buildSearchIndex } from '@/domain/search'
import { createLocaleContentState, localeContentKey, useEntityText } from './locale-content'

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

describe('useEntityText', () => {
  const text = (name: string) => ({ name, summary: '', image_alt: [], bodyHtml: '', fallback: {} })

  async function entityText() {
    const state = createLocaleContentState(async (locale) => ({
      ...empty(locale),
      places: { 'nha-hat-lon': text('Opera House') },
      itineraries: { 'pho-co': { ...text('Old quarter'), stop_notes: [] } },
      events: { 'le-hoi': text('Festival') },
    }))
    await state.load('en')
    const app = createApp({}).provide(localeContentKey, state)
    return app.runWithContext(() => useEntityText())
  }

  it('finds the text of an id in the current locale', async () => {
    const texts = await entityText()
    expect(texts.place('nha-hat-lon')?.name).toBe('Opera House')
    expect(texts.itinerary('pho-co')?.name).toBe('Old quarter')
    expect(texts.event('le-hoi')?.name).toBe('Festival')
    expect(texts.place('cho-sat')).toBeUndefined()
  })

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'finds no text for %s, an id a stored plan or a link may hold',
    async (id) => {
      const texts = await entityText()
      expect(texts.place(id)).toBeUndefined()
      expect(texts.itinerary(id)).toBeUndefined()
      expect(texts.event(id)).toBeUndefined()
    },
  )
})
