/**
 * Looks inside the basemap archive, reading it as the app does:
 *
 *   npx tsx scripts/basemap/inspect.ts                       header and layers
 *   npx tsx scripts/basemap/inspect.ts --at 107.05,20.73,12  what one tile holds
 *   npx tsx scripts/basemap/inspect.ts --png lan-ha.png --bbox 106.95,20.65,107.2,20.85 --zoom 12
 *
 * `--png` draws the decoded tiles of a zoom with GMT (land, water, rivers,
 * labels in English), to eyeball islets and inlets without running the app.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import type { Feature, Position } from 'geojson'
import { ARCHIVE_IN_CONTENT } from './config.ts'
import { decodeTile, openArchive, type DecodedTile } from './decode.ts'
import { readSiteMap } from './inputs.ts'
import { tileAt } from './tiles.ts'

const { values } = parseArgs({
  options: {
    archive: { type: 'string', default: join('content', readSiteMap('content').basemap ?? ARCHIVE_IN_CONTENT) },
    at: { type: 'string', multiple: true, default: [] },
    png: { type: 'string' },
    bbox: { type: 'string' },
    zoom: { type: 'string', default: '12' },
  },
})

const numbers = (text: string, count: number, what: string): number[] => {
  const n = text.split(',').map(Number)
  if (n.length !== count || n.some((v) => !Number.isFinite(v)))
    throw new Error(`${what} needs ${count} numbers separated by commas, got "${text}"`)
  return n
}

const archive = openArchive(new Uint8Array(readFileSync(values.archive)))
const header = await archive.getHeader()
const metadata = (await archive.getMetadata()) as { vector_layers?: { id: string; fields: Record<string, string> }[] }
console.log(
  `${values.archive}: zoom ${header.minZoom}–${header.maxZoom}, bounds ${header.minLon},${header.minLat} – ${header.maxLon},${header.maxLat}, ` +
    `${header.numAddressedTiles} tiles (${header.numTileContents} distinct)`,
)
for (const layer of metadata.vector_layers ?? []) console.log(`  ${layer.id}: ${Object.keys(layer.fields).join(', ')}`)

for (const at of values.at) {
  const [lon, lat, z] = numbers(at, 3, '--at') as [number, number, number]
  const [x, y] = tileAt(lon, lat, z)
  const tile = await decodeTile(archive, z, x, y)
  console.log(`\ntile ${z}/${x}/${y} (${lon}, ${lat}):${tile ? '' : ' not in the archive'}`)
  for (const [layer, features] of Object.entries(tile ?? {})) console.log(`  ${layer}: ${summarize(features)}`)
}

if (values.png) {
  if (!values.bbox) throw new Error('--png needs --bbox west,south,east,north')
  const [west, south, east, north] = numbers(values.bbox, 4, '--bbox') as [number, number, number, number]
  await drawPng(values.png, [west, south, east, north], Number(values.zoom))
}

/** "12 Polygon (earth), 3 Point (island): Đảo Cát Bà, …" */
function summarize(features: Feature[]): string {
  const counts = new Map<string, number>()
  const names: string[] = []
  for (const f of features) {
    const key = `${f.geometry.type} (${String(f.properties?.['kind'])})`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (f.properties?.['name']) names.push(String(f.properties['name']))
  }
  const kinds = [...counts].map(([k, n]) => `${n} ${k}`).join(', ')
  return names.length > 0 ? `${kinds}: ${names.join(', ')}` : kinds
}

async function drawPng(file: string, [west, south, east, north]: number[], z: number): Promise<void> {
  const [x0, y0] = tileAt(west!, north!, z)
  const [x1, y1] = tileAt(east!, south!, z)
  const tiles: DecodedTile[] = []
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push((await decodeTile(archive, z, x, y)) ?? {})
  const all = (layer: string): Feature[] => tiles.flatMap((t) => t[layer] ?? [])
  const polygons = (features: Feature[]): string =>
    features
      .flatMap((f) =>
        f.geometry.type === 'Polygon'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'MultiPolygon'
            ? f.geometry.coordinates
            : [],
      )
      .flatMap((rings) => rings.map((ring, i) => `> ${i === 0 ? '' : '-Ph'}\n${coords(ring)}`))
      .join('\n')
  const lines = all('water')
    .flatMap((f) =>
      f.geometry.type === 'LineString'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'MultiLineString'
          ? f.geometry.coordinates
          : [],
    )
    .map((line) => `>\n${coords(line)}`)
    .join('\n')
  const labels = Object.values(tiles)
    .flatMap((t) => Object.values(t).flat())
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => {
      const [lon, lat] = (f.geometry as { coordinates: Position }).coordinates
      return `${lon} ${lat} ${String(f.properties?.['name:en'] ?? f.properties?.['name'] ?? '')}`
    })
    .join('\n')

  const dir = mkdtempSync(join(tmpdir(), 'basemap-png-'))
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), `${text}\n`)
    return join(dir, name)
  }
  const earth = write('earth.gmt', polygons(all('earth')))
  const water = write('water.gmt', polygons(all('water')))
  const rivers = write('rivers.gmt', lines)
  const points = write('labels.txt', labels)
  const region = `-R${west}/${east}/${south}/${north}`
  const gmt = promisify(execFile)
  const run = (...args: string[]) => gmt('gmt', args, { cwd: dir })
  const out = file.replace(/\.png$/i, '')
  await run('begin', resolve(out), 'png')
  await run('basemap', region, '-JM18c', '-Bafg', '-B+g#d9d9d9')
  await run('plot', earth, '-G#efe9dc')
  await run('plot', water, '-G#9fcbe8')
  if (lines) await run('plot', rivers, '-W0.6p,#4a8fc4')
  if (labels) {
    await run('plot', points, '-Sc0.1c', '-Gblack')
    await run('text', points, '-F+f7p,Helvetica,black+jLB', '-D0.08c/0.08c')
  }
  await run('end')
  console.log(`\n${out}.png: zoom ${z}, ${tiles.length} tiles`)
}

function coords(ring: Position[]): string {
  return ring.map(([lon, lat]) => `${lon} ${lat}`).join('\n')
}
