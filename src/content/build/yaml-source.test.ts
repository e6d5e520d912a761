import { describe, expect, it } from 'vitest'
import { ProblemList } from './problems.ts'
import { fieldName, parseYaml } from './yaml-source.ts'

const text = `# comment
mode: walk
stops:
  - place: cho-sat
    minutes: 30
  - place: nha-hat-lon
    minutes: 45
location:
  - 106.1
  - 22.9
`

describe('parseYaml', () => {
  it('maps field paths to the line of the key or item', () => {
    const source = parseYaml(text, 'meta.yaml', new ProblemList())
    expect(source.lineOf(['mode'])).toBe(2)
    expect(source.lineOf(['stops', 1, 'place'])).toBe(6)
    expect(source.lineOf(['stops', 1, 'minutes'])).toBe(7)
    expect(source.lineOf(['location', 1])).toBe(10)
  })

  it('falls back to the nearest existing parent for a missing field', () => {
    const source = parseYaml(text, 'meta.yaml', new ProblemList())
    expect(source.lineOf(['stops', 1, 'day'])).toBe(6)
    expect(source.lineOf(['days'])).toBe(2)
  })

  it('adds the line offset of front matter', () => {
    const source = parseYaml('name: A\nsummary: B\n', 'en.md', new ProblemList(), 1)
    expect(source.lineOf(['summary'])).toBe(3)
  })

  it('reports syntax errors with their line and returns no value', () => {
    const problems = new ProblemList()
    const source = parseYaml('a: 1\nb: [1, 2\nc: 3\n', 'x.yaml', problems)
    expect(source.value).toBeUndefined()
    expect(problems.items[0]).toMatchObject({ file: 'x.yaml', severity: 'error' })
    expect(problems.items[0]!.line).toBeGreaterThanOrEqual(2)
  })
})

describe('fieldName', () => {
  it('writes list indices in brackets', () => {
    expect(fieldName(['stops', 2, 'place'])).toBe('stops[2].place')
    expect(fieldName([0, 'id'])).toBe('[0].id')
  })
})
