import { describe, expect, it } from 'vitest'
import {
  markVisited,
  moveRemainingStop,
  nextStop,
  progressCounts,
  reconcileProgress,
  remainingStops,
  skipStop,
  startProgress,
  unmarkVisited,
  unskipStop,
  type ItineraryProgress,
} from './itinerary-progress'

const T0 = Date.UTC(2025, 3, 30, 1, 0)
const T1 = T0 + 60_000
const T2 = T1 + 60_000

/** Freezes the progress and everything in it, so a test fails if a function mutates its input. */
function frozen(progress: ItineraryProgress): ItineraryProgress {
  Object.freeze(progress.order)
  Object.freeze(progress.visited)
  Object.freeze(progress.skipped)
  return Object.freeze(progress)
}

const start = (ids = ['a', 'b', 'c', 'd']) => frozen(startProgress(ids, T0))

describe('startProgress', () => {
  it('follows content order with nothing done', () => {
    expect(startProgress(['a', 'b', 'a', 'c'], T0)).toEqual({
      order: ['a', 'b', 'c'],
      visited: {},
      skipped: [],
      startedAt: T0,
      updatedAt: T0,
    })
  })

  it('copies the ids rather than keeping the caller’s array', () => {
    const ids = ['a', 'b']
    const progress = startProgress(ids, T0)
    ids.push('c')
    expect(progress.order).toEqual(['a', 'b'])
  })
})

describe('nextStop, remainingStops and progressCounts', () => {
  it('start with every stop to do', () => {
    const p = start()
    expect(nextStop(p)).toBe('a')
    expect(remainingStops(p)).toEqual(['a', 'b', 'c', 'd'])
    expect(progressCounts(p)).toEqual({ visited: 0, skipped: 0, remaining: 4, total: 4, complete: false })
  })

  it('pass over visited and skipped stops', () => {
    const p = skipStop(markVisited(start(), 'a', T1), 'b', T2)
    expect(nextStop(p)).toBe('c')
    expect(remainingStops(p)).toEqual(['c', 'd'])
    expect(progressCounts(p)).toEqual({ visited: 1, skipped: 1, remaining: 2, total: 4, complete: false })
  })

  it('are complete when nothing is left, but not for an empty itinerary', () => {
    let p = start(['a', 'b'])
    p = skipStop(markVisited(p, 'a', T1), 'b', T2)
    expect(nextStop(p)).toBeUndefined()
    expect(progressCounts(p).complete).toBe(true)
    expect(progressCounts(startProgress([], T0))).toEqual({
      visited: 0,
      skipped: 0,
      remaining: 0,
      total: 0,
      complete: false,
    })
  })

  it('count only stops in the order', () => {
    const p = frozen({ ...start(['a', 'b']), visited: { a: T1, gone: T1 }, skipped: ['old'] })
    expect(progressCounts(p)).toEqual({ visited: 1, skipped: 0, remaining: 1, total: 2, complete: false })
  })

  it('are not fooled by ids that look like Object properties', () => {
    const p = start(['constructor', '__proto__'])
    expect(nextStop(p)).toBe('constructor')
    expect(progressCounts(p).remaining).toBe(2)
    const visited = markVisited(p, '__proto__', T1)
    expect(Object.getPrototypeOf(visited.visited)).toBe(Object.prototype)
    expect(progressCounts(visited).visited).toBe(1)
    expect(progressCounts(unmarkVisited(visited, '__proto__', T2)).visited).toBe(0)
  })
})

describe('markVisited and unmarkVisited', () => {
  it('record when a stop was visited, and undo it', () => {
    const before = start()
    const visited = markVisited(before, 'b', T1)
    expect(visited).not.toBe(before)
    expect(visited.visited).toEqual({ b: T1 })
    expect(visited.updatedAt).toBe(T1)
    expect(before.visited).toEqual({})

    const undone = unmarkVisited(frozen(visited), 'b', T2)
    expect(undone.visited).toEqual({})
    expect(undone.updatedAt).toBe(T2)
    expect(remainingStops(undone)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('un-skip a stop visited after all', () => {
    const p = markVisited(skipStop(start(), 'a', T1), 'a', T2)
    expect(p.skipped).toEqual([])
    expect(p.visited).toEqual({ a: T2 })
  })

  it('keep the first visit time and ignore what does not apply', () => {
    const p = frozen(markVisited(start(), 'a', T1))
    expect(markVisited(p, 'a', T2)).toBe(p)
    expect(markVisited(p, 'nowhere', T2)).toBe(p)
    expect(unmarkVisited(p, 'b', T2)).toBe(p)
    expect(unmarkVisited(p, 'nowhere', T2)).toBe(p)
  })
})

describe('skipStop and unskipStop', () => {
  it('skip a stop still to do, and undo it', () => {
    const skipped = skipStop(start(), 'c', T1)
    expect(skipped.skipped).toEqual(['c'])
    expect(skipped.updatedAt).toBe(T1)
    const unskipped = unskipStop(frozen(skipped), 'c', T2)
    expect(unskipped.skipped).toEqual([])
    expect(unskipped.updatedAt).toBe(T2)
  })

  it('leave visited, already skipped and unknown stops alone', () => {
    const p = frozen(skipStop(markVisited(start(), 'a', T1), 'b', T1))
    expect(skipStop(p, 'a', T2)).toBe(p)
    expect(skipStop(p, 'b', T2)).toBe(p)
    expect(skipStop(p, 'nowhere', T2)).toBe(p)
    expect(unskipStop(p, 'c', T2)).toBe(p)
    expect(unskipStop(p, 'nowhere', T2)).toBe(p)
  })
})

describe('moveRemainingStop', () => {
  // a visited, b skipped: the stops to do are c, d, e.
  const p = frozen(skipStop(markVisited(start(['a', 'b', 'c', 'd', 'e']), 'a', T1), 'b', T1))

  it('moves within the stops to do, leaving done ones in place', () => {
    const moved = moveRemainingStop(p, 'e', 0, T2)
    expect(moved.order).toEqual(['a', 'b', 'e', 'c', 'd'])
    expect(remainingStops(moved)).toEqual(['e', 'c', 'd'])
    expect(nextStop(moved)).toBe('e')
    expect(moved.updatedAt).toBe(T2)
    expect(moveRemainingStop(p, 'c', 2, T2).order).toEqual(['a', 'b', 'd', 'e', 'c'])
  })

  it('keeps done stops in place when they sit between stops to do', () => {
    const q = frozen(markVisited(start(['a', 'b', 'c', 'd']), 'b', T1))
    expect(moveRemainingStop(q, 'a', 2, T2).order).toEqual(['c', 'b', 'd', 'a'])
  })

  it('clamps the index', () => {
    expect(moveRemainingStop(p, 'c', Infinity, T2).order).toEqual(['a', 'b', 'd', 'e', 'c'])
    expect(moveRemainingStop(p, 'e', -3, T2).order).toEqual(['a', 'b', 'e', 'c', 'd'])
  })

  it('ignores done, unknown and unmoved stops', () => {
    expect(moveRemainingStop(p, 'a', 0, T2)).toBe(p)
    expect(moveRemainingStop(p, 'b', 0, T2)).toBe(p)
    expect(moveRemainingStop(p, 'nowhere', 0, T2)).toBe(p)
    expect(moveRemainingStop(p, 'd', 1, T2)).toBe(p)
    expect(moveRemainingStop(p, 'd', Number.NaN, T2)).toBe(p)
  })
})

describe('reconcileProgress', () => {
  it('returns the same progress when content has not changed', () => {
    const p = start()
    expect(reconcileProgress(p, ['a', 'b', 'c', 'd'])).toBe(p)
  })

  it('keeps the visitor’s order for stops still present', () => {
    const p = frozen(moveRemainingStop(start(), 'd', 0, T1))
    expect(reconcileProgress(p, ['a', 'b', 'c', 'd'])).toBe(p)
    expect(reconcileProgress(p, ['d', 'c', 'b', 'a']).order).toEqual(['d', 'a', 'b', 'c'])
  })

  it('inserts new stops after the stop that precedes them in content', () => {
    const p = frozen(moveRemainingStop(start(), 'd', 0, T1)) // d a b c
    const r = reconcileProgress(p, ['new0', 'a', 'b', 'new1', 'new2', 'c', 'd', 'new3'])
    expect(r.order).toEqual(['new0', 'd', 'new3', 'a', 'b', 'new1', 'new2', 'c'])
    expect(r.updatedAt).toBe(p.updatedAt)
  })

  it('drops removed stops from the order but keeps what was recorded about them', () => {
    const p = frozen(skipStop(markVisited(start(), 'a', T1), 'b', T1))
    const r = reconcileProgress(p, ['c', 'd'])
    expect(r.order).toEqual(['c', 'd'])
    expect(r.visited).toEqual({ a: T1 })
    expect(r.skipped).toEqual(['b'])
    expect(progressCounts(r)).toEqual({ visited: 0, skipped: 0, remaining: 2, total: 2, complete: false })
    // The stop comes back in a later update: its visit is still there.
    expect(progressCounts(reconcileProgress(r, ['a', 'c', 'd'])).visited).toBe(1)
  })

  it('handles a renamed stop as one removed and one added in its place', () => {
    const r = reconcileProgress(start(), ['a', 'b-renamed', 'c', 'd'])
    expect(r.order).toEqual(['a', 'b-renamed', 'c', 'd'])
  })

  it('keeps duplicated ids once', () => {
    expect(reconcileProgress(start(), ['a', 'b', 'b', 'c', 'd', 'a']).order).toEqual(['a', 'b', 'c', 'd'])
    const saved = frozen({ ...start(), order: ['a', 'a', 'b', 'c', 'd'] })
    expect(reconcileProgress(saved, ['a', 'b', 'c', 'd']).order).toEqual(['a', 'b', 'c', 'd'])
  })
})
