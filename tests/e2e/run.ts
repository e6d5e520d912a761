/**
 * The end-to-end test runner: `npm run test:e2e [-- name-filter...]`.
 *
 * Starts `vite preview` on the production build (dist/) on a free port, runs
 * every tests/e2e/*.test.ts with Node's test runner (through tsx) against it,
 * and always stops the server. The offline, update and deploy tests start
 * their own servers too (support/servers: vite preview, nginx, a CDN-like
 * host). Needs `npm run build` first, Chromium and nginx.
 *
 * Prints the spec reporter's output and a last line `e2e: N passed, N failed`;
 * with E2E_RESULTS=<file> it also writes the counts there as JSON (scripts/test.ts reads it).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumPath, hasChromium, missingChromiumMessage } from './support/chromium'
import { hasBuild, previewDist, type PreviewServer } from './support/server'
import { missingNginxMessage } from './support/servers/nginx'

const HERE = fileURLToPath(new URL('.', import.meta.url))
/**
 * Test files run two at a time. Each starts its own Chromium (and its own
 * servers, where it needs them), and most of a browser test is waiting (a
 * service worker installing, a server restarting), so two overlap well even
 * on two cores. Node's default here would be one (cores - 1).
 */
const CONCURRENCY = 2
/** The whole run; keeps a hung browser from holding CI for its full budget. */
const RUN_TIMEOUT_MS = 15 * 60_000

interface Counts {
  passed: number
  failed: number
  skipped: number
}

function testFiles(filters: readonly string[]): string[] {
  return readdirSync(HERE)
    .filter((name) => name.endsWith('.test.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort()
    .map((name) => `${HERE}${name}`)
}

/** Reads the spec reporter's closing summary ("ℹ pass 12", "ℹ fail 0", ...). */
function parseSummary(output: string): Counts | undefined {
  // eslint-disable-next-line no-control-regex -- strips the reporter's colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '')
  const count = (label: string) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(plain)?.[1] ?? NaN)
  const passed = count('pass')
  if (Number.isNaN(passed)) return undefined
  return { passed, failed: count('fail') + (count('cancelled') || 0), skipped: count('skipped') + (count('todo') || 0) }
}

function runNodeTests(files: readonly string[], baseUrl: string): Promise<{ code: number; output: string }> {
  const args = ['--import', 'tsx', '--test', `--test-concurrency=${CONCURRENCY}`, '--test-reporter=spec', ...files]
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      E2E_BASE_URL: baseUrl,
      CHROMIUM_PATH: chromiumPath,
      ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
    },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    process.stdout.write(chunk)
  })
  const watchdog = setTimeout(() => {
    console.error(`\nThe end-to-end tests took longer than ${RUN_TIMEOUT_MS / 60_000} minutes; stopping them.`)
    child.kill('SIGTERM')
  }, RUN_TIMEOUT_MS)
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(watchdog)
      resolve({ code: code ?? 1, output })
    })
  })
}

function writeResults(counts: Counts): void {
  const file = process.env.E2E_RESULTS
  if (!file) return
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(counts)}\n`)
}

async function main(): Promise<number> {
  if (!hasChromium()) {
    console.error(missingChromiumMessage())
    return 1
  }
  const noNginx = missingNginxMessage()
  if (noNginx) {
    console.error(noNginx)
    return 1
  }
  if (!hasBuild()) {
    console.error(
      'dist/index.html is missing: the end-to-end tests run against the production build.\nRun `npm run build`, then `npm run test:e2e` again.',
    )
    return 1
  }
  const files = testFiles(process.argv.slice(2))
  if (files.length === 0) {
    console.error(`No end-to-end test file in ${HERE} matches ${JSON.stringify(process.argv.slice(2))}.`)
    return 1
  }

  let server: PreviewServer | undefined
  const stopServer = async (signal: NodeJS.Signals) => {
    await server?.stop()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', stopServer)
  process.once('SIGTERM', stopServer)

  try {
    server = await previewDist()
    console.log(
      `Serving a snapshot of dist/ at ${server.url}; running ${files.length} test file(s) with ${chromiumPath}\n`,
    )
    const { code, output } = await runNodeTests(files, server.url)
    const counts = parseSummary(output) ?? { passed: 0, failed: 1, skipped: 0 }
    writeResults(counts)
    console.log(`\ne2e: ${counts.passed} passed, ${counts.failed} failed`)
    return code === 0 && counts.failed === 0 ? 0 : 1
  } finally {
    await server?.stop()
  }
}

process.exitCode = await main()
