import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { PACKS_URL, type OfflinePacks } from '../packs.ts'
import { AUDIO_EXTENSIONS } from '../../content/schema.ts'
import { collectPacks, isMediaFile, offlinePacksModule, readPacks, withoutPackFiles } from './offline-packs.ts'

interface FakeChunk {
  type: 'chunk'
  fileName: string
  facadeModuleId: string | null
  code: string
}
interface FakeAsset {
  type: 'asset'
  fileName: string
  originalFileNames: string[]
  source: string | Uint8Array
}

const chunk = (fileName: string, facadeModuleId: string | null, code = 'export{}'): FakeChunk => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  code,
})
const asset = (fileName: string, originalFileNames: string[], source: string | Uint8Array): FakeAsset => ({
  type: 'asset',
  fileName,
  originalFileNames,
  source,
})

/** The fields collectPacks reads of a Rolldown bundle, keyed by file name as Rolldown keys it. */
function bundleOf(...outputs: (FakeChunk | FakeAsset)[]): Rolldown.OutputBundle {
  return Object.fromEntries(outputs.map((output) => [output.fileName, output])) as unknown as Rolldown.OutputBundle
}

/** Like vite.config.ts: content chunks are `\0locale:<code>`, UI messages are messages/<code>.json. */
const options = {
  localeOf: (id: string) => /^\0locale:(.+)$/.exec(id)?.[1] ?? /messages\/(\w+)\.json$/.exec(id)?.[1],
  isMedia: (file: string) => /\.(jpe?g|mp3)$/.test(file),
}

const ko = 'export default {"name":"하이퐁"}'
const vi = 'export default {"name":"Hải Phòng"}'
const photo = new Uint8Array(1234)

function siteBundle(overrides: (FakeChunk | FakeAsset)[] = []) {
  const outputs = [
    chunk('assets/index-A1.js', '/src/main.ts', 'console.info(1)'),
    chunk('assets/vendor-B2.js', null),
    chunk('assets/vi-C3.js', '\0locale:vi', vi),
    chunk('assets/ko-D4.js', '\0locale:ko', ko),
    chunk('assets/messages-ko-E5.js', '/repo/src/i18n/messages/ko.json', 'export default {}'),
    chunk('assets/en-F6.js', '\0locale:en', 'export default {}'),
    asset('assets/index-G7.css', ['src/styles/base.css'], 'body{}'),
    asset('assets/tour-H8.mp3', ['content/media/tour.mp3'], 'ID3'),
    asset('assets/harbour-I9.jpg', ['content/media/harbour.jpg'], photo),
    asset('assets/cover-J0.svg', ['content/media/cover.svg'], '<svg/>'),
    asset('offline-packs-extra.json', [], '{}'),
  ]
  const byName = new Map([...outputs, ...overrides].map((output) => [output.fileName, output]))
  return bundleOf(...byName.values())
}

describe('collectPacks', () => {
  it('groups each language’s chunks, sorted, and leaves out the app’s own code', () => {
    const packs = collectPacks(siteBundle(), options)
    expect(Object.keys(packs.locales)).toEqual(['en', 'ko', 'vi'])
    expect(packs.locales.ko?.map((file) => file.url)).toEqual(['/assets/ko-D4.js', '/assets/messages-ko-E5.js'])
    expect(packs.locales.vi?.map((file) => file.url)).toEqual(['/assets/vi-C3.js'])
  })

  it('puts photos and audio in the media pack, sorted, and nothing else', () => {
    const packs = collectPacks(siteBundle(), options)
    expect(packs.media.map((file) => file.url)).toEqual(['/assets/harbour-I9.jpg', '/assets/tour-H8.mp3'])
  })

  it('counts sizes in bytes as stored: UTF-8 for text, byte length for binary', () => {
    const packs = collectPacks(siteBundle(), options)
    expect(packs.locales.ko?.[0]?.bytes).toBe(new TextEncoder().encode(ko).byteLength)
    expect(packs.locales.ko?.[0]?.bytes).toBeGreaterThan(ko.length)
    expect(packs.locales.vi?.[0]?.bytes).toBe(Buffer.byteLength(vi, 'utf8'))
    expect(packs.media.find((file) => file.url.endsWith('.jpg'))?.bytes).toBe(1234)
    expect(packs.media.find((file) => file.url.endsWith('.mp3'))?.bytes).toBe(3)
  })

  it('counts an asset as media if any of its source files is', () => {
    const shared = asset('assets/shared-K1.jpg', ['content/media/icon.svg', 'content/media/shared.jpg'], 'jpg')
    expect(collectPacks(siteBundle([shared]), options).media.map((file) => file.url)).toContain('/assets/shared-K1.jpg')
  })

  it('prefixes URLs with the site base', () => {
    const packs = collectPacks(siteBundle(), options, '/guide/')
    expect(packs.locales.vi?.[0]?.url).toBe('/guide/assets/vi-C3.js')
    expect(packs.media[0]?.url).toBe('/guide/assets/harbour-I9.jpg')
  })

  it('gives the same version for the same files, whatever the bundle order', () => {
    const first = collectPacks(siteBundle(), options)
    const reversed = bundleOf(...(Object.values(siteBundle()).reverse() as unknown as (FakeChunk | FakeAsset)[]))
    expect(collectPacks(siteBundle(), options).version).toBe(first.version)
    expect(collectPacks(reversed, options)).toEqual(first)
    expect(first.version).toMatch(/^[0-9a-f]{16}$/)
  })

  it('changes the version when a pack file changes', () => {
    const before = collectPacks(siteBundle(), options).version
    // Vite names files after a hash of their content: an edit gives a new name (and here a new size).
    const edited = bundleOf(
      ...Object.values(siteBundle()).filter((output) => output.fileName !== 'assets/ko-D4.js'),
      chunk('assets/ko-Z9.js', '\0locale:ko', `${ko}//edited`),
    )
    expect(collectPacks(edited, options).version).not.toBe(before)
    const resized = siteBundle([asset('assets/harbour-I9.jpg', ['content/media/harbour.jpg'], new Uint8Array(99))])
    expect(collectPacks(resized, options).version).not.toBe(before)
  })

  it('keeps the version when only files outside the packs change', () => {
    const before = collectPacks(siteBundle(), options).version
    const appChanged = siteBundle([chunk('assets/index-A1.js', '/src/main.ts', 'console.info(2)//longer')])
    expect(collectPacks(appChanged, options).version).toBe(before)
  })

  it('gives empty packs for a bundle without languages or media', () => {
    const packs = collectPacks(bundleOf(chunk('assets/index.js', '/src/main.ts')), options)
    expect(packs).toMatchObject({ locales: {}, media: [] })
  })
})

describe('isMediaFile', () => {
  it('takes every kind of recording a place may list, whatever the letter case', () => {
    for (const extension of AUDIO_EXTENSIONS) {
      expect(isMediaFile(`content/places/nha-hat-lon/narration-vi.${extension}`), extension).toBe(true)
      expect(isMediaFile(`content/places/nha-hat-lon/NARRATION-VI.${extension.toUpperCase()}`), extension).toBe(true)
    }
  })

  it('takes full-size photos and leaves what the precache needs', () => {
    for (const photo of ['a.jpg', 'a.jpeg', 'a.png', 'a.webp', 'a.avif'])
      expect(isMediaFile(`content/${photo}`)).toBe(true)
    for (const other of ['cover.svg', 'route.geojson', 'basemap.pmtiles', 'main.ts', 'narration.mp3.md']) {
      expect(isMediaFile(`content/${other}`), other).toBe(false)
    }
  })

  it('puts a place’s narrations in the media pack, not in a language pack', () => {
    const narrations = [
      asset('assets/narration-vi-L2.mp3', ['content/places/nha-hat-lon/narration-vi.mp3'], new Uint8Array(4032)),
      asset('assets/narration-ko-M3.webm', ['content/places/nha-hat-lon/narration-ko.webm'], new Uint8Array(10)),
    ]
    const packs = collectPacks(siteBundle(narrations), { ...options, isMedia: isMediaFile })
    expect(packs.media.map((file) => file.url)).toEqual([
      '/assets/harbour-I9.jpg',
      '/assets/narration-ko-M3.webm',
      '/assets/narration-vi-L2.mp3',
      '/assets/tour-H8.mp3',
    ])
    expect(
      Object.values(packs.locales)
        .flat()
        .map((file) => file.url),
    ).not.toContain('/assets/narration-vi-L2.mp3')
  })
})

describe('reading the pack list back', () => {
  let outDir: string
  const packs: OfflinePacks = {
    version: 'v1',
    locales: { en: [{ url: '/assets/en-1.js', bytes: 10 }] },
    media: [{ url: '/assets/harbour-1.jpg', bytes: 20 }],
  }

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'offline-packs-'))
    await writeFile(path.join(outDir, PACKS_URL.slice(1)), JSON.stringify(packs))
  })

  afterAll(async () => {
    await rm(outDir, { recursive: true })
  })

  it('reads what the build wrote', () => {
    expect(readPacks(outDir)).toEqual(packs)
  })

  it('names the file and the plugin when the list is missing, not JSON, or malformed', async () => {
    const missing = path.join(outDir, 'nowhere')
    expect(() => readPacks(missing)).toThrow(path.join(missing, 'offline-packs.json'))
    expect(() => readPacks(missing)).toThrow(/offlinePacksPlugin writes during the app's build/)

    const broken = await mkdtemp(path.join(tmpdir(), 'offline-packs-broken-'))
    try {
      await writeFile(path.join(broken, 'offline-packs.json'), '{"version":')
      expect(() => readPacks(broken)).toThrow(path.join(broken, 'offline-packs.json'))
      await writeFile(path.join(broken, 'offline-packs.json'), '{"version":"1","locales":{}}')
      expect(() => readPacks(broken)).toThrow(`${PACKS_URL} is not a valid pack list (media is not a file list)`)
      expect(() => readPacks(broken)).toThrow(path.join(broken, 'offline-packs.json'))
    } finally {
      await rm(broken, { recursive: true })
    }
  })

  it('takes exactly the pack files out of the Workbox precache manifest', async () => {
    const entry = (url: string) => ({ url, revision: null, size: 1 })
    const entries = [
      entry('index.html'),
      entry('assets/index-A1.js'),
      entry('assets/en-1.js'),
      entry('assets/en-1.js.map'),
      entry('assets/harbour-1.jpg'),
      entry('offline-packs.json'),
    ]
    const result = await withoutPackFiles(outDir)(entries)
    expect(result.manifest.map((e) => e.url)).toEqual([
      'index.html',
      'assets/index-A1.js',
      'assets/en-1.js.map',
      'offline-packs.json',
    ])
    expect(result.warnings).toEqual([])
  })

  it('matches the manifest’s base-less URLs against pack URLs under a base', async () => {
    const under = await mkdtemp(path.join(tmpdir(), 'offline-packs-base-'))
    try {
      const based = { ...packs, locales: { en: [{ url: '/guide/assets/en-1.js', bytes: 10 }] }, media: [] }
      await writeFile(path.join(under, 'offline-packs.json'), JSON.stringify(based))
      const entries = [{ url: 'assets/en-1.js', revision: null, size: 1 }]
      expect((await withoutPackFiles(under, '/guide/')(entries)).manifest).toEqual([])
      expect((await withoutPackFiles(under)(entries)).manifest).toEqual(entries)
    } finally {
      await rm(under, { recursive: true })
    }
  })

  it('compiles the list into the service worker as virtual:offline-packs', () => {
    const plugin = offlinePacksModule(outDir)
    const resolveId = plugin.resolveId as (id: string) => string | undefined
    const load = plugin.load as (id: string) => string | undefined
    const id = resolveId('virtual:offline-packs')
    expect(id).toBe('\0virtual:offline-packs')
    expect(resolveId('./other')).toBeUndefined()
    expect(load(id!)).toBe(`export default ${JSON.stringify(packs)}`)
    expect(load('/src/main.ts')).toBeUndefined()
  })
})
