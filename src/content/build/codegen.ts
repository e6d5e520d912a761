/**
 * JavaScript source of the `virtual:content` modules. Pure string building,
 * kept apart from the plugin so it can be tested without Vite.
 */
import type { Locale } from '../schema.ts'
import type { LocaleContent } from '../model.ts'
import type { ContentOutput } from './output.ts'

export const MANIFEST_ID = 'virtual:content'
export const LOCALE_ID_PREFIX = 'virtual:content/locale/'

/**
 * The manifest module. Asset files are imported (not inlined) so the dev
 * server serves them and the build emits hashed files; each locale's text
 * is a dynamic import, so the build emits one chunk per locale.
 */
export function manifestModule(output: ContentOutput): string {
  const imports = output.assets.map((file, i) => `import __asset${i} from ${JSON.stringify(`${file}?url&no-inline`)}`)
  const manifest = JSON.stringify(output.manifest, null, 1).replace(
    /"__CONTENT_ASSET_(\d+)__"/g,
    (_, i: string) => `__asset${i}`,
  )
  const locales = Object.keys(output.locales) as Locale[]
  const loaders = locales
    .map((l) => `  ${JSON.stringify(l)}: () => import(${JSON.stringify(LOCALE_ID_PREFIX + l)}),`)
    .join('\n')
  return `${imports.join('\n')}
export const manifest = ${manifest}
const loaders = {
${loaders}
}
export function loadLocaleContent(locale) {
  const load = Object.prototype.hasOwnProperty.call(loaders, locale) ? loaders[locale] : undefined
  if (!load) {
    return Promise.reject(new Error(\`There is no content for locale "\${locale}"; site.yaml offers ${locales.join(', ')}.\`))
  }
  return load().then((m) => m.default)
}
`
}

/** One locale's text; JSON.parse of a string literal is faster to start than an object literal. */
export function localeModule(content: LocaleContent): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))})\n`
}
