/**
 * Reading and writing the visitor's progress along itineraries as versioned
 * JSON (see versioned-storage.ts for what loading promises). Reading never
 * fits the stored progress to the current content (the store does that for
 * display), so a content update alone rewrites nothing: a removed stop keeps its
 * place in the visitor's order until they next change their progress, and its
 * visit or skip for good (reconcileProgress keeps those), in case it comes back.
 */
import { DAMAGED_KEYS, ITINERARY_PROGRESS_VERSION, STORAGE_KEYS } from '@/constants'
import type { ItineraryProgress } from '@/domain/itinerary-progress'
import type { KeyValueStorage } from './settings-storage'
import {
  isRecord,
  loadVersioned,
  saveVersioned,
  type Loaded,
  type Migration,
  type Parsed,
  type VersionedFormat,
} from './versioned-storage'

/** Itinerary id → the progress along it; an itinerary never started has no entry. */
export type ProgressByItinerary = Record<string, ItineraryProgress>

/** `MIGRATIONS[n]` turns version n into n + 1. Progress was versioned from the start: there is no version 0. */
export const MIGRATIONS: readonly (Migration | undefined)[] = []

const isId = (value: unknown): value is string => typeof value === 'string' && value !== ''
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isId)

/** Place id → time of the visit, or undefined when any entry is unreadable. */
function parseVisited(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined
  const entries = Object.entries(value)
  // fromEntries defines own properties, so an id such as "__proto__" stays an id.
  return entries.every((entry): entry is [string, number] => isId(entry[0]) && isTime(entry[1]))
    ? Object.fromEntries(entries)
    : undefined
}

/** A copy holding only the fields we know, or undefined when any of them is unreadable. */
function parseProgress(value: unknown): ItineraryProgress | undefined {
  if (!isRecord(value)) return undefined
  const { order, skipped, startedAt, updatedAt } = value
  const visited = parseVisited(value.visited)
  if (!isIdList(order) || !visited || !isIdList(skipped) || !isTime(startedAt) || !isTime(updatedAt)) return undefined
  return { order: [...order], visited, skipped: [...skipped], startedAt, updatedAt }
}

function parse(data: unknown): Parsed<ProgressByItinerary> | undefined {
  if (!isRecord(data) || !isRecord(data.itineraries)) return undefined
  const entries = Object.entries(data.itineraries).flatMap(([id, value]) => {
    const progress = isId(id) ? parseProgress(value) : undefined
    return progress ? [[id, progress] as const] : []
  })
  return {
    value: Object.fromEntries(entries),
    dropped: entries.length < Object.keys(data.itineraries).length,
  }
}

export const ITINERARY_PROGRESS_FORMAT: VersionedFormat<ProgressByItinerary> = {
  key: STORAGE_KEYS.itineraryProgress,
  damagedKey: DAMAGED_KEYS.itineraryProgress,
  version: ITINERARY_PROGRESS_VERSION,
  migrations: MIGRATIONS,
  empty: () => ({}),
  parse,
  serialise: (itineraries) => ({ itineraries }),
}

export function loadItineraryProgress(storage: KeyValueStorage, now: Date): Loaded<ProgressByItinerary> {
  return loadVersioned(storage, ITINERARY_PROGRESS_FORMAT, now)
}

/** Returns false when the storage refused the write (quota, private mode); the progress still applies for this visit. */
export function saveItineraryProgress(storage: KeyValueStorage, itineraries: ProgressByItinerary): boolean {
  return saveVersioned(storage, ITINERARY_PROGRESS_FORMAT, itineraries)
}
