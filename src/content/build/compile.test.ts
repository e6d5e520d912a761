import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Place } from '../model.ts'
import type { Locale } from '../schema.ts'
import { compileContent } from './compile.ts'
import { formatProblem } from './problems.ts'

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url))

describe('compileContent on the valid fixture site', async () => {
  const result = await compileContent(path.join(fixtures, 'valid-site'))
  const output = result.output!

  it('finds no problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([])
  })

  it('builds the manifest with defaults applied and files as placeholders', () => {
    const { manifest } = output
    expect(manifest.places.map((p) => p.id)).toEqual(['cho-sat', 'nha-hat-lon'])
    const opera = manifest.places.find((p) => p.id === 'nha-hat-lon')!
    expect(opera.images[0]).toMatchObject({ file: 'cover.svg', illustration: true, url: '__CONTENT_ASSET_0__' })
    expect(manifest.places.find((p) => p.id === 'cho-sat')).toMatchObject({ images: [], tags: [], featured: false })
    // Only what a player needs: the editor's file name stays behind.
    expectTypeOf<Place['audio']>().toEqualTypeOf<
      Array<{ locale: Locale; url: string; credit: string; licence: string }>
    >()
    expect(opera.audio).toEqual([
      { locale: 'vi', url: '__CONTENT_ASSET_1__', credit: expect.stringMatching(/^Test fixtures/), licence: 'CC0 1.0' },
      { locale: 'en', url: '__CONTENT_ASSET_2__', credit: expect.stringMatching(/^Test fixtures/), licence: 'CC0 1.0' },
    ])
    expect(manifest.places.find((p) => p.id === 'cho-sat')!.audio).toEqual([])
    expect(manifest.itineraries[0]).toMatchObject({ id: 'pho-co', days: 1, route: '__CONTENT_ASSET_3__' })
    expect(manifest.events[0]).toMatchObject({ id: 'hoi-cho', schedule: { type: 'lunar', leap: false, duration: 2 } })
    expect(output.assets.map((a) => path.relative(fixtures, a))).toEqual([
      'valid-site/places/nha-hat-lon/cover.svg',
      'valid-site/places/nha-hat-lon/narration-vi.mp3',
      'valid-site/places/nha-hat-lon/narration-en.mp3',
      'valid-site/itineraries/pho-co/route.geojson',
    ])
    expect(manifest.contentHash).toMatch(/^[0-9a-f]{16}$/)
  })

  it('emits one text bundle per site locale', () => {
    expect(Object.keys(output.locales)).toEqual(['vi', 'en', 'ko', 'zh', 'ja'])
    expect(output.locales.vi!.places['nha-hat-lon']).toMatchObject({ name: 'Nhà hát Lớn', fallback: {} })
  })

  it('fills missing Korean fields from English, field by field, and records it', () => {
    const ko = output.locales.ko!.places['nha-hat-lon']!
    expect(ko.name).toBe('오페라 하우스')
    expect(ko.address).toBe('1 Theatre Square')
    expect(ko.fallback).toEqual({ address: 'en', image_alt: 'en', body: 'en' })
    expect(ko.bodyHtml).toContain('<h2>History</h2>')
  })

  it('falls back for a whole missing file', () => {
    const ja = output.locales.ja!.events['hoi-cho']!
    expect(ja.name).toBe('First Full Moon Fair')
    expect(ja.fallback).toEqual({ name: 'en', summary: 'en', body: 'en' })
  })

  it('reports coverage per entity and locale', () => {
    const opera = output.coverage.find((c) => c.id === 'nha-hat-lon')!
    expect(opera.locales.vi?.status).toBe('complete')
    expect(opera.locales.ko).toEqual({ status: 'partial', fallbackFields: ['address', 'image_alt', 'body'] })
    expect(opera.locales.zh?.status).toBe('missing')
  })

  it('gives the same hash for the same content', async () => {
    const again = await compileContent(path.join(fixtures, 'valid-site'))
    expect(again.output!.manifest.contentHash).toBe(output.manifest.contentHash)
  })
})

/** Each invalid fixture breaks exactly one rule; the report must point at it exactly. */
const INVALID: [fixture: string, expected: string][] = [
  ['missing-field', 'places/cho-sat/meta.yaml:2 location: is required'],
  ['wrong-type', 'places/cho-sat/meta.yaml:5 featured: should be true or false, not "yes"'],
  ['unknown-field', 'places/cho-sat/meta.yaml:4 opening_hour: is not a known field — did you mean `opening_hours`?'],
  ['yaml-syntax', 'places/cho-sat/meta.yaml:5 the YAML cannot be read: Map keys must be unique'],
  ['outside-bounds', "places/cho-sat/meta.yaml:3 location: [105.2, 20.8629] lies outside the site's bounds"],
  [
    'swapped-coordinates',
    'places/cho-sat/meta.yaml:3 location[1]: must be at most 90, not 106.6751 — a position is [longitude, latitude]',
  ],
  ['unknown-category', 'places/cho-sat/meta.yaml:2 category: "markets" is not a category — did you mean "market"?'],
  ['bad-opening-hours', 'places/cho-sat/meta.yaml:4 opening_hours: is not valid OpenStreetMap syntax'],
  [
    'hours-outside-subset',
    'places/cho-sat/meta.yaml:4 opening_hours: cannot be evaluated by the app: "[" at column 22 (e.g. Sa[1]',
  ],
  ['missing-image', 'places/cho-sat/meta.yaml:6 images[0].file: "cover.jpg" is not in places/cho-sat/'],
  ['missing-audio', 'places/cho-sat/meta.yaml:6 audio[0].file: "narration-vi.mp3" is not in places/cho-sat/ — put the'],
  [
    'audio-wrong-type',
    'places/cho-sat/meta.yaml:6 audio[0].file: a recording is a file in the same folder: .mp3, .m4a, .ogg, .opus or .webm',
  ],
  [
    'duplicate-audio-locale',
    'places/cho-sat/meta.yaml:11 audio[1].locale: there is already a recording in "vi" — keep one recording per language; the first one is on line 7',
  ],
  [
    'audio-locale-not-offered',
    'places/cho-sat/meta.yaml:7 audio[0].locale: "ja" is not one of the site\'s languages — site.yaml offers vi, en, ko',
  ],
  ['image-alt-count', 'places/cho-sat/en.md:4 image_alt: has 2 texts for 1 image'],
  [
    'duplicate-id',
    'categories.yaml:8 [1].id: the category id "market" is used twice — ids must be unique; the first one is on line 2',
  ],
  ['missing-english', 'places/cho-sat/en.md the English text is missing'],
  ['not-nfc', 'places/cho-sat/vi.md:3 the text is not in Unicode NFC form'],
  ['no-front-matter', 'places/cho-sat/vi.md:1 the file does not start with front matter'],
  ['summary-too-long', 'places/cho-sat/en.md:3 summary: is longer than 300 characters (it has 323)'],
  [
    'body-image',
    'places/cho-sat/vi.md:9 body: images cannot be placed in the text (cover.svg) — list the image under `images:` in meta.yaml',
  ],
  ['unsafe-link', 'places/cho-sat/en.md:7 body: the link "javascript:alert(1)" is not allowed'],
  [
    'unsafe-image-source',
    'places/cho-sat/meta.yaml:9 images[0].source: "JaVaScRiPt:alert(document.cookie)" is not a link the guide can show: ' +
      'only full addresses starting with https:// or http:// are allowed (others, such as javascript:, could run code ' +
      'in the guide) — write the full address, starting with https://',
  ],
  [
    'unsafe-credit-url',
    'site.yaml:20 credits[0].url: "\\tjavascript:alert(document.domain)" is not a link the guide can show: only full',
  ],
  [
    'svg-script',
    'places/cho-sat/cover.svg:4 <script> is not allowed: it runs code when the file is opened on its own — ' +
      'remove the <script> element; an SVG image must be a plain drawing',
  ],
  [
    'svg-event-attribute',
    'places/cho-sat/cover.svg:3 onload is an event attribute: it runs code when the file is opened on its own — ' +
      'remove the onload attribute; an SVG image must be a plain drawing',
  ],
  ['unknown-locale', 'places/cho-sat/cn.md "cn" is not a known locale'],
  ['bad-folder-id', 'places/Cho_Sat "Cho_Sat" is not a valid id'],
  ['unknown-stop', 'itineraries/walk/meta.yaml:6 stops[1].place: "cho-sta" is not a place — did you mean "cho-sat"?'],
  ['stop-day', 'itineraries/walk/meta.yaml:8 stops[1].day: is day 2 of an itinerary that lasts 1 day'],
  ['unknown-venue', 'events/phien-cho/meta.yaml:2 venue: "nha-hat-lon" is not a place'],
  ['date-order', 'events/phien-cho/meta.yaml:7 schedule.dates[0].end: is before `start`'],
  ['site-without-english', 'site.yaml:9 locales: must include "en"'],
  ['missing-basemap', 'site.yaml:17 map.basemap: "basemap/test-city.pmtiles" is not in the content folder'],
]

describe('compileContent on invalid fixtures', () => {
  it.each(INVALID)('%s: reports exactly one error, at the right file, line and field', async (fixture, expected) => {
    const result = await compileContent(path.join(fixtures, 'invalid', fixture))
    const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.startsWith(expected), `${errors[0]}\n  should start with\n${expected}`).toBe(true)
  })

  it('has a test for every invalid fixture', async () => {
    const { readdir } = await import('node:fs/promises')
    const folders = await readdir(path.join(fixtures, 'invalid'))
    expect(folders.sort()).toEqual(INVALID.map(([f]) => f).sort())
  })
})

describe('compileContent on an empty folder', () => {
  it('reports the missing files instead of throwing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-empty-'))
    try {
      const result = await compileContent(dir)
      expect(result.output).toBeUndefined()
      expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
        'categories.yaml the file is missing — create it; content/README.md shows an example',
        'site.yaml the file is missing — create it; content/README.md shows an example',
      ])
    } finally {
      await rm(dir, { recursive: true })
    }
  })
})
