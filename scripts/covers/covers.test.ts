// @vitest-environment happy-dom
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { findActiveContent } from '../../src/content/build/svg-active-content.ts'
import { DRAW, type Motif } from './motifs.ts'
import { eventStyle, itineraryStyle, placeStyle, categoryStyles } from './styles.ts'
import { MARKER, renderCover } from './svg.ts'
import { MAX_BYTES } from './write.ts'

const MOTIFS = Object.keys(DRAW) as Motif[]
const KEYS = ['places/nha-hat-lon', 'itineraries/do-son-day-trip', 'events/le-hoi-hoa-phuong-do', 'places/a']
const COLOURS = ['#8d4a22', '#b3261e', '#000000', '#ffffff']

describe('renderCover', () => {
  it.each(MOTIFS)('draws "%s" the same for the same id, and differently for another id', (motif) => {
    expect(renderCover('places/cho-sat', motif, '#8d4a22')).toBe(renderCover('places/cho-sat', motif, '#8d4a22'))
    expect(renderCover('places/cho-sat', motif, '#8d4a22')).not.toBe(renderCover('places/cho-sam', motif, '#8d4a22'))
  })

  it('draws every motif byte for byte as the committed covers were drawn', () => {
    // Pins the output: a change here rewrites every cover in content/. If the new drawing is intended,
    // run `npx tsx scripts/generate-covers.ts`, review the covers, and update this digest.
    const digest = createHash('sha256')
    for (const motif of MOTIFS) digest.update(renderCover('places/nha-hat-lon', motif, '#8d4a22'))
    expect(digest.digest('hex')).toBe('66dd47cb71a69b90fab46788f69a78097279421098b3c0f6dca9fc0f617e8102')
  })

  it.each(MOTIFS)('draws "%s" as small, self-contained SVG without text, for any id and colour', (motif) => {
    for (const key of KEYS) {
      for (const colour of COLOURS) {
        const svg = renderCover(key, motif, colour)
        const which = `${key} in ${colour}`
        expect(Buffer.byteLength(svg), which).toBeLessThan(MAX_BYTES)
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400">'), which).toBe(true)
        expect(svg, which).toContain(MARKER)
        expect(svg, which).not.toMatch(/<text|<script|<foreignObject|<image|<use|<style/i)
        // The only reference allowed is the cover's own gradient.
        expect(svg, which).not.toMatch(/href=|\bon[a-z]+=|url\((?!#)|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i)
        // What `npm run content:check` requires of every SVG image.
        expect(findActiveContent(svg), which).toEqual([])
      }
    }
  })

  it.each(MOTIFS)('"%s" parses as well-formed SVG XML', (motif) => {
    const doc = new DOMParser().parseFromString(renderCover('places/x', motif, '#2e7d32'), 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(doc.documentElement.tagName).toBe('svg')
    expect(doc.documentElement.querySelectorAll('linearGradient')).toHaveLength(1)
  })
})

describe('cover styles', () => {
  const byCategory = categoryStyles([
    { id: 'religious', icon: 'pagoda', colour: '#5d4037' },
    { id: 'nature', icon: 'not-an-icon', colour: '#2e7d32' },
  ])

  it('maps a category icon to its motif, and an unknown icon to mountains', () => {
    expect(placeStyle({ category: 'religious' }, byCategory)).toEqual({ motif: 'pagoda', colour: '#5d4037' })
    expect(placeStyle({ category: 'nature' }, byCategory).motif).toBe('mountains')
  })

  it('gives an itinerary the look of the places where it spends most minutes, else of its mode', () => {
    const styleOfPlace = new Map([
      ['temple', placeStyle({ category: 'religious' }, byCategory)],
      ['park', placeStyle({ category: 'nature' }, byCategory)],
      ['forest', placeStyle({ category: 'nature' }, byCategory)],
    ])
    const stops = [
      { place: 'temple', minutes: 90 },
      { place: 'park', minutes: 60 },
      { place: 'forest', minutes: 60 },
    ]
    expect(itineraryStyle({ stops }, styleOfPlace).motif).toBe('mountains')
    expect(itineraryStyle({ mode: 'boat', stops: [{ place: 'nowhere' }] }, styleOfPlace).motif).toBe('ferry')
  })

  it('picks the most specific festival tag for an event', () => {
    expect(eventStyle({ tags: ['holiday', 'fireworks'] }).motif).toBe('fireworks')
    expect(eventStyle({ tags: ['market'] }).motif).toBe('lanterns')
  })
})
