/**
 * Places as GeoJSON for the map's clustered `places` source. Pure: the
 * names come in as a function, so the same code serves every locale and the
 * tests need no content bundle.
 */
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { Place } from '@/content/model'

export interface PlaceFeatureProperties {
  id: string
  category: string
  /** The name in the UI language (or its fallback); the id while text is loading. */
  name: string
}

export type PlaceFeature = Feature<Point, PlaceFeatureProperties>
export type PlaceCollection = FeatureCollection<Point, PlaceFeatureProperties>

export interface PlacesToGeoJSONOptions {
  /** A place's name in the UI language, undefined while its text is not loaded. */
  nameOf: (id: string) => string | undefined
  /** Only places of this category; all places when undefined. */
  category?: string
}

export function placesToGeoJSON(places: readonly Place[], options: PlacesToGeoJSONOptions): PlaceCollection {
  const shown = options.category === undefined ? places : places.filter((p) => p.category === options.category)
  return {
    type: 'FeatureCollection',
    features: shown.map((place): PlaceFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...place.location] },
      properties: { id: place.id, category: place.category, name: options.nameOf(place.id) ?? place.id },
    })),
  }
}

/** The place id of a feature MapLibre hands back from a click, if it is one of ours. */
export function placeIdOf(feature: { properties?: Record<string, unknown> | null } | undefined): string | undefined {
  const id = feature?.properties?.id
  return typeof id === 'string' ? id : undefined
}
