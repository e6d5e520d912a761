import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findActiveContent } from './svg-active-content.ts'

const SVG = 'xmlns="http://www.w3.org/2000/svg"'
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'

/** The lines reported, with the start of each message, for terse expectations. */
function check(text: string): [line: number, message: string][] {
  return findActiveContent(text).map((issue) => [issue.line, issue.message])
}

describe('findActiveContent', () => {
  it('accepts a plain drawing, with gradients, references, text, style, metadata and comments', () => {
    const drawing = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<svg ${SVG} ${XLINK} viewBox="0 0 640 400">`,
      '  <!-- a comment -->',
      '  <title>Harbour</title>',
      '  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>',
      '  <style>.sea { fill: #0a6a99 }</style>',
      '  <defs><linearGradient id="g"><stop offset="1" stop-color="#fff"/></linearGradient>',
      '    <path id="wave" d="M0 0h10"/></defs>',
      '  <rect width="640" height="400" fill="url(#g)"/>',
      '  <use href="#wave"/><use xlink:href="#wave" x="5"/>',
      '  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>',
      '  <text x="1" y="1">Hải Phòng<tspan>!</tspan></text>',
      '  <circle r="4"><animate attributeName="r" values="4;6;4" dur="2s" repeatCount="indefinite"/></circle>',
      '</svg>',
    ].join('\n')
    expect(findActiveContent(drawing)).toEqual([])
  })

  it('gives the line of a script, with a hint to make it a plain drawing', () => {
    const issues = findActiveContent(`<svg ${SVG}>\n  <path d="M0 0"/>\n  <script>alert(1)</script>\n</svg>`)
    expect(issues).toEqual([
      {
        line: 3,
        message: '<script> is not allowed: it runs code when the file is opened on its own',
        hint: 'remove the <script> element; an SVG image must be a plain drawing (shapes, gradients, text)',
      },
    ])
  })

  it('gives the line of the event attribute itself in a tag that spans lines', () => {
    expect(check(`<svg ${SVG}\n  width="10"\n  onload="alert(1)">\n</svg>`)).toEqual([
      [3, 'onload is an event attribute: it runs code when the file is opened on its own'],
    ])
    expect(check(`<svg ${SVG}><g>\n<circle r="1" ONCLICK="x()"/></g></svg>`)).toEqual([
      [2, 'ONCLICK is an event attribute: it runs code when the file is opened on its own'],
    ])
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '&#x0A;javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
    'https://example.org/other.svg#x',
    'other.svg#x',
  ])('rejects a reference to %j, as href and as xlink:href', (value) => {
    for (const attribute of ['href', 'xlink:href']) {
      const issues = check(`<svg ${SVG} ${XLINK}>\n<use ${attribute}="${value}"/>\n</svg>`)
      expect(issues).toHaveLength(1)
      expect(issues[0]![0]).toBe(2)
      expect(issues[0]![1]).toMatch(new RegExp(`^${attribute}=".*" on <use> points outside the drawing`))
    }
  })

  it('sees an XLink href under any prefix', () => {
    expect(check(`<svg ${SVG} xmlns:l="http://www.w3.org/1999/xlink"><use l:href="javascript:x"/></svg>`)).toEqual([
      [
        1,
        'l:href="javascript:x" on <use> points outside the drawing, where it can lead to code (javascript:) or other files',
      ],
    ])
  })

  it.each([
    ['foreignObject', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'],
    ['a', '<a href="#x"><path d="M0 0"/></a>'],
    ['iframe', '<iframe src="https://example.org"/>'],
    ['embed', '<embed src="x.swf"/>'],
    ['object', '<object data="x.html"/>'],
    ['handler', '<handler type="application/ecmascript">alert(1)</handler>'],
  ])('rejects <%s> once, not its contents again', (name, element) => {
    const issues = check(`<svg ${SVG}>\n\n${element}\n</svg>`)
    expect(issues).toEqual([[3, expect.stringMatching(new RegExp(`^<${name}>`))]])
  })

  it('rejects script elements of other namespaces, even inside <metadata>', () => {
    const html = 'xmlns:h="http://www.w3.org/1999/xhtml"'
    expect(check(`<svg ${SVG} ${html}>\n<h:script>alert(1)</h:script></svg>`)).toEqual([
      [2, expect.stringMatching(/^<script> \(namespace http:\/\/www\.w3\.org\/1999\/xhtml\) is not part of/)],
    ])
    expect(check(`<svg ${SVG} ${html}><metadata>\n<h:script>alert(1)</h:script></metadata></svg>`)).toHaveLength(1)
    expect(check(`<svg ${SVG}><metadata>\n<script>alert(1)</script></metadata></svg>`)).toEqual([
      [2, '<script> is not allowed: it runs code when the file is opened on its own'],
    ])
  })

  it.each([
    ['set', '<set attributeName="href" to="javascript:alert(1)"/>'],
    ['animate', '<animate attributeName="xlink:href" values="javascript:alert(1)"/>'],
    ['set', '<set attributeName="onclick" to="alert(1)"/>'],
  ])('rejects <%s> that changes a reference or an event attribute', (name, animation) => {
    expect(check(`<svg ${SVG} ${XLINK}>\n<use href="#a">${animation}</use></svg>`)).toEqual([
      [
        2,
        expect.stringMatching(new RegExp(`^<${name}> changes the .* attribute, which can turn a reference into code`)),
      ],
    ])
  })

  it('rejects a DOCTYPE with entities, at the line it starts on', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE svg [\n  <!ENTITY x "y">\n]>\n<svg ${SVG}/>`
    expect(check(text)).toEqual([[2, expect.stringMatching(/^has a <!DOCTYPE> declaration/)]])
  })

  it('rejects processing instructions such as a stylesheet', () => {
    const text = `<svg ${SVG}>\n<?xml-stylesheet type="text/xsl" href="x.xsl"?>\n</svg>`
    expect(check(text)).toEqual([[2, expect.stringMatching(/^has a <\?xml-stylesheet …\?> instruction/)]])
  })

  it('rejects xml:base, which would move where #id references point', () => {
    expect(check(`<svg ${SVG}>\n<use xml:base="https://example.org/" href="#x"/></svg>`)).toEqual([
      [2, 'xml:base changes where references point'],
    ])
  })

  it('says when the file is not an SVG drawing', () => {
    expect(check('<svg viewBox="0 0 1 1"/>')).toEqual([
      [1, 'the <svg> element has no SVG namespace, so browsers read the file as plain XML'],
    ])
    expect(check('<html xmlns="http://www.w3.org/1999/xhtml"><script>x</script></html>')).toEqual([
      [1, 'starts with <html>, not <svg>: this is not an SVG drawing'],
    ])
  })

  it('reports XML that cannot be read once, at its line', () => {
    expect(check(`<svg ${SVG}>\n<path d="M0 0">\n</svg>`)).toEqual([
      [3, expect.stringMatching(/^cannot be read as XML \(.+\), so browsers will not show it$/)],
    ])
    expect(check('')).toEqual([[1, expect.stringMatching(/^cannot be read as XML/)]])
    expect(check(`<svg ${SVG}><use href="&x;"/></svg>`)).toHaveLength(1)
  })
})

describe('the SVGs in content/', () => {
  const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url))

  it('are all plain drawings (the generated covers and the brand icons included)', async () => {
    const files = (await readdir(contentDir, { recursive: true })).filter((f) => f.endsWith('.svg'))
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) {
      expect(findActiveContent(await readFile(path.join(contentDir, file), 'utf8')), file).toEqual([])
    }
  })
})
