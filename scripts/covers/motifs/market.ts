/** Motifs for food: a market awning over baskets of fruit (basket), a steaming noodle bowl (bowl). */
import { mix } from '../palette.ts'
import type { Draw } from '../frame.ts'
import { ground } from './shapes.ts'

export const awning: Draw = (r, p) => {
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

export const bowl: Draw = (r, p) => {
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
