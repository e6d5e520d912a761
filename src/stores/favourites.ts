/**
 * The places, itineraries and events the user hearted. Persisted on every
 * change to the same injected storage as the settings (`settingsStorageKey`,
 * localStorage by default), and kept in step with other open tabs through the
 * `storage` event.
 */
import { defineStore } from 'pinia'
import { computed, inject, onScopeDispose, ref } from 'vue'
import { STORAGE_KEYS } from '@/constants'
import { clockKey } from '@/composables/today'
import {
  favouriteKey,
  loadFavourites,
  saveFavourites,
  type Favourite,
  type FavouriteKind,
  type FavouritesProblem,
  type LoadedFavourites,
} from './favourites-storage'
import { settingsStorageKey } from './settings'
import { browserStorage } from './settings-storage'

export const useFavouritesStore = defineStore('favourites', () => {
  const win = typeof window === 'undefined' ? undefined : window
  const storage = inject(settingsStorageKey, null) ?? browserStorage(win)
  const now = inject(clockKey, () => new Date())

  const items = ref<Favourite[]>([])
  /** Why favourites were dropped or cannot be kept, until the user dismisses the message. */
  const problem = ref<FavouritesProblem | null>(null)
  /** True while the stored value must not be overwritten (see LoadedFavourites.stored). */
  let readOnly = false

  const keys = computed(() => new Set(items.value.map((item) => favouriteKey(item.kind, item.id))))

  function persist() {
    if (readOnly) return
    if (saveFavourites(storage, items.value)) {
      if (problem.value === 'unsaved') problem.value = null
    } else {
      problem.value = 'unsaved'
    }
  }

  function apply(loaded: LoadedFavourites) {
    items.value = loaded.items
    if (loaded.problem) problem.value = loaded.problem
    readOnly = loaded.stored === 'readOnly'
    // Migrated or damaged data is rewritten at once, so a message is shown only once.
    if (loaded.stored === 'rewrite') persist()
  }

  apply(loadFavourites(storage, now()))

  // Another tab changed the favourites (or cleared the storage: key null).
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.favourites || event.key === null) apply(loadFavourites(storage, now()))
  }
  win?.addEventListener('storage', onStorage)
  onScopeDispose(() => win?.removeEventListener('storage', onStorage))

  function has(kind: FavouriteKind, id: string): boolean {
    return keys.value.has(favouriteKey(kind, id))
  }

  function toggle(kind: FavouriteKind, id: string) {
    items.value = has(kind, id)
      ? items.value.filter((item) => item.kind !== kind || item.id !== id)
      : [...items.value, { kind, id, addedAt: now().toISOString() }]
    persist()
  }

  function dismissProblem() {
    problem.value = null
  }

  return { items, problem, has, toggle, dismissProblem }
})
