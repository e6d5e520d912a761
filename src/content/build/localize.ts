/**
 * Fills each locale's text from its fallbacks, field by field: ko, zh and ja
 * fall back to English, then Vietnamese; English falls back to Vietnamese.
 * Every filled field is recorded so the UI can mark it "not yet translated".
 */
import { SOURCE_LOCALE, textSchemas, type EntityKind, type Locale } from '../schema.ts'
import type { Localized } from '../model.ts'
import type { Entity, TextFile, TextOf } from './types.ts'

export function fallbackChain(locale: Locale): Locale[] {
  const chain: Locale[] = [locale, 'en', SOURCE_LOCALE]
  return chain.filter((l, i) => chain.indexOf(l) === i)
}

/** The entity's text in `locale`; undefined when no locale in the chain has valid text. */
export function localize<K extends EntityKind>(entity: Entity<K>, locale: Locale): Localized<TextOf<K>> | undefined {
  const sources = fallbackChain(locale)
    .map((l) => entity.texts[l])
    .filter((t): t is TextFile<TextOf<K>> & { data: TextOf<K> } => t?.data !== undefined)
  const first = sources[0]
  if (!first) return undefined

  const fields: Record<string, unknown> = {}
  const fallback: Partial<Record<string, Locale>> = {}
  for (const key of Object.keys(textSchemas[entity.kind].shape)) {
    const from = sources.find((s) => s.written.has(key))
    // A field no locale wrote keeps its schema default (e.g. an empty list).
    const value = (from ?? first).data[key as keyof TextOf<K>]
    if (value !== undefined) fields[key] = value
    if (from && from.locale !== locale) fallback[key] = from.locale
  }
  const body = sources.find((s) => s.bodyHtml !== '')
  if (body && body.locale !== locale) fallback.body = body.locale
  return { ...(fields as TextOf<K>), bodyHtml: body?.bodyHtml ?? '', fallback } as Localized<TextOf<K>>
}
