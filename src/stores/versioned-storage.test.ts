import { describe, expect, it } from 'vitest'
import { createMemoryStorage, type KeyValueStorage } from './settings-storage'
import {
  backUpDamaged,
  forgetDamaged,
  isRecord,
  loadVersioned,
  saveVersioned,
  type VersionedFormat,
} from './versioned-storage'

const NOW = new Date('2026-09-01T03:00:00Z')
const KEY = 'test:notes'
const DAMAGED_KEY = 'test:notes:damaged'

interface Note {
  text: string
  at: string
}

/**
 * A made-up store at version 2, with both kinds of history: version 0 was a
 * bare list of strings, version 1 `{ version: 1, notes: string[] }`, version 2
 * dates every note.
 */
const NOTES: VersionedFormat<Note[]> = {
  key: KEY,
  damagedKey: DAMAGED_KEY,
  version: 2,
  migrations: [
    (data) => (Array.isArray(data) ? { version: 1, notes: data } : undefined),
    (data, now) => {
      const notes = isRecord(data) && Array.isArray(data.notes) ? data.notes : undefined
      return { version: 2, notes: notes?.map((text: unknown) => ({ text, at: now.toISOString() })) }
    },
  ],
  empty: () => [],
  parse: (data) => {
    if (!isRecord(data) || !Array.isArray(data.notes)) return undefined
    const notes = data.notes.filter(
      (note): note is Note => isRecord(note) && typeof note.text === 'string' && typeof note.at === 'string',
    )
    return { value: notes.map(({ text, at }) => ({ text, at })), dropped: notes.length < data.notes.length }
  },
  serialise: (notes) => ({ notes }),
}

/** The same store holding at most two notes: the first two are kept. */
const TWO_NOTES: VersionedFormat<Note[]> = {
  ...NOTES,
  parse: (data, now) => {
    const read = NOTES.parse(data, now)
    return read && { ...read, value: read.value.slice(0, 2), tooLong: read.value.length > 2 }
  },
}

/** The same store had it always been versioned: there is no version 0. */
const VERSIONED_FROM_THE_START: VersionedFormat<Note[]> = { ...NOTES, migrations: [undefined, NOTES.migrations[1]] }

const ANCHOR: Note = { text: 'Lan Hạ Bay', at: '2026-08-30T10:00:00.000Z' }
const MARKET: Note = { text: 'Sắt market', at: '2026-08-31T10:00:00.000Z' }

function storageWith(text: string): KeyValueStorage {
  const storage = createMemoryStorage()
  storage.setItem(KEY, text)
  return storage
}

function throwing(name: string): KeyValueStorage {
  const fail = () => {
    throw new DOMException('refused', name)
  }
  return { getItem: fail, setItem: fail, removeItem: fail }
}

describe('loadVersioned', () => {
  it('gives the empty value and no problem on a first visit', () => {
    expect(loadVersioned(createMemoryStorage(), NOTES, NOW)).toEqual({ value: [], problem: null, stored: 'current' })
  })

  it('reads what saveVersioned wrote, with the version in front', () => {
    const storage = createMemoryStorage()
    expect(saveVersioned(storage, NOTES, [ANCHOR, MARKET])).toBe(true)
    expect(storage.getItem(KEY)).toBe(JSON.stringify({ version: 2, notes: [ANCHOR, MARKET] }))
    expect(loadVersioned(storage, NOTES, NOW)).toEqual({ value: [ANCHOR, MARKET], problem: null, stored: 'current' })
  })

  it('runs every migration in order from an unversioned value, and asks for a rewrite', () => {
    expect(loadVersioned(storageWith('["Lan Hạ Bay"]'), NOTES, NOW)).toEqual({
      value: [{ text: 'Lan Hạ Bay', at: NOW.toISOString() }],
      problem: null,
      stored: 'rewrite',
    })
  })

  it('starts from the stored version', () => {
    expect(loadVersioned(storageWith('{"version":1,"notes":["Sắt market"]}'), NOTES, NOW)).toEqual({
      value: [{ text: 'Sắt market', at: NOW.toISOString() }],
      problem: null,
      stored: 'rewrite',
    })
  })

  it('keeps the readable entries of a migrated value and reports the rest', () => {
    expect(loadVersioned(storageWith('["Lan Hạ Bay", 42]'), NOTES, NOW)).toEqual({
      value: [{ text: 'Lan Hạ Bay', at: NOW.toISOString() }],
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: '["Lan Hạ Bay", 42]',
    })
  })

  it('drops unreadable entries of the current version, keeps the rest and reports it', () => {
    const text = JSON.stringify({ version: 2, notes: [ANCHOR, { text: 7, at: 'x' }, 'Cát Bà', MARKET] })
    expect(loadVersioned(storageWith(text), NOTES, NOW)).toEqual({
      value: [ANCHOR, MARKET],
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: text,
    })
  })

  it.each([
    ['not JSON', '{notes: ['],
    ['null', 'null'],
    ['a string', '"Lan Hạ Bay"'],
    ['a number', '42'],
    ['no version, and not the unversioned shape', '{"notes":[]}'],
    ['a version that is not a whole number', '{"version":"2","notes":[]}'],
    ['a fractional version', '{"version":1.5,"notes":[]}'],
    ['version 0 written out', '{"version":0,"notes":[]}'],
    ['a negative version', '{"version":-1,"notes":[]}'],
    ['no list', '{"version":2}'],
    ['a list that is not a list', '{"version":2,"notes":{"text":"x"}}'],
  ])('resets %s to the empty value and reports it', (_case, text) => {
    expect(loadVersioned(storageWith(text), NOTES, NOW)).toEqual({
      value: [],
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: text,
    })
  })

  it('treats a value without a version as corrupt when there is no version 0', () => {
    expect(loadVersioned(storageWith('["Lan Hạ Bay"]'), VERSIONED_FROM_THE_START, NOW)).toEqual({
      value: [],
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: '["Lan Hạ Bay"]',
    })
    expect(loadVersioned(storageWith('{"version":1,"notes":["x"]}'), VERSIONED_FROM_THE_START, NOW).stored).toBe(
      'rewrite',
    )
  })

  it('treats a version it has no migration from as corrupt', () => {
    const noV1: VersionedFormat<Note[]> = { ...NOTES, migrations: [NOTES.migrations[0]] }
    expect(loadVersioned(storageWith('{"version":1,"notes":["x"]}'), noV1, NOW)).toEqual({
      value: [],
      problem: 'corrupt',
      stored: 'rewrite',
      damaged: '{"version":1,"notes":["x"]}',
    })
  })

  it('reads what it can from a newer version but never rewrites it', () => {
    const text = JSON.stringify({ version: 3, notes: [ANCHOR, { text: 'x', at: 1 }], tags: [] })
    expect(loadVersioned(storageWith(text), NOTES, NOW)).toEqual({
      value: [ANCHOR],
      problem: 'newer',
      stored: 'readOnly',
    })
    expect(loadVersioned(storageWith('{"version":9,"lists":{}}'), NOTES, NOW)).toEqual({
      value: [],
      problem: 'newer',
      stored: 'readOnly',
    })
  })

  it.each(['SecurityError', 'InvalidAccessError'])('survives a storage that throws %s on reading', (name) => {
    expect(loadVersioned(throwing(name), NOTES, NOW)).toEqual({ value: [], problem: 'unsaved', stored: 'readOnly' })
  })
})

describe('a repair and the damaged text it keeps', () => {
  /** What a store does with what it loaded: back up the damaged text, then write the repair. */
  function repair(storage: KeyValueStorage, format: VersionedFormat<Note[]>) {
    const loaded = loadVersioned(storage, format, NOW)
    expect(loaded.stored).toBe('rewrite')
    expect(backUpDamaged(storage, format, loaded.damaged!)).toBe(true)
    expect(saveVersioned(storage, format, loaded.value)).toBe(true)
    return loaded
  }

  it('reports the repair on every load until the damaged text is forgotten, which it keeps as it was', () => {
    const text = JSON.stringify({ version: 2, notes: [ANCHOR, 'Cát Bà'] })
    const storage = storageWith(text)
    repair(storage, NOTES)
    expect(storage.getItem(DAMAGED_KEY)).toBe(text)
    expect(loadVersioned(storage, NOTES, NOW)).toEqual({ value: [ANCHOR], problem: 'corrupt', stored: 'current' })
    expect(loadVersioned(storage, NOTES, NOW).problem).toBe('corrupt')
    forgetDamaged(storage, NOTES)
    expect(storage.getItem(DAMAGED_KEY)).toBeNull()
    expect(loadVersioned(storage, NOTES, NOW)).toEqual({ value: [ANCHOR], problem: null, stored: 'current' })
  })

  it('says a value was too long, keeping the first entries, and says it again from the damaged text', () => {
    const text = JSON.stringify({ version: 2, notes: [ANCHOR, MARKET, { text: 'Cát Bà', at: ANCHOR.at }] })
    const storage = storageWith(text)
    expect(repair(storage, TWO_NOTES)).toEqual({
      value: [ANCHOR, MARKET],
      problem: 'tooLong',
      stored: 'rewrite',
      damaged: text,
    })
    expect(loadVersioned(storage, TWO_NOTES, NOW)).toEqual({
      value: [ANCHOR, MARKET],
      problem: 'tooLong',
      stored: 'current',
    })
  })

  it('lets a newer version speak first', () => {
    const storage = storageWith('{{{')
    repair(storage, NOTES)
    storage.setItem(KEY, JSON.stringify({ version: 3, notes: [] }))
    expect(loadVersioned(storage, NOTES, NOW).problem).toBe('newer')
  })

  it.each(['QuotaExceededError', 'SecurityError'])('returns false when the storage throws %s', (name) => {
    expect(backUpDamaged(throwing(name), NOTES, '{{{')).toBe(false)
    expect(() => forgetDamaged(throwing(name), NOTES)).not.toThrow()
  })
})

describe('saveVersioned', () => {
  it.each(['QuotaExceededError', 'SecurityError'])('returns false when the storage throws %s', (name) => {
    expect(saveVersioned(throwing(name), NOTES, [ANCHOR])).toBe(false)
  })

  it('overwrites whatever was stored', () => {
    const storage = storageWith('{{{')
    expect(saveVersioned(storage, NOTES, [])).toBe(true)
    expect(loadVersioned(storage, NOTES, NOW)).toEqual({ value: [], problem: null, stored: 'current' })
  })
})
