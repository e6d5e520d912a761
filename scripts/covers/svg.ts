/** Assembles one cover: sky gradient, sun or moon, then the motif, in a self-contained SVG document. */
import { DRAW, NIGHT_MOTIFS, type Motif } from './motifs.ts'
import { H, W } from './frame.ts'
import { DAY_SKIES, mix, NIGHT_SKIES, palette } from './palette.ts'
import { hash, rng } from './random.ts'

/** Marks a cover as generated: a cover.svg without it was made by hand and is never overwritten. */
export const MARKER = '<!-- cover: scripts/generate-covers.ts -->'

/** The whole SVG document for one entity. Pure: same arguments, same bytes. */
export function renderCover(key: string, motif: Motif, colour: string): string {
  const seed = hash(key)
  const r = rng(seed)
  const night = NIGHT_MOTIFS.has(motif)
  const skies = night ? NIGHT_SKIES : DAY_SKIES
  const sky = skies[seed % skies.length] ?? DAY_SKIES[0]
  // An id per cover: ids are global in a page, should covers ever be inlined side by side.
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
