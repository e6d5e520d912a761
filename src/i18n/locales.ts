/**
 * The UI locales. The list is derived from a Record keyed by the content
 * schema's `Locale` type, so the compiler fails when a locale is added to the
 * schema without a UI name here (and without messages, see ./index.ts).
 *
 * Only types are imported from the schema: importing its values would pull
 * zod into the browser bundle.
 */
import type { Locale } from '@/content/schema'

/** Each language's name in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  vi: 'Tiếng Việt',
  en: 'English',
  ko: '한국어',
  zh: '简体中文',
  ja: '日本語',
}

export const UI_LOCALES = Object.keys(LOCALE_NAMES) as readonly Locale[]

/** The source language, used when nothing else tells us what the user reads. */
export const DEFAULT_LOCALE: Locale = 'vi'

/** Where missing UI messages and entity text come from, in order. */
export const FALLBACK_LOCALES: readonly Locale[] = ['en', 'vi']

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value)
}

/**
 * The best UI locale for a list of BCP 47 tags such as `navigator.languages`
 * ("zh-TW" → zh, "ko-KR" → ko), or undefined when none matches.
 */
export function matchLocale(tags: readonly string[]): Locale | undefined {
  for (const tag of tags) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    if (isLocale(language)) return language
  }
  return undefined
}

/**
 * The locale `/` sends a visitor to: the one they chose before, else the first
 * of their browser languages we have, else the source language.
 */
export function pickLocale(saved: Locale | null, browserLanguages: readonly string[]): Locale {
  return saved ?? matchLocale(browserLanguages) ?? DEFAULT_LOCALE
}
