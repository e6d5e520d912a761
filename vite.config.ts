import path from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type UserConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { compression } from 'vite-plugin-compression2'
import { headersFilePlugin, previewServerPlugin } from './deploy/vite-plugins.ts'
import { contentPlugin } from './src/content/build/vite-plugin.ts'
import { LOCALE_ID_PREFIX } from './src/content/build/codegen.ts'
import { webManifestPlugin } from './src/pwa/build/web-manifest-plugin.ts'
import { isMediaFile, offlinePacksModule, offlinePacksPlugin, withoutPackFiles } from './src/pwa/build/offline-packs.ts'
import { afterSuccessfulBuild } from './src/pwa/build/after-successful-build.ts'

const ROOT = fileURLToPath(new URL('.', import.meta.url))

export interface AppConfigOptions {
  /** The content folder to build (default: content/). Tests build other content this way. */
  contentDir?: string
  /** Where the build goes (default: dist/). */
  outDir?: string
}

/** Precached files can be large (the basemap); anything bigger fails the build instead of being skipped. */
const MAX_PRECACHE_FILE_BYTES = 8 * 1024 * 1024

const MESSAGES_DIR = path.join(ROOT, 'src/i18n/messages')

/** The language whose text a module holds: a content chunk or a UI message file. */
function localeOfModule(id: string): string | undefined {
  const content = id.match(new RegExp(`^\\0${LOCALE_ID_PREFIX}(.+)$`))
  if (content) return content[1]
  const messages = path.relative(MESSAGES_DIR, id.split('?')[0]!).match(/^([a-z]{2,3}(?:-[A-Za-z]+)?)\.json$/)
  return messages?.[1]
}

/** The app's whole build configuration, as a function so tests can build other content into another folder. */
export function appConfig(options: AppConfigOptions = {}): UserConfig {
  const contentDir = options.contentDir ?? path.join(ROOT, 'content')
  const outDir = path.resolve(ROOT, options.outDir ?? 'dist')
  return {
    root: ROOT,
    plugins: [
      vue(),
      vueI18n({
        // UI messages are precompiled at build time, so the app ships no
        // message compiler and runs under a strict Content-Security-Policy.
        include: [path.join(MESSAGES_DIR, '**')],
        runtimeOnly: true,
        compositionOnly: true,
        fullInstall: false,
        strictMessage: false,
      }),
      contentPlugin({ dir: contentDir }),
      webManifestPlugin({ contentDir }),
      offlinePacksPlugin({
        localeOf: localeOfModule,
        // Full-size photos and audio are saved on request; SVG covers and route files are small and precached.
        isMedia: isMediaFile,
      }),
      // The service worker is built only from a finished app build (see after-successful-build.ts).
      ...afterSuccessfulBuild(
        VitePWA({
          strategies: 'injectManifest',
          srcDir: 'src/pwa/sw',
          filename: 'sw.ts',
          // Registered by src/pwa/pwa-state.ts with workbox-window, which drives the update prompt.
          injectRegister: false,
          // The web app manifests are per language: see webManifestPlugin.
          manifest: false,
          injectManifest: {
            globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,webmanifest,json,geojson,pmtiles}'],
            // Home-screen icons are fetched by the OS at install time, not by pages.
            globIgnores: ['icons/**'],
            maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
            manifestTransforms: [withoutPackFiles(outDir)],
            buildPlugins: { vite: [offlinePacksModule(outDir)] },
          },
        }),
      ),
      // Brotli and gzip copies beside each text file, for servers that send them as they are
      // (deploy/nginx.conf: brotli_static, gzip_static). Source maps (.map) are left out: they are for developers.
      compression({
        algorithms: ['brotliCompress', 'gzip'],
        include: /\.(html|css|js|mjs|json|webmanifest|geojson|svg|txt)$/,
        threshold: 1024,
      }),
      headersFilePlugin(),
      previewServerPlugin(),
    ],
    resolve: {
      alias: { '@': path.join(ROOT, 'src') },
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      rolldownOptions: {
        output: {
          // One named, long-cached chunk for the framework, so it is not named
          // after whichever app module Rolldown happened to group it with.
          advancedChunks: {
            groups: [{ name: 'vendor', test: /node_modules[\\/](@?vue|vue-router|pinia|vue-i18n|@intlify)/ }],
          },
        },
      },
    },
  }
}

export default defineConfig(appConfig())
