/**
 * The part every persisted store shares: its value loaded from the injected
 * storage (`settingsStorageKey`, localStorage by default), written back on
 * every change, reloaded when another tab changes it (the `storage` event),
 * and a `problem` for the UI when data was repaired, is from a newer version
 * of the app, or cannot be kept. Call it inside a Pinia setup store.
 */
import { inject, onScopeDispose, ref, type Ref } from 'vue'
import { clockKey } from '@/composables/today'
import { settingsStorageKey } from './settings'
import { browserStorage, type KeyValueStorage } from './settings-storage'
import type { Loaded, StorageProblem } from './versioned-storage'

export interface PersistedFormat<T> {
  /** The storage key: a `storage` event for it (or for a cleared storage) reloads the value. */
  key: string
  load: (storage: KeyValueStorage, now: Date) => Loaded<T>
  /** False when the storage refused the write. */
  save: (storage: KeyValueStorage, value: T) => boolean
}

export function usePersistedState<T>(format: PersistedFormat<T>) {
  const win = typeof window === 'undefined' ? undefined : window
  const storage = inject(settingsStorageKey, null) ?? browserStorage(win)
  const now = inject(clockKey, () => new Date())

  const state = ref() as Ref<T>
  /** Why data was dropped or cannot be kept, until the user dismisses the message. */
  const problem = ref<StorageProblem | null>(null)
  /** True while the stored value must not be overwritten (see Loaded.stored). */
  let readOnly = false

  /** Writes the current value; after a refused write, `problem` says changes last only as long as the page. */
  function persist() {
    if (readOnly) return
    if (format.save(storage, state.value)) {
      if (problem.value === 'unsaved') problem.value = null
    } else {
      problem.value = 'unsaved'
    }
  }

  function apply(loaded: Loaded<T>) {
    state.value = loaded.value
    if (loaded.problem) problem.value = loaded.problem
    readOnly = loaded.stored === 'readOnly'
    // Migrated or damaged data is rewritten at once, so a message is shown only once.
    if (loaded.stored === 'rewrite') persist()
  }

  apply(format.load(storage, now()))

  // Another tab changed the value (or cleared the storage: key null).
  const onStorage = (event: StorageEvent) => {
    if (event.key === format.key || event.key === null) apply(format.load(storage, now()))
  }
  win?.addEventListener('storage', onStorage)
  onScopeDispose(() => win?.removeEventListener('storage', onStorage))

  function dismissProblem() {
    problem.value = null
  }

  return { state, problem, persist, now, dismissProblem }
}
