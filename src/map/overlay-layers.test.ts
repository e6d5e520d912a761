import { expression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { LAYER } from './ids'
import { overlayLayers } from './overlay-layers'
import { PALETTES } from './palette'
import type { StopMarkerState } from './route-geojson'

const palette = PALETTES.light
const layers = overlayLayers(palette, [])
const find = (id: string) =>
  layers.find((l) => l.id === id) as LayerSpecification & {
    layout?: Record<string, unknown>
    paint?: Record<string, unknown>
  }

/** A layer property's value for a stop feature, as MapLibre evaluates it. */
function evaluate(layerId: string, group: 'layout' | 'paint', property: string, state?: StopMarkerState): unknown {
  const layer = find(layerId)
  const value = layer[group]?.[property]
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${layer.type}`]![property]
  const parsed = expression.createPropertyExpression(value, property, spec as never)
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value))
  const properties = { n: 3, id: 'a', name: 'A', ...(state && { state }) }
  return parsed.value.evaluate({ zoom: 14 }, { type: 'Point', properties } as never)
}

const colour = (value: unknown) => (value as { toString(): string }).toString()
const hexToRgba = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgba(${r},${g},${b},1)`
}

describe('itinerary stop layers', () => {
  it('draw stops without a state as the itinerary page always has', () => {
    expect(colour(evaluate(LAYER.stopPoints, 'paint', 'circle-color'))).toBe(hexToRgba(palette.accent))
    expect(evaluate(LAYER.stopPoints, 'paint', 'circle-radius')).toBe(12)
    expect(evaluate(LAYER.stopPoints, 'paint', 'circle-stroke-width')).toBe(2)
    expect(evaluate(LAYER.stopPoints, 'paint', 'circle-opacity')).toBe(1)
    expect(String(evaluate(LAYER.stopNumbers, 'layout', 'text-field'))).toBe('3')
    expect(evaluate(LAYER.stopNumbers, 'layout', 'text-size')).toBe(13)
    expect(colour(evaluate(LAYER.stopNumbers, 'paint', 'text-color'))).toBe(hexToRgba(palette.onAccent))
  })

  it('mute visited stops with a check, and skipped ones with their number', () => {
    expect(colour(evaluate(LAYER.stopPoints, 'paint', 'circle-color', 'visited'))).toBe(hexToRgba(palette.label))
    expect(evaluate(LAYER.stopPoints, 'paint', 'circle-opacity', 'visited')).toBeLessThan(1)
    expect(String(evaluate(LAYER.stopNumbers, 'layout', 'text-field', 'visited'))).toBe('✓')
    expect(evaluate(LAYER.stopPoints, 'paint', 'circle-opacity', 'skipped')).toBeLessThan(1)
    expect(String(evaluate(LAYER.stopNumbers, 'layout', 'text-field', 'skipped'))).toBe('3')
  })

  it('make the next stop larger and draw it on top', () => {
    expect(evaluate(LAYER.stopPoints, 'paint', 'circle-radius', 'next')).toBeGreaterThan(12)
    expect(colour(evaluate(LAYER.stopPoints, 'paint', 'circle-color', 'next'))).toBe(hexToRgba(palette.accent))
    const key = (state?: StopMarkerState) => evaluate(LAYER.stopPoints, 'layout', 'circle-sort-key', state) as number
    expect(key('next')).toBeGreaterThan(key())
    expect(key()).toBeGreaterThan(key('visited'))
  })
})
