import { describe, expect, it } from 'vitest'
import { CACHE_NAMES } from '@/constants'
import {
  MEDIA_PACK,
  PACKS_URL,
  allPackUrls,
  missingFiles,
  packBytes,
  packCacheName,
  packFiles,
  packKeyOfCache,
  packState,
  parsePacks,
  staleUrls,
  type OfflinePacks,
} from './packs'

const packs: OfflinePacks = {
  version: 'abc123',
  locales: {
    en: [
      { url: '/assets/en-1.js', bytes: 100 },
      { url: '/assets/messages-en-1.js', bytes: 20 },
    ],
    ko: [{ url: '/assets/ko-1.js', bytes: 300 }],
  },
  media: [
    { url: '/assets/harbour-1.jpg', bytes: 5000 },
    { url: '/assets/tour-1.mp3', bytes: 9000 },
  ],
}

describe('pack cache names', () => {
  it('round-trips a language and the media pack through the cache name', () => {
    for (const key of ['vi', 'en', 'zh', MEDIA_PACK]) {
      expect(packCacheName(key).startsWith(CACHE_NAMES.prefix)).toBe(true)
      expect(packKeyOfCache(packCacheName(key))).toBe(key)
    }
  })

  it('does not take the precache, the runtime cache or other sites’ caches for packs', () => {
    expect(packKeyOfCache(CACHE_NAMES.runtime)).toBeUndefined()
    expect(packKeyOfCache('haiphong-guide-precache-v2-http://guide.test/')).toBeUndefined()
    expect(packKeyOfCache('workbox-precache-v2')).toBeUndefined()
    expect(packKeyOfCache('pack-en')).toBeUndefined()
  })
})

describe('packFiles', () => {
  it('gives a language its text and the media pack the photos and audio', () => {
    expect(packFiles(packs, 'en').map((file) => file.url)).toEqual(['/assets/en-1.js', '/assets/messages-en-1.js'])
    expect(packFiles(packs, MEDIA_PACK)).toBe(packs.media)
  })

  it('is empty for a language the site does not offer, including names inherited from Object', () => {
    expect(packFiles(packs, 'fr')).toEqual([])
    expect(packFiles(packs, 'toString')).toEqual([])
    expect(packFiles(packs, '__proto__')).toEqual([])
    expect(packFiles(packs, 'constructor')).toEqual([])
  })

  it('adds up sizes and lists every URL once', () => {
    expect(packBytes(packFiles(packs, 'en'))).toBe(120)
    expect(packBytes([])).toBe(0)
    expect([...allPackUrls(packs)].sort()).toEqual([
      '/assets/en-1.js',
      '/assets/harbour-1.jpg',
      '/assets/ko-1.js',
      '/assets/messages-en-1.js',
      '/assets/tour-1.mp3',
    ])
  })
})

describe('missingFiles and staleUrls', () => {
  const files = packFiles(packs, 'en')

  it('lists the files not cached yet, in pack order', () => {
    expect(missingFiles(files, new Set())).toEqual(files)
    expect(missingFiles(files, new Set(['/assets/en-1.js']))).toEqual([{ url: '/assets/messages-en-1.js', bytes: 20 }])
    expect(missingFiles(files, new Set(files.map((file) => file.url)))).toEqual([])
  })

  it('lists cached URLs the current pack no longer has', () => {
    const cached = new Set(['/assets/en-0.js', '/assets/en-1.js', '/assets/messages-en-0.js'])
    expect(staleUrls(cached, files)).toEqual(['/assets/en-0.js', '/assets/messages-en-0.js'])
    expect(staleUrls(['/assets/en-1.js'], files)).toEqual([])
    expect(staleUrls(['/assets/en-1.js'], [])).toEqual(['/assets/en-1.js'])
  })
})

describe('parsePacks', () => {
  it('accepts a valid list, and one with no languages or media', () => {
    expect(parsePacks(JSON.parse(JSON.stringify(packs)))).toEqual(packs)
    const empty = { version: '0', locales: {}, media: [] }
    expect(parsePacks(empty)).toEqual(empty)
  })

  it('keeps only the three known fields', () => {
    expect(parsePacks({ ...packs, extra: true })).toEqual(packs)
  })

  const file = { url: '/a.js', bytes: 1 }
  it.each([
    ['null', null, 'not an object'],
    ['a string', 'offline-packs', 'not an object'],
    ['no version', { locales: {}, media: [] }, 'no version'],
    ['a numeric version', { version: 1, locales: {}, media: [] }, 'no version'],
    ['no media', { version: '1', locales: {} }, 'media is not a file list'],
    ['media as an object', { version: '1', locales: {}, media: {} }, 'media is not a file list'],
    ['a media file without bytes', { version: '1', locales: {}, media: [{ url: '/a.jpg' }] }, 'media is not'],
    ['a media file with a numeric URL', { version: '1', locales: {}, media: [{ url: 1, bytes: 1 }] }, 'media is not'],
    ['a null media file', { version: '1', locales: {}, media: [null] }, 'media is not'],
    ['no locales', { version: '1', media: [file] }, 'no locales'],
    ['null locales', { version: '1', locales: null, media: [] }, 'no locales'],
    ['a locale that is not a list', { version: '1', locales: { en: file }, media: [] }, 'locale en is not a file list'],
    [
      'a locale with a broken file',
      { version: '1', locales: { en: [file], ko: [{ url: '/ko.js', bytes: '3' }] }, media: [] },
      'locale ko is not a file list',
    ],
  ])('rejects %s, naming the file and the problem', (_, value, why) => {
    expect(() => parsePacks(value)).toThrow(PACKS_URL)
    expect(() => parsePacks(value)).toThrow(why)
    expect(() => parsePacks(value)).toThrow(/build that produced it is broken/)
  })
})

describe('packState', () => {
  it('tells saved, partly saved and not saved packs apart', () => {
    expect(packState({ files: 3, savedFiles: 3 })).toBe('saved')
    expect(packState({ files: 3, savedFiles: 1 })).toBe('partial')
    expect(packState({ files: 3, savedFiles: 0 })).toBe('none')
    // Saved once, then evicted by the browser down to nothing: still a pack to repair.
    expect(packState({ files: 3, savedFiles: 0, cached: true })).toBe('partial')
    expect(packState({ files: 3, savedFiles: 3, cached: true })).toBe('saved')
  })

  it('counts a pack with nothing to download as saved', () => {
    expect(packState({ files: 0, savedFiles: 0 })).toBe('saved')
  })
})
