/**
 * Builds the embedded offline basemap, content/basemap/basemap.pmtiles (or
 * wherever site.yaml `map.basemap` points):
 *
 *   npm run basemap [-- --fresh] [-- --content <dir>]
 *
 * 1. the clip box: site.yaml `map.bounds` plus padding (config.ts);
 * 2. GMT: a land/sea grid from GSHHG full-resolution shorelines, and river
 *    lines (gmt.ts; cached, `--fresh` recomputes);
 * 3. land and water polygons from the grid (coast.ts), rivers (rivers.ts),
 *    labels from gazetteer.yaml (labels.ts), in Protomaps v4 layers;
 * 4. vector tiles for zooms 0–12 (tiles.ts) into a PMTiles archive
 *    (pmtiles-writer.ts).
 *
 * Needs Debian's `gmt` and `gmt-gshhg-full`. The archive is committed, so
 * installing, building and testing the app need neither GMT nor this script.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { coastPolygons } from './coast.ts'
import * as config from './config.ts'
import { gmtVersion, landGrid, riverText, type GmtOptions } from './gmt.ts'
import { paddedBox } from './grid.ts'
import { readGazetteer, readSiteMap } from './inputs.ts'
import { labelFeatures } from './labels.ts'
import { archiveMetadata, LAYER_DESCRIPTIONS } from './metadata.ts'
import { writePmtiles } from './pmtiles-writer.ts'
import { joinSegments, parseRiverText, riverFeatures } from './rivers.ts'
import { buildTiles, vectorLayers, type Layers } from './tiles.ts'

const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (values.help) {
  process.stdout.write('Usage: npm run basemap [-- --fresh] [-- --content <dir>]\n')
  process.exit(0)
}

const started = performance.now()
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`
const log = (message: string): void => console.log(message)
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`

const contentDir = values.content
const map = readSiteMap(contentDir)
const gazetteer = readGazetteer(contentDir)
const box = paddedBox(map.bounds, config.CLIP_PADDING_DEGREES, config.GRID_DEGREES)
log(`GMT ${await gmtVersion()}; clip box ${box.west}–${box.east} E, ${box.south}–${box.north} N`)

const gmt: GmtOptions = { cacheDir: config.CACHE_DIR, fresh: values.fresh, log }
let t = performance.now()
const grid = await landGrid(box, config.GRID_DEGREES, gmt)
const rivers = riverText(box, gmt)
log(`land grid ready (${seconds(t)})`)

t = performance.now()
const coast = coastPolygons(grid, config.COAST_SIMPLIFY_CELLS)
const holes = coast.earth.reduce((n, f) => n + f.geometry.coordinates.length - 1, 0)
log(
  `coast: ${coast.earth.length} land polygons (${holes} holes), ${coast.water.length} water polygons; ` +
    `${coast.stats.verticesTraced} vertices traced, ${coast.stats.verticesKept} kept (${seconds(t)})`,
)

const riverLines = riverFeatures(joinSegments(parseRiverText(await rivers)), config.RIVER_CLASSES)
log(`rivers: ${riverLines.length} lines, ${riverLines.reduce((n, f) => n + f.geometry.coordinates.length, 0)} vertices`)

const labels = labelFeatures(gazetteer, box, config.labelMinZoom)
for (const entry of labels.outside)
  console.warn(`warning: gazetteer entry ${entry} is outside the clip box; not on the map`)
log(
  `labels: ${Object.entries(labels.layers)
    .map(([layer, f]) => `${f.length} in ${layer}`)
    .join(', ')}`,
)

const layers: Layers = {
  earth: [...coast.earth, ...labels.layers.earth],
  water: [...coast.water, ...riverLines, ...labels.layers.water],
  places: labels.layers.places,
  pois: labels.layers.pois,
}

t = performance.now()
const zoomRange = { minZoom: config.MIN_ZOOM, maxZoom: config.MAX_ZOOM }
const { tiles, zooms } = buildTiles(layers, box, {
  ...zoomRange,
  extent: config.TILE_EXTENT,
  buffer: config.TILE_BUFFER,
  tolerance: config.TILE_TOLERANCE,
})
log(`tiles (${seconds(t)}):`)
for (const z of zooms) log(`  z${String(z.zoom).padStart(2)}: ${String(z.tiles).padStart(4)} tiles, ${kb(z.bytes)}`)

const { bytes, stats } = writePmtiles(tiles, {
  tileType: 'mvt',
  tileCompression: 'gzip',
  bounds: [box.west, box.south, box.east, box.north],
  center: [...map.center, map.zoom],
  metadata: archiveMetadata(vectorLayers(layers, LAYER_DESCRIPTIONS, zoomRange)),
})
const output = join(contentDir, map.basemap ?? config.ARCHIVE_IN_CONTENT)
mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, bytes)
log(
  `${output}: ${kb(stats.totalBytes)} (${stats.totalBytes} bytes); ${stats.addressedTiles} tiles, ` +
    `${stats.tileContents} distinct, ${stats.tileEntries} directory entries, ${stats.leafDirectories} leaf directories`,
)
log(`done in ${seconds(started)}`)
