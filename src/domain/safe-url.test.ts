import { describe, expect, it } from 'vitest'
import { describeSchemes, isSafeHref, safeHref, TEXT_SCHEMES, WEB_SCHEMES } from './safe-url'

/**
 * Vectors that run script (or leave the guide) when placed in an href. Each
 * is spelled the way an attacker would write it, raw, so the test does not
 * lean on the normalisation under test.
 */
const UNSAFE: [label: string, value: string][] = [
  ['javascript:', 'javascript:alert(1)'],
  ['mixed-case scheme', 'JaVaScRiPt:alert(1)'],
  ['javascript: that looks like a host', 'javascript://example.com/%0aalert(1)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['carriage return inside the scheme', 'java\rscript:alert(1)'],
  ['leading control character', '\x01javascript:alert(1)'],
  ['leading space', ' javascript:alert(1)'],
  ['leading NUL', '\u0000javascript:alert(1)'],
  ['trailing controls and spaces', 'javascript:alert(1)\x1f '],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data: image', 'data:image/svg+xml,<svg onload=alert(1)>'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://example.org/0b5c1e4a'],
  ['ftp:', 'ftp://example.org/a'],
  ['protocol-relative', '//evil.example'],
  ['root-relative', '/relative'],
  ['path-relative', 'places/cho-sat'],
  ['fragment only', '#top'],
  ['scheme with nothing after it', 'https://'],
  ['empty', ''],
  ['spaces only', '   '],
]

describe('safeHref', () => {
  it.each(UNSAFE)('refuses %s (%j) for every scheme set', (_label, value) => {
    for (const schemes of [WEB_SCHEMES, TEXT_SCHEMES]) {
      expect(safeHref(value, schemes)).toBeUndefined()
      expect(isSafeHref(value, schemes)).toBe(false)
    }
  })

  it('refuses a missing value', () => {
    expect(safeHref(undefined, WEB_SCHEMES)).toBeUndefined()
  })

  it.each([
    ['https://example.org/a?b#c', 'https://example.org/a?b#c'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
    ['http://x.vn', 'http://x.vn/'],
    ['https://www.openstreetmap.org/copyright', 'https://www.openstreetmap.org/copyright'],
    // What the browser itself would make of stray whitespace in a web address.
    [' https://example.org/a ', 'https://example.org/a'],
    ['https://exa\nmple.org/', 'https://example.org/'],
  ])('accepts the web address %j and gives the href %j', (value, href) => {
    expect(safeHref(value, WEB_SCHEMES)).toBe(href)
    expect(isSafeHref(value, WEB_SCHEMES)).toBe(true)
    expect(safeHref(value, TEXT_SCHEMES)).toBe(href)
  })

  it.each([
    ['tel:+842253842580', ['tel'] as const],
    ['mailto:a@b.vn', ['mailto'] as const],
    ['MAILTO:a@b.vn', ['mailto'] as const],
  ])('accepts %j where the field allows it', (value, schemes) => {
    expect(isSafeHref(value, schemes)).toBe(true)
    expect(isSafeHref(value, TEXT_SCHEMES)).toBe(true)
  })

  it('gives contact links back as written', () => {
    expect(safeHref('tel:+842253842580', ['tel'])).toBe('tel:+842253842580')
    expect(safeHref('mailto:a@b.vn', ['mailto'])).toBe('mailto:a@b.vn')
  })

  it.each(['mailto:a@b.vn', 'tel:+842253842580'])('refuses %j where only web links are allowed', (value) => {
    expect(safeHref(value, WEB_SCHEMES)).toBeUndefined()
  })

  it('allows only the schemes given', () => {
    expect(isSafeHref('http://x.vn', ['https'])).toBe(false)
    expect(isSafeHref('https://x.vn', ['http'])).toBe(false)
    expect(isSafeHref('mailto:a@b.vn', ['tel'])).toBe(false)
    expect(isSafeHref('https://x.vn', [])).toBe(false)
  })
})

describe('describeSchemes', () => {
  it('says how an address must start', () => {
    expect(describeSchemes(WEB_SCHEMES)).toBe('https:// or http://')
    expect(describeSchemes(TEXT_SCHEMES)).toBe('https://, http://, mailto: or tel:')
    expect(describeSchemes(['tel'])).toBe('tel:')
  })
})
