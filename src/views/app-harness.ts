/**
 * Test support (not shipped: only *.test.ts files import it): mounts the whole
 * app on a memory history with a small fixture catalog, fixed "today" and
 * in-memory settings storage, exactly as main.ts wires the real one.
 */
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { createMemoryHistory } from 'vue-router'
import type { LocaleContent, Manifest } from '@/content/model'
import type { Locale } from '@/content/schema'
import { buildSearchIndex, type SearchDoc } from '@/domain/search'
import App from '@/App.vue'
import { catalogKey, createCatalog } from '@/composables/catalog'
import { createLocaleContentState, localeContentKey } from '@/composables/locale-content'
import { createSearchIndexState, searchIndexKey } from '@/composables/search'
import { clockKey } from '@/composables/today'
import { createAppI18n, setUiLocale } from '@/i18n'
import { pickLocale } from '@/i18n/locales'
import { createOfflinePacks, offlinePacksKey } from '@/pwa/offline-packs-state'
import { createPwaState, pwaKey } from '@/pwa/pwa-state'
import { createAppRouter } from '@/router'
import { settingsStorageKey, useSettingsStore } from '@/stores/settings'
import { createMemoryStorage, type KeyValueStorage } from '@/stores/settings-storage'

const image = {
  file: 'cover.svg',
  url: '/cover.svg',
  credit: 'Drawn for this guide',
  licence: 'CC0-1.0',
  illustration: true,
}

export const FIXTURE_MANIFEST: Manifest = {
  site: {
    id: 'hai-phong',
    name: { vi: 'Hải Phòng', en: 'Hai Phong', ko: '하이퐁' },
    tagline: { vi: 'Thành phố Hoa Phượng Đỏ', en: 'The city of red flamboyants' },
    locales: ['vi', 'en', 'ko', 'zh', 'ja'],
    timeZone: 'Asia/Ho_Chi_Minh',
    currency: 'VND',
    country: 'vn',
    map: {
      center: [106.68, 20.86],
      zoom: 9,
      bounds: [
        [105.85, 19.95],
        [107.95, 21.45],
      ],
    },
    credits: [{ name: '© OpenStreetMap contributors', licence: 'ODbL 1.0', usage: 'place coordinates' }],
  },
  categories: [
    { id: 'museum', icon: 'museum', colour: '#6a3d9a', label: { vi: 'Bảo tàng', en: 'Museums' } },
    { id: 'religious', icon: 'pagoda', colour: '#b3261e', label: { vi: 'Chùa, đền', en: 'Temples', ko: '사찰' } },
  ],
  places: [
    {
      id: 'bao-tang',
      category: 'museum',
      location: [106.68, 20.86],
      opening_hours: 'Tu-Su 08:00-17:00; Mo off',
      price: { min: 30000, max: 50000 },
      contact: { phone: '+84 225 3823 451', website: 'https://example.org/museum', email: 'info@example.org' },
      images: [image],
      audio: [],
      accessibility: { wheelchair: 'limited' },
      tags: ['history'],
      featured: true,
    },
    {
      id: 'den-nghe',
      category: 'religious',
      location: [106.68, 20.86],
      price: { free: true },
      images: [],
      audio: [],
      tags: [],
      featured: false,
    },
  ],
  itineraries: [
    {
      id: 'pho-cu',
      mode: 'walk',
      days: 1,
      stops: [
        { place: 'bao-tang', minutes: 60, day: 1 },
        { place: 'den-nghe', minutes: 30, day: 1 },
      ],
      images: [],
      tags: [],
      featured: true,
    },
  ],
  events: [
    {
      id: 'le-hoi',
      venue: 'den-nghe',
      schedule: { type: 'lunar', month: 8, day: 9, leap: false, duration: 1 },
      overrides: [],
      images: [],
      tags: [],
      featured: true,
    },
  ],
  contentHash: 'abc123',
}

type PlaceEntry = LocaleContent['places'][string]

function place(name: string, extra: Partial<PlaceEntry> = {}): PlaceEntry {
  return {
    name,
    summary: `${name} summary`,
    image_alt: [`${name} cover`],
    bodyHtml: `<p>${name} body</p>`,
    fallback: {},
    ...extra,
  }
}

function content(locale: Locale): LocaleContent {
  // Korean has no translation of the museum: it falls back to English, as the build does.
  const museum =
    locale === 'ko'
      ? place('City Museum', { fallback: { name: 'en', summary: 'en', body: 'en', image_alt: 'en' } })
      : place(locale === 'vi' ? 'Bảo tàng Hải Phòng' : 'City Museum', { address: '66 Điện Biên Phủ' })
  return {
    locale,
    places: { 'bao-tang': museum, 'den-nghe': place(locale === 'vi' ? 'Đền Nghè' : 'Nghe Temple') },
    itineraries: {
      'pho-cu': {
        name: 'Old quarter walk',
        summary: 'A walk',
        image_alt: [],
        stop_notes: ['Start here', ''],
        bodyHtml: '',
        fallback: {},
      },
    },
    events: {
      'le-hoi': { name: 'Temple festival', summary: 'Yearly festival', image_alt: [], bodyHtml: '', fallback: {} },
    },
    search: fixtureSearch(locale),
  }
}

/** The index the build would make of the fixture text: the locale's names plus the Vietnamese ones. */
function fixtureSearch(locale: Locale): string {
  const vi = locale === 'vi'
  const label = (id: string) => {
    const labels = FIXTURE_MANIFEST.categories.find((c) => c.id === id)!.label
    return labels[locale] ?? labels.en
  }
  const docs: SearchDoc[] = [
    {
      kind: 'place',
      id: 'bao-tang',
      name: vi ? 'Bảo tàng Hải Phòng' : 'City Museum',
      names: vi ? ['City Museum'] : ['Bảo tàng Hải Phòng'],
      summary: `${vi ? 'Bảo tàng Hải Phòng' : 'City Museum'} summary`,
      ...(locale === 'ko' ? {} : { address: '66 Điện Biên Phủ' }),
      category: label('museum'),
      tags: ['history'],
    },
    {
      kind: 'place',
      id: 'den-nghe',
      name: vi ? 'Đền Nghè' : 'Nghe Temple',
      names: vi ? ['Nghe Temple'] : ['Đền Nghè'],
      summary: `${vi ? 'Đền Nghè' : 'Nghe Temple'} summary`,
      category: label('religious'),
      tags: [],
    },
    { kind: 'itinerary', id: 'pho-cu', name: 'Old quarter walk', names: [], summary: 'A walk', tags: [] },
    { kind: 'event', id: 'le-hoi', name: 'Temple festival', names: [], summary: 'Yearly festival', tags: [] },
  ]
  return buildSearchIndex(docs)
}

/** Cache Storage as in a private window: nothing can be saved. */
const unavailableCaches = {
  keys: async () => [],
  open: () => Promise.reject(new DOMException('Cache Storage is unavailable', 'SecurityError')),
  delete: async () => false,
  has: async () => false,
  match: async () => undefined,
} as unknown as CacheStorage

export interface HarnessOptions {
  storage?: KeyValueStorage
  /** "Now"; defaults to 1 September 2026, 10:00 in Hải Phòng. */
  now?: Date
  languages?: readonly string[]
  /** Replaces the fixture text loader, e.g. with one that fails as offline. */
  loadContent?: (locale: Locale) => Promise<LocaleContent>
}

export async function mountApp(path: string, options: HarnessOptions = {}) {
  const storage = options.storage ?? createMemoryStorage()
  const now = options.now ?? new Date('2026-09-01T03:00:00Z')
  const pinia = createPinia()
  const i18n = createAppI18n()
  const catalog = createCatalog(FIXTURE_MANIFEST)
  const localeContent = createLocaleContentState(options.loadContent ?? (async (locale) => content(locale)))

  const provide = {
    [settingsStorageKey as symbol]: storage,
    [catalogKey as symbol]: catalog,
    [localeContentKey as symbol]: localeContent,
    [searchIndexKey as symbol]: createSearchIndexState(localeContent),
    [clockKey as symbol]: () => now,
    // No service worker under test: the offline features say they are unavailable.
    [pwaKey as symbol]: createPwaState({ window }),
    [offlinePacksKey as symbol]: createOfflinePacks({
      caches: unavailableCaches,
      fetch: () => Promise.reject(new Error('offline')),
    }),
  }
  // The router asks the settings store for the locale before the app mounts;
  // a bare host app gives the store its injected storage, as main.ts does.
  const host = createApp({})
  host.provide(settingsStorageKey, storage)
  host.use(pinia)
  const settings = useSettingsStore(pinia)
  const router = createAppRouter({
    history: createMemoryHistory(),
    i18n,
    content: localeContent,
    catalog,
    preferredLocale: () => pickLocale(settings.locale, options.languages ?? []),
  })
  await router.push(path)
  await router.isReady()
  const app = mount(App, { attachTo: document.body, global: { plugins: [pinia, i18n, router], provide } })
  return { app, router, settings, storage, i18n }
}

/** `global` mounting options for a single component: i18n in `locale`, the fixture catalog and content. */
export async function componentGlobals(locale: Locale = 'vi') {
  const i18n = createAppI18n()
  await setUiLocale(i18n, locale)
  const localeContent = createLocaleContentState(async (l) => content(l))
  await localeContent.load(locale)
  return {
    plugins: [i18n],
    provide: {
      [catalogKey as symbol]: createCatalog(FIXTURE_MANIFEST),
      [localeContentKey as symbol]: localeContent,
      [searchIndexKey as symbol]: createSearchIndexState(localeContent),
      [pwaKey as symbol]: createPwaState({ window }),
    },
    stubs: { RouterLink: { template: '<a><slot /></a>' } },
  }
}
