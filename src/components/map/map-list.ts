import type { RouteLocationRaw } from 'vue-router'
import type { Locale } from '@/content/schema'

/** One entry of a map's list alternative (MapFeatureList.vue). */
export interface MapListItem {
  id: string
  label: string
  /** The language of `label` when it fell back from the UI language. */
  lang?: Locale
  to: RouteLocationRaw
  /** Stop number on the map, if the map shows one. */
  number?: number
}
