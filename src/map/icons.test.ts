import { describe, expect, it } from 'vitest'
import { ICON_PATHS } from '@/components/icons/icons'
import type { Category } from '@/content/schema'
import { categoryIconUrls, iconDataUrl } from './icons'

describe('iconDataUrl', () => {
  it('is an SVG of the icon path, stroked white', () => {
    const svg = decodeURIComponent(iconDataUrl('bowl').split(',')[1]!)
    expect(svg).toContain(`<path d="${ICON_PATHS.bowl}"/>`)
    expect(svg).toContain('stroke="#ffffff"')
    expect(svg).toContain('width="48"')
  })
})

describe('categoryIconUrls', () => {
  it('has one image per category and one for unknown categories', () => {
    const categories: Category[] = [
      { id: 'food', icon: 'bowl', colour: '#c2410c', label: { vi: 'Ẩm thực', en: 'Food' } },
    ]
    const urls = categoryIconUrls(categories)
    expect([...urls.keys()]).toEqual(['category-food', 'category-unknown'])
    expect(urls.get('category-unknown')).toBe(iconDataUrl('marker'))
  })
})
