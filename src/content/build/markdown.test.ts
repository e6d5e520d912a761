import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from './markdown.ts'

const render = createMarkdownRenderer('en')

describe('createMarkdownRenderer', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const { html, issues } = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
    expect(issues).toEqual([])
  })

  it('keeps http(s), mailto and tel links and opens external ones safely', () => {
    const { html } = render('[site](https://example.org) [mail](mailto:a@b.vn) [call](tel:+842253842580)')
    expect(html).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">site</a>')
    expect(html).toContain('<a href="mailto:a@b.vn">mail</a>')
    expect(html).toContain('<a href="tel:+842253842580">call</a>')
  })

  it('links bare web addresses', () => {
    expect(render('See https://example.org today.').html).toContain('href="https://example.org"')
  })

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '/places/cho-sat', 'JAVASCRIPT:alert(1)'])(
    'drops the link %s, keeps its text and reports the line',
    (href) => {
      const { html, issues } = render(`Intro\n\n[click](${href}) here`)
      expect(html).toBe('<p>Intro</p>\n<p>click here</p>')
      expect(issues).toEqual([expect.objectContaining({ line: 3, message: `the link "${href}" is not allowed` })])
    },
  )

  it.each([
    '[click](JaVaScRiPt:alert(1))',
    '[click](javascript://example.com/%0aalert(1))',
    '[click](java&#x09;script:alert(1))',
    '[click](&#x01;javascript:alert(1))',
    '[click](//evil.example)',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  ])('drops %s: no link but its text', (markdown) => {
    const { html, issues } = render(markdown)
    expect(html).not.toContain('<a')
    expect(html).toContain('click')
    expect(issues).toEqual([
      expect.objectContaining({ line: 1, hint: 'links must start with https://, http://, mailto: or tel:' }),
    ])
  })

  it('opens only web links in a new tab', () => {
    const { html } = render('[a](HTTPS://EXAMPLE.ORG) [b](tel:+842253842580)')
    expect(html).toContain('<a href="HTTPS://EXAMPLE.ORG" target="_blank" rel="noopener noreferrer">a</a>')
    expect(html).toContain('<a href="tel:+842253842580">b</a>')
  })

  it('reports images and leaves them out', () => {
    const { html, issues } = render('Text\n\n![Alt](photo.jpg)')
    expect(html).not.toContain('<img')
    expect(issues).toEqual([
      expect.objectContaining({ line: 3, message: 'images cannot be placed in the text (photo.jpg)' }),
    ])
  })

  it('demotes headings so a body starts at h2', () => {
    expect(render('# A\n\n## B').html).toBe('<h2>A</h2>\n<h3>B</h3>')
    expect(render('## A\n\n### B').html).toBe('<h2>A</h2>\n<h3>B</h3>')
  })

  it('uses the typographic quotes of the locale', () => {
    expect(createMarkdownRenderer('ja')('"東京"').html).toBe('<p>「東京」</p>')
    expect(render('"Hai Phong"').html).toBe('<p>“Hai Phong”</p>')
  })
})
