import { describe, expect, it } from 'vitest'
import { ICON_PATHS, iconPath, isIconName } from './icons'

describe('icons', () => {
  it('draws every category icon named in content/categories.yaml', () => {
    for (const name of ['landmark', 'pagoda', 'museum', 'island', 'mountain', 'tree', 'basket', 'bowl', 'ferry']) {
      expect(isIconName(name), name).toBe(true)
    }
  })

  it('falls back to a plain marker for unknown names', () => {
    expect(iconPath('unicorn')).toBe(ICON_PATHS.marker)
    expect(isIconName('toString')).toBe(false)
  })
})
