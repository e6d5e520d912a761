/**
 * The production build as most tests see it: `vite preview` (as `npm start`
 * serves it) on a private snapshot of dist/, so a `npm run build` started
 * while the tests run (by an editor, or another terminal) cannot pull files
 * from under them.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { snapshotBuild } from './servers/common'
import { startPreview } from './servers/preview'

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url))

export function hasBuild(): boolean {
  return existsSync(`${DIST}/index.html`)
}

export interface PreviewServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string
  stop(): Promise<void>
}

export async function previewDist(): Promise<PreviewServer> {
  if (!hasBuild()) {
    throw new Error(
      'dist/index.html is missing: the end-to-end tests run against the production build. Run `npm run build` first.',
    )
  }
  const snapshot = snapshotBuild(DIST)
  try {
    const server = await startPreview(snapshot.dir)
    const stop = async () => {
      await server.close()
      snapshot.remove()
    }
    return { url: server.url, stop }
  } catch (error) {
    snapshot.remove()
    throw error
  }
}
