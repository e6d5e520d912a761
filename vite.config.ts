import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'
import { contentPlugin } from './src/content/build/vite-plugin.ts'

export default defineConfig({
  plugins: [
    vue(),
    vueI18n({
      // UI messages are precompiled at build time, so the app ships no
      // message compiler and runs under a strict Content-Security-Policy.
      include: [fileURLToPath(new URL('./src/i18n/messages/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    contentPlugin({ dir: fileURLToPath(new URL('./content', import.meta.url)) }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
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
})
