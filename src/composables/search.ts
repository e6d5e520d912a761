/**
 * The search index of the current locale. It is built at build time and
 * ships inside the locale's text chunk (src/content/build/search-index.ts);
 * here it is only deserialised, once per loaded locale, and shared with every
 * search box through a typed InjectionKey (created in main.ts).
 */
import { computed, inject, type ComputedRef, type InjectionKey } from 'vue'
import { loadSearchIndex, type SearchIndex } from '@/domain/search'
import type { LocaleContentState } from './locale-content'

export type SearchIndexState = ComputedRef<SearchIndex | undefined>

export const searchIndexKey: InjectionKey<SearchIndexState> = Symbol('search-index')

/** Follows the loaded locale: a computed recomputes only when the content object changes. */
export function createSearchIndexState(content: LocaleContentState): SearchIndexState {
  return computed(() => (content.content.value ? loadSearchIndex(content.content.value.search) : undefined))
}

export function useSearchIndex(): SearchIndexState {
  const state = inject(searchIndexKey, null)
  if (!state) {
    throw new Error(
      'useSearchIndex() found no index: main.ts (or a test) must app.provide(searchIndexKey, createSearchIndexState(content)).',
    )
  }
  return state
}
