import { describe, expect, it } from 'vitest'
import { guidanceTo, stopStates, stopToMark } from './follow-guidance'
import { markVisited, skipStop, startProgress } from './itinerary-progress'

// Nhà hát Lớn Hải Phòng, and a point about 330 m east-north-east of it.
const THEATRE = [106.6826, 20.8594] as const
const EAST = [106.6857, 20.8605] as const

describe('guidanceTo', () => {
  it('gives distance, bearing, compass point and minutes by the mode', () => {
    const walk = guidanceTo({ position: THEATRE, accuracy: 12 }, EAST, 'walk')
    expect(walk.distance).toBeGreaterThan(300)
    expect(walk.distance).toBeLessThan(360)
    expect(walk.bearing).toBeGreaterThan(60)
    expect(walk.bearing).toBeLessThan(80)
    expect(walk.compass).toBe('E')
    expect(walk.state).toBe('away')
    expect(walk.accuracy).toBe(12)
    // 340 m × 1.3 at 4.5 km/h is about 6 minutes; by car it is one.
    expect(walk.minutes).toBe(6)
    expect(guidanceTo({ position: THEATRE, accuracy: 12 }, EAST, 'drive').minutes).toBe(2)
  })

  it('reports arrival and poor fixes as the arrival rules decide', () => {
    expect(guidanceTo({ position: THEATRE, accuracy: 10 }, THEATRE, 'walk').state).toBe('arrived')
    expect(guidanceTo({ position: THEATRE, accuracy: 900 }, EAST, 'walk').state).toBe('inaccurate')
  })
})

describe('stopStates', () => {
  it('gives each stop its state in the visitor’s order', () => {
    let progress = startProgress(['a', 'b', 'c', 'd'], 0)
    progress = markVisited(progress, 'a', 1)
    progress = skipStop(progress, 'b', 2)
    expect(stopStates(progress)).toEqual([
      { id: 'a', state: 'visited' },
      { id: 'b', state: 'skipped' },
      { id: 'c', state: 'next' },
      { id: 'd', state: 'todo' },
    ])
  })

  it('has no next stop when everything is done', () => {
    let progress = startProgress(['a', 'b'], 0)
    progress = markVisited(progress, 'a', 1)
    progress = skipStop(progress, 'b', 2)
    expect(stopStates(progress).map((s) => s.state)).toEqual(['visited', 'skipped'])
  })

  it('says visited for a stop saved as both visited and skipped', () => {
    const progress = { ...startProgress(['a'], 0), visited: { a: 1 }, skipped: ['a'] }
    expect(stopStates(progress)).toEqual([{ id: 'a', state: 'visited' }])
  })
})

describe('stopToMark', () => {
  it('ticks off the next stop on arrival only', () => {
    expect(stopToMark({ state: 'arrived' }, 'a', new Set())).toBe('a')
    expect(stopToMark({ state: 'near' }, 'a', new Set())).toBeUndefined()
    expect(stopToMark({ state: 'inaccurate' }, 'a', new Set())).toBeUndefined()
    expect(stopToMark(undefined, 'a', new Set())).toBeUndefined()
    expect(stopToMark({ state: 'arrived' }, undefined, new Set())).toBeUndefined()
  })

  it('leaves alone a stop the visitor already dealt with', () => {
    expect(stopToMark({ state: 'arrived' }, 'a', new Set(['a']))).toBeUndefined()
  })
})
