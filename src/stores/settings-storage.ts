/**
 * Reading and writing the user's settings as versioned JSON. Pure apart from
 * the `KeyValueStorage` handed in, so tests pass a fake and the store decides
 * which real storage to use.
 *
 * Whatever is stored, loading never throws: damaged or unknown data gives the
 * defaults plus a `problem` the UI shows, because a blank page is the worst
 * thing a traveller can meet offline.
 */
import type { Locale } from '@/content/schema'
import { SETTINGS_VERSION, STORAGE_KEYS } from '@/constants'
import { isLocale } from '@/i18n/locales'

/** The part of the Web Storage API we use; `localStorage` fits. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export interface Settings {
  /** The language the user chose; null until they choose one. */
  locale: Locale | null
  theme: Theme
}

/** `corrupt`: not JSON, or not the shape we wrote; `unreadable`: the storage threw. */
export type SettingsProblem = 'corrupt' | 'unreadable'

export interface LoadedSettings {
  settings: Settings
  problem: SettingsProblem | null
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { locale: null, theme: 'system' }

interface StoredSettingsV1 extends Settings {
  version: 1
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

function parseStored(data: unknown): Settings | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const record = data as Record<string, unknown>
  // Future versions add a migration from the previous shape here.
  if (record.version !== SETTINGS_VERSION) return undefined
  const locale = record.locale === null || isLocale(record.locale) ? record.locale : undefined
  if (locale === undefined || !isTheme(record.theme)) return undefined
  return { locale, theme: record.theme }
}

export function loadSettings(storage: KeyValueStorage): LoadedSettings {
  let text: string | null
  try {
    text = storage.getItem(STORAGE_KEYS.settings)
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problem: 'unreadable' }
  }
  if (text === null) return { settings: { ...DEFAULT_SETTINGS }, problem: null }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problem: 'corrupt' }
  }
  const settings = parseStored(data)
  return settings ? { settings, problem: null } : { settings: { ...DEFAULT_SETTINGS }, problem: 'corrupt' }
}

/** Returns false when the storage refused the write (quota, private mode); the settings still apply for this visit. */
export function saveSettings(storage: KeyValueStorage, settings: Settings): boolean {
  const stored: StoredSettingsV1 = { version: SETTINGS_VERSION, locale: settings.locale, theme: settings.theme }
  try {
    storage.setItem(STORAGE_KEYS.settings, JSON.stringify(stored))
    return true
  } catch {
    return false
  }
}

/** A storage that lives as long as the page, for browsers where localStorage is blocked. */
export function createMemoryStorage(): KeyValueStorage {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  }
}

/**
 * `window.localStorage` when the browser lets us use it. Merely reading the
 * property throws in some privacy modes, hence the try.
 */
export function browserStorage(win: Pick<Window, 'localStorage'> | undefined): KeyValueStorage {
  try {
    if (win?.localStorage) return win.localStorage
  } catch {
    // Blocked storage: settings then last as long as the page.
  }
  return createMemoryStorage()
}
