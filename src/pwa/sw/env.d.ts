/// <reference lib="webworker" />
import type { PrecacheEntry } from 'workbox-precaching'

declare global {
  interface ServiceWorkerGlobalScope {
    /** Replaced at build time by the precache list (vite-plugin-pwa, injectManifest). */
    __WB_MANIFEST: (PrecacheEntry | string)[]
  }
}
