/**
 * Which motif and colour each entity gets, from its parsed meta.yaml. Pure:
 * plan.ts reads the files. Icons are named in categories.yaml, so any city's
 * content maps the same way.
 */
import type { Motif } from './motifs.ts'

export interface Style {
  motif: Motif
  colour: string
}

/** Category icon id → motif. */
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

/**
 * For a place whose category is unknown, and the base of an itinerary whose stops are. One shared object:
 * itineraries weigh their stops' styles by identity (see mainStyle).
 */
export const FALLBACK_STYLE: Readonly<Style> = { motif: 'mountains', colour: '#2e7d32' }

/** Field of a parsed YAML object, or undefined when the shape is not what we expect. */
export function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined
}

/** Style by category id, from the parsed categories.yaml; unknown icons draw mountains. */
export function categoryStyles(categories: unknown): Map<string, Style> {
  const byCategory = new Map<string, Style>()
  for (const c of Array.isArray(categories) ? categories : []) {
    const id = field(c, 'id')
    const icon = field(c, 'icon')
    const colour = field(c, 'colour')
    if (typeof id === 'string' && typeof colour === 'string')
      byCategory.set(id, { motif: MOTIF_BY_ICON[String(icon)] ?? 'mountains', colour })
  }
  return byCategory
}

/** A place looks like its category; the style object is the category's own, which mainStyle relies on. */
export function placeStyle(meta: unknown, byCategory: ReadonlyMap<string, Style>): Style {
  return byCategory.get(String(field(meta, 'category'))) ?? FALLBACK_STYLE
}

/** An itinerary looks like the places it spends most time at, or else like its travel mode. */
export function itineraryStyle(meta: unknown, styleOfPlace: ReadonlyMap<string, Style>): Style {
  const stops = field(meta, 'stops')
  return (
    mainStyle(Array.isArray(stops) ? stops : [], styleOfPlace) ?? {
      ...FALLBACK_STYLE,
      motif: MOTIF_BY_MODE[String(field(meta, 'mode'))] ?? FALLBACK_STYLE.motif,
    }
  )
}

/** An event draws the festival scene of its most specific tag, lanterns when none matches. */
export function eventStyle(meta: unknown): Style {
  const tags = field(meta, 'tags')
  const tagList = Array.isArray(tags) ? tags.map(String) : []
  const motif = EVENT_MOTIF_BY_TAG.find(([tag]) => tagList.includes(tag))?.[1] ?? 'lanterns'
  // Lanterns and fireworks glow red whatever the venue; flowers are the red flamboyant too.
  return { motif, colour: FESTIVE_RED }
}

/**
 * The look of the stops where an itinerary spends most of its time: a day in
 * Đồ Sơn is a beach day even if it starts at a museum.
 */
function mainStyle(stops: unknown[], styleOfPlace: ReadonlyMap<string, Style>): Style | undefined {
  const minutes = new Map<Style, number>()
  for (const stop of stops) {
    const style = styleOfPlace.get(String(field(stop, 'place')))
    const m = Number(field(stop, 'minutes'))
    if (style) minutes.set(style, (minutes.get(style) ?? 0) + (Number.isFinite(m) ? m : 0))
  }
  let best: Style | undefined
  for (const [style, m] of minutes) if (best === undefined || m > (minutes.get(best) ?? 0)) best = style
  return best
}
