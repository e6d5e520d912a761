/**
 * Choosing text among translations, and telling the UI where a translation
 * was missing so it can mark it and set `lang` on the element.
 */
import type { Localized as LocalizedEntityText } from '@/content/model'
import type { Locale, Localized as LocalizedLabel } from '@/content/schema'
import { FALLBACK_LOCALES } from './locales'

export interface PickedText {
  text: string
  /** The language `text` is really in: the asked-for locale or a fallback. */
  lang: Locale
}

/** A short label (site name, category) in `locale`, else English, else Vietnamese. */
export function pickLocalized(label: LocalizedLabel, locale: Locale): PickedText {
  for (const candidate of [locale, ...FALLBACK_LOCALES]) {
    const text = label[candidate]
    if (text) return { text, lang: candidate }
  }
  // Unreachable with valid content (vi and en are required), but never show nothing.
  return { text: label.vi, lang: 'vi' }
}

type TextField<T> = keyof T | 'body'

/** The locale a field of entity text fell back to, or undefined when it is translated. */
export function fallbackOf<T>(text: LocalizedEntityText<T> | undefined, field: TextField<T>): Locale | undefined {
  return text?.fallback[field]
}

/**
 * A field's fallback locale, unless the entity's name fell back to the same
 * locale: detail pages mark the name once, under the h1, rather than every
 * field of an untranslated page.
 */
export function extraFallbackOf<T extends { name: string }>(
  text: LocalizedEntityText<T> | undefined,
  field: TextField<T>,
): Locale | undefined {
  const own = fallbackOf(text, field)
  return own && own !== fallbackOf(text, 'name') ? own : undefined
}
