/**
 * The places list's search, filters and sort as one value that lives in the
 * URL (so results can be shared and survive a reload), and the pure function
 * that applies it. Opening hours, names and search scores come in as
 * functions and maps: this file knows nothing of the clock or the index.
 */
import type { Place } from '@/content/model'
import { distanceMeters, type LonLat } from './geo'

export const PLACE_SORTS = ['relevance', 'name', 'distance'] as const
export type PlaceSort = (typeof PLACE_SORTS)[number]

export interface PlaceFilter {
  /** Search text, as typed. */
  q: string
  category?: string
  /** Content tags a place must all have (e.g. free, family). */
  tags: string[]
  openNow: boolean
  wheelchair: boolean
  sort: PlaceSort
}

export const NO_FILTER: PlaceFilter = { q: '', tags: [], openNow: false, wheelchair: false, sort: 'relevance' }

type Query = Record<string, unknown>

const first = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Reads a filter from a route query; anything unknown or malformed is ignored, never an error. */
export function parsePlaceFilter(query: Query): PlaceFilter {
  const sort = first(query.sort)
  const tags = (first(query.tags) ?? '').split(',').filter((tag) => TAG.test(tag))
  return {
    q: (first(query.q) ?? '').slice(0, 200),
    category: first(query.category) || undefined,
    tags: [...new Set(tags)].sort(),
    openNow: first(query.open) === '1',
    wheelchair: first(query.wheelchair) === '1',
    sort: (PLACE_SORTS as readonly string[]).includes(sort ?? '') ? (sort as PlaceSort) : 'relevance',
  }
}

/** The query that `parsePlaceFilter` reads back to `filter`; defaults are left out to keep links short. */
export function placeFilterQuery(filter: PlaceFilter): Record<string, string> {
  const query: Record<string, string> = {}
  if (filter.q.trim()) query.q = filter.q
  if (filter.category) query.category = filter.category
  if (filter.tags.length > 0) query.tags = [...filter.tags].sort().join(',')
  if (filter.openNow) query.open = '1'
  if (filter.wheelchair) query.wheelchair = '1'
  if (filter.sort !== 'relevance') query.sort = filter.sort
  return query
}

/** Whether anything narrows or reorders the list (then it is shown flat, not by category). */
export function isRefined(filter: PlaceFilter): boolean {
  return (
    filter.q.trim() !== '' ||
    filter.tags.length > 0 ||
    filter.openNow ||
    filter.wheelchair ||
    filter.sort !== 'relevance'
  )
}

export interface FilterContext {
  /** Search scores by place id when there is search text: places without one do not match. */
  scores?: ReadonlyMap<string, number>
  /** True only when the place is known to be open now (unknown hours are not "open"). */
  isOpenNow(place: Place): boolean
  nameOf(place: Place): string
  collator: Intl.Collator
  /** The user's position, for distances and the distance sort. */
  position?: LonLat
}

export interface FilteredPlace {
  place: Place
  /** Metres from the user's position, when it is known. */
  distance?: number
}

export function filterPlaces(places: readonly Place[], filter: PlaceFilter, ctx: FilterContext): FilteredPlace[] {
  const searching = filter.q.trim() !== '' && ctx.scores !== undefined
  const kept = places.filter(
    (place) =>
      (!searching || ctx.scores!.has(place.id)) &&
      (!filter.category || place.category === filter.category) &&
      filter.tags.every((tag) => place.tags.includes(tag)) &&
      (!filter.wheelchair || place.accessibility?.wheelchair === 'yes') &&
      (!filter.openNow || ctx.isOpenNow(place)),
  )
  const results = kept.map((place) => ({
    place,
    distance: ctx.position ? distanceMeters(ctx.position, place.location) : undefined,
  }))
  const byName = (a: FilteredPlace, b: FilteredPlace) => ctx.collator.compare(ctx.nameOf(a.place), ctx.nameOf(b.place))
  const byScore = (a: FilteredPlace, b: FilteredPlace) =>
    (ctx.scores!.get(b.place.id) ?? 0) - (ctx.scores!.get(a.place.id) ?? 0)
  if (filter.sort === 'name') return results.sort(byName)
  if (filter.sort === 'distance' && ctx.position) return results.sort((a, b) => a.distance! - b.distance!)
  // Relevance: search order when searching, else the editors' order (stable sort keeps it).
  return searching ? results.sort(byScore) : results
}
