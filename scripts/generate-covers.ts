/**
 * Draws a cover illustration, `cover.svg`, into every place, itinerary and
 * event folder of the content directory, so each entity has a picture before
 * an editor adds a photo.
 *
 *   npx tsx scripts/generate-covers.ts [contentDir]   (default: ./content)
 *
 * Each cover is flat art in the colour of the entity's category, with a motif
 * chosen from the category's icon (a pagoda roof for `pagoda`, karst islets for
 * `island`...). Itineraries borrow the motif of the category they spend most
 * time in; events draw a festival scene picked by their tags (fireworks,
 * flowers, lanterns, flags, a festival drum). A seed
 * taken from the entity id varies the scene, so covers differ but the output
 * is deterministic: running the script again changes nothing.
 *
 * The files hold no text (the app shows names), no scripts and no external
 * references, and stay under 4 KB. A cover.svg without the generator's marker
 * was made by hand and is never overwritten.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

const MARKER = '<!-- cover: scripts/generate-covers.ts -->'
const MAX_BYTES = 4096
const W = 640
const H = 400

export type Motif =
  | 'columns'
  | 'pagoda'
  | 'drum'
  | 'islets'
  | 'mountains'
  | 'trees'
  | 'awning'
  | 'bowl'
  | 'ferry'
  | 'lanterns'
  | 'fireworks'
  | 'flowers'
  | 'flags'
  | 'festival-drum'

/** Category icon id → motif. Icons are named in categories.yaml, so any city's content maps the same way. */
const MOTIF_BY_ICON: Record<string, Motif> = {
  landmark: 'columns',
  pagoda: 'pagoda',
  museum: 'drum',
  island: 'islets',
  mountain: 'mountains',
  tree: 'trees',
  basket: 'awning',
  bowl: 'bowl',
  ferry: 'ferry',
}
const MOTIF_BY_MODE: Record<string, Motif> = { walk: 'columns', bike: 'trees', boat: 'ferry', drive: 'mountains' }
/** Event tags that pick a festival motif, most specific first: an event tagged both `fireworks` and `holiday` gets fireworks. */
const EVENT_MOTIF_BY_TAG: readonly (readonly [string, Motif])[] = [
  ['fireworks', 'fireworks'],
  ['flowers', 'flowers'],
  ['lanterns', 'lanterns'],
  ['commemoration', 'flags'],
  ['holiday', 'flags'],
  ['festival', 'festival-drum'],
]
const FESTIVE_RED = '#b3261e'
const NIGHT_MOTIFS: ReadonlySet<Motif> = new Set(['lanterns', 'fireworks'])

// ------------------------------------------------------------ randomness

/** FNV-1a: a stable 32-bit seed from an entity id. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: a tiny seeded generator, so the same id always draws the same scene. */
function rng(seed: number): (min: number, max: number) => number {
  let a = seed
  return (min, max) => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.round(min + (((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min))
  }
}
type Rand = ReturnType<typeof rng>

// ---------------------------------------------------------------- colour

function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) * (1 - t) + ch(b, i) * t))
  return '#' + out.map((v) => v.toString(16).padStart(2, '0')).join('')
}

interface Palette {
  main: string
  dark: string
  light: string
  pale: string
}
function palette(colour: string): Palette {
  return {
    main: colour,
    dark: mix(colour, '#000000', 0.35),
    light: mix(colour, '#ffffff', 0.45),
    pale: mix(colour, '#ffffff', 0.78),
  }
}

const DAY_SKIES = [
  ['#bfe0f0', '#fbf3e2'],
  ['#f6cdb8', '#fff1dc'],
  ['#d2e2f4', '#f3efe6'],
  ['#c9e7e1', '#fbf6e9'],
] as const
const NIGHT_SKIES = [
  ['#16213f', '#4a3f6b'],
  ['#1d2546', '#6a4a5e'],
] as const

// ---------------------------------------------------------------- motifs
// Each motif draws in a 640×400 frame whose ground line is about y=320.

type Draw = (r: Rand, p: Palette) => string

const ground = (fill: string, y = 320) => `<path d="M0 ${y}H${W}V${H}H0Z" fill="${fill}"/>`

function water(p: Palette, r: Rand, y = 290): string {
  let waves = ''
  for (let i = 0; i < 6; i++) {
    const x = r(20, 560)
    waves += `M${x} ${r(y + 20, 385)}q12-7 24 0t24 0`
  }
  return `${ground(mix(p.main, '#ffffff', 0.3), y)}<path d="${waves}" stroke="#fff" stroke-opacity=".7" stroke-width="3" fill="none"/>`
}

function hills(r: Rand, fill: string, base: number, height: number): string {
  let d = `M0 ${base}`
  for (let x = 0; x <= W; x += 80) d += `L${x} ${base - r(height / 3, height)}`
  return `<path d="${d}L${W} ${base}Z" fill="${fill}"/>`
}

const columns: Draw = (r, p) => {
  const n = r(0, 1) ? 6 : 4
  const w = n === 6 ? 340 : 260
  const x0 = 320 - w / 2 + r(-90, 90)
  const step = (w - 40) / (n - 1)
  let cols = ''
  for (let i = 0; i < n; i++) cols += `M${Math.round(x0 + 12 + i * step)} 196h16v114h-16z`
  // A pediment (the Opera House) or a balustraded flat roof (the colonial offices), sometimes a clock tower.
  const pediment = r(0, 2) > 0
  const ty = pediment ? 88 : 110
  const tower = r(0, 1)
    ? `<path d="M${x0 + w / 2 - 22} ${ty}h44v44h-44z" fill="${p.light}"/><path d="M${x0 + w / 2 - 26} ${ty + 2}a26 26 0 0 1 52 0z" fill="${p.dark}"/>`
    : ''
  return (
    ground(mix(p.main, '#f2e8d5', 0.8)) +
    tower +
    `<path d="M${x0} 196h${w}v116h-${w}z" fill="${p.pale}"/>` +
    `<path d="${cols}" fill="${p.main}"/>` +
    `<path d="M${x0 - 10} 176h${w + 20}v20h-${w + 20}z" fill="${p.dark}"/>` +
    (pediment
      ? `<path d="M${x0 - 10} 176L${x0 + w / 2} 124L${x0 + w + 10} 176z" fill="${p.main}"/>`
      : `<path d="M${x0} 150h${w}v26h-${w}z" fill="${p.main}"/><path d="M${x0 + 10} 158h${w - 20}v8h-${w - 20}z" fill="${p.pale}"/>`) +
    `<path d="M${x0 - 20} 310h${w + 40}v12h-${w + 40}z" fill="${p.dark}"/>`
  )
}

const pagoda: Draw = (r, p) => {
  const tiers = r(2, 3)
  const cx = 320 + r(-60, 60)
  let out = hills(r, p.pale, 320, 70) + ground(mix(p.main, '#e9dcc0', 0.8))
  let y = 320
  for (let i = 0; i < tiers; i++) {
    const half = 150 - i * 38
    const bodyH = i === 0 ? 70 : 38
    out += `<path d="M${cx - half + 22} ${y}v-${bodyH}h${2 * half - 44}v${bodyH}z" fill="${p.pale}"/>`
    if (i === 0) out += `<path d="M${cx - 18} ${y}v-44h36v44z" fill="${p.dark}"/>`
    y -= bodyH
    const l = cx - half
    const rr = cx + half
    out += `<path d="M${l - 16} ${y - 14}Q${l} ${y} ${l + 24} ${y}H${rr - 24}Q${rr} ${y} ${rr + 16} ${y - 14}L${rr - 30} ${y - 34}H${l + 30}z" fill="${p.main}"/>`
    y -= 34
  }
  return out + `<path d="M${cx - 4} ${y}v-22h8v22z" fill="${p.dark}"/>`
}

const drum: Draw = (r, p) => {
  const cx = 320 + r(-90, 90)
  let star = ''
  const spikes = r(8, 14)
  for (let i = 0; i < spikes * 2; i++) {
    const a = (Math.PI * i) / spikes
    const rad = i % 2 ? 12 : 44
    star += `${i ? 'L' : 'M'}${Math.round(cx + rad * Math.cos(a))} ${Math.round(170 + rad * 0.27 * Math.sin(a))}`
  }
  return (
    ground(mix(p.main, '#efe6d6', 0.82)) +
    `<path d="M${cx - 170} 300h340v24h-340z" fill="${p.dark}"/>` +
    `<path d="M${cx - 130} 170C${cx - 150} 230 ${cx - 110} 250 ${cx - 118} 300H${cx + 118}C${cx + 110} 250 ${cx + 150} 230 ${cx + 130} 170z" fill="${p.main}"/>` +
    `<ellipse cx="${cx}" cy="170" rx="130" ry="34" fill="${p.light}"/>` +
    `<g fill="none" stroke="${p.dark}" stroke-width="3"><ellipse cx="${cx}" cy="170" rx="96" ry="25"/><ellipse cx="${cx}" cy="170" rx="60" ry="16"/>` +
    `<path d="M${cx - 140} 230h280M${cx - 120} 262h240"/></g>` +
    `<path d="${star}z" fill="#f6c453"/>`
  )
}

const islets: Draw = (r, p) => {
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

const mountains: Draw = (r, p) => {
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

const trees: Draw = (r, p) => {
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

const awning: Draw = (r, p) => {
  const x0 = r(100, 180)
  const stripes = 8
  const sw = 40
  let bands = ''
  let scallops = ''
  for (let i = 0; i < stripes; i++) {
    if (i % 2 === 0) bands += `M${x0 + i * sw} 140h${sw}v50h-${sw}z`
    scallops += `M${x0 + i * sw} 190a20 16 0 0 0 ${sw} 0z`
  }
  const right = x0 + stripes * sw
  let goods = ''
  const fruit = ['#f9a825', '#7cb342', '#ef6c00', '#c62828']
  for (let i = 0; i < 4; i++) {
    const cx = x0 + 45 + i * 76
    goods += `<path d="M${cx - 30} 262a30 22 0 0 0 60 0z" fill="#a1887f"/>`
    goods += `<circle cx="${cx - 10}" cy="256" r="9" fill="${fruit[(i + r(0, 3)) % 4]}"/><circle cx="${cx + 8}" cy="254" r="9" fill="${fruit[(i + 1) % 4]}"/>`
  }
  return (
    ground(mix(p.main, '#efe3cf', 0.85)) +
    `<path d="M${x0} 140h${right - x0}v50h-${right - x0}z" fill="#fff"/>` +
    `<path d="${bands}${scallops}" fill="${p.main}"/>` +
    `<path d="M${x0 + 6} 190h8v130h-8zM${right - 14} 190h8v130h-8z" fill="${p.dark}"/>` +
    `<path d="M${x0 - 10} 262h${right - x0 + 20}v58h-${right - x0 + 20}z" fill="${p.light}"/>` +
    goods
  )
}

const bowl: Draw = (r, p) => {
  const cx = 320 + r(-50, 50)
  let steam = ''
  for (let i = -1; i <= 1; i++) steam += `M${cx + i * 40} 170q-14-22 0-44t0-44`
  let herbs = ''
  for (let i = 0; i < 5; i++)
    herbs += `<ellipse cx="${cx + r(-80, 80)}" cy="${r(222, 236)}" rx="9" ry="5" fill="#558b2f"/>`
  return (
    ground(mix(p.main, '#f3e7d3', 0.75), 290) +
    `<path d="M${cx - 140} 225A140 90 0 0 0 ${cx + 140} 225z" fill="${p.main}"/>` +
    `<path d="M${cx - 40} 312h80l-8-20h-64z" fill="${p.dark}"/>` +
    `<ellipse cx="${cx}" cy="226" rx="140" ry="22" fill="${p.light}"/>` +
    `<ellipse cx="${cx}" cy="228" rx="124" ry="15" fill="#f6e7c1"/>` +
    herbs +
    `<path d="${steam}" stroke="#fff" stroke-width="5" stroke-linecap="round" fill="none" opacity=".8"/>` +
    `<path d="M${cx + 60} 232L${cx + 200} 110M${cx + 80} 234L${cx + 214} 122" stroke="#6d4c33" stroke-width="7" stroke-linecap="round"/>`
  )
}

const ferry: Draw = (r, p) => {
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

const lanterns: Draw = (r, p) => {
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

const fireworks: Draw = (r, p) => {
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

const flowers: Draw = (r, p) => {
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

/** Five-pointed star path centred on (cx, cy). */
function star(cx: number, cy: number, rad: number): string {
  let d = ''
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (Math.PI * i) / 5
    const k = i % 2 ? rad * 0.4 : rad
    d += `${i ? 'L' : 'M'}${Math.round(cx + k * Math.cos(a))} ${Math.round(cy + k * Math.sin(a))}`
  }
  return d + 'z'
}

const flags: Draw = (r, p) => {
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
const festivalDrum: Draw = (r, p) => {
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

const DRAW: Record<Motif, Draw> = {
  columns,
  pagoda,
  drum,
  islets,
  mountains,
  trees,
  awning,
  bowl,
  ferry,
  lanterns,
  fireworks,
  flowers,
  flags,
  'festival-drum': festivalDrum,
}

// ------------------------------------------------------------------ scene

/** The whole SVG document for one entity. Pure: same arguments, same bytes. */
export function renderCover(key: string, motif: Motif, colour: string): string {
  const seed = hash(key)
  const r = rng(seed)
  const night = NIGHT_MOTIFS.has(motif)
  const skies = night ? NIGHT_SKIES : DAY_SKIES
  const sky = skies[seed % skies.length] ?? DAY_SKIES[0]
  const id = `g${(seed % 46656).toString(36)}`
  const sun = night
    ? `<circle cx="${r(60, 580)}" cy="${r(40, 90)}" r="22" fill="#fdf3c8"/>`
    : `<circle cx="${r(60, 580)}" cy="${r(50, 120)}" r="${r(26, 42)}" fill="#fff6d5" opacity=".9"/>`
  const body =
    `<defs><linearGradient id="${id}" x2="0" y2="1"><stop stop-color="${mix(sky[0], colour, 0.12)}"/>` +
    `<stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>` +
    `<path d="M0 0H${W}V${H}H0Z" fill="url(#${id})"/>` +
    sun +
    DRAW[motif](r, palette(colour))
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}">${MARKER}${body}</svg>\n`
}

// ------------------------------------------------------------ the content

interface Style {
  motif: Motif
  colour: string
}
interface Job extends Style {
  dir: string
  key: string
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'))
}

function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'meta.yaml')))
    .map((e) => e.name)
    .sort()
}

/** Field of a parsed YAML object, or undefined when the shape is not what we expect. */
function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined
}

/**
 * The look of the stops where an itinerary spends most of its time: a day in
 * Đồ Sơn is a beach day even if it starts at a museum.
 */
function mainStyle(stops: unknown[], placeStyle: Map<string, Style>): Style | undefined {
  const minutes = new Map<Style, number>()
  for (const stop of stops) {
    const style = placeStyle.get(String(field(stop, 'place')))
    const m = Number(field(stop, 'minutes'))
    if (style) minutes.set(style, (minutes.get(style) ?? 0) + (Number.isFinite(m) ? m : 0))
  }
  let best: Style | undefined
  for (const [style, m] of minutes) if (best === undefined || m > (minutes.get(best) ?? 0)) best = style
  return best
}

export function planCovers(contentDir: string): Job[] {
  const categories = readYaml(join(contentDir, 'categories.yaml'))
  const byCategory = new Map<string, Style>()
  for (const c of Array.isArray(categories) ? categories : []) {
    const id = field(c, 'id')
    const icon = field(c, 'icon')
    const colour = field(c, 'colour')
    if (typeof id === 'string' && typeof colour === 'string')
      byCategory.set(id, { motif: MOTIF_BY_ICON[String(icon)] ?? 'mountains', colour })
  }
  const fallback: Style = { motif: 'mountains', colour: '#2e7d32' }
  const placeStyle = new Map<string, Style>()
  const jobs: Job[] = []

  const placesDir = join(contentDir, 'places')
  for (const id of subdirs(placesDir)) {
    const style = byCategory.get(String(field(readYaml(join(placesDir, id, 'meta.yaml')), 'category'))) ?? fallback
    placeStyle.set(id, style)
    jobs.push({ dir: join(placesDir, id), key: `places/${id}`, ...style })
  }

  const itinerariesDir = join(contentDir, 'itineraries')
  for (const id of subdirs(itinerariesDir)) {
    const meta = readYaml(join(itinerariesDir, id, 'meta.yaml'))
    const stops = field(meta, 'stops')
    const style = mainStyle(Array.isArray(stops) ? stops : [], placeStyle) ?? {
      ...fallback,
      motif: MOTIF_BY_MODE[String(field(meta, 'mode'))] ?? fallback.motif,
    }
    jobs.push({ dir: join(itinerariesDir, id), key: `itineraries/${id}`, ...style })
  }

  const eventsDir = join(contentDir, 'events')
  for (const id of subdirs(eventsDir)) {
    const meta = readYaml(join(eventsDir, id, 'meta.yaml'))
    const tags = field(meta, 'tags')
    const tagList = Array.isArray(tags) ? tags.map(String) : []
    const motif = EVENT_MOTIF_BY_TAG.find(([tag]) => tagList.includes(tag))?.[1] ?? 'lanterns'
    // Lanterns and fireworks glow red whatever the venue; flowers are the red flamboyant too.
    jobs.push({ dir: join(eventsDir, id), key: `events/${id}`, motif, colour: FESTIVE_RED })
  }
  return jobs
}

function main(): void {
  const contentDir = resolve(process.argv[2] ?? 'content')
  if (!existsSync(join(contentDir, 'categories.yaml'))) {
    console.error(
      `generate-covers: ${contentDir} has no categories.yaml, so it is not a content directory. ` +
        'Run from the repo root or pass the content directory: npx tsx scripts/generate-covers.ts content',
    )
    process.exit(1)
  }
  let written = 0
  let unchanged = 0
  const kept: string[] = []
  for (const job of planCovers(contentDir)) {
    const file = join(job.dir, 'cover.svg')
    const svg = renderCover(job.key, job.motif, job.colour)
    if (Buffer.byteLength(svg) > MAX_BYTES)
      throw new Error(
        `generate-covers: ${file} would be ${Buffer.byteLength(svg)} bytes, over ${MAX_BYTES}; simplify the "${job.motif}" motif.`,
      )
    const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined
    if (old !== undefined && !old.includes(MARKER)) {
      kept.push(file)
      continue
    }
    if (old === svg) {
      unchanged++
      continue
    }
    writeFileSync(file, svg)
    written++
  }
  console.log(`generate-covers: ${written} written, ${unchanged} unchanged, ${kept.length} hand-made kept.`)
  for (const file of kept) console.log(`  kept ${file} (no generator marker)`)
}

// Run only as a command, so tests can import renderCover without touching files.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
