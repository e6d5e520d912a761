import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from './front-matter.ts'

describe('splitFrontMatter', () => {
  it('splits front matter and body and keeps their line offsets', () => {
    const result = splitFrontMatter('---\nname: A\nsummary: B\n---\n\nBody line\n')
    expect(result).toEqual({
      ok: true,
      parts: { frontMatter: 'name: A\nsummary: B', frontMatterOffset: 1, body: '\nBody line\n', bodyOffset: 4 },
    })
  })

  it('accepts Windows line endings', () => {
    const result = splitFrontMatter('---\r\nname: A\r\n---\r\nBody\r\n')
    expect(result.ok && result.parts.body).toBe('Body\n')
  })

  it('reports a file without front matter', () => {
    expect(splitFrontMatter('# Title\n')).toMatchObject({ ok: false, line: 1 })
  })

  it('reports front matter that is never closed', () => {
    expect(splitFrontMatter('---\nname: A\n')).toMatchObject({ ok: false, message: 'the front matter is never closed' })
  })
})
