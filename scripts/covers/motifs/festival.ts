/** Festival scenes for events, picked by tag: lanterns, fireworks, flowers, flags, a village drum. */
import { mix } from '../palette.ts'
import { H, W, type Draw } from '../frame.ts'
import { ground, hills, star } from './shapes.ts'

export const lanterns: Draw = (r, p) => {
  let stars = ''
  for (let i = 0; i < 14; i++) stars += `<circle cx="${r(0, W)}" cy="${r(0, 200)}" r="${r(1, 2)}"/>`
  const sag = r(30, 70)
  let out = `<g fill="#fff" opacity=".8">${stars}</g><path d="M0 60Q320 ${60 + 2 * sag} 640 60" stroke="#2b2b2b" stroke-width="3" fill="none"/>`
  const n = r(4, 6)
  for (let i = 0; i < n; i++) {
    const x = Math.round(((i + 0.5) * W) / n)
    const t = x / W
    const top = Math.round(60 + 2 * sag * 2 * t * (1 - t))
    const cy = top + r(50, 110)
    out +=
      `<path d="M${x} ${top}V${cy - 30}M${x} ${cy + 30}v26" stroke="#f6c453" stroke-width="2"/>` +
      `<circle cx="${x}" cy="${cy}" r="48" fill="#f6c453" opacity=".18"/>` +
      `<ellipse cx="${x}" cy="${cy}" rx="26" ry="30" fill="${p.main}"/>` +
      `<ellipse cx="${x}" cy="${cy}" rx="10" ry="30" fill="${p.light}" opacity=".5"/>` +
      `<path d="M${x - 12} ${cy - 34}h24v6h-24zM${x - 12} ${cy + 28}h24v6h-24z" fill="#f6c453"/>`
  }
  return out + ground('#141a2e', 350)
}

export const fireworks: Draw = (r, p) => {
  let out = ''
  const colours = [p.light, '#f6c453', '#ffffff']
  for (let b = 0; b < r(2, 3); b++) {
    const cx = r(100, 540)
    const cy = r(80, 190)
    const rad = r(40, 80)
    let rays = ''
    for (let i = 0; i < 16; i++) {
      const a = (Math.PI * i) / 8
      const x1 = Math.round(cx + rad * 0.3 * Math.cos(a))
      const y1 = Math.round(cy + rad * 0.3 * Math.sin(a))
      rays += `M${x1} ${y1}L${Math.round(cx + rad * Math.cos(a))} ${Math.round(cy + rad * Math.sin(a))}`
    }
    out += `<path d="${rays}" stroke="${colours[b % 3]}" stroke-width="4" stroke-linecap="round"/>`
  }
  let skyline = `M0 ${H}`
  for (let x = 0; x < W; x += 40) skyline += `V${r(290, 345)}h40`
  return out + `<path d="${skyline}V${H}z" fill="#0e1322"/>`
}

export const flowers: Draw = (r, p) => {
  let blossoms = ''
  let leaves = ''
  const branches = `M-10 ${r(40, 90)}C120 ${r(60, 140)} 220 ${r(100, 160)} ${r(300, 380)} ${r(140, 200)}M650 ${r(20, 80)}C540 ${r(60, 120)} 470 ${r(120, 170)} ${r(400, 460)} ${r(200, 240)}`
  for (let i = 0; i < 28; i++) {
    const left = i % 2 === 0
    const x = left ? r(20, 340) : r(380, 630)
    const y = r(30, 230)
    blossoms += `<circle cx="${x}" cy="${y}" r="${r(6, 12)}"/>`
    if (i % 3 === 0) leaves += `<ellipse cx="${x + 14}" cy="${y + 10}" rx="16" ry="5"/>`
  }
  return (
    hills(r, mix(p.main, '#ffffff', 0.85), 330, 60) +
    ground(mix('#7cb342', '#ffffff', 0.4), 330) +
    `<path d="${branches}" stroke="#5d4037" stroke-width="7" fill="none" stroke-linecap="round"/>` +
    `<g fill="#558b2f">${leaves}</g><g fill="${p.main}">${blossoms}</g>`
  )
}

export const flags: Draw = (r, p) => {
  let poles = ''
  let cloths = ''
  let stars = ''
  const n = r(3, 4)
  for (let i = 0; i < n; i++) {
    const x = Math.round((i * W) / n) + 30 + r(0, 30)
    const top = r(70, 130)
    const wave = r(5, 10)
    poles += `M${x - 3} 330V${top}h6V330z`
    cloths += `M${x + 3} ${top + 4}q28-${wave} 56 0t56 0v72q-28 ${wave} -56 0t-56 0z`
    stars += star(x + 59, top + 40, 17)
  }
  return (
    hills(r, p.pale, 330, 50) +
    ground(mix(p.main, '#f2e8d5', 0.85), 326) +
    `<path d="${poles}" fill="#6d6d6d"/><path d="${cloths}" fill="${p.main}"/><path d="${stars}" fill="#f6c453"/>`
  )
}

/** A village festival drum (trống hội) on its stand, with the five-element flags behind. */
export const festivalDrum: Draw = (r, p) => {
  const cx = 320 + r(-80, 80)
  const five = ['#f6c453', '#2e7d32', '#1565c0', '#c62828', '#fafafa']
  let pennants = ''
  for (let i = 0; i < 5; i++) {
    const x = cx - 200 + i * 100 + r(-10, 10)
    const top = r(60, 100)
    pennants += `<path d="M${x} 300V${top}" stroke="#5d4037" stroke-width="5"/><path d="M${x + 2} ${top}l56 20l-56 20z" fill="${five[(i + r(0, 4)) % 5]}"/>`
  }
  let studs = ''
  for (let i = 0; i < 9; i++) studs += `<circle cx="${cx - 96 + i * 24}" cy="180" r="3"/>`
  return (
    ground(mix(p.main, '#efe3cf', 0.85)) +
    pennants +
    `<path d="M${cx - 110} 330l30-90M${cx + 110} 330l-30-90" stroke="#5d4037" stroke-width="12"/>` +
    `<path d="M${cx - 110} 176C${cx - 130} 220 ${cx - 130} 250 ${cx - 110} 290H${cx + 110}C${cx + 130} 250 ${cx + 130} 220 ${cx + 110} 176z" fill="${p.main}"/>` +
    `<ellipse cx="${cx}" cy="176" rx="110" ry="26" fill="#f3e0b5"/>` +
    `<g fill="#f6c453">${studs}</g>` +
    `<path d="M${cx + 60} 150l70-70M${cx + 90} 160l80-50" stroke="#5d4037" stroke-width="8" stroke-linecap="round"/>`
  )
}
