/**
 * Vite plugin for installing the guide: one web app manifest per site locale
 * (`manifest-<locale>.webmanifest`) and the icons from content/brand/icons/
 * (`icons/<file>`), at the output root under stable names, because installed
 * apps keep their URLs for years. `vite dev` serves the same files from
 * memory, and index.html gets the default locale's manifest link (the app
 * switches it with the UI language, see src/pwa/manifest-link.ts).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HtmlTagDescriptor, Logger, Plugin } from 'vite'
import { parse } from 'yaml'
import { z } from 'zod'
import { fallbackChain } from '../../content/build/localize.ts'
import { siteSchema, type Locale } from '../../content/schema.ts'
import {
  APPLE_TOUCH_ICON,
  BRAND_ICONS,
  ICONS_DIR,
  SHORTCUTS,
  SHORT_NAME_MAX,
  manifestFileName,
  webManifest,
  type BrandColours,
  type ManifestMessages,
} from './web-manifest.ts'

export interface WebManifestPluginOptions {
  /** Absolute path of the content folder (site.yaml, brand/). */
  contentDir: string
  /** The UI message files, <locale>.json; src/i18n/messages by default. */
  messagesDir?: string
}

export interface WebAppFile {
  /** Path from the output root, e.g. `manifest-vi.webmanifest` or `icons/icon-192.png`. */
  fileName: string
  source: string | Uint8Array
  contentType: 'application/manifest+json' | 'image/png'
}

export interface WebAppFiles {
  /** The first locale in site.yaml: the manifest index.html links to. */
  defaultLocale: Locale
  files: WebAppFile[]
  warnings: string[]
}

const DEFAULT_MESSAGES_DIR = fileURLToPath(new URL('../../i18n/messages/', import.meta.url))

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write a colour as #rrggbb')
const brandSchema = z.strictObject({ theme_color: hexColour, background_color: hexColour })

/** Reads content and messages and builds every file the plugin serves; throws an Error for people. */
export async function loadWebAppFiles(options: {
  contentDir: string
  messagesDir?: string
  base?: string
}): Promise<WebAppFiles> {
  const { contentDir, messagesDir = DEFAULT_MESSAGES_DIR, base = '/' } = options
  const site = await readYaml(path.join(contentDir, 'site.yaml'), siteSchema, 'run `npm run content:check` for details')
  const colours: BrandColours = await readYaml(
    path.join(contentDir, 'brand', 'brand.yaml'),
    brandSchema,
    'it holds theme_color and background_color, see content/brand/README.md',
  )
  const messageFiles = await readMessages(messagesDir, site.locales)

  const warnings: string[] = []
  const files: WebAppFile[] = site.locales.map((locale) => {
    const manifest = webManifest({ locale, site, colours, base, messages: manifestMessages(messageFiles, locale) })
    if ([...manifest.short_name].length > SHORT_NAME_MAX) {
      warnings.push(
        `the ${locale} short_name "${manifest.short_name}" (the city name in site.yaml) is longer than ` +
          `${SHORT_NAME_MAX} characters; home screens may cut it`,
      )
    }
    return {
      fileName: manifestFileName(locale),
      source: `${JSON.stringify(manifest, null, 2)}\n`,
      contentType: 'application/manifest+json',
    }
  })
  for (const icon of BRAND_ICONS) {
    const file = path.join(contentDir, 'brand', 'icons', icon.file)
    const bytes = await readFile(file).catch((error: unknown) => {
      throw new Error(
        `${show(file)} cannot be read (${reason(error)}). The web app manifests list it as an app icon. ` +
          'Run `npm run icons` to draw the icons from content/brand/*.svg.',
        { cause: error },
      )
    })
    files.push({ fileName: `${ICONS_DIR}/${icon.file}`, source: new Uint8Array(bytes), contentType: 'image/png' })
  }
  return { defaultLocale: site.locales[0]!, files, warnings }
}

/** Link tags for index.html: the manifest of the default locale and the iOS home-screen icon. */
function headTags(defaultLocale: Locale, base = '/'): HtmlTagDescriptor[] {
  return [
    { tag: 'link', attrs: { rel: 'manifest', href: `${base}${manifestFileName(defaultLocale)}` }, injectTo: 'head' },
    {
      tag: 'link',
      attrs: { rel: 'apple-touch-icon', href: `${base}${ICONS_DIR}/${APPLE_TOUCH_ICON}` },
      injectTo: 'head',
    },
  ]
}

export function webManifestPlugin(options: WebManifestPluginOptions): Plugin {
  const contentDir = path.resolve(options.contentDir)
  const messagesDir = path.resolve(options.messagesDir ?? DEFAULT_MESSAGES_DIR)
  let base = '/'
  let command: 'build' | 'serve' = 'serve'
  let logger: Logger | undefined
  // Shared by the hooks of one build, and by dev requests until an input changes.
  let loaded: Promise<WebAppFiles> | undefined
  const load = () => (loaded ??= loadWebAppFiles({ contentDir, messagesDir, base }))
  const isInput = (file: string) =>
    file === path.join(contentDir, 'site.yaml') ||
    file.startsWith(path.join(contentDir, 'brand') + path.sep) ||
    file.startsWith(messagesDir + path.sep)

  return {
    name: 'haiphong:web-manifest',

    configResolved(config) {
      base = config.base
      command = config.command
      logger = config.logger
    },

    async buildStart() {
      if (command !== 'build') return
      loaded = undefined
      try {
        for (const warning of (await load()).warnings) this.warn(warning)
      } catch (error) {
        this.error(`The web app manifests cannot be built: ${reason(error)}`)
      }
    },

    async generateBundle() {
      if (command !== 'build') return
      for (const { fileName, source } of (await load()).files) this.emitFile({ type: 'asset', fileName, source })
    },

    configureServer(server) {
      server.watcher.add(path.join(contentDir, 'brand'))
      server.watcher.on('all', (_event, file) => {
        if (isInput(file)) loaded = undefined
      })
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0]!
        if (!pathname.startsWith(base)) return next()
        const fileName = pathname.slice(base.length)
        if (!fileName.endsWith('.webmanifest') && !fileName.startsWith(`${ICONS_DIR}/`)) return next()
        load().then(
          ({ files }) => {
            const file = files.find((f) => f.fileName === fileName)
            if (!file) return next()
            res.setHeader('Content-Type', file.contentType)
            res.setHeader('Cache-Control', 'no-cache')
            res.end(file.source)
          },
          (error: unknown) => {
            logger?.error(`[web-manifest] ${reason(error)}`)
            res.statusCode = 500
            res.setHeader('Content-Type', 'text/plain; charset=utf-8')
            res.end(reason(error))
          },
        )
      })
    },

    async transformIndexHtml() {
      try {
        return headTags((await load()).defaultLocale, base)
      } catch (error) {
        // The build already failed in buildStart; in dev, keep the app usable and say why.
        if (command === 'build') throw error
        logger?.error(`[web-manifest] no manifest link in index.html: ${reason(error)}`)
        return []
      }
    },
  }
}

async function readYaml<S extends z.ZodType>(file: string, schema: S, hint: string): Promise<z.output<S>> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`${show(file)} cannot be read (${reason(error)}); ${hint}.`, { cause: error })
  })
  let value: unknown
  try {
    value = parse(text)
  } catch (error) {
    throw new Error(`${show(file)} is not valid YAML (${reason(error)}); ${hint}.`, { cause: error })
  }
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    throw new Error(`${show(file)} is invalid (${where}${issue.message}); ${hint}.`)
  }
  return result.data
}

type MessageFiles = Partial<Record<Locale, { file: string; json: unknown }>>

/** The message files of the site locales and of their fallbacks. */
async function readMessages(dir: string, locales: readonly Locale[]): Promise<MessageFiles> {
  const needed = [...new Set(locales.flatMap(fallbackChain))]
  const entries = await Promise.all(
    needed.map(async (locale) => {
      const file = path.join(dir, `${locale}.json`)
      try {
        return [locale, { file, json: JSON.parse(await readFile(file, 'utf8')) as unknown }] as const
      } catch (error) {
        throw new Error(
          `${show(file)} cannot be read as JSON (${reason(error)}). ` +
            'The web app manifests take the app name and shortcut labels from it; fix or restore the file.',
          { cause: error },
        )
      }
    }),
  )
  return Object.fromEntries(entries)
}

/** The manifest's messages in `locale`, each falling back as the app's do (English, then Vietnamese). */
function manifestMessages(files: MessageFiles, locale: Locale): ManifestMessages {
  const pick = (key: string): string => {
    for (const l of fallbackChain(locale)) {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (isRecord(node) ? node[part] : undefined), files[l]?.json)
      if (typeof value === 'string' && value !== '') return value
    }
    throw new Error(
      `${show(files[locale]!.file)} has no text for "${key}" (nor do its fallbacks). ` +
        'The web app manifest needs it; add it to the message files.',
    )
  }
  const nav = Object.fromEntries(SHORTCUTS.map((id) => [id, pick(`nav.${id}`)])) as ManifestMessages['nav']
  return { guideName: pick('app.guideName'), nav }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function show(file: string): string {
  return path.relative(process.cwd(), file) || file
}

function reason(error: unknown): string {
  if (isRecord(error) && error.code === 'ENOENT') return 'the file does not exist'
  return error instanceof Error ? error.message : String(error)
}
