/**
 * Production builds of edited content, for the update test: "version B" of
 * the guide is the bundled content with a change, built with the app's own
 * Vite configuration (vite.config.ts) into a temporary folder.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { appConfig } from '../../../vite.config.ts'

const CONTENT = fileURLToPath(new URL('../../../content', import.meta.url))

export interface Build {
  dir: string
  remove(): void
}

/** Builds a copy of content/ after `edit` has changed it. */
export async function buildEditedContent(edit: (contentDir: string) => void): Promise<Build> {
  const work = mkdtempSync(path.join(tmpdir(), 'haiphong-guide-variant-'))
  // Readable by nginx's workers, which run as another user when the tests run as root.
  chmodSync(work, 0o755)
  const contentDir = path.join(work, 'content')
  const outDir = path.join(work, 'dist')
  cpSync(CONTENT, contentDir, { recursive: true })
  edit(contentDir)
  await build({ ...appConfig({ contentDir, outDir }), configFile: false, logLevel: 'error' })
  return { dir: outDir, remove: () => rmSync(work, { recursive: true, force: true }) }
}

/** Rewrites the `name:` line of an entity's front matter. */
export function renameEntity(contentDir: string, file: string, rename: (name: string) => string): void {
  const full = path.join(contentDir, file)
  const text = readFileSync(full, 'utf8')
  const edited = text.replace(/^name: (.*)$/m, (_, name: string) => `name: ${rename(name.replace(/^"|"$/g, ''))}`)
  if (edited === text) throw new Error(`${file} has no \`name:\` line to edit.`)
  writeFileSync(full, edited)
}
