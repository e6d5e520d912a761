/**
 * A problem found in the content, located for a person: the file (relative
 * to the content folder), the line, the field, what is wrong and what to do.
 */
export type Severity = 'error' | 'warning'

export interface Problem {
  severity: Severity
  /** Path relative to the content folder, with forward slashes. */
  file: string
  /** 1-based; 0 when the problem concerns the whole file (e.g. it is missing). */
  line: number
  /** Dotted field path, e.g. `stops.2.place`; empty when not about one field. */
  field: string
  message: string
  hint?: string
}

export type ProblemInput = Omit<Problem, 'severity' | 'line' | 'field'> &
  Partial<Pick<Problem, 'severity' | 'line' | 'field'>>

/** Collects problems while the loader walks the content; never throws. */
export class ProblemList {
  readonly items: Problem[] = []

  error(p: Omit<ProblemInput, 'severity'>): void {
    this.add({ ...p, severity: 'error' })
  }

  warn(p: Omit<ProblemInput, 'severity'>): void {
    this.add({ ...p, severity: 'warning' })
  }

  add(p: ProblemInput): void {
    this.items.push({ severity: 'error', line: 0, field: '', ...p })
  }

  get errorCount(): number {
    return this.items.filter((p) => p.severity === 'error').length
  }
}

/** `places/cho-sat/meta.yaml:3 location: message — hint` */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file
  const field = p.field ? ` ${p.field}:` : ''
  const hint = p.hint ? ` — ${p.hint}` : ''
  return `${where}${field} ${p.message}${hint}`
}

/** Orders problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  )
}

export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n')
}
