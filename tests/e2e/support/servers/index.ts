/**
 * The servers the offline, update and deploy tests run against, one leg
 * each: `vite preview` as `npm start` runs it, nginx with deploy/nginx.conf,
 * and a CDN-like host that reads the build's `_headers`.
 */
import { startCdn } from './cdn'
import type { GuideServer, ServerKind } from './common'
import { startNginx } from './nginx'
import { startPreview } from './preview'

export type { GuideServer, ServerKind } from './common'
export { snapshotBuild, type Snapshot } from './common'

export const SERVER_KINDS: readonly ServerKind[] = ['vite preview', 'nginx', 'cdn']

export function startServer(kind: ServerKind, dir: string): Promise<GuideServer> {
  if (kind === 'vite preview') return startPreview(dir)
  if (kind === 'nginx') return startNginx(dir)
  return startCdn(dir)
}
