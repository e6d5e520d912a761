/** Motifs for buildings: a colonnade (landmark), a pagoda roof (pagoda), a bronze drum (museum). */
import { mix } from '../palette.ts'
import type { Draw } from '../frame.ts'
import { ground, hills } from './shapes.ts'

export const columns: Draw = (r, p) => {
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

export const pagoda: Draw = (r, p) => {
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

export const drum: Draw = (r, p) => {
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
