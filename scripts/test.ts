/**
 * `npm test`: every check the project has, in order, stopping at the first
 * failure. Each stage is an npm script that also runs on its own.
 *
 * Ends with a summary table (stage, result, time) and a last line
 * `N passed, N failed` counting unit and end-to-end tests; a stage that fails
 * without counting tests (type-check, lint, content check, build) counts as
 * one failure, so the line never reads "0 failed" for a failed run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromiumPath, hasChromium, missingChromiumMessage } from '../tests/e2e/support/chromium'
import { missingNginxMessage } from '../tests/e2e/support/servers/nginx'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const RESULTS = `${ROOT}test-results`
const VITEST_RESULTS = `${RESULTS}/vitest.json`
const E2E_RESULTS = `${RESULTS}/e2e.json`

interface Counts {
  passed: number
  failed: number
}

interface Stage {
  name: string
  /** npm script and its extra arguments. */
  script: string
  args?: string[]
  env?: Record<string, string>
  /** Reads the stage's test counts, for stages that run tests. */
  counts?: () => Counts | undefined
}

interface Outcome {
  stage: Stage
  ok: boolean
  seconds: number
  counts?: Counts
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

/** Vitest's JSON reporter uses Jest's field names. */
function vitestCounts(): Counts | undefined {
  const report = readJson(VITEST_RESULTS) as { numPassedTests?: number; numFailedTests?: number } | undefined
  if (typeof report?.numPassedTests !== 'number') return undefined
  return { passed: report.numPassedTests, failed: report.numFailedTests ?? 0 }
}

function e2eCounts(): Counts | undefined {
  const report = readJson(E2E_RESULTS) as Counts | undefined
  return typeof report?.passed === 'number' ? report : undefined
}

const STAGES: Stage[] = [
  { name: 'type-check', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  {
    name: 'unit tests',
    script: 'test:unit',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_RESULTS}`],
    counts: vitestCounts,
  },
  { name: 'content check', script: 'content:check' },
  { name: 'build', script: 'build' },
  { name: 'end-to-end tests', script: 'test:e2e', env: { E2E_RESULTS }, counts: e2eCounts },
]

function runStage(stage: Stage): Outcome {
  const command = ['npm', 'run', '--silent', stage.script, ...(stage.args?.length ? ['--', ...stage.args] : [])]
  console.log(`\n━━ ${stage.name}: ${command.join(' ')}\n`)
  const started = performance.now()
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  })
  const seconds = (performance.now() - started) / 1000
  const ok = result.status === 0
  const counts = stage.counts?.()
  if (ok) return { stage, ok, seconds, counts }
  // A failed stage counts at least one failure, even when it crashed before counting.
  return { stage, ok, seconds, counts: { passed: counts?.passed ?? 0, failed: Math.max(1, counts?.failed ?? 0) } }
}

function printSummary(outcomes: readonly Outcome[]): Counts {
  const total: Counts = { passed: 0, failed: 0 }
  console.log('\n━━ summary\n')
  for (const stage of STAGES) {
    const outcome = outcomes.find((o) => o.stage === stage)
    if (!outcome) {
      console.log(`  -     ${stage.name.padEnd(18)}  skipped`)
      continue
    }
    const { counts } = outcome
    // Only test stages show counts; a failed build still adds its one failure to the total.
    const tests = stage.counts && counts ? `  ${counts.passed} passed, ${counts.failed} failed` : ''
    const mark = outcome.ok ? 'ok  ' : 'FAIL'
    console.log(`  ${mark}  ${outcome.stage.name.padEnd(18)} ${outcome.seconds.toFixed(1).padStart(6)} s${tests}`)
    total.passed += counts?.passed ?? 0
    total.failed += counts?.failed ?? 0
  }
  const seconds = outcomes.reduce((sum, o) => sum + o.seconds, 0)
  console.log(`        ${'total'.padEnd(18)} ${seconds.toFixed(1).padStart(6)} s\n`)
  return total
}

function main(): number {
  // Checked first: finding out after five minutes of other stages helps nobody.
  const missing = hasChromium() ? missingNginxMessage() : missingChromiumMessage()
  if (missing) {
    console.error(`${missing}\n`)
    console.log('0 passed, 1 failed')
    return 1
  }
  console.log(`Chromium: ${chromiumPath}`)

  rmSync(RESULTS, { recursive: true, force: true })
  mkdirSync(RESULTS, { recursive: true })

  const outcomes: Outcome[] = []
  for (const stage of STAGES) {
    const outcome = runStage(stage)
    outcomes.push(outcome)
    if (!outcome.ok) break
  }
  const total = printSummary(outcomes)
  const failed = outcomes.find((o) => !o.ok)
  if (failed) {
    console.log(`Stopped at "${failed.stage.name}". Rerun just that stage with: npm run ${failed.stage.script}\n`)
  }
  console.log(`${total.passed} passed, ${total.failed} failed`)
  return failed ? 1 : 0
}

process.exitCode = main()
