// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '@/constants'
import { createMemoryStorage } from '@/stores/settings-storage'
import { mountApp } from './app-harness'

afterEach(() => {
  document.body.innerHTML = ''
})

/** Text with Intl's no-break and thin spaces as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ')

describe('routes', () => {
  it('redirects / to the browser language, else Vietnamese', async () => {
    expect((await mountApp('/', { languages: ['ko-KR'] })).router.currentRoute.value.fullPath).toBe('/ko/')
    expect((await mountApp('/', { languages: ['fr'] })).router.currentRoute.value.fullPath).toBe('/vi/')
  })

  it('prefers the saved language for /', async () => {
    const storage = createMemoryStorage()
    storage.setItem(STORAGE_KEYS.settings, JSON.stringify({ version: 1, locale: 'ja', theme: 'dark' }))
    const { router } = await mountApp('/', { storage, languages: ['ko'] })
    expect(router.currentRoute.value.fullPath).toBe('/ja/')
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it('renders home with one h1, featured places and upcoming lunar events', async () => {
    const { app } = await mountApp('/vi/')
    expect(app.findAll('h1')).toHaveLength(1)
    expect(app.get('h1').text()).toBe('Hải Phòng')
    expect(app.text()).toContain('Bảo tàng Hải Phòng')
    expect(app.text()).toContain('Temple festival')
    expect(app.text()).toContain('ngày 9/8 âm lịch')
    expect(document.title).toBe('Cẩm nang Hải Phòng')
    expect(document.documentElement.lang).toBe('vi')
    expect(app.findAll('header, nav, main, footer').length).toBeGreaterThanOrEqual(4)
  })
})

describe('place detail', () => {
  it('shows facts, price, contact links and the body', async () => {
    const { app } = await mountApp('/en/places/bao-tang')
    expect(app.get('h1').text()).toBe('City Museum')
    expect(document.title).toBe('City Museum · Hai Phong guide')
    const text = plain(app.text())
    expect(text).toContain('₫30,000 – ₫50,000')
    expect(text).toContain('Tu-Su 08:00-17:00')
    expect(text).toContain('Partly wheelchair accessible')
    expect(app.get('a[href="tel:+842253823451"]').text()).toContain('+84 225 3823 451')
    expect(app.find('a[href="mailto:info@example.org"]').exists()).toBe(true)
    expect(app.get('.prose').html()).toContain('<p>City Museum body</p>')
    expect(app.get('.entity-image img').attributes()).toMatchObject({
      alt: 'City Museum cover',
      width: '640',
      height: '400',
    })
    expect(text).toContain('Illustration')
    // Related: the itinerary that stops here.
    expect(text).toContain('Old quarter walk')
  })

  it('says "Free" for free places', async () => {
    const { app } = await mountApp('/vi/places/den-nghe')
    expect(app.text()).toContain('Miễn phí')
    expect(app.text()).toContain('Temple festival')
  })

  it('marks text that fell back to English and sets lang on it', async () => {
    const { app } = await mountApp('/ko/places/bao-tang')
    expect(app.get('h1').attributes('lang')).toBe('en')
    expect(app.get('.prose').attributes('lang')).toBe('en')
    expect(app.text()).toContain('아직 번역되지 않아 영어로 표시합니다')
    expect(document.documentElement.lang).toBe('ko')
  })
})

describe('not found', () => {
  it.each([
    ['/en/places/atlantis', 'There is no place with the id “atlantis”.'],
    ['/en/events/nope', 'There is no event with the id “nope”.'],
    ['/en/itineraries/nope', 'There is no itinerary with the id “nope”.'],
    ['/en/nowhere', 'There is no page at /en/nowhere.'],
  ])('explains %s and keeps the URL', async (path, message) => {
    const { app, router } = await mountApp(path)
    expect(router.currentRoute.value.fullPath).toBe(path)
    expect(app.get('[data-testid="not-found-message"]').text()).toBe(message)
    expect(document.title).toBe('Not found (404) · Hai Phong guide')
  })

  it('handles an unknown locale in the language the visitor prefers', async () => {
    const { app, router } = await mountApp('/fr/places', { languages: ['ja'] })
    expect(router.currentRoute.value.name).toBe('not-found')
    expect(app.get('h1').text()).toBe('ページが見つかりません')
  })
})

describe('language switcher', () => {
  it('keeps the page, changes the language and remembers it', async () => {
    const { app, router, settings } = await mountApp('/vi/places/bao-tang?x=1')
    await app.get('select[name="locale"]').setValue('en')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/en/places/bao-tang?x=1')
    expect(settings.locale).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(app.get('h1').text()).toBe('City Museum')
  })
})

describe('places list', () => {
  it('filters by ?category= and explains an unknown category', async () => {
    const filtered = await mountApp('/en/places?category=museum')
    expect(filtered.app.findAll('h2').map((h) => h.text())).toEqual(['Museums'])
    const unknown = await mountApp('/en/places?category=zoo')
    expect(unknown.app.text()).toContain('There is no category “zoo”, so all places are shown.')
    expect(unknown.app.findAll('h2')).toHaveLength(2)
  })
})

describe('itinerary and event detail', () => {
  it('lists stops in order with minutes and notes', async () => {
    const { app } = await mountApp('/en/itineraries/pho-cu')
    const stops = app.findAll('.stop')
    expect(stops.map((s) => s.get('.stop__name').text())).toEqual(['City Museum', 'Nghe Temple'])
    expect(stops[0]?.text()).toContain('About 1 hour here')
    expect(stops[0]?.text()).toContain('Start here')
  })

  it('shows the next date with its lunar date', async () => {
    const { app } = await mountApp('/ko/events/le-hoi')
    expect(app.text()).toContain('음력 8월 9일')
    expect(app.find('time').attributes('datetime')).toMatch(/^2026-09-\d\d$/)
  })
})

describe('settings', () => {
  it('shows a message when saved settings were corrupt, and can dismiss it', async () => {
    const storage = createMemoryStorage()
    storage.setItem(STORAGE_KEYS.settings, 'not json')
    const { app } = await mountApp('/vi/about', { storage })
    expect(app.text()).toContain('Cài đặt đã lưu bị hỏng')
    await app.get('button[aria-label="Đóng thông báo"]').trigger('click')
    expect(app.text()).not.toContain('Cài đặt đã lưu bị hỏng')
  })

  it('cycles the theme from the header button', async () => {
    const { app, settings } = await mountApp('/en/about')
    await app.get('button[aria-label^="Theme"]').trigger('click')
    expect(settings.theme).toBe('light')
    expect(document.documentElement.dataset.theme).toBe('light')
  })
})

describe('missing text (offline, language never saved)', () => {
  const offline = () => Promise.reject(new TypeError('Failed to fetch'))

  it('shows why instead of a page of bare ids, and offers a retry', async () => {
    const { app } = await mountApp('/en/places', { loadContent: offline })
    await flushPromises()
    expect(app.get('[role="alert"]').text()).toContain('Check your connection')
    expect(app.find('h1').exists()).toBe(false)
    expect(app.get('[role="alert"] button').text()).toBe('Try again')
  })

  it('still shows pages that need no content text', async () => {
    const { app } = await mountApp('/en/about', { loadContent: offline })
    await flushPromises()
    expect(app.get('h1').text()).toBe('About')
  })
})
