/** Motifs for the land and the sea: karst islets (island), mountains, trees, a ferry. */
import { mix } from '../palette.ts'
import { W, type Draw } from '../frame.ts'
import { ground, hills, water } from './shapes.ts'

export const islets: Draw = (r, p) => {
  let out = ''
  const n = r(3, 5)
  for (let i = 0; i < n; i++) {
    const x = r(-20, 560)
    const w = r(50, 120)
    const h = r(70, 170)
    const b = 292
    const fill = i < n - 2 ? p.light : i === n - 1 ? p.dark : p.main
    out += `<path d="M${x} ${b}C${x - 6} ${b - h * 0.6} ${x + w * 0.1} ${b - h} ${x + w * 0.45} ${b - h}S${x + w + 6} ${b - h * 0.5} ${x + w} ${b}z" fill="${fill}"/>`
  }
  return out + water(p, r)
}

export const mountains: Draw = (r, p) => {
  let trees = ''
  for (let i = 0; i < r(4, 8); i++) {
    const x = r(20, 600)
    const y = r(335, 370)
    trees += `M${x} ${y}l14-44l14 44z`
  }
  return (
    hills(r, p.pale, 300, 170) +
    hills(r, p.light, 320, 120) +
    hills(r, p.main, 340, 70) +
    ground(p.dark, 338) +
    `<path d="${trees}" fill="${mix(p.dark, '#000000', 0.3)}"/>`
  )
}

export const trees: Draw = (r, p) => {
  let trunks = ''
  let crowns = ''
  let blossoms = ''
  const n = r(3, 5)
  for (let i = 0; i < n; i++) {
    // Spread evenly with a little jitter, so crowns do not pile up.
    const x = Math.round(((i + 0.5) * W) / n) + r(-30, 30)
    const s = r(40, 64)
    const base = r(318, 340)
    trunks += `M${x - 5} ${base}v-${s + 30}h10v${s + 30}z`
    crowns += `<circle cx="${x}" cy="${base - s - 40}" r="${s}" fill="${i % 2 ? p.main : p.dark}"/>`
    // A flamboyant in bloom here and there: the city's flower.
    if (r(0, 2) === 0)
      for (let k = 0; k < 6; k++)
        blossoms += `<circle cx="${x + r(-s + 8, s - 8)}" cy="${base - s - 40 + r(-s + 8, s - 8)}" r="5"/>`
  }
  return (
    hills(r, p.pale, 300, 60) +
    ground(p.light, 310) +
    `<path d="M250 400C300 360 340 340 320 310h30C380 340 360 370 390 400z" fill="#f4ead6"/>` +
    `<path d="${trunks}" fill="#6d4c33"/>` +
    crowns +
    (blossoms ? `<g fill="#e53935">${blossoms}</g>` : '')
  )
}

export const ferry: Draw = (r, p) => {
  const x0 = r(110, 230)
  let windows = ''
  for (let i = 0; i < 5; i++) windows += `M${x0 + 70 + i * 34} 232h20v14h-20z`
  return (
    hills(r, p.pale, 290, 50) +
    water(p, r) +
    `<path d="M${x0} 262h300l-34 44h-232z" fill="${p.main}"/>` +
    `<path d="M${x0 + 52} 218h196v44h-196z" fill="#fff"/>` +
    `<path d="M${x0 + 90} 196h110v22h-110z" fill="${p.light}"/>` +
    `<path d="${windows}" fill="${p.dark}"/>` +
    `<path d="M${x0 + 170} 196v-36h14v36z" fill="${p.dark}"/>`
  )
}
