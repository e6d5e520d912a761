/** Pieces several motifs share: the ground, water with waves, a hill line, a star. */
import { H, W } from '../frame.ts'
import { mix, type Palette } from '../palette.ts'
import type { Rand } from '../random.ts'

export const ground = (fill: string, y = 320) => `<path d="M0 ${y}H${W}V${H}H0Z" fill="${fill}"/>`

export function water(p: Palette, r: Rand, y = 290): string {
  let waves = ''
  for (let i = 0; i < 6; i++) {
    const x = r(20, 560)
    waves += `M${x} ${r(y + 20, 385)}q12-7 24 0t24 0`
  }
  return `${ground(mix(p.main, '#ffffff', 0.3), y)}<path d="${waves}" stroke="#fff" stroke-opacity=".7" stroke-width="3" fill="none"/>`
}

export function hills(r: Rand, fill: string, base: number, height: number): string {
  let d = `M0 ${base}`
  for (let x = 0; x <= W; x += 80) d += `L${x} ${base - r(height / 3, height)}`
  return `<path d="${d}L${W} ${base}Z" fill="${fill}"/>`
}

/** Five-pointed star path centred on (cx, cy). */
export function star(cx: number, cy: number, rad: number): string {
  let d = ''
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (Math.PI * i) / 5
    const k = i % 2 ? rad * 0.4 : rad
    d += `${i ? 'L' : 'M'}${Math.round(cx + k * Math.cos(a))} ${Math.round(cy + k * Math.sin(a))}`
  }
  return d + 'z'
}
