/**
 * The map's theme: the user's choice, or the system's when they chose
 * "system" (MapLibre cannot read CSS light-dark(), so the style needs a
 * definite theme). The media query listener is removed with the scope.
 */
import { storeToRefs } from 'pinia'
import { computed, getCurrentScope, onScopeDispose, ref, type ComputedRef } from 'vue'
import { useSettingsStore } from '@/stores/settings'
import type { MapTheme } from './palette'

export function useMapTheme(options: { window?: Pick<Window, 'matchMedia'> } = {}): ComputedRef<MapTheme> {
  const { theme } = storeToRefs(useSettingsStore())
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window)
  const query = win?.matchMedia?.('(prefers-color-scheme: dark)')
  const systemDark = ref(query?.matches ?? false)
  const onChange = (event: MediaQueryListEvent) => (systemDark.value = event.matches)
  query?.addEventListener('change', onChange)
  if (getCurrentScope()) onScopeDispose(() => query?.removeEventListener('change', onChange))
  return computed(() => (theme.value === 'system' ? (systemDark.value ? 'dark' : 'light') : theme.value))
}
