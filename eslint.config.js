// @ts-check
/**
 * One lint config for the whole repo (ESLint flat config).
 *
 * Formatting is Prettier's job (.prettierrc.json): every layout rule is off
 * here, so the two never disagree. What ESLint adds is correctness and the
 * rules that keep the layers apart (see /work/shared/STYLE.md, habits 1-2).
 *
 * This file is JavaScript, not TypeScript: ESLint needs `jiti` to load a
 * TypeScript config on Node 20, and one more dependency is not worth it.
 */
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/** Imports that would tie pure domain logic to the framework, the DOM or the build. */
const DOMAIN_FORBIDDEN_IMPORTS = {
  paths: [
    { name: 'vue', message: 'src/domain is pure TypeScript: move reactive glue to a store or composable.' },
    { name: 'pinia', message: 'src/domain is pure TypeScript: state belongs in src/stores.' },
    { name: 'vue-router', message: 'src/domain is pure TypeScript: pass route data in as arguments.' },
    { name: 'vue-i18n', message: 'src/domain is pure TypeScript: pass the locale in as an argument.' },
    { name: 'maplibre-gl', message: 'Only src/map may import maplibre-gl.' },
    { name: 'virtual:content', message: 'src/domain takes content as arguments; stores load it.' },
  ],
  patterns: [
    {
      group: ['@vue/*', 'workbox-*', 'node:*'],
      message: 'src/domain runs in the browser and in tests alike: no framework, service-worker or Node imports.',
    },
    {
      group: [
        '@/components',
        '@/components/*',
        '@/views',
        '@/views/*',
        '@/stores',
        '@/stores/*',
        '@/composables',
        '@/composables/*',
        '@/router',
        '@/router/*',
        '@/map',
        '@/map/*',
        '@/pwa',
        '@/pwa/*',
        '@/i18n',
        '@/i18n/*',
        '**/*.vue',
        '../components/*',
        '../views/*',
        '../stores/*',
        '../composables/*',
        '../router/*',
        '../map/*',
        '../pwa/*',
        '../i18n/*',
      ],
      message: 'src/domain must not depend on the app layers above it; pass what it needs as arguments.',
    },
  ],
}

/** Files that run in Node: build scripts, configs, tests and tooling. */
const NODE_FILES = [
  '*.config.{js,ts}',
  'scripts/**/*.ts',
  'deploy/**/*.ts',
  'tests/**/*.ts',
  'src/content/build/**/*.ts',
  '.ci/**/*.ts',
]

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'content/schema/**', 'test-results/**'],
  },

  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  // Prettier formats templates too; eslint-plugin-vue ships this switch for exactly that.
  vue.configs['no-layout-rules'],

  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },

  {
    files: ['**/*.{ts,vue}'],
    rules: {
      // TypeScript already reports undefined names, and knows the DOM and Node globals.
      'no-undef': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    // The app may warn or report errors in the console, but must not leave debugging output behind.
    files: ['src/**/*.{ts,vue}'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // Command-line tools print their results.
    files: NODE_FILES,
    rules: { 'no-console': 'off' },
  },

  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', DOMAIN_FORBIDDEN_IMPORTS],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'].map((name) => ({
          name,
          message: `src/domain is pure: take ${name} (or what you need from it) as an argument.`,
        })),
      ],
    },
  },
)
