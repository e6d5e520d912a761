/**
 * Checks a content folder and reports every problem at once:
 *
 *   npm run content:check [dir] [-- --gaps]
 *
 * `dir` defaults to content/. Prints `path:line field: message — hint` for
 * each problem, then a translation-coverage table; `--gaps` also lists every
 * entry that is not fully translated. Exits with 1 when there is any error.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { compileContent } from '../src/content/build/compile.ts'
import { formatCoverageTable, formatGaps } from '../src/content/build/coverage.ts'
import { formatProblems } from '../src/content/build/problems.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { gaps: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
})
if (values.help) {
  process.stdout.write('Usage: npm run content:check [dir] [-- --gaps]\n')
  process.exit(0)
}

const dir = positionals[0] ?? 'content'
const started = performance.now()
const result = await compileContent(dir)
const elapsed = Math.round(performance.now() - started)

const out: string[] = []
const errors = result.problems.filter((p) => p.severity === 'error')
const warnings = result.problems.filter((p) => p.severity === 'warning')
if (errors.length > 0) out.push(`Errors (${errors.length}):`, formatProblems(errors), '')
if (warnings.length > 0) out.push(`Warnings (${warnings.length}):`, formatProblems(warnings), '')

const output = result.output
if (output) {
  const { places, itineraries, events } = output.manifest
  out.push(formatCoverageTable(output.coverage, output.manifest.site.locales), '')
  if (values.gaps) out.push('Not fully translated:', ...formatGaps(output.coverage).map((l) => `  ${l}`), '')
  out.push(
    [count(places.length, 'place'), count(itineraries.length, 'itinerary'), count(events.length, 'event')].join(', '),
  )
}
const where = path.relative(process.cwd(), result.dir) || '.'
out.push(`${where}/: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')} (${elapsed} ms)`)
process.stdout.write(`${out.join('\n')}\n`)
process.exitCode = errors.length > 0 ? 1 : 0

function count(n: number, noun: string): string {
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`
  return `${n} ${n === 1 ? noun : plural}`
}
