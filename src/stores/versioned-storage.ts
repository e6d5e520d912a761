/**
 * Reading and writing one piece of user state as versioned JSON under one
 * storage key: the part every persisted store shares. Each store describes
 * its value with a `VersionedFormat` (key, version, migrations, parse,
 * serialise); this file does the rest. Pure apart from the `KeyValueStorage`
 * and the clock handed in.
 *
 * Loading never throws and never loses data it could still use: damaged
 * entries are dropped and reported, data from a newer version of the app is
 * left untouched, and the store is told which of these happened. What a
 * repair drops is not lost either: the text as it was is kept under the
 * format's `damagedKey` (backUpDamaged), and loading reports the repair for
 * as long as that copy exists, so the message survives a reload until the
 * visitor dismisses it (forgetDamaged).
 */
import type { KeyValueStorage } from './settings-storage'

/**
 * `corrupt`: not JSON, not a shape we wrote, or some entries unreadable (those are dropped);
 * `tooLong`: more entries than the app holds (the first ones are kept, the rest dropped);
 * `newer`: written by a newer version of the app, so we must not overwrite it;
 * `unsaved`: the storage refused to read or write, so changes last only as long as the page.
 */
export type StorageProblem = 'corrupt' | 'tooLong' | 'newer' | 'unsaved'

/**
 * What to do with the stored value: `current` is fine as it is; `rewrite` it
 * in the current shape now (migrated or repaired); `readOnly` must never be
 * written (a newer version's data, or a storage we could not read).
 */
export type StoredState = 'current' | 'rewrite' | 'readOnly'

export interface Loaded<T> {
  value: T
  problem: StorageProblem | null
  stored: StoredState
  /**
   * The stored text, when `value` is a repair of it: back it up
   * (backUpDamaged) before the repair is written over it.
   */
  damaged?: string
}

/** A store's reading of its data: the usable value, and whether anything unreadable was left out of it. */
export interface Parsed<T> {
  value: T
  dropped: boolean
  /** The data held more entries than the value may: the first ones were kept. */
  tooLong?: boolean
}

/** Turns the stored data of one version into the next version's shape. */
export type Migration = (data: unknown, now: Date) => unknown

export interface VersionedFormat<T> {
  key: string
  /** Where the text of damaged data is kept after a repair, until the visitor dismisses the message (constants.ts). */
  damagedKey: string
  /** The version this app writes. */
  version: number
  /**
   * `migrations[n]` turns version n into version n + 1, for every version
   * from the oldest one still readable. A value with no `version` field is
   * version 0 when `migrations[0]` exists (the shape before values had a
   * version), and corrupt otherwise; `migrations[0]` returns something
   * `parse` rejects (undefined will do) when the data is not that old shape either.
   */
  migrations: { readonly [fromVersion: number]: Migration | undefined }
  /** The value when nothing usable is stored. */
  empty: (now: Date) => T
  /**
   * Reads the current shape into a value, ignoring `version`; undefined when
   * the data is not that shape at all. Also given the data of a newer version,
   * to show what it can (newer versions are expected to add fields, not rename them).
   */
  parse: (data: unknown, now: Date) => Parsed<T> | undefined
  /** The stored object for a value, without `version`, which is added in front. */
  serialise: (value: T) => Record<string, unknown>
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The `version` field when it is a whole number from 1; 0 when there is none and version 0 is readable; else undefined. */
function versionOf(data: unknown, format: Pick<VersionedFormat<unknown>, 'migrations'>): number | undefined {
  if (!isRecord(data) || !('version' in data)) return format.migrations[0] ? 0 : undefined
  const { version } = data
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined
}

/** Runs the migrations from `version` up to the current one; undefined when one is missing. */
function migrate(
  data: unknown,
  version: number,
  format: Pick<VersionedFormat<unknown>, 'migrations' | 'version'>,
  now: Date,
): unknown {
  let current = data
  for (let from = version; from < format.version; from++) {
    const step = format.migrations[from]
    if (!step) return undefined
    current = step(current, now)
  }
  return current
}

/** Reads stored text (null: nothing stored); `damaged` is set whenever `value` is a repair of it. */
function readVersioned<T>(text: string | null, format: VersionedFormat<T>, now: Date): Loaded<T> {
  if (text === null) return { value: format.empty(now), problem: null, stored: 'current' }
  const reset = (): Loaded<T> => ({ value: format.empty(now), problem: 'corrupt', stored: 'rewrite', damaged: text })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return reset()
  }
  const version = versionOf(data, format)
  if (version === undefined) return reset()
  if (version > format.version) {
    // Another tab already runs a newer app, or this one was rolled back. Show
    // what we can read, but leave the value to the version that wrote it.
    const read = format.parse(data, now)
    return { value: read?.value ?? format.empty(now), problem: 'newer', stored: 'readOnly' }
  }
  const read = format.parse(migrate(data, version, format, now), now)
  if (!read) return reset()
  if (read.tooLong) return { value: read.value, problem: 'tooLong', stored: 'rewrite', damaged: text }
  if (read.dropped) return { value: read.value, problem: 'corrupt', stored: 'rewrite', damaged: text }
  return { value: read.value, problem: null, stored: version < format.version ? 'rewrite' : 'current' }
}

export function loadVersioned<T>(storage: KeyValueStorage, format: VersionedFormat<T>, now: Date): Loaded<T> {
  let text: string | null
  try {
    text = storage.getItem(format.key)
  } catch {
    return { value: format.empty(now), problem: 'unsaved', stored: 'readOnly' }
  }
  const loaded = readVersioned(text, format, now)
  if (loaded.problem !== null) return loaded
  // A repair made earlier, here or in another tab, and not yet dismissed:
  // its copy says again what the repair dropped.
  const backup = readBackup(storage, format)
  if (backup === null) return loaded
  return { ...loaded, problem: readVersioned(backup, format, now).problem === 'tooLong' ? 'tooLong' : 'corrupt' }
}

function readBackup(storage: KeyValueStorage, format: Pick<VersionedFormat<unknown>, 'damagedKey'>): string | null {
  try {
    return storage.getItem(format.damagedKey)
  } catch {
    return null
  }
}

/**
 * Keeps the text of damaged data (Loaded.damaged) under the format's
 * `damagedKey`, replacing an older copy. False when the storage refused (it
 * may be full): the repair then lasts, but its message is this page's alone.
 */
export function backUpDamaged(
  storage: KeyValueStorage,
  format: Pick<VersionedFormat<unknown>, 'damagedKey'>,
  text: string,
): boolean {
  try {
    storage.setItem(format.damagedKey, text)
    return true
  } catch {
    return false
  }
}

/** Drops the copy of damaged data once the visitor has dismissed the message about it. */
export function forgetDamaged(storage: KeyValueStorage, format: Pick<VersionedFormat<unknown>, 'damagedKey'>): void {
  try {
    storage.removeItem(format.damagedKey)
  } catch {
    // A storage that refuses this refuses everything: the message comes back on the next visit, nothing worse.
  }
}

/**
 * Writes the value in the current shape. Returns false when the storage
 * refused the write (QuotaExceededError when full, SecurityError when
 * blocked); the value then still applies for this visit.
 */
export function saveVersioned<T>(storage: KeyValueStorage, format: VersionedFormat<T>, value: T): boolean {
  try {
    storage.setItem(format.key, JSON.stringify({ version: format.version, ...format.serialise(value) }))
    return true
  } catch {
    return false
  }
}
