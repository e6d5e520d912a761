// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { type GpxDocument, gpxFileName, toGpx } from './gpx'

const GPX_NAMESPACE = 'http://www.topografix.com/GPX/1/1'

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  // happy-dom accepts a bare `&`, which strict readers reject: check every reference by hand.
  expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g)).toBeNull()
  return doc
}

const childNames = (element: Element) => [...element.children].map((child) => child.localName)
const textOf = (element: Element | undefined, tag: string) => element?.getElementsByTagName(tag)[0]?.textContent

const itinerary: GpxDocument = {
  name: 'Phố cổ Hải Phòng',
  description: 'Một ngày đi bộ',
  creator: 'Hải Phòng Guide',
  link: 'https://example.org/itineraries/pho-co?lang=vi&day=1',
  time: new Date('2026-05-01T08:30:00.123Z'),
  stops: [
    {
      name: 'Nhà hát Lớn',
      position: [106.682578, 20.857941],
      description: 'Built 1904–1912',
      link: 'https://example.org/places/nha-hat-lon',
    },
    { name: 'Chùa Dư Hàng', position: [106.6912345678, 20.8412] },
    { name: 'Đền Nghè', position: [106.679, 20.8605] },
  ],
  track: [
    [106.682578, 20.857941],
    [106.685, 20.85],
    [106.6912345678, 20.8412],
  ],
}

describe('toGpx', () => {
  it('writes a GPX 1.1 document in the schema order', () => {
    const xml = toGpx(itinerary)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx ')).toBe(true)
    const root = parse(xml).documentElement
    expect(root.localName).toBe('gpx')
    expect(root.namespaceURI).toBe(GPX_NAMESPACE)
    expect(root.getAttribute('version')).toBe('1.1')
    expect(root.getAttribute('creator')).toBe('Hải Phòng Guide')
    expect(childNames(root)).toEqual(['metadata', 'wpt', 'wpt', 'wpt', 'rte', 'trk'])

    const metadata = root.children[0]!
    expect(childNames(metadata)).toEqual(['name', 'desc', 'link', 'time'])
    expect(metadata.getElementsByTagName('link')[0]!.getAttribute('href')).toBe(itinerary.link)
    expect(textOf(metadata, 'time')).toBe('2026-05-01T08:30:00Z')

    const [first, second] = [...root.getElementsByTagName('wpt')]
    expect(childNames(first!)).toEqual(['name', 'desc', 'link'])
    expect(childNames(first!.children[2]!)).toEqual(['text'])
    expect(childNames(second!)).toEqual(['name'])

    const route = root.getElementsByTagName('rte')[0]!
    expect(childNames(route)).toEqual(['name', 'rtept', 'rtept', 'rtept'])
    expect([...route.getElementsByTagName('rtept')].map((point) => textOf(point, 'name'))).toEqual(
      itinerary.stops.map((stop) => stop.name),
    )

    const track = root.getElementsByTagName('trk')[0]!
    expect(childNames(track)).toEqual(['name', 'trkseg'])
    expect(track.getElementsByTagName('trkpt')).toHaveLength(3)
    for (const element of root.getElementsByTagName('*')) expect(element.namespaceURI).toBe(GPX_NAMESPACE)
  })

  it('writes latitude and longitude with at most six decimals', () => {
    const root = parse(toGpx(itinerary)).documentElement
    const second = root.getElementsByTagName('wpt')[1]!
    expect([second.getAttribute('lat'), second.getAttribute('lon')]).toEqual(['20.8412', '106.691235'])
    for (const element of root.querySelectorAll('wpt, rtept, trkpt')) {
      expect(element.getAttribute('lat')).toMatch(/^-?\d+(\.\d{1,6})?$/)
      expect(element.getAttribute('lon')).toMatch(/^-?\d+(\.\d{1,6})?$/)
    }
    const wrapped = parse(toGpx({ name: 'x', creator: 'y', stops: [{ name: 'z', position: [180, -90] }] }))
    expect(wrapped.getElementsByTagName('wpt')[0]!.getAttribute('lon')).toBe('-180')
  })

  it('escapes markup and keeps Vietnamese, CJK and emoji text as it is', () => {
    const tricky = `Bún & <cá> "cay" 'ngon' 海防 하이퐁 🍜`
    const xml = toGpx({
      name: tricky,
      description: tricky,
      creator: `A&B "<Guide>"`,
      link: `https://example.org/?a=1&b="2"`,
      stops: [{ name: tricky, position: [106.68, 20.86], link: 'https://example.org/x?a=<1>&b=2' }],
    })
    expect(xml).not.toContain('<cá>')
    const doc = parse(xml)
    expect(doc.documentElement.getAttribute('creator')).toBe(`A&B "<Guide>"`)
    expect(textOf(doc.documentElement, 'name')).toBe(tricky)
    expect(textOf(doc.documentElement, 'desc')).toBe(tricky)
    // The stop's link is written twice: on its waypoint and on its route point.
    const links = [...doc.getElementsByTagName('link')].map((link) => link.getAttribute('href'))
    const stopLink = 'https://example.org/x?a=<1>&b=2'
    expect(links).toEqual([`https://example.org/?a=1&b="2"`, stopLink, stopLink])
    expect(textOf(doc.getElementsByTagName('wpt')[0], 'name')).toBe(tricky)
  })

  it('strips characters XML cannot hold, and keeps line breaks', () => {
    const xml = toGpx({
      name: 'a\u0000b\u0008c\uFFFEd\uD800e',
      description: 'line 1\nline 2\ttab',
      creator: 'x\ny',
      stops: [],
    })
    const doc = parse(xml)
    expect(textOf(doc.documentElement, 'name')).toBe('abcde')
    expect(textOf(doc.documentElement, 'desc')).toBe('line 1\nline 2\ttab')
    expect(xml).toContain('creator="x&#10;y"')
  })

  it('writes only the metadata when there is nothing else', () => {
    const doc = parse(toGpx({ name: 'Empty', creator: 'Guide', stops: [], track: [[106.68, 20.86]] }))
    expect(childNames(doc.documentElement)).toEqual(['metadata'])
    expect(childNames(doc.documentElement.children[0]!)).toEqual(['name'])
  })

  it('refuses positions that are not longitude and latitude', () => {
    const stop = { name: 'Swapped', position: [20.86, 106.68] as const }
    expect(() => toGpx({ name: 'x', creator: 'y', stops: [stop] })).toThrow(/"Swapped".*\[20\.86, 106\.68\]/)
    expect(() =>
      toGpx({
        name: 'x',
        creator: 'y',
        stops: [],
        track: [
          [NaN, 0],
          [0, 0],
        ],
      }),
    ).toThrow(RangeError)
  })
})

describe('gpxFileName', () => {
  it('folds Vietnamese to a safe ASCII name', () => {
    expect(gpxFileName('Chùa Dư Hàng & Đền Nghè')).toBe('chua-du-hang-den-nghe.gpx')
    expect(gpxFileName('  Phố cổ: một ngày / 2026 ')).toBe('pho-co-mot-ngay-2026.gpx')
    expect(gpxFileName('ĐẢO CÁT BÀ')).toBe('dao-cat-ba.gpx')
  })

  it('falls back when nothing Latin is left, and stays short', () => {
    expect(gpxFileName('海防')).toBe('plan.gpx')
    expect(gpxFileName('하이퐁', 'Kế hoạch')).toBe('ke-hoach.gpx')
    const long = gpxFileName('Hải Phòng '.repeat(20))
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.gpx$/)
    expect(long.length).toBeLessThanOrEqual(64)
  })
})
