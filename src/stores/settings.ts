/**
 * User settings: the chosen language and the colour theme. Persisted on every
 * change. The storage is injected (`settingsStorageKey`) so tests and other
 * hosts can pass their own; by default it is the browser's localStorage.
 */
import { defineStore } from 'pinia'
import { inject, ref, watch, type InjectionKey } from 'vue'
import type { Locale } from '@/content/schema'
import {
  browserStorage,
  loadSettings,
  saveSettings,
  THEMES,
  type KeyValueStorage,
  type SettingsProblem,
  type Theme,
} from './settings-storage'

export const settingsStorageKey: InjectionKey<KeyValueStorage> = Symbol('settings-storage')

export const useSettingsStore = defineStore('settings', () => {
  const storage = inject(settingsStorageKey, null) ?? browserStorage(typeof window === 'undefined' ? undefined : window)
  const loaded = loadSettings(storage)

  const locale = ref<Locale | null>(loaded.settings.locale)
  const theme = ref<Theme>(loaded.settings.theme)
  /** Why the saved settings were dropped, until the user dismisses the message. */
  const problem = ref<SettingsProblem | null>(loaded.problem)

  const persist = () => saveSettings(storage, { locale: locale.value, theme: theme.value })
  // Overwrite damaged data at once, so the message is shown only once.
  if (loaded.problem === 'corrupt') persist()
  watch([locale, theme], persist, { flush: 'sync' })

  function setLocale(next: Locale) {
    locale.value = next
  }

  function setTheme(next: Theme) {
    theme.value = next
  }

  /** system → light → dark → system, for a single toggle button. */
  function cycleTheme() {
    theme.value = nextTheme(theme.value)
  }

  function dismissProblem() {
    problem.value = null
  }

  return { locale, theme, problem, setLocale, setTheme, cycleTheme, dismissProblem }
})

export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system'
}
