/**
 * For the stores' unit tests: a fresh Pinia bound to its own app, so the
 * stores' `inject()` sees a fake storage and clock. Not part of the app.
 */
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { clockKey } from '@/composables/today'
import { settingsStorageKey } from './settings'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'

/** Activates a new Pinia whose stores read `storage` and see the time `now`. */
export function activateStores(storage: KeyValueStorage, now: Date): void {
  const app = createApp({})
  const pinia = createPinia()
  app.provide(settingsStorageKey, storage)
  app.provide(clockKey, () => now)
  app.use(pinia)
  setActivePinia(pinia)
}

/** A memory storage holding `text` under `key`. */
export function storageHolding(key: string, text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(key, text)
  return storage
}
