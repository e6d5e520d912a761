/**
 * GeoJSON layers → gzipped Mapbox Vector Tiles for every tile over a box.
 *
 * geojson-vt cuts and simplifies each layer per zoom; vt-pbf encodes the
 * layers of one tile together. A feature with a `min_zoom` property enters
 * the tiles at that zoom (the Protomaps convention), so low zooms stay small.
 */
import { gzipSync } from 'node:zlib'
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt'
import { fromGeojsonVt } from '@maplibre/vt-pbf'
import type { Feature } from 'geojson'
import type { Box } from './grid.ts'
import type { ArchiveTile } from './pmtiles-writer.ts'

export type Layers = Record<string, Feature[]>

export interface TileOptions {
  minZoom: number
  maxZoom: number
  extent: number
  buffer: number
  tolerance: number
}

export interface ZoomStats {
  zoom: number
  tiles: number
  /** Gzipped bytes, duplicates counted (the archive stores them once). */
  bytes: number
}

/** Tile column and row of a position at a zoom (Web Mercator, as MapLibre). */
export function tileAt(lon: number, lat: number, zoom: number): [x: number, y: number] {
  const n = Math.pow(2, zoom)
  const sin = Math.sin((lat * Math.PI) / 180)
  const x = Math.floor(((lon + 180) / 360) * n)
  const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n)
  const clamp = (v: number): number => Math.max(0, Math.min(n - 1, v))
  return [clamp(x), clamp(y)]
}

export function buildTiles(
  layers: Layers,
  box: Box,
  options: TileOptions,
): { tiles: ArchiveTile[]; zooms: ZoomStats[] } {
  const indexes = Object.entries(layers).map(
    ([name, features]) =>
      [
        name,
        new GeoJSONVT(
          { type: 'FeatureCollection', features },
          {
            maxZoom: options.maxZoom,
            extent: options.extent,
            buffer: options.buffer,
            tolerance: options.tolerance,
            indexMaxZoom: Math.min(5, options.maxZoom),
          },
        ),
      ] as const,
  )

  const tiles: ArchiveTile[] = []
  const zooms: ZoomStats[] = []
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    const [x0, y0] = tileAt(box.west, box.north, z)
    const [x1, y1] = tileAt(box.east, box.south, z)
    const stats: ZoomStats = { zoom: z, tiles: 0, bytes: 0 }
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tileLayers: Record<string, GeoJSONVTTile> = {}
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y)
          if (!tile) continue
          // A transformed tile's features are in tile coordinates (its type says so only as an intersection).
          const features = (tile.features as GeoJSONVTFeature[]).filter((f) => entersAt(f, z) && !isEmptyPolygon(f))
          if (features.length > 0) tileLayers[name] = { ...tile, features } as GeoJSONVTTile
        }
        if (Object.keys(tileLayers).length === 0) continue
        const data = new Uint8Array(
          gzipSync(fromGeojsonVt(tileLayers, { version: 2, extent: options.extent }), { level: 9 }),
        )
        tiles.push({ z, x, y, data })
        stats.tiles++
        stats.bytes += data.length
      }
    }
    zooms.push(stats)
  }
  return { tiles, zooms }
}

function entersAt(feature: GeoJSONVTFeature, z: number): boolean {
  const minZoom = feature.tags?.['min_zoom']
  return typeof minZoom !== 'number' || minZoom <= z
}

/**
 * A polygon whose holes cover all of it within this tile: the open sea over
 * a tile of solid land clips to the tile square minus the same square.
 * Dropping it keeps inland tiles free of "water" that has no area.
 */
function isEmptyPolygon(feature: GeoJSONVTFeature): boolean {
  if (feature.type !== 3) return false
  let area = 0
  for (const ring of feature.geometry) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      area += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1])
    }
  }
  // Outer rings and holes wind opposite ways, so the sum is twice the net area, in tile units².
  return Math.abs(area) < 2
}

/** TileJSON `vector_layers`: each layer's fields and zoom range, read from its features. */
export function vectorLayers(
  layers: Layers,
  descriptions: Record<string, string>,
  options: Pick<TileOptions, 'minZoom' | 'maxZoom'>,
): { id: string; description: string; minzoom: number; maxzoom: number; fields: Record<string, string> }[] {
  return Object.entries(layers).map(([id, features]) => {
    const fields: Record<string, string> = {}
    let minzoom = options.maxZoom
    for (const f of features) {
      for (const [key, value] of Object.entries(f.properties ?? {})) {
        fields[key] = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String'
      }
      const minZoom = f.properties?.['min_zoom']
      minzoom = Math.min(minzoom, typeof minZoom === 'number' ? minZoom : options.minZoom)
    }
    const sorted = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)))
    return { id, description: descriptions[id] ?? '', minzoom, maxzoom: options.maxZoom, fields: sorted }
  })
}
