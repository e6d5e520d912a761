/**
 * The places, itineraries and events the user hearted. Persisted and kept
 * in step with other tabs by usePersistedState.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { FAVOURITES_FORMAT, favouriteKey, type Favourite, type FavouriteKind } from './favourites-storage'
import { usePersistedState } from './persisted-state'

export const useFavouritesStore = defineStore('favourites', () => {
  const { state: items, problem, persist, now, dismissProblem } = usePersistedState<Favourite[]>(FAVOURITES_FORMAT)

  const keys = computed(() => new Set(items.value.map((item) => favouriteKey(item.kind, item.id))))

  function has(kind: FavouriteKind, id: string): boolean {
    return keys.value.has(favouriteKey(kind, id))
  }

  function toggle(kind: FavouriteKind, id: string) {
    items.value = has(kind, id)
      ? items.value.filter((item) => item.kind !== kind || item.id !== id)
      : [...items.value, { kind, id, addedAt: now().toISOString() }]
    persist()
  }

  return { items, problem, has, toggle, dismissProblem }
})
