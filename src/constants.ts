/**
 * Names the app writes into the browser's storage, in one place so that a
 * rename or a version bump is a single, visible change (and so that a future
 * "clear my data" button can list everything the app keeps). The service
 * worker imports this file too, so the page and the worker agree on cache names.
 */
export const STORAGE_KEYS = {
  /** User settings (locale, theme) as versioned JSON; see src/stores/settings-storage.ts. */
  settings: 'haiphong-guide:settings',
  /** Hearted places, itineraries and events as versioned JSON; see src/stores/favourites-storage.ts. */
  favourites: 'haiphong-guide:favourites',
  /** Where the visitor is in each itinerary they follow, as versioned JSON; see src/stores/itinerary-progress-storage.ts. */
  itineraryProgress: 'haiphong-guide:itinerary-progress',
  /** The visitor's own plan (days of places), as versioned JSON; see src/stores/plan-storage.ts. */
  plan: 'haiphong-guide:plan',
  /** The languages for which the guide has said "ready to use offline", as versioned JSON; see src/pwa/offline-notices.ts. */
  offlineAnnounced: 'haiphong-guide:offline-announced',
} as const

/**
 * Where the text of damaged user data is kept, as it was, after the app
 * repaired it: nothing is lost, and the message about the repair is shown
 * for as long as the copy exists, until the visitor dismisses it (see
 * src/stores/versioned-storage.ts). Empty almost always.
 */
export const DAMAGED_KEYS = {
  favourites: `${STORAGE_KEYS.favourites}:damaged`,
  itineraryProgress: `${STORAGE_KEYS.itineraryProgress}:damaged`,
  plan: `${STORAGE_KEYS.plan}:damaged`,
} as const

/** Bump when the stored settings shape changes, and add a migration for the old one. */
export const SETTINGS_VERSION = 1

/** Bump when the stored favourites shape changes, and add a migration from the old one in favourites-storage.ts. */
export const FAVOURITES_VERSION = 1

/** Bump when the stored itinerary progress shape changes, and add a migration in itinerary-progress-storage.ts. */
export const ITINERARY_PROGRESS_VERSION = 1

/** Bump when the stored plan shape changes, and add a migration in plan-storage.ts. */
export const PLAN_VERSION = 1

/** Bump when the stored "ready offline was said" shape changes, and add a migration in src/pwa/offline-notices.ts. */
export const OFFLINE_ANNOUNCED_VERSION = 1

const CACHE_PREFIX = 'haiphong-guide'

/**
 * Cache Storage names. The precache (app shell, basemap, thumbnails) is
 * managed by Workbox under its own name; the rest are ours.
 */
export const CACHE_NAMES = {
  /** Workbox's precache gets this prefix, so every cache of the app is recognisable. */
  prefix: CACHE_PREFIX,
  /** One cache per offline pack: `<packPrefix><locale>` for a language's text, `<packPrefix>media` for photos and audio. */
  packPrefix: `${CACHE_PREFIX}-pack-`,
  /** Pack files fetched on use (a language never saved, a photo seen once): bounded, see src/pwa/sw/routes.ts. */
  runtime: `${CACHE_PREFIX}-runtime`,
} as const

/** How many files the on-use cache keeps before it drops the least recently used. */
export const RUNTIME_CACHE_MAX_ENTRIES = 80
