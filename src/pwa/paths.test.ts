import { describe, expect, it } from 'vitest'
import { isFilePath } from './paths'

describe('isFilePath', () => {
  it('knows files by the extension of their last segment', () => {
    for (const path of [
      '/sw.js',
      '/assets/app-1a2b.js',
      '/assets/cover-x.svg',
      '/robots.txt',
      '/manifest-vi.webmanifest',
    ]) {
      expect(isFilePath(path), path).toBe(true)
    }
  })

  it('takes every other path for a page', () => {
    for (const path of ['/', '/vi/', '/vi/places', '/en/itineraries/heritage-walk-centre/follow', '/vi/plan']) {
      expect(isFilePath(path), path).toBe(false)
    }
  })
})
