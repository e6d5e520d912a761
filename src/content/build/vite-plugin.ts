/**
 * Vite plugin behind `virtual:content` (see ../virtual-content.d.ts). It
 * compiles the content folder with the same pipeline as `npm run
 * content:check`; the build fails on any content error, and the dev server
 * shows errors in its overlay and reloads when a content file changes.
 */
import path from 'node:path'
import type { DevEnvironment, Plugin } from 'vite'
import { LOCALES, type Locale } from '../schema.ts'
import { LOCALE_ID_PREFIX, MANIFEST_ID, localeModule, manifestModule } from './codegen.ts'
import { compileContent, type CompiledContent } from './compile.ts'
import { formatProblems } from './problems.ts'

export interface ContentPluginOptions {
  /** Absolute path of the content folder. */
  dir: string
}

const RESOLVED_PREFIX = '\0'

export function contentPlugin(options: ContentPluginOptions): Plugin {
  const dir = path.resolve(options.dir)
  let command: 'build' | 'serve' = 'serve'
  // The compiled content, shared by every module load until a content file changes.
  let compiled: Promise<CompiledContent> | undefined
  const compile = (): Promise<CompiledContent> => (compiled ??= compileContent(dir))
  // The editors' guide and the generated JSON Schemas are not content.
  const isContentFile = (file: string) =>
    file.startsWith(dir + path.sep) &&
    file !== path.join(dir, 'README.md') &&
    !file.startsWith(path.join(dir, 'schema') + path.sep)

  return {
    name: 'haiphong:content',

    configResolved(config) {
      command = config.command
    },

    async buildStart() {
      if (command !== 'build') return
      compiled = undefined
      const result = await compile()
      if (result.errorCount > 0) this.error(errorReport(result))
      const warnings = result.problems.length - result.errorCount
      if (warnings > 0) {
        this.warn(`content has ${warnings} warning${warnings === 1 ? '' : 's'}; \`npm run content:check\` lists them`)
      }
    },

    configureServer(server) {
      // Files outside the project root are not watched by default.
      server.watcher.add(dir)
    },

    resolveId(id) {
      if (id === MANIFEST_ID || id.startsWith(LOCALE_ID_PREFIX)) return RESOLVED_PREFIX + id
      return undefined
    },

    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX + MANIFEST_ID)) return undefined
      const result = await compile()
      if (result.errorCount > 0 || !result.output) {
        this.error({ message: errorReport(result), id: firstErrorFile(result) })
      }
      const output = result.output!
      if (id === RESOLVED_PREFIX + MANIFEST_ID) return manifestModule(output)

      const locale = id.slice((RESOLVED_PREFIX + LOCALE_ID_PREFIX).length) as Locale
      const content = (LOCALES as readonly string[]).includes(locale) ? output.locales[locale] : undefined
      if (!content)
        this.error(
          `There is no content module for locale "${locale}"; site.yaml lists ${Object.keys(output.locales).join(', ')}.`,
        )
      return localeModule(content!)
    },

    async hotUpdate({ file }) {
      if (this.environment.name !== 'client' || !isContentFile(file)) return undefined
      compiled = undefined
      invalidateVirtualModules(this.environment)
      const result = await compile()
      if (result.errorCount > 0 || !result.output) {
        this.environment.hot.send({
          type: 'error',
          err: { message: errorReport(result), stack: '', plugin: 'haiphong:content', id: firstErrorFile(result) },
        })
      } else {
        // Content is data for the whole app: reloading is simpler and safer than patching it.
        this.environment.hot.send({ type: 'full-reload' })
      }
      return []
    },
  }

  function errorReport(result: CompiledContent): string {
    const errors = result.problems.filter((p) => p.severity === 'error')
    const where = path.relative(process.cwd(), result.dir) || '.'
    const heading = result.output
      ? `The content in ${where}/ has ${errors.length} error${errors.length === 1 ? '' : 's'}`
      : `The content in ${where}/ cannot be built`
    return `${heading} (run \`npm run content:check\` for the full report):\n${formatProblems(errors)}`
  }

  function firstErrorFile(result: CompiledContent): string | undefined {
    const first = result.problems.find((p) => p.severity === 'error')
    return first ? path.join(dir, first.file) : undefined
  }
}

function invalidateVirtualModules(environment: DevEnvironment): void {
  for (const [id, module] of environment.moduleGraph.idToModuleMap) {
    if (id.startsWith(RESOLVED_PREFIX + MANIFEST_ID)) environment.moduleGraph.invalidateModule(module)
  }
}
