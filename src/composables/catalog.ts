/**
 * Look-ups over the language-neutral manifest (ids → entities, and the links
 * between them), built once and provided to views and the router through a
 * typed InjectionKey. Only main.ts imports `virtual:content`; everything else
 * gets a Catalog, so tests hand in a small fixture instead of the real content.
 */
import { inject, type InjectionKey } from 'vue'
import type { ContentEvent, Itinerary, Manifest, Place } from '@/content/model'
import type { Category, EntityKind } from '@/content/schema'

export interface Catalog {
  readonly manifest: Manifest
  place(id: string): Place | undefined
  itinerary(id: string): Itinerary | undefined
  event(id: string): ContentEvent | undefined
  category(id: string): Category | undefined
  has(kind: EntityKind, id: string): boolean
  /** Itineraries that stop at the place, in manifest order. */
  itinerariesWithPlace(placeId: string): Itinerary[]
  /** Events whose venue is the place. */
  eventsAtPlace(placeId: string): ContentEvent[]
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

export function createCatalog(manifest: Manifest): Catalog {
  const places = byId(manifest.places)
  const itineraries = byId(manifest.itineraries)
  const events = byId(manifest.events)
  const categories = byId(manifest.categories)
  const maps: Record<EntityKind, ReadonlyMap<string, unknown>> = { places, itineraries, events }

  return {
    manifest,
    place: (id) => places.get(id),
    itinerary: (id) => itineraries.get(id),
    event: (id) => events.get(id),
    category: (id) => categories.get(id),
    has: (kind, id) => maps[kind].has(id),
    itinerariesWithPlace: (placeId) =>
      manifest.itineraries.filter((it) => it.stops.some((stop) => stop.place === placeId)),
    eventsAtPlace: (placeId) => manifest.events.filter((event) => event.venue === placeId),
  }
}

export const catalogKey: InjectionKey<Catalog> = Symbol('catalog')

export function useCatalog(): Catalog {
  const catalog = inject(catalogKey, null)
  if (!catalog) {
    throw new Error(
      'useCatalog() found no catalog: main.ts (or a test) must call app.provide(catalogKey, createCatalog(manifest)) before mounting.',
    )
  }
  return catalog
}
