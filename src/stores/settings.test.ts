import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '@/constants'
import { nextTheme, settingsStorageKey, useSettingsStore } from './settings'
import {
  browserStorage,
  createMemoryStorage,
  loadSettings,
  saveSettings,
  type KeyValueStorage,
} from './settings-storage'

/** A store bound to its own app, so `inject(settingsStorageKey)` sees the fake storage. */
function storeWith(storage: KeyValueStorage) {
  const app = createApp({})
  const pinia = createPinia()
  app.provide(settingsStorageKey, storage)
  app.use(pinia)
  setActivePinia(pinia)
  return useSettingsStore()
}

function storageWith(text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(STORAGE_KEYS.settings, text)
  return storage
}

describe('loadSettings', () => {
  it('gives defaults and no problem on a first visit', () => {
    expect(loadSettings(createMemoryStorage())).toEqual({ settings: { locale: null, theme: 'system' }, problem: null })
  })

  it('reads what saveSettings wrote', () => {
    const storage = createMemoryStorage()
    saveSettings(storage, { locale: 'ja', theme: 'dark' })
    expect(loadSettings(storage)).toEqual({ settings: { locale: 'ja', theme: 'dark' }, problem: null })
  })

  it.each([
    ['not JSON', '{locale: ko'],
    ['a wrong shape', '["ko"]'],
    ['an unknown locale', '{"version":1,"locale":"fr","theme":"dark"}'],
    ['an unknown theme', '{"version":1,"locale":"ko","theme":"sepia"}'],
    ['an unknown version', '{"version":99,"locale":"ko","theme":"dark"}'],
    ['null', 'null'],
  ])('resets %s to the defaults and reports it', (_case, text) => {
    expect(loadSettings(storageWith(text))).toEqual({ settings: { locale: null, theme: 'system' }, problem: 'corrupt' })
  })

  it('survives a storage that throws', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    expect(loadSettings(throwing).problem).toBe('unreadable')
    expect(saveSettings(throwing, { locale: 'vi', theme: 'light' })).toBe(false)
  })
})

describe('browserStorage', () => {
  it('falls back to memory when localStorage is blocked', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new Error('SecurityError')
      },
    }
    const storage = browserStorage(blocked)
    storage.setItem('k', 'v')
    expect(storage.getItem('k')).toBe('v')
  })
})

describe('useSettingsStore', () => {
  it('persists every change', () => {
    const storage = createMemoryStorage()
    const settings = storeWith(storage)
    settings.setLocale('ko')
    settings.setTheme('dark')
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.settings) ?? '')).toEqual({
      version: 1,
      locale: 'ko',
      theme: 'dark',
    })
  })

  it('resets corrupt data, overwrites it and keeps the message until dismissed', () => {
    const storage = storageWith('{{{')
    const settings = storeWith(storage)
    expect(settings.problem).toBe('corrupt')
    expect(settings.locale).toBeNull()
    expect(loadSettings(storage).problem).toBeNull()
    settings.dismissProblem()
    expect(settings.problem).toBeNull()
  })

  it('cycles themes system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light')
    expect(nextTheme('light')).toBe('dark')
    expect(nextTheme('dark')).toBe('system')
    const settings = storeWith(createMemoryStorage())
    settings.cycleTheme()
    expect(settings.theme).toBe('light')
  })
})
