/**
 * GPX 1.1 export of an itinerary or a plan, for offline map apps (Organic
 * Maps, OsmAnd). The stops are written twice: as waypoints, which every app
 * shows as pins, and as one route, which keeps their order; a drawn path is a
 * track. Elements follow the schema's order (https://www.topografix.com/GPX/1/1/gpx.xsd),
 * since strict readers reject a file whose elements are out of order.
 */
import type { LonLat } from './geo'
import { asciiFileName } from './file-name'

export interface GpxPoint {
  name: string
  position: LonLat
  description?: string
  link?: string
}

export interface GpxDocument {
  name: string
  description?: string
  /** e.g. the app name */
  creator: string
  link?: string
  time?: Date
  /** The stops in order: written as waypoints and as one route (rte/rtept) in that order. */
  stops: GpxPoint[]
  /** A drawn path (e.g. the itinerary's route file), written as a track (trk/trkseg/trkpt). */
  track?: readonly LonLat[]
}

const GPX_NAMESPACE = 'http://www.topografix.com/GPX/1/1'
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance'

export function toGpx(doc: GpxDocument): string {
  const track = doc.track ?? []
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gpx version="1.1" creator="${attribute(doc.creator)}" xmlns="${GPX_NAMESPACE}"` +
      ` xmlns:xsi="${XSI_NAMESPACE}" xsi:schemaLocation="${GPX_NAMESPACE} ${GPX_NAMESPACE}/gpx.xsd">`,
    '  <metadata>',
    ...nameDescLink('    ', doc.name, doc.description, doc.link),
    ...(doc.time ? [`    <time>${isoTime(doc.time)}</time>`] : []),
    '  </metadata>',
    ...doc.stops.flatMap((stop) => point('wpt', stop, '  ')),
    ...(doc.stops.length > 0
      ? [
          '  <rte>',
          `    ${element('name', doc.name)}`,
          ...doc.stops.flatMap((stop) => point('rtept', stop, '    ')),
          '  </rte>',
        ]
      : []),
    // One point is no path; apps would show an empty or degenerate track.
    ...(track.length >= 2
      ? [
          '  <trk>',
          `    ${element('name', doc.name)}`,
          '    <trkseg>',
          ...track.map((position) => `      <trkpt ${latLon(position, `${doc.name} (track)`)}/>`),
          '    </trkseg>',
          '  </trk>',
        ]
      : []),
    '</gpx>',
  ]
  return lines.join('\n') + '\n'
}

/** name, desc, link: the order shared by metadata, wpt and rtept (author, copyright, cmt and src are not written). */
function nameDescLink(indent: string, name: string, description?: string, link?: string): string[] {
  return [
    indent + element('name', name),
    ...(description ? [indent + element('desc', description)] : []),
    ...(link ? [`${indent}<link href="${attribute(link)}">${element('text', name)}</link>`] : []),
  ]
}

function point(tag: 'wpt' | 'rtept', stop: GpxPoint, indent: string): string[] {
  return [
    `${indent}<${tag} ${latLon(stop.position, stop.name)}>`,
    ...nameDescLink(indent + '  ', stop.name, stop.description, stop.link),
    `${indent}</${tag}>`,
  ]
}

/**
 * Six decimals are about 0.1 m, finer than any phone's position. The schema's
 * longitude range excludes +180, which is the same meridian as -180.
 */
function latLon([lon, lat]: LonLat, what: string): string {
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
    throw new RangeError(
      `GPX export: "${what}" has the position [${lon}, ${lat}], which is not [longitude, latitude] in degrees. ` +
        'Fix its coordinates in the content.',
    )
  }
  const rounded = (value: number) => String(Number(value.toFixed(6)))
  const longitude = Number(rounded(lon)) === 180 ? -180 : lon
  return `lat="${rounded(lat)}" lon="${rounded(longitude)}"`
}

/** xsd:dateTime in UTC, to the second. */
function isoTime(time: Date): string {
  if (Number.isNaN(time.getTime())) throw new RangeError('GPX export: the time is an invalid Date; pass a valid one.')
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone
 * surrogates, U+FFFE and U+FFFF. Content text should not contain them, but
 * one would make the whole file unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

function escapeText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

/** Parsers turn tabs and line breaks in attributes into spaces unless they are character references. */
function attribute(value: string): string {
  return escapeText(value).replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`)
}

function element(tag: string, value: string): string {
  return `<${tag}>${escapeText(value)}</${tag}>`
}

/**
 * A safe ASCII file name ending .gpx: "Chùa Dư Hàng & Đền Nghè" → "chua-du-hang-den-nghe.gpx".
 * Names with no Latin letters or digits (e.g. Chinese) fold to nothing and use `fallback`.
 */
export function gpxFileName(name: string, fallback = 'plan'): string {
  return asciiFileName(name, fallback, 'gpx')
}
