/** Compiled into the service worker by offlinePacksModule (src/pwa/build/offline-packs.ts). */
declare module 'virtual:offline-packs' {
  import type { OfflinePacks } from '../packs'
  /** The pack list of this build. */
  const packs: OfflinePacks
  export default packs
}
