import { describe, expect, it } from 'vitest'
import { ownValue } from './own-value'

describe('ownValue', () => {
  const names: Record<string, string> = { 'nha-hat-lon': 'Nhà hát Lớn' }

  it('finds what the object holds', () => {
    expect(ownValue(names, 'nha-hat-lon')).toBe('Nhà hát Lớn')
    expect(ownValue(names, 'cho-sat')).toBeUndefined()
    expect(ownValue(undefined, 'nha-hat-lon')).toBeUndefined()
    expect(ownValue(null, 'nha-hat-lon')).toBeUndefined()
  })

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])(
    'finds nothing for %s, which every object inherits',
    (id) => {
      expect(ownValue(names, id)).toBeUndefined()
    },
  )

  it('finds those names when the object does hold them, as JSON.parse makes them', () => {
    const parsed = JSON.parse('{"constructor": "a", "__proto__": "b"}') as Record<string, string>
    expect(ownValue(parsed, 'constructor')).toBe('a')
    expect(ownValue(parsed, '__proto__')).toBe('b')
  })
})
