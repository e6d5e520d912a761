/**
 * `vite preview`, exactly as `npm start` runs it (the project's vite.config.ts,
 * host 127.0.0.1), on a free port and serving a given build folder. It sends
 * `Vary: Origin` on every file and compresses nothing, which is what found the
 * offline bug that a minimal server hid.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freePort, HOST, killOnExit, stopChild, waitUntilServing, type GuideServer } from './common'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const VITE_BIN = fileURLToPath(new URL('../../../../node_modules/vite/bin/vite.js', import.meta.url))

export async function startPreview(dir: string): Promise<GuideServer> {
  const port = await freePort()
  const url = `http://${HOST}:${port}`
  let root = dir
  let child: ChildProcess | undefined
  let log = ''
  const forget = killOnExit(() => child)

  async function start() {
    const args = ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', root]
    log = ''
    child = spawn(process.execPath, [VITE_BIN, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    })
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    await waitUntilServing(`${url}/`, child, () => log)
  }
  const stop = async () => {
    if (child) await stopChild(child)
  }

  await start()
  return {
    kind: 'vite preview',
    url,
    // vite preview reads its folder at start: a deploy is a restart on the new build.
    async serve(next) {
      await stop()
      root = next
      await start()
    },
    stop,
    restart: start,
    async close() {
      await stop()
      forget()
    },
  }
}
