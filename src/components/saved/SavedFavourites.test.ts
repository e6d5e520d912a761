// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '@/constants'
import { loadFavourites } from '@/stores/favourites-storage'
import { createMemoryStorage } from '@/stores/settings-storage'
import { mountApp } from '@/views/app-harness'

afterEach(() => {
  document.body.innerHTML = ''
})

const NOW = new Date('2026-09-01T03:00:00Z')

describe('favourites', () => {
  it('hearts a card without following its link, and lists it on Saved by kind', async () => {
    const storage = createMemoryStorage()
    const { app, router } = await mountApp('/en/', { storage })
    const card = app.findAll('.card').find((found) => found.text().includes('City Museum'))
    const heart = card?.get('[aria-pressed]')
    expect(heart?.attributes('aria-pressed')).toBe('false')
    await heart?.trigger('click')
    expect(heart?.attributes('aria-pressed')).toBe('true')
    expect(router.currentRoute.value.name).toBe('home')
    expect(loadFavourites(storage, NOW).items).toEqual([{ kind: 'place', id: 'bao-tang', addedAt: NOW.toISOString() }])

    await router.push('/en/saved')
    await flushPromises()
    const group = app.get('[data-kind="place"]')
    expect(group.text()).toContain('City Museum')
    expect(group.get('.favourite-button').attributes('aria-pressed')).toBe('true')
    expect(app.find('[data-kind="event"]').exists()).toBe(false)
  })

  it('hearts from a detail page, keeps an un-hearted row until the page is left', async () => {
    const storage = createMemoryStorage()
    const { app, router } = await mountApp('/en/events/le-hoi', { storage })
    await app.get('.detail-header [aria-pressed]').trigger('click')
    await router.push('/en/saved')
    await flushPromises()
    const row = app.get('[data-kind="event"] li')
    expect(row.text()).toContain('Temple festival')
    await row.get('button').trigger('click')
    expect(loadFavourites(storage, NOW).items).toEqual([])
    // Still listed, heart empty, so the tap can be undone.
    expect(app.get('[data-kind="event"] button').attributes('aria-pressed')).toBe('false')
  })

  it('hides ids the content no longer has, and shows the empty state with links', async () => {
    const storage = createMemoryStorage()
    const gone = { kind: 'place', id: 'demolished', addedAt: NOW.toISOString() }
    storage.setItem(STORAGE_KEYS.favourites, JSON.stringify({ version: 1, items: [gone] }))
    const { app } = await mountApp('/en/saved', { storage })
    expect(app.find('[data-kind]').exists()).toBe(false)
    expect(app.findAll('.saved-favourites__browse a')).toHaveLength(3)
    // Kept in storage: the entry may come back with the next content update.
    expect(loadFavourites(storage, NOW).items).toEqual([gone])
  })

  it('shows a message instead of a blank page when the stored favourites are corrupt', async () => {
    const storage = createMemoryStorage()
    storage.setItem(STORAGE_KEYS.favourites, '{"version":1,"items":[{"kind":')
    const { app } = await mountApp('/en/saved', { storage })
    expect(app.get('h1').text()).toBe('Saved')
    const notice = app.get('[data-notice="favourites"]')
    await notice.get('button').trigger('click')
    expect(app.find('[data-notice="favourites"]').exists()).toBe(false)
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.favourites) ?? '')).toEqual({ version: 1, items: [] })
  })
})
