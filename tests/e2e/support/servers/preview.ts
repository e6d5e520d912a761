/**
 * `vite preview`, exactly as `npm start` runs it (the project's vite.config.ts,
 * host 127.0.0.1), on a free port and serving a given build folder. It sends
 * `Vary: Origin` on every file and compresses nothing, which is what found the
 * offline bug that a minimal server hid.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { HOST, startProcessServer, type GuideServer } from './common'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const VITE_BIN = fileURLToPath(new URL('../../../../node_modules/vite/bin/vite.js', import.meta.url))

export function startPreview(dir: string): Promise<GuideServer> {
  return startProcessServer('vite preview', dir, (root, port) => {
    const args = ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', root]
    const child = spawn(process.execPath, [VITE_BIN, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    })
    let log = ''
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    return { child, output: () => log }
  })
}
