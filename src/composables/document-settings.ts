/**
 * Reflects the UI language and the theme on <html>: `lang` for screen
 * readers, hyphenation and CJK font choice; `data-theme` for the CSS, which
 * otherwise follows prefers-color-scheme.
 */
import { watchEffect, type Ref } from 'vue'
import type { Theme } from '@/stores/settings-storage'

export function useDocumentSettings(options: { locale: Ref<string>; theme: Ref<Theme>; doc?: Document }): void {
  const root = (options.doc ?? document).documentElement
  watchEffect(() => {
    root.lang = options.locale.value
  })
  watchEffect(() => {
    if (options.theme.value === 'system') delete root.dataset.theme
    else root.dataset.theme = options.theme.value
  })
}
