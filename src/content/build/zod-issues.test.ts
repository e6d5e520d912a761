import { describe, expect, it } from 'vitest'
import { eventMetaSchema, itineraryMetaSchema, placeMetaSchema } from '../schema.ts'
import { formatProblem, ProblemList } from './problems.ts'
import { parseYaml } from './yaml-source.ts'
import { validateWith } from './zod-issues.ts'

type Schema = typeof placeMetaSchema | typeof eventMetaSchema | typeof itineraryMetaSchema

function check(schema: Schema, yaml: string): string[] {
  const problems = new ProblemList()
  const source = parseYaml(yaml, 'meta.yaml', problems)
  validateWith(schema, source.value, { file: 'meta.yaml', source, problems })
  return problems.items.map(formatProblem)
}

describe('validateWith', () => {
  it('accepts a minimal place and applies defaults', () => {
    const problems = new ProblemList()
    const source = parseYaml('category: market\nlocation: [106.6, 20.8]\n', 'meta.yaml', problems)
    const data = validateWith(placeMetaSchema, source.value, { file: 'meta.yaml', source, problems })
    expect(data).toEqual({
      category: 'market',
      location: [106.6, 20.8],
      images: [],
      audio: [],
      tags: [],
      featured: false,
    })
  })

  it('reports the closest alternative of a union, at the nested field', () => {
    expect(check(placeMetaSchema, 'category: market\nlocation: [106.6, 20.8]\nprice:\n  min: -5\n')).toEqual([
      'meta.yaml:4 price.min: must be at least 0, not -5',
    ])
  })

  it('names the allowed values of a discriminator', () => {
    expect(check(eventMetaSchema, 'venue: cho-sat\nschedule:\n  type: weekly\n')).toEqual([
      'meta.yaml:3 schedule.type: needs a valid `type` — use one of: dates, solar, lunar',
    ])
  })

  it('keeps the messages written in the schema', () => {
    expect(check(eventMetaSchema, 'schedule:\n  type: solar\n  month: 5\n  day: 13\n')).toEqual([
      'meta.yaml:1 venue: an event needs a `venue` (a place id) or a `location` [lon, lat]',
    ])
    expect(check(placeMetaSchema, 'category: Chợ\nlocation: [106.6, 20.8]\n')).toEqual([
      'meta.yaml:1 category: ids are kebab-case: lower-case letters, digits and single hyphens',
    ])
  })

  it('reports every problem of a file, not just the first', () => {
    expect(check(placeMetaSchema, 'category: market\nfeatured: maybe\ntags: [Ok]\n')).toHaveLength(3)
  })

  describe('links', () => {
    const place = 'category: market\nlocation: [106.6, 20.8]\n'
    const image = (source: string) =>
      `images:\n  - file: a.svg\n    credit: A\n    licence: CC0\n    source: ${source}\n`
    const refused = (value: string) =>
      `${value} is not a link the guide can show: only full addresses starting with https:// or http:// are allowed ` +
      '(others, such as javascript:, could run code in the guide) — write the full address, starting with https://'

    it.each([
      ['javascript:alert(1)', '"javascript:alert(1)"'],
      ['"JaVaScRiPt:alert(1)"', '"JaVaScRiPt:alert(1)"'],
      ['"\\x01javascript:alert(1)"', '"\\u0001javascript:alert(1)"'],
      ['"java\\tscript:alert(1)"', '"java\\tscript:alert(1)"'],
      ['"data:text/html,<script>alert(1)</script>"', '"data:text/html,<script>alert(1)</script>"'],
      ['//evil.example', '"//evil.example"'],
      ['/relative', '"/relative"'],
      ['mailto:a@b.vn', '"mailto:a@b.vn"'],
    ])('refuses %s as a photo source of places, itineraries and events', (yaml, shown) => {
      expect(check(placeMetaSchema, place + image(yaml))).toEqual([`meta.yaml:7 images[0].source: ${refused(shown)}`])
      const itinerary = 'mode: walk\nstops:\n  - { place: a, minutes: 5 }\n  - { place: b, minutes: 5 }\n'
      expect(check(itineraryMetaSchema, itinerary + image(yaml))).toEqual([
        `meta.yaml:9 images[0].source: ${refused(shown)}`,
      ])
      const event = 'venue: a\nschedule: { type: solar, month: 5, day: 13 }\n'
      expect(check(eventMetaSchema, event + image(yaml))).toEqual([`meta.yaml:7 images[0].source: ${refused(shown)}`])
    })

    it('refuses a place website that is not a web address', () => {
      expect(check(placeMetaSchema, `${place}contact:\n  website: vbscript:msgbox(1)\n`)).toEqual([
        `meta.yaml:4 contact.website: ${refused('"vbscript:msgbox(1)"')}`,
      ])
    })

    it('accepts web addresses, whatever the case of the scheme', () => {
      for (const source of ['https://example.org/a?b#c', 'HTTPS://EXAMPLE.ORG', 'http://x.vn']) {
        expect(check(placeMetaSchema, place + image(source) + `contact:\n  website: ${source}\n`)).toEqual([])
      }
    })
  })
})
