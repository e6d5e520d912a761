/**
 * How end-to-end tests and the benchmark reach a map: through its container
 * element (`element.mapForTests`), rather than a global or a build flag. It
 * costs one property on an element and exposes nothing the page's own
 * scripts could not already reach.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

export interface MapTestHost {
  mapForTests?: MapLibreMap
}

export function exposeForTests(element: HTMLElement, map: MapLibreMap | undefined): void {
  if (map) (element as HTMLElement & MapTestHost).mapForTests = map
  else delete (element as HTMLElement & MapTestHost).mapForTests
}
