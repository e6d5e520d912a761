/**
 * The documents of one locale's search index. Besides the locale's own
 * text, each entity brings its names in every other locale of the site,
 * Vietnamese first: a visitor types what is on the street sign, or the name
 * a friend wrote in another language. Only names travel between locales;
 * summaries, addresses and bodies stay in their own locale's chunk.
 */
import type { LocaleContent } from '../model.ts'
import { SOURCE_LOCALE, type Category, type EntityKind, type Locale, type Site } from '../schema.ts'
import type { SearchDoc, SearchKind } from '../../domain/search.ts'
import type { Entities, Entity } from './types.ts'

const KIND: Record<EntityKind, SearchKind> = { places: 'place', itineraries: 'itinerary', events: 'event' }

export interface SearchDocsInput {
  locale: Locale
  site: Site
  categories: readonly Category[]
  /** The valid entities of each kind. */
  entities: Entities
  /** The locale's text, fallbacks filled in (what the locale chunk ships). */
  texts: Pick<LocaleContent, EntityKind>
}

export function searchDocs({ locale, site, categories, entities, texts }: SearchDocsInput): SearchDoc[] {
  const otherLocales = [SOURCE_LOCALE, ...site.locales].filter((l, i, all) => l !== locale && all.indexOf(l) === i)
  const labels = new Map(categories.map((c) => [c.id, c.label[locale] ?? c.label.en]))
  const docs: SearchDoc[] = []
  const add = (entity: Entity, extra: Pick<SearchDoc, 'address' | 'category'>, tags: readonly string[]) => {
    const text = texts[entity.kind][entity.id]
    // An entity with no valid text in any locale has no page to find.
    if (!text) return
    const names = otherLocales
      .map((l) => entity.texts[l]?.data?.name)
      .filter((n, i, all): n is string => n !== undefined && n !== text.name && all.indexOf(n) === i)
    docs.push({ kind: KIND[entity.kind], id: entity.id, name: text.name, names, summary: text.summary, ...extra, tags })
  }
  for (const place of entities.places) {
    const meta = place.meta.data
    if (!meta) continue
    const address = texts.places[place.id]?.address
    const category = labels.get(meta.category)
    add(place, { ...(address && { address }), ...(category && { category }) }, meta.tags)
  }
  for (const itinerary of entities.itineraries) {
    if (itinerary.meta.data) add(itinerary, {}, itinerary.meta.data.tags)
  }
  for (const event of entities.events) {
    const venue = texts.events[event.id]?.venue_name
    if (event.meta.data) add(event, venue ? { address: venue } : {}, event.meta.data.tags)
  }
  return docs
}
