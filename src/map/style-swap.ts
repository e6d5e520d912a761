/**
 * Swapping the style when the theme or language changes. The new style
 * comes from buildMapStyle with empty GeoJSON sources; this keeps the data
 * the map already shows (places, route, position), so a swap only repaints.
 * Passed to map.setStyle as `transformStyle`. Pure.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec'

export function keepGeoJSONData(
  previous: StyleSpecification | undefined,
  next: StyleSpecification,
): StyleSpecification {
  if (!previous) return next
  const sources = { ...next.sources }
  for (const [id, source] of Object.entries(sources)) {
    const old = previous.sources[id]
    if (source.type === 'geojson' && old?.type === 'geojson') sources[id] = { ...source, data: old.data }
  }
  return { ...next, sources }
}
