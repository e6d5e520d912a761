/**
 * Wires the app together: content from the build (virtual:content), UI
 * messages, the settings store and the router. The only module that imports
 * virtual:content; everything else receives it through injection keys.
 */
import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import { createWebHistory } from 'vue-router'
import { loadLocaleContent, manifest } from 'virtual:content'
import App from './App.vue'
import { catalogKey, createCatalog } from './composables/catalog'
import { createLocaleContentState, localeContentKey } from './composables/locale-content'
import { createSearchIndexState, searchIndexKey } from './composables/search'
import { createAppI18n } from './i18n'
import { pickLocale } from './i18n/locales'
import { createInstallPrompt, installPromptKey } from './pwa/install-prompt'
import { createOfflineNotices, offlineNoticesKey } from './pwa/offline-notices'
import { createOfflinePacks, offlinePacksKey } from './pwa/offline-packs-state'
import { createPwaState, pwaKey } from './pwa/pwa-state'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import { browserStorage } from './stores/settings-storage'
import './styles/fonts.css'
import './styles/tokens.css'
import './styles/base.css'
import './styles/print.css'

const app = createApp(App)
// Listening starts before mount: Chromium may fire beforeinstallprompt before the app renders.
app.provide(installPromptKey, createInstallPrompt())
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

// The service worker exists only in the production build (vite-plugin-pwa builds it).
const pwa = createPwaState({ scriptUrl: import.meta.env.PROD ? `${import.meta.env.BASE_URL}sw.js` : undefined })
const offlinePacks = createOfflinePacks({
  caches: window.caches,
  fetch: window.fetch.bind(window),
  storage: navigator.storage,
  appFiles: pwa.appFiles,
})
const offlineNotices = pwa.enabled
  ? createOfflineNotices({ pwa, offline: offlinePacks, storage: browserStorage(window) })
  : undefined

app.provide(catalogKey, catalog)
app.provide(localeContentKey, content)
app.provide(searchIndexKey, createSearchIndexState(content))
app.provide(pwaKey, pwa)
app.provide(offlinePacksKey, offlinePacks)
if (offlineNotices) app.provide(offlineNoticesKey, offlineNotices)
app.use(i18n)
app.use(router)

try {
  // The first page renders complete, in its language, instead of flashing the default.
  await router.isReady()
} finally {
  // Mount even if the first navigation failed: a page with a header and an error beats a blank one.
  app.mount('#app')
}

if (offlineNotices) {
  // The language in use is kept on the device, so it opens offline next time, and the guide
  // says when it is ready. (Watched from here, after the first navigation set the page's language.)
  watch(i18n.global.locale, (locale) => void offlineNotices.keepAndCheck(locale), { immediate: true })
}
