/**
 * The part every persisted store shares: its value loaded from the injected
 * storage (`settingsStorageKey`, localStorage by default) in its versioned
 * format, written back on every change, reloaded when another tab changes it
 * (the `storage` event), and a `problem` for the UI when data was repaired,
 * is from a newer version of the app, or cannot be kept. Call it inside a
 * Pinia setup store.
 *
 * A repair is written at once, but the damaged text is kept first (see
 * versioned-storage.ts), so the message about it outlives a reload, whichever
 * page or tab read the data first, until the visitor dismisses it.
 */
import { computed, inject, onScopeDispose, ref, type Ref } from 'vue'
import { clockKey } from '@/composables/today'
import { settingsStorageKey } from './settings'
import { browserStorage } from './settings-storage'
import {
  backUpDamaged,
  forgetDamaged,
  loadVersioned,
  saveVersioned,
  type Loaded,
  type StorageProblem,
  type VersionedFormat,
} from './versioned-storage'

export function usePersistedState<T>(format: VersionedFormat<T>) {
  const win = typeof window === 'undefined' ? undefined : window
  const storage = inject(settingsStorageKey, null) ?? browserStorage(win)
  const now = inject(clockKey, () => new Date())

  const state = ref() as Ref<T>
  /** What loading found, until the visitor dismisses it: a repair, a newer version's data, an unreadable storage. */
  const found = ref<StorageProblem | null>(null)
  /**
   * True when `found` is known to this page only: a repair whose damaged text
   * could not be kept, so the next load (here or through another tab's
   * change) no longer sees it. Such a message stays for this visit.
   */
  let foundHere = false
  /** The last write was refused: changes last only as long as the page. */
  const unsaved = ref(false)
  /** True while the stored value must not be overwritten (see Loaded.stored). */
  let readOnly = false

  /** The most pressing problem first; dismissing it shows the next. */
  const problem = computed<StorageProblem | null>(() => (unsaved.value ? 'unsaved' : found.value))

  /** Writes the current value; a refused write shows as `unsaved` until a write works. */
  function persist() {
    if (readOnly) return
    unsaved.value = !saveVersioned(storage, format, state.value)
  }

  function apply(loaded: Loaded<T>) {
    state.value = loaded.value
    if (loaded.problem !== null || !foundHere) {
      found.value = loaded.problem
      foundHere = false
    }
    readOnly = loaded.stored === 'readOnly'
    // The damaged text goes first: if writing the repair then fails, the next load still finds the damage.
    if (loaded.damaged !== undefined && !backUpDamaged(storage, format, loaded.damaged)) foundHere = true
    // Migrated or repaired data is rewritten at once, so every page and tab reads the same value.
    if (loaded.stored === 'rewrite') persist()
  }

  const reload = () => apply(loadVersioned(storage, format, now()))
  reload()

  // Another tab changed the value, repaired it or dismissed a repair (or cleared the storage: key null).
  const onStorage = (event: StorageEvent) => {
    if (event.key === format.key || event.key === format.damagedKey || event.key === null) reload()
  }
  win?.addEventListener('storage', onStorage)
  onScopeDispose(() => win?.removeEventListener('storage', onStorage))

  /** Hides the message shown; the visitor has seen a repair, so the damaged text it kept goes too. */
  function dismissProblem() {
    if (unsaved.value) {
      unsaved.value = false
      return
    }
    if (found.value === 'corrupt' || found.value === 'tooLong') forgetDamaged(storage, format)
    found.value = null
    foundHere = false
  }

  return { state, problem, persist, now, dismissProblem }
}
