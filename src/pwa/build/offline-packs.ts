/**
 * Build side of the offline packs (src/pwa/packs.ts): finds, in the finished
 * bundle, the files each pack holds and writes them to /offline-packs.json.
 * The same list then takes those files out of the precache (see
 * `withoutPackFiles`) and is compiled into the service worker
 * (`offlinePacksModule`), so page, worker and precache never disagree.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin, Rolldown } from 'vite'
import type { ManifestTransform } from 'workbox-build'
import { AUDIO_EXTENSIONS } from '../../content/schema.ts'
import { PACKS_URL, allPackUrls, parsePacks, type OfflinePacks, type PackFile } from '../packs.ts'

export interface OfflinePacksOptions {
  /** The language a module's text belongs to (its content chunk, its UI messages), if any. */
  localeOf(moduleId: string): string | undefined
  /** Whether an asset, by its source path relative to the project root, is a full-size photo or audio file. */
  isMedia(originalFileName: string): boolean
}

const FILE_NAME = PACKS_URL.slice(1)
const VIRTUAL_ID = 'virtual:offline-packs'

/**
 * Full-size photos and every kind of recording content may hold (`audio:` in
 * meta.yaml) are saved on request; SVG covers and route files are small and precached.
 */
const MEDIA_FILE = new RegExp(`\\.(jpe?g|png|webp|avif|aac|${AUDIO_EXTENSIONS.join('|')})$`, 'i')

/** The usual `isMedia`: by file extension. */
export function isMediaFile(originalFileName: string): boolean {
  return MEDIA_FILE.test(originalFileName)
}

/** Pure: the packs of a bundle (chunks keyed by file name, as Rolldown gives them). */
export function collectPacks(bundle: Rolldown.OutputBundle, options: OfflinePacksOptions, base = '/'): OfflinePacks {
  const locales: Record<string, PackFile[]> = {}
  const media: PackFile[] = []
  const fileOf = (fileName: string, source: string | Uint8Array): PackFile => ({
    url: `${base}${fileName}`,
    bytes: typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength,
  })
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') {
      // A language's chunk is the one whose entry module is that language's text.
      const locale = output.facadeModuleId ? options.localeOf(output.facadeModuleId) : undefined
      if (locale) (locales[locale] ??= []).push(fileOf(output.fileName, output.code))
    } else if (output.originalFileNames.some((name) => options.isMedia(name))) {
      media.push(fileOf(output.fileName, output.source))
    }
  }
  const byUrl = (a: PackFile, b: PackFile) => a.url.localeCompare(b.url)
  for (const files of Object.values(locales)) files.sort(byUrl)
  media.sort(byUrl)
  const sorted = Object.fromEntries(Object.entries(locales).sort(([a], [b]) => a.localeCompare(b)))
  const version = createHash('sha256').update(JSON.stringify({ sorted, media })).digest('hex').slice(0, 16)
  return { version, locales: sorted, media }
}

/** Emits /offline-packs.json into the app's build. */
export function offlinePacksPlugin(options: OfflinePacksOptions): Plugin {
  let base = '/'
  return {
    name: 'haiphong-guide:offline-packs',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    generateBundle: {
      // After every other plugin has added its chunks and assets.
      order: 'post',
      handler(_, bundle) {
        const packs = collectPacks(bundle, options, base)
        this.emitFile({ type: 'asset', fileName: FILE_NAME, source: `${JSON.stringify(packs, null, 1)}\n` })
      },
    },
  }
}

/** Reads the pack list the app's build wrote into `outDir`. */
export function readPacks(outDir: string): OfflinePacks {
  const file = path.join(outDir, FILE_NAME)
  try {
    return parsePacks(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    throw new Error(
      `Could not read ${file}, which offlinePacksPlugin writes during the app's build: ${(error as Error).message}`,
      { cause: error },
    )
  }
}

/**
 * A Workbox manifest transform: pack files are downloaded on request, not
 * precached. (Workbox lists URLs relative to the output folder, without the base.)
 */
export function withoutPackFiles(outDir: string, base = '/'): ManifestTransform {
  return async (entries) => {
    const packUrls = allPackUrls(readPacks(outDir))
    return { manifest: entries.filter((entry) => !packUrls.has(`${base}${entry.url}`)), warnings: [] }
  }
}

/** For the service worker's build: `import packs from 'virtual:offline-packs'`. */
export function offlinePacksModule(outDir: string): Plugin {
  return {
    name: 'haiphong-guide:offline-packs-module',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: (id) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(readPacks(outDir))}` : undefined),
  }
}
