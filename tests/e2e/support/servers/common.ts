/** What the three servers of the end-to-end suite share: ports, readiness, child processes, build snapshots. */
import { type ChildProcess } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const HOST = '127.0.0.1'
const READY_TIMEOUT_MS = 30_000

/**
 * A server of the production build, as one kind of host serves it. Every kind
 * can be stopped mid-test (to prove the service worker, not the network,
 * answers) and can switch to another build while the browser stays open (a deploy).
 */
export interface GuideServer {
  /** `vite preview`, `nginx` or `cdn`: shown in test names. */
  readonly kind: ServerKind
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string
  /** Serves another build folder from now on, on the same origin. */
  serve(dir: string): Promise<void>
  stop(): Promise<void>
  /** Starts again on the same port after stop(). */
  restart(): Promise<void>
  /** Stops for good and removes what the server made (its config, its logs). */
  close(): Promise<void>
}

export type ServerKind = 'vite preview' | 'nginx' | 'cdn'

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

/** Resolves once `url` answers 200; rejects with the server's output when it exits or takes too long. */
async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before serving ${url}.\n${lastLines(output())}`)
    }
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Nothing answered on ${url} within ${READY_TIMEOUT_MS / 1000} s.\n${lastLines(output())}`)
}

/** The end of a server's log: where the reason is. */
function lastLines(text: string, count = 15): string {
  return text.trimEnd().split('\n').slice(-count).join('\n')
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

/** A server process serving `root` on `port`, and how to read what it logged. */
export interface Launched {
  child: ChildProcess
  output(): string
}

/**
 * A server that runs as a child process (vite preview, nginx). Both read
 * their folder when they start, so a deploy is a restart on the new build,
 * on the same port; `close` runs `cleanup` after the process has stopped.
 */
export async function startProcessServer(
  kind: ServerKind,
  dir: string,
  launch: (root: string, port: number) => Launched,
  cleanup: () => void = () => {},
): Promise<GuideServer> {
  const port = await freePort()
  const url = `http://${HOST}:${port}`
  let root = dir
  let current: Launched | undefined
  // A last resort for abrupt exits; the normal path awaits close().
  const kill = () => current?.child.kill('SIGKILL')
  process.once('exit', kill)

  const start = async () => {
    current = launch(root, port)
    await waitUntilServing(`${url}/`, current.child, current.output)
  }
  const stop = async () => {
    if (current) await stopChild(current.child)
  }

  await start()
  return {
    kind,
    url,
    async serve(next) {
      await stop()
      root = next
      await start()
    },
    stop,
    restart: start,
    async close() {
      await stop()
      process.removeListener('exit', kill)
      cleanup()
    },
  }
}

export interface Snapshot {
  dir: string
  remove(): void
}

/**
 * A private copy of a build, so a rebuild cannot change it mid-test. Readable
 * by every user: nginx's workers run as another user when the tests run as root.
 */
export function snapshotBuild(dir: string): Snapshot {
  const copy = mkdtempSync(path.join(tmpdir(), 'haiphong-guide-build-'))
  cpSync(dir, copy, { recursive: true })
  chmodSync(copy, 0o755)
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) }
}
