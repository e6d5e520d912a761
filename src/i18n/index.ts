/**
 * The vue-i18n instance. Messages are JSON files compiled to functions at
 * build time by @intlify/unplugin-vue-i18n (see vite.config.ts), so no message
 * compiler ships to the browser. Their type comes from the source locale:
 * every other file must have exactly its keys (checked here by the compiler
 * and by messages.test.ts).
 *
 * Vietnamese and English are bundled because they are the fallbacks; the
 * other locales are separate chunks loaded before the router shows a page in
 * them.
 */
import { createI18n } from 'vue-i18n'
import type { Locale } from '@/content/schema'
import { FALLBACK_LOCALES } from './locales'
import vi from './messages/vi.json'
import en from './messages/en.json'

export type MessageSchema = typeof vi

declare module 'vue-i18n' {
  // Types `t()` keys everywhere from the source locale.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

type LazyLocale = Exclude<Locale, 'vi' | 'en'>

const BUNDLED: Readonly<Record<'vi' | 'en', MessageSchema>> = { vi, en: en satisfies MessageSchema }

const LAZY: Readonly<Record<LazyLocale, () => Promise<MessageSchema>>> = {
  ko: () => import('./messages/ko.json').then((m) => m.default satisfies MessageSchema),
  zh: () => import('./messages/zh.json').then((m) => m.default satisfies MessageSchema),
  ja: () => import('./messages/ja.json').then((m) => m.default satisfies MessageSchema),
}

export function createAppI18n(locale: Locale = 'vi') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: locale in BUNDLED ? locale : 'vi',
    fallbackLocale: [...FALLBACK_LOCALES],
    // Only the bundled locales are known at start; the others are added by loadUiMessages.
    messages: BUNDLED as Record<Locale, MessageSchema>,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/**
 * Makes `locale` the UI language, loading its messages first when they are
 * not bundled. Rejects (and leaves the language unchanged) when the chunk
 * cannot be fetched, e.g. offline before the service worker cached it.
 */
export async function setUiLocale(i18n: AppI18n, locale: Locale): Promise<void> {
  const global = i18n.global
  if (!global.availableLocales.includes(locale)) {
    const load = LAZY[locale as LazyLocale]
    global.setLocaleMessage(locale, await load())
  }
  global.locale.value = locale
}
