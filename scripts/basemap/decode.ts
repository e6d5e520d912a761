/**
 * Reads tiles back out of an archive with the same `pmtiles` reader the app
 * uses, and decodes them to GeoJSON per layer: for tests, the inspect
 * script and previews.
 */
import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { PMTiles } from 'pmtiles'
import type { Feature } from 'geojson'
import { BytesSource } from './bytes-source.ts'

export type DecodedTile = Record<string, Feature[]>

export function openArchive(bytes: Uint8Array): PMTiles {
  return new PMTiles(new BytesSource(bytes))
}

/** The tile's layers as GeoJSON in degrees, or undefined when the archive has no such tile. */
export async function decodeTile(archive: PMTiles, z: number, x: number, y: number): Promise<DecodedTile | undefined> {
  const response = await archive.getZxy(z, x, y)
  if (!response) return undefined
  const tile = new VectorTile(new PbfReader(new Uint8Array(response.data)))
  const layers: DecodedTile = {}
  for (const [name, layer] of Object.entries(tile.layers)) {
    layers[name] = Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(x, y, z))
  }
  return layers
}
