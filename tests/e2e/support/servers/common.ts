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
export function freePort(): Promise<number> {
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
export async function waitUntilServing(
  url: string,
  child: ChildProcess | undefined,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
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

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill(signal)
  })
}

/** Kills `child` if the test process ends without stopping it; returns the undo. */
export function killOnExit(child: () => ChildProcess | undefined): () => void {
  const kill = () => child()?.kill('SIGKILL')
  process.once('exit', kill)
  return () => process.removeListener('exit', kill)
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
