/**
 * The text of places, itineraries and events in the current locale, shared
 * with every view through a typed InjectionKey. Created once in main.ts and
 * given to the router, which loads the locale before it shows a page, so
 * views normally render with text present; a failed load (offline before the
 * chunk was cached) leaves `status` at 'error' and views offer a retry.
 *
 * Not a Pinia store on purpose: stores hold user state, this is read-only
 * content that merely follows the locale.
 */
import { inject, readonly, ref, shallowRef, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import type { LocaleContent } from '@/content/model'
import type { Locale } from '@/content/schema'
import { ownValue } from '@/domain/own-value'

export type LocaleContentStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface LocaleContentState {
  readonly content: Readonly<ShallowRef<LocaleContent | null>>
  readonly status: Readonly<Ref<LocaleContentStatus>>
  /** Loads a locale's text unless it is the one already shown; never rejects. */
  load(locale: Locale): Promise<void>
  /** Tries the last requested locale again after an error. */
  retry(): Promise<void>
}

export const localeContentKey: InjectionKey<LocaleContentState> = Symbol('locale-content')

export function createLocaleContentState(loader: (locale: Locale) => Promise<LocaleContent>): LocaleContentState {
  // The content objects are large and never change: keep them out of deep reactivity.
  const content = shallowRef<LocaleContent | null>(null)
  const status = ref<LocaleContentStatus>('idle')
  let requested: Locale | null = null

  async function load(locale: Locale): Promise<void> {
    if (content.value?.locale === locale && status.value === 'ready') return
    requested = locale
    status.value = 'loading'
    try {
      const loaded = await loader(locale)
      // A quicker, later request for another locale wins over this one.
      if (requested !== locale) return
      content.value = loaded
      status.value = 'ready'
    } catch {
      if (requested !== locale) return
      content.value = null
      status.value = 'error'
    }
  }

  async function retry(): Promise<void> {
    if (requested) await load(requested)
  }

  return {
    content: readonly(content) as Readonly<ShallowRef<LocaleContent | null>>,
    status: readonly(status),
    load,
    retry,
  }
}

export function useLocaleContent(): LocaleContentState {
  const state = inject(localeContentKey, null)
  if (!state) {
    throw new Error(
      'useLocaleContent() found no content state: main.ts (or a test) must call app.provide(localeContentKey, createLocaleContentState(loader)) before mounting.',
    )
  }
  return state
}

/**
 * Text of one entity by id in the current locale; undefined while loading,
 * after an error, and for an id the text does not have (ids come from storage
 * and links too, and may be `constructor`: see ownValue).
 */
export function useEntityText() {
  const { content } = useLocaleContent()
  return {
    place: (id: string) => ownValue(content.value?.places, id),
    itinerary: (id: string) => ownValue(content.value?.itineraries, id),
    event: (id: string) => ownValue(content.value?.events, id),
  }
}
