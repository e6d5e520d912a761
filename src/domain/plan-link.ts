/**
 * A plan as one query value, so it can be shared as a link with no server:
 *
 *   ?plan=1_chua-du-hang.nha-hat-lon_den-nghe
 *
 * reads "format version 1; day 1: chua-du-hang, nha-hat-lon; day 2: den-nghe".
 * `_` starts a day and `.` separates the places of a day (an empty day is an
 * empty segment: `1_a__b`). Neither can appear in an id, and both are left as
 * they are by encodeURIComponent, URLSearchParams and Vue Router, so the link
 * stays short and readable. (`~` would be too, but URLSearchParams writes it
 * as %7E.)
 *
 * Every later version must also start with its number in decimal digits:
 * that is how this version tells a link from a newer app from garbage.
 */
import { MAX_PLAN_DAYS, MAX_PLAN_PLACES, type Plan } from './plan'

export const PLAN_PARAM = 'plan'
export const PLAN_LINK_VERSION = 1

/** The content id rule (idSchema in content/schema.ts), repeated so the browser need not load zod for it. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DAY_SEPARATOR = '_'
const ID_SEPARATOR = '.'

/** The plan as a query value; ids that are not slugs cannot be written and are left out. */
export function planToParam(plan: Plan): string {
  const days = plan.days.map((ids) => ids.filter((id) => SLUG.test(id)).join(ID_SEPARATOR))
  return [String(PLAN_LINK_VERSION), ...days].join(DAY_SEPARATOR)
}

export type PlanLinkResult = { ok: true; plan: Plan; dropped: string[] } | { ok: false; reason: 'malformed' | 'newer' }

/**
 * Tolerant: duplicates are kept once, ids that are not slugs are dropped and
 * listed; an unknown version number greater than ours is 'newer'; empty or
 * garbage is 'malformed'. Caps at MAX_PLAN_DAYS days (later days join the
 * last one, as when a day is removed) and MAX_PLAN_PLACES places (the
 * rest are dropped and listed).
 */
export function planFromParam(value: string): PlanLinkResult {
  // Surrounding spaces and line breaks come from copying a link out of a message.
  const match = /^(\d+)([\s\S]*)$/.exec(value.trim())
  if (!match) return { ok: false, reason: 'malformed' }
  const version = Number(match[1])
  const rest = match[2]!
  if (version > PLAN_LINK_VERSION) return { ok: false, reason: 'newer' }
  if (version !== PLAN_LINK_VERSION || (rest !== '' && !rest.startsWith(DAY_SEPARATOR))) {
    return { ok: false, reason: 'malformed' }
  }

  const segments = rest === '' ? [] : rest.slice(1).split(DAY_SEPARATOR)
  const days: string[][] = Array.from({ length: Math.max(1, Math.min(segments.length, MAX_PLAN_DAYS)) }, () => [])
  const seen = new Set<string>()
  const dropped = new Set<string>()
  segments.forEach((segment, index) => {
    const day = days[Math.min(index, MAX_PLAN_DAYS - 1)]!
    for (const id of segment.split(ID_SEPARATOR)) {
      if (id === '' || seen.has(id)) continue
      if (!SLUG.test(id) || seen.size >= MAX_PLAN_PLACES) {
        dropped.add(id)
        continue
      }
      seen.add(id)
      day.push(id)
    }
  })
  return { ok: true, plan: { days }, dropped: [...dropped] }
}
