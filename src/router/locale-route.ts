/**
 * Pure helpers about locales in URLs: which locale a location is in, the same
 * page in another locale, and what a not-found URL was aiming at.
 */
import type { EntityKind, Locale } from '@/content/schema'
import { ownValue } from '@/domain/own-value'
import { isLocale } from '@/i18n/locales'

/** The parts of a route location these helpers read (a subset of vue-router's). */
export interface LocationLike {
  name?: unknown
  path: string
  params: Record<string, string | string[] | undefined>
  query?: Record<string, unknown>
  hash?: string
}

export const NOT_FOUND = 'not-found'

function segments(path: string): string[] {
  return path.split('/').filter(Boolean).map(decodeURIComponentSafe)
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A path as people read it ("/vi/places/hải"); malformed escapes are left as they are. */
export function displayPath(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

/** The locale a location is in: its `:locale` param, or the first segment of a not-found path. */
export function localeOf(location: LocationLike): Locale | undefined {
  const param = location.params.locale
  if (isLocale(param)) return param
  const first = segments(location.path)[0]
  return isLocale(first) ? first : undefined
}

/**
 * The path of the same page in another locale: the locale segment replaced,
 * or, for a path with no locale (an unknown one like /fr/…), the path itself.
 */
export function pathInLocale(path: string, locale: Locale): string {
  const parts = path.split('/')
  // parts[0] is '' for an absolute path.
  if (isLocale(decodeURIComponentSafe(parts[1] ?? ''))) {
    parts[1] = locale
    return parts.join('/')
  }
  return path
}

/** What a not-found page was looking for, to say something more useful than "404". */
export type NotFoundReason = { kind: 'page' } | { kind: EntityKind; id: string }

const ENTITY_SEGMENTS: Record<string, EntityKind> = { places: 'places', itineraries: 'itineraries', events: 'events' }

export function notFoundReason(path: string): NotFoundReason {
  const [locale, section, id, ...rest] = segments(path)
  // The segment is whatever was typed: `/en/constructor/x` must not find Object's constructor.
  const kind = section === undefined ? undefined : ownValue(ENTITY_SEGMENTS, section)
  if (isLocale(locale) && kind && id && rest.length === 0) return { kind, id }
  return { kind: 'page' }
}

/**
 * The catch-all route's params for a (percent-encoded) path, so a redirect to
 * it keeps the URL; decoded because the router encodes params again.
 */
export function notFoundParams(path: string): { pathMatch: string[] } {
  return { pathMatch: segments(path) }
}
