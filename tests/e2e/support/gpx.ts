/**
 * Checks a GPX file the way a map app reading it would: parsed by the
 * browser's own XML parser (strict: any well-formedness error fails), then
 * held against the GPX 1.1 schema's structure (https://www.topografix.com/GPX/1/1/gpx.xsd):
 * the namespace, the version, which elements may appear where and in which
 * order, and coordinates in range.
 */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'

export const GPX_NS = 'http://www.topografix.com/GPX/1/1'

export interface XmlElement {
  name: string
  namespace: string | null
  attributes: Record<string, string>
  text: string
  children: XmlElement[]
}

/** The document as a plain tree, or an error naming the parser's complaint. */
export async function parseXml(page: Page, xml: string): Promise<XmlElement> {
  // No named functions inside: the test runner's compiler would wrap them in a helper the page lacks.
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const error = doc.querySelector('parsererror')
    if (error) return { error: error.textContent ?? 'parsererror' }
    const root = {} as XmlElement
    const stack: Array<[Element, XmlElement]> = [[doc.documentElement, root]]
    while (stack.length > 0) {
      const [element, out] = stack.pop()!
      out.name = element.localName
      out.namespace = element.namespaceURI
      out.attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]))
      out.text = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE)
        .map((node) => node.textContent)
        .join('')
      out.children = [...element.children].map(() => ({}) as XmlElement)
      ;[...element.children].forEach((child, i) => stack.push([child, out.children[i]!]))
    }
    return { root }
  }, xml)
  if ('error' in result) throw new Error(`The GPX file is not well-formed XML: ${result.error}\n${xml.slice(0, 500)}`)
  return result.root
}

/** Children of wpt, rtept and trkpt (wptType). */
const WAYPOINT_CHILDREN = [
  ...['ele', 'time', 'magvar', 'geoidheight', 'name', 'cmt', 'desc', 'src', 'link', 'sym', 'type'],
  ...['fix', 'sat', 'hdop', 'vdop', 'pdop', 'ageofdgpsdata', 'dgpsid', 'extensions'],
]

/** Child elements each element may have, in the order the schema's sequences require. */
const SEQUENCES: Record<string, readonly string[]> = {
  gpx: ['metadata', 'wpt', 'rte', 'trk', 'extensions'],
  metadata: ['name', 'desc', 'author', 'copyright', 'link', 'time', 'keywords', 'bounds', 'extensions'],
  wpt: WAYPOINT_CHILDREN,
  rtept: WAYPOINT_CHILDREN,
  trkpt: WAYPOINT_CHILDREN,
  rte: ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'rtept'],
  trk: ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'trkseg'],
  trkseg: ['trkpt', 'extensions'],
  link: ['text', 'type'],
}
/** Elements the schema lets repeat (maxOccurs="unbounded"). */
const REPEATABLE = new Set(['wpt', 'rte', 'trk', 'link', 'rtept', 'trkseg', 'trkpt'])

function checkElement(element: XmlElement, path: string): void {
  assert.equal(element.namespace, GPX_NS, `${path}: not in the GPX 1.1 namespace`)
  const sequence = SEQUENCES[element.name]
  if (element.name === 'wpt' || element.name === 'rtept' || element.name === 'trkpt') {
    const lat = Number(element.attributes.lat)
    const lon = Number(element.attributes.lon)
    assert.ok(element.attributes.lat !== undefined && lat >= -90 && lat <= 90, `${path}: lat out of range`)
    assert.ok(element.attributes.lon !== undefined && lon >= -180 && lon < 180, `${path}: lon out of range`)
  }
  if (element.name === 'link') assert.ok(element.attributes.href, `${path}: link without href`)
  if (!sequence) {
    assert.equal(element.children.length, 0, `${path}: <${element.name}> must hold text only`)
    return
  }
  let position = 0
  const seen = new Set<string>()
  element.children.forEach((child, i) => {
    const childPath = `${path}/${child.name}[${i}]`
    const at = sequence.indexOf(child.name)
    assert.ok(at >= 0, `${childPath}: <${child.name}> is not allowed in <${element.name}>`)
    assert.ok(at >= position, `${childPath}: <${child.name}> comes after <${sequence[position]}>, out of schema order`)
    assert.ok(!seen.has(child.name) || REPEATABLE.has(child.name), `${childPath}: <${child.name}> may appear once`)
    seen.add(child.name)
    position = at
    checkElement(child, childPath)
  })
}

/** Fails with the path of the first element that breaks GPX 1.1. */
export function assertGpx11(root: XmlElement): void {
  assert.equal(root.name, 'gpx', 'the root element is not <gpx>')
  assert.equal(root.attributes.version, '1.1', 'gpx/@version is not 1.1')
  assert.ok(root.attributes.creator, 'gpx/@creator is missing')
  checkElement(root, 'gpx')
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name)
export const textOf = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text
