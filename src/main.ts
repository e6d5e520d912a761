/**
 * Wires the app together: content from the build (virtual:content), UI
 * messages, the settings store and the router. The only module that imports
 * virtual:content; everything else receives it through injection keys.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { createWebHistory } from 'vue-router'
import { loadLocaleContent, manifest } from 'virtual:content'
import App from './App.vue'
import { catalogKey, createCatalog } from './composables/catalog'
import { createLocaleContentState, localeContentKey } from './composables/locale-content'
import { createAppI18n } from './i18n'
import { pickLocale } from './i18n/locales'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import './styles/fonts.css'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)

const settings = useSettingsStore(pinia)
const catalog = createCatalog(manifest)
const content = createLocaleContentState(loadLocaleContent)
const i18n = createAppI18n()

const router = createAppRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  i18n,
  content,
  catalog,
  preferredLocale: () => pickLocale(settings.locale, navigator.languages ?? [navigator.language]),
})

app.provide(catalogKey, catalog)
app.provide(localeContentKey, content)
app.use(i18n)
app.use(router)

try {
  // The first page renders complete, in its language, instead of flashing the default.
  await router.isReady()
} finally {
  // Mount even if the first navigation failed: a page with a header and an error beats a blank one.
  app.mount('#app')
}
