/**
 * The one content pipeline, shared by `npm run content:check` and the Vite
 * plugin: load → validate → check references → build the browser output.
 */
import path from 'node:path'
import { loadContent } from './loader.ts'
import { buildOutput, type ContentOutput } from './output.ts'
import { ProblemList, sortProblems, type Problem } from './problems.ts'
import { checkReferences } from './references.ts'
import { SourceFiles } from './source-files.ts'
import type { LoadedContent } from './types.ts'

export interface CompiledContent {
  /** Absolute path of the content folder. */
  dir: string
  /** In report order (file, line, field): files are read concurrently, so the order found varies. */
  problems: Problem[]
  errorCount: number
  /** Undefined when site.yaml is missing or invalid. */
  output?: ContentOutput
  /** Everything as parsed, for other build steps (e.g. the basemap labels in gazetteer.yaml). */
  loaded: LoadedContent
}

export async function compileContent(dir: string): Promise<CompiledContent> {
  const absDir = path.resolve(dir)
  const problems = new ProblemList()
  const files = new SourceFiles(absDir, problems)
  const content = await loadContent(files, problems)
  await checkReferences(content, files, problems)
  const output = buildOutput(content, content.site.data, files.digest())
  return {
    dir: absDir,
    problems: sortProblems(problems.items),
    errorCount: problems.errorCount,
    output,
    loaded: content,
  }
}
