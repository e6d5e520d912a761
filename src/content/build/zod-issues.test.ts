import { describe, expect, it } from 'vitest'
import { eventMetaSchema, placeMetaSchema } from '../schema.ts'
import { formatProblem, ProblemList } from './problems.ts'
import { parseYaml } from './yaml-source.ts'
import { validateWith } from './zod-issues.ts'

function check(schema: typeof placeMetaSchema | typeof eventMetaSchema, yaml: string): string[] {
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
})
