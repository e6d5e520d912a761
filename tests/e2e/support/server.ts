/**
 * Serves the production build (dist/) with `vite preview` on a free local
 * port, and makes sure the server is stopped however the process ends.
 *
 * It serves a private copy of dist/, so a `npm run build` started while the
 * tests run (by an editor, or another terminal) cannot pull files from under them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const VITE_BIN = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url))
const HOST = '127.0.0.1'
const READY_TIMEOUT_MS = 30_000

export interface PreviewServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string
  stop(): Promise<void>
}

export function hasBuild(): boolean {
  return existsSync(`${ROOT}dist/index.html`)
}

/** Asks the OS for a port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited with code ${child.exitCode} before serving.\n${output()}`)
    }
    try {
      const response = await fetch(`${url}/`)
      if (response.ok) return
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s.\n${output()}`)
}

export async function startPreview(): Promise<PreviewServer> {
  if (!hasBuild()) {
    throw new Error(
      'dist/index.html is missing: the end-to-end tests run against the production build. Run `npm run build` first.',
    )
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'haiphong-guide-dist-'))
  cpSync(`${ROOT}dist`, snapshot, { recursive: true })
  const port = await freePort()
  const url = `http://${HOST}:${port}`
  const args = ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', snapshot]
  const child = spawn(process.execPath, [VITE_BIN, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))

  // A last resort for abrupt exits; the normal path awaits stop().
  const killOnExit = () => {
    child.kill('SIGKILL')
    rmSync(snapshot, { recursive: true, force: true })
  }
  process.once('exit', killOnExit)
  const stop = async () => {
    process.removeListener('exit', killOnExit)
    await stopChild(child)
    rmSync(snapshot, { recursive: true, force: true })
  }

  try {
    await waitUntilServing(url, child, () => log)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}
