/** Modules generated from content/ by src/content/build/vite-plugin.ts. */
declare module 'virtual:content' {
  import type { LocaleContent, Manifest } from '@/content/model'
  import type { Locale } from '@/content/schema'

  export const manifest: Manifest
  /** Loads one locale's text chunk (a separate hashed file per locale). */
  export function loadLocaleContent(locale: Locale): Promise<LocaleContent>
}
