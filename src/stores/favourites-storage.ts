/**
 * Reading and writing the user's favourites as versioned JSON, with a
 * migration for every earlier shape. Pure apart from the `KeyValueStorage`
 * and the clock handed in.
 *
 * Loading never throws and never loses data it could still use: damaged
 * entries are dropped and reported, data from a newer version of the app is
 * left untouched, and the store is told which of these happened.
 */
import type { EntityKind } from '@/content/schema'
import { DAMAGED_KEYS, FAVOURITES_VERSION, STORAGE_KEYS } from '@/constants'
import type { KeyValueStorage } from './settings-storage'
import {
  isRecord,
  loadVersioned,
  saveVersioned,
  type Migration,
  type StorageProblem,
  type StoredState,
  type VersionedFormat,
} from './versioned-storage'

export const FAVOURITE_KINDS = ['place', 'itinerary', 'event'] as const
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number]

/** The content collection each kind of favourite points into (catalog look-ups, route meta). */
export const COLLECTION_OF: Readonly<Record<FavouriteKind, EntityKind>> = {
  place: 'places',
  itinerary: 'itineraries',
  event: 'events',
}

export function kindOfCollection(collection: EntityKind): FavouriteKind {
  return FAVOURITE_KINDS.find((kind) => COLLECTION_OF[kind] === collection) ?? 'place'
}

export interface Favourite {
  kind: FavouriteKind
  /** A content id. Ids missing from the current content stay stored (an entry may come back) but are not shown. */
  id: string
  /** When it was hearted, as an ISO 8601 string. */
  addedAt: string
}

export type FavouritesProblem = StorageProblem

export interface LoadedFavourites {
  items: Favourite[]
  problem: FavouritesProblem | null
  stored: StoredState
}

interface StoredFavouritesV1 {
  version: 1
  items: Favourite[]
}

/**
 * Version 0, before the stored value had a version: a bare array of
 * "kind:id" strings, with no date. Entries that do not fit come out invalid
 * and are dropped (and reported) by `parseItems`.
 */
function fromV0(data: unknown, now: Date): unknown {
  // Anything else without a version is not a shape we wrote: undefined, so it reads as corrupt.
  if (!Array.isArray(data)) return undefined
  const entries: unknown[] = data
  const items = entries.map((entry) => {
    if (typeof entry !== 'string') return null
    const colon = entry.indexOf(':')
    return { kind: entry.slice(0, colon), id: entry.slice(colon + 1), addedAt: now.toISOString() }
  })
  return { version: 1, items }
}

/** `MIGRATIONS[n]` turns version n into version n + 1; its length is always FAVOURITES_VERSION. */
export const MIGRATIONS: readonly Migration[] = [fromV0]

export function favouriteKey(kind: FavouriteKind, id: string): string {
  return `${kind}:${id}`
}

function isKind(value: unknown): value is FavouriteKind {
  return typeof value === 'string' && (FAVOURITE_KINDS as readonly string[]).includes(value)
}

function parseItem(value: unknown): Favourite | undefined {
  if (!isRecord(value) || !isKind(value.kind)) return undefined
  const { id, addedAt } = value
  if (typeof id !== 'string' || id === '' || typeof addedAt !== 'string' || Number.isNaN(Date.parse(addedAt))) {
    return undefined
  }
  return { kind: value.kind, id, addedAt }
}

/** The valid, distinct entries and how many were dropped; undefined when `value` is not a list at all. */
function parseItems(value: unknown): { items: Favourite[]; dropped: number } | undefined {
  if (!Array.isArray(value)) return undefined
  const items: Favourite[] = []
  const seen = new Set<string>()
  let dropped = 0
  for (const entry of value) {
    const item = parseItem(entry)
    if (!item) dropped++
    else if (!seen.has(favouriteKey(item.kind, item.id))) {
      seen.add(favouriteKey(item.kind, item.id))
      items.push(item)
    }
  }
  return { items, dropped }
}

export const FAVOURITES_FORMAT: VersionedFormat<Favourite[]> = {
  key: STORAGE_KEYS.favourites,
  damagedKey: DAMAGED_KEYS.favourites,
  version: FAVOURITES_VERSION,
  migrations: MIGRATIONS,
  empty: () => [],
  parse: (data) => {
    const read = parseItems(isRecord(data) ? data.items : undefined)
    return read && { value: read.items, dropped: read.dropped > 0 }
  },
  serialise: (items): Omit<StoredFavouritesV1, 'version'> => ({ items: [...items] }),
}

export function loadFavourites(storage: KeyValueStorage, now: Date): LoadedFavourites {
  const { value, problem, stored } = loadVersioned(storage, FAVOURITES_FORMAT, now)
  return { items: value, problem, stored }
}

/** Returns false when the storage refused the write (quota, private mode); the favourites still apply for this visit. */
export function saveFavourites(storage: KeyValueStorage, items: readonly Favourite[]): boolean {
  return saveVersioned(storage, FAVOURITES_FORMAT, [...items])
}
