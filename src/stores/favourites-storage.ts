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
import { FAVOURITES_VERSION, STORAGE_KEYS } from '@/constants'
import type { KeyValueStorage } from './settings-storage'

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

/**
 * `corrupt`: not JSON, not a shape we wrote, or some entries unreadable (those are dropped);
 * `newer`: written by a newer version of the app, so we must not overwrite it;
 * `unsaved`: the storage refused to read or write, so changes last only as long as the page.
 */
export type FavouritesProblem = 'corrupt' | 'newer' | 'unsaved'

export interface LoadedFavourites {
  items: Favourite[]
  problem: FavouritesProblem | null
  /**
   * What to do with the stored value: `current` is fine as it is; `rewrite`
   * it in the current shape now (migrated or repaired); `readOnly` must never
   * be written (a newer version's data, or a storage we could not read).
   */
  stored: 'current' | 'rewrite' | 'readOnly'
}

interface StoredFavouritesV1 {
  version: 1
  items: Favourite[]
}

type Migration = (data: unknown, now: Date) => unknown

/**
 * Version 0, before the stored value had a version: a bare array of
 * "kind:id" strings, with no date. Entries that do not fit come out invalid
 * and are dropped (and reported) by `parseItems`.
 */
function fromV0(data: unknown, now: Date): unknown {
  const entries = Array.isArray(data) ? data : []
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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

/** 0 for the unversioned array, the `version` field for later shapes, undefined for anything else. */
function versionOf(data: unknown): number | undefined {
  if (Array.isArray(data)) return 0
  if (!isRecord(data)) return undefined
  const { version } = data
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined
}

const RESET: LoadedFavourites = { items: [], problem: 'corrupt', stored: 'rewrite' }

export function loadFavourites(storage: KeyValueStorage, now: Date): LoadedFavourites {
  let text: string | null
  try {
    text = storage.getItem(STORAGE_KEYS.favourites)
  } catch {
    return { items: [], problem: 'unsaved', stored: 'readOnly' }
  }
  if (text === null) return { items: [], problem: null, stored: 'current' }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ...RESET }
  }
  const version = versionOf(data)
  if (version === undefined) return { ...RESET }
  if (version > FAVOURITES_VERSION) {
    // Another tab already runs a newer app, or this one was rolled back. Show
    // what we can read, but leave the value to the version that wrote it.
    const read = parseItems(isRecord(data) ? data.items : undefined)
    return { items: read?.items ?? [], problem: 'newer', stored: 'readOnly' }
  }
  const current = MIGRATIONS.slice(version).reduce((value, migrate) => migrate(value, now), data)
  const read = parseItems(isRecord(current) ? current.items : undefined)
  if (!read) return { ...RESET }
  if (read.dropped > 0) return { items: read.items, problem: 'corrupt', stored: 'rewrite' }
  return { items: read.items, problem: null, stored: version < FAVOURITES_VERSION ? 'rewrite' : 'current' }
}

/** Returns false when the storage refused the write (quota, private mode); the favourites still apply for this visit. */
export function saveFavourites(storage: KeyValueStorage, items: readonly Favourite[]): boolean {
  const stored: StoredFavouritesV1 = { version: FAVOURITES_VERSION, items: [...items] }
  try {
    storage.setItem(STORAGE_KEYS.favourites, JSON.stringify(stored))
    return true
  } catch {
    return false
  }
}
