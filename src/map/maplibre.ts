/**
 * MapLibre and the pmtiles protocol, loaded on first use: only views that
 * show a map download them (MapLibre is about 290 KB gzip, its worker about
 * 150 KB), and the first page of the app stays small.
 *
 * Registering a protocol and the worker URL is global to MapLibre, so it is
 * done once, here; the promise is kept so every map shares it (and the
 * archives the protocol has already read).
 */
import type * as MapLibreModule from 'maplibre-gl'
// Vite does not rewrite MapLibre's own worker URL (built from import.meta.url): hand it one.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import type * as PMTiles from 'pmtiles'

export type MapLibre = typeof MapLibreModule
export type PMTilesModule = typeof PMTiles

export interface MapRuntime {
  maplibre: MapLibre
  pmtiles: PMTilesModule
  protocol: PMTiles.Protocol
}

let runtime: Promise<MapRuntime> | undefined

export function loadMapRuntime(): Promise<MapRuntime> {
  runtime ??= start()
  // A failed download (offline before the chunk was cached) may succeed on the next map.
  runtime.catch(() => (runtime = undefined))
  return runtime
}

async function start(): Promise<MapRuntime> {
  const [maplibre, pmtiles] = await Promise.all([
    import('maplibre-gl'),
    import('pmtiles'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ])
  maplibre.setWorkerUrl(workerUrl)
  const protocol = new pmtiles.Protocol()
  maplibre.addProtocol('pmtiles', protocol.tile)
  return { maplibre, pmtiles, protocol }
}
