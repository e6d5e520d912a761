/**
 * Names the app writes into the browser's storage, in one place so that a
 * rename or a version bump is a single, visible change (and so that a future
 * "clear my data" button can list everything the app keeps).
 */
export const STORAGE_KEYS = {
  /** User settings (locale, theme) as versioned JSON; see src/stores/settings-storage.ts. */
  settings: 'haiphong-guide:settings',
} as const

/** Bump when the stored settings shape changes, and add a migration for the old one. */
export const SETTINGS_VERSION = 1
