// @vitest-environment happy-dom
import { defineStore } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { usePersistedState } from './persisted-state'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'
import { activateStores } from './test-support'
import { isRecord, type VersionedFormat } from './versioned-storage'

const NOW = new Date('2026-09-01T03:00:00Z')
const KEY = 'test:words'
const DAMAGED_KEY = 'test:words:damaged'

/** A made-up store of at most three words; anything that is not a word is dropped. */
const WORDS: VersionedFormat<string[]> = {
  key: KEY,
  damagedKey: DAMAGED_KEY,
  version: 1,
  migrations: [],
  empty: () => [],
  parse: (data) => {
    if (!isRecord(data) || !Array.isArray(data.words)) return undefined
    const words = data.words.filter((word): word is string => typeof word === 'string')
    return { value: words.slice(0, 3), dropped: words.length < data.words.length, tooLong: words.length > 3 }
  },
  serialise: (words) => ({ words }),
}

const useWords = defineStore('words', () => {
  const { state, problem, persist, dismissProblem } = usePersistedState(WORDS)
  function add(word: string) {
    state.value = [...state.value, word]
    persist()
  }
  return { words: state, problem, add, dismissProblem }
})

const opened: ReturnType<typeof useWords>[] = []

/** Opens the page afresh on `storage`: a new Pinia, so a new store that loads again. */
function open(storage: KeyValueStorage) {
  activateStores(storage, NOW)
  const words = useWords()
  opened.push(words)
  return words
}

const DAMAGED = JSON.stringify({ version: 1, words: ['Cát Bà', 42, 'Đồ Sơn'] })
const TOO_LONG = JSON.stringify({ version: 1, words: ['một', 'hai', 'ba', 'bốn', 'năm'] })

function storageWith(text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(KEY, text)
  return storage
}

/** A storage that refuses to write `refused` keys while `full.on`, as a full localStorage throws. */
function filling(storage: KeyValueStorage, refused: (key: string) => boolean) {
  const full = { on: true }
  const wrapped: KeyValueStorage = {
    ...storage,
    setItem: (key, value) => {
      if (full.on && refused(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      storage.setItem(key, value)
    },
  }
  return { storage: wrapped, full }
}

const tellOtherTabs = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key }))

// Each store listens for the storage event until disposed.
afterEach(() => opened.splice(0).forEach((words) => words.$dispose()))

describe('usePersistedState with damaged data', () => {
  it('repairs at once, keeps the damaged text, and says so on every reload until dismissed', () => {
    const storage = storageWith(DAMAGED)
    const first = open(storage)
    expect(first.words).toEqual(['Cát Bà', 'Đồ Sơn'])
    expect(first.problem).toBe('corrupt')
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ version: 1, words: ['Cát Bà', 'Đồ Sơn'] })
    expect(storage.getItem(DAMAGED_KEY)).toBe(DAMAGED)

    // A reload (or another page that reads the same data) still has the message.
    const second = open(storage)
    expect(second.words).toEqual(['Cát Bà', 'Đồ Sơn'])
    expect(second.problem).toBe('corrupt')
    second.dismissProblem()
    expect(second.problem).toBeNull()
    expect(storage.getItem(DAMAGED_KEY)).toBeNull()

    expect(open(storage).problem).toBeNull()
  })

  it('says data was too long, keeps the first entries, and keeps the whole text', () => {
    const storage = storageWith(TOO_LONG)
    expect(open(storage)).toMatchObject({ words: ['một', 'hai', 'ba'], problem: 'tooLong' })
    expect(storage.getItem(DAMAGED_KEY)).toBe(TOO_LONG)
    expect(open(storage).problem).toBe('tooLong')
  })

  it('still writes the repair when the damaged text cannot be kept, and shows the message for this visit', () => {
    const { storage, full } = filling(createMemoryStorage(), (key) => key === DAMAGED_KEY)
    storage.setItem(KEY, DAMAGED)
    const words = open(storage)
    expect(words.problem).toBe('corrupt')
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ version: 1, words: ['Cát Bà', 'Đồ Sơn'] })
    expect(storage.getItem(DAMAGED_KEY)).toBeNull()
    // Another tab's change reloads the value, which now looks sound: the message stays all the same.
    full.on = false
    tellOtherTabs(KEY)
    expect(words.problem).toBe('corrupt')
    words.add('Lan Hạ')
    expect(words.problem).toBe('corrupt')
    words.dismissProblem()
    expect(words.problem).toBeNull()
  })

  it('shows a refused write first, then the repair once that is dismissed', () => {
    const { storage, full } = filling(createMemoryStorage(), (key) => key === KEY)
    storage.setItem(DAMAGED_KEY, DAMAGED)
    full.on = false
    storage.setItem(KEY, JSON.stringify({ version: 1, words: [] }))
    full.on = true
    const words = open(storage)
    expect(words.problem).toBe('corrupt')
    words.add('Cát Bà')
    expect(words.problem).toBe('unsaved')
    words.dismissProblem()
    expect(words.problem).toBe('corrupt')
    expect(storage.getItem(DAMAGED_KEY)).toBe(DAMAGED)
    words.dismissProblem()
    expect(words.problem).toBeNull()
    expect(storage.getItem(DAMAGED_KEY)).toBeNull()
  })

  it('keeps tabs in step: a repair in one shows in the other, a dismissal in one hides it in the other', () => {
    const storage = createMemoryStorage()
    const words = open(storage)
    expect(words.problem).toBeNull()
    // Another tab found damaged data, kept it and wrote the repair.
    storage.setItem(DAMAGED_KEY, DAMAGED)
    tellOtherTabs(DAMAGED_KEY)
    storage.setItem(KEY, JSON.stringify({ version: 1, words: ['Cát Bà', 'Đồ Sơn'] }))
    tellOtherTabs(KEY)
    expect(words).toMatchObject({ words: ['Cát Bà', 'Đồ Sơn'], problem: 'corrupt' })
    // The other tab's visitor dismissed the message there.
    storage.removeItem(DAMAGED_KEY)
    tellOtherTabs(DAMAGED_KEY)
    expect(words.problem).toBeNull()
  })
})
