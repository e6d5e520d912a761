import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ARCHIVE_IN_CONTENT, labelMinZoom } from './config.ts'
import { decodeTile, openArchive } from './decode.ts'
import { readGazetteer, readSiteMap } from './inputs.ts'
import { tileAt } from './tiles.ts'

/**
 * Checks the archive committed in content/ (built by `npm run basemap` from
 * GSHHG), as the app will read it. If you replace it with an OpenStreetMap
 * extract, the label checks here no longer apply: see content/basemap/README.md.
 */
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url))
const map = readSiteMap(CONTENT)
const archive = openArchive(new Uint8Array(readFileSync(join(CONTENT, map.basemap ?? ARCHIVE_IN_CONTENT))))

async function tileAtPlace(lon: number, lat: number, z: number) {
  const [x, y] = tileAt(lon, lat, z)
  return (await decodeTile(archive, z, x, y)) ?? {}
}

describe('the committed basemap archive', () => {
  let header: Awaited<ReturnType<typeof archive.getHeader>>
  beforeAll(async () => {
    header = await archive.getHeader()
  })

  it('is gzipped vector tiles for zooms 0–12 over everything a user can pan to', () => {
    expect(header).toMatchObject({ specVersion: 3, tileType: 1, tileCompression: 2, minZoom: 0, maxZoom: 12 })
    const [[west, south], [east, north]] = map.bounds
    expect(header.minLon).toBeLessThan(west)
    expect(header.minLat).toBeLessThan(south)
    expect(header.maxLon).toBeGreaterThan(east)
    expect(header.maxLat).toBeGreaterThan(north)
  })

  it('describes its Protomaps layers and credits GSHHG', async () => {
    const metadata = (await archive.getMetadata()) as { attribution: string; vector_layers: { id: string }[] }
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['earth', 'water', 'places', 'pois'])
    expect(metadata.attribution).toContain('GSHHG')
  })

  it('shows the islets of Lan Hạ Bay and Cát Bà town by the sea', async () => {
    const lanHa = await tileAtPlace(107.09, 20.76, 12)
    expect(lanHa.earth!.filter((f) => f.geometry.type === 'Polygon').length).toBeGreaterThan(20)
    const town = await tileAtPlace(107.048, 20.727, 12)
    expect(town.water!.some((f) => f.properties!.kind === 'ocean')).toBe(true)
    expect(town.places!.map((f) => f.properties!.name)).toContain('Thị trấn Cát Bà')
  })

  it('draws rivers and the main labels over the city at zoom 8', async () => {
    const centre = await tileAtPlace(106.68, 20.86, 8)
    expect(
      centre.water!.filter((f) => f.properties!.kind === 'river' && f.geometry.type !== 'Point').length,
    ).toBeGreaterThan(5)
    expect(centre.places!.find((f) => f.properties!.name === 'Hải Phòng')?.properties).toMatchObject({
      kind: 'locality',
      'name:en': 'Hai Phong',
      'name:zh': '海防',
    })
  })

  it('has every gazetteer label, in every locale, from its min_zoom', async () => {
    for (const entry of readGazetteer(CONTENT)) {
      const z = labelMinZoom(entry.rank)
      const tile = await tileAtPlace(...entry.location, z)
      const label = Object.values(tile)
        .flat()
        .find((f) => f.geometry.type === 'Point' && f.properties!.name === entry.name.vi)
      expect(label, `${entry.id} at zoom ${z}`).toBeDefined()
      for (const [locale, name] of Object.entries(entry.name)) expect(label!.properties![`name:${locale}`]).toBe(name)
    }
  })
})
