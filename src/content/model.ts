/**
 * What the build hands the browser: the language-neutral manifest (in the main
 * bundle) and one text bundle per locale (a lazily loaded, hashed chunk).
 * Shapes derive from the zod schemas in ./schema.ts.
 */
import type {
  Category,
  EventMeta,
  EventText,
  Image,
  ItineraryMeta,
  ItineraryText,
  Locale,
  PlaceAudio,
  PlaceMeta,
  PlaceText,
  Site,
} from './schema'

/** An image with the URL the build gave it (hashed file name). */
export type ImageRef = Image & { url: string }

/** One object type instead of an intersection: `{ a } & { b }` becomes `{ a; b }`. */
type Flat<T> = { [K in keyof T]: T[K] }

/** A narration with the URL the build gave it; the editor's file name stays behind. */
export type AudioRef = Flat<Omit<PlaceAudio, 'file'> & { url: string }>

export type Place = Omit<PlaceMeta, 'images' | 'audio'> & { id: string; images: ImageRef[]; audio: AudioRef[] }
export type Itinerary = Omit<ItineraryMeta, 'images'> & { id: string; images: ImageRef[] }
export type ContentEvent = Omit<EventMeta, 'images'> & { id: string; images: ImageRef[] }

export interface Manifest {
  site: Site
  categories: Category[]
  places: Place[]
  itineraries: Itinerary[]
  events: ContentEvent[]
  /** Changes whenever any content changes; lets stores tell content versions apart. */
  contentHash: string
}

/**
 * Text of one entity in one locale. Missing translations are filled at build
 * time from English, then Vietnamese; `fallback` names every field that was
 * filled and the locale its text is really in, so the UI can mark it and set
 * the right `lang` attribute.
 */
export type Localized<T> = T & {
  bodyHtml: string
  fallback: Partial<Record<keyof T | 'body', Locale>>
}

export interface LocaleContent {
  locale: Locale
  places: Record<string, Localized<PlaceText>>
  itineraries: Record<string, Localized<ItineraryText>>
  events: Record<string, Localized<EventText>>
  /** The locale's search index, serialised by the build; `loadSearchIndex` in src/domain/search.ts reads it. */
  search: string
}
