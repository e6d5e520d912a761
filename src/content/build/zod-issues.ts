/**
 * Turns zod issues into problems for people: the exact line of the field,
 * wording without zod jargon, and a hint (e.g. the field name meant by a typo).
 */
import type { z } from 'zod'
import type { ProblemList } from './problems.ts'
import { closest } from './suggest.ts'
import { fieldName, type FieldPath, type YamlSource } from './yaml-source.ts'

type Issue = z.core.$ZodIssue

export interface ValidateTarget {
  file: string
  source: YamlSource
  problems: ProblemList
}

/** Parses `value` with `schema`; reports every issue and returns undefined on failure. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  target: ValidateTarget,
): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) return result.data
  const keys = knownKeys(schema)
  for (const issue of result.error.issues) reportIssue(issue, [], target, keys)
  return undefined
}

function reportIssue(issue: Issue, prefix: FieldPath, target: ValidateTarget, keys: Set<string>): void {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the alternative that came closest instead of every alternative.
    const nearest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!
    for (const inner of nearest) reportIssue(inner, path, target, keys)
    return
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const fieldPath = [...path, key]
      const suggestion = closest(key, keys)
      target.problems.error({
        file: target.file,
        line: target.source.lineOf(fieldPath),
        field: fieldName(fieldPath),
        message: 'is not a known field',
        hint: suggestion ? `did you mean \`${suggestion}\`?` : 'delete it or check its spelling and indentation',
      })
    }
    return
  }
  const { message, hint } = describe(issue)
  target.problems.error({
    file: target.file,
    line: target.source.lineOf(path),
    field: fieldName(path),
    message,
    hint: isCoordinate(path) && issue.code !== 'invalid_type' ? COORDINATE_HINT : hint,
  })
}

const COORDINATE_HINT = 'a position is [longitude, latitude], longitude first, e.g. [106.68, 20.86]'

/** Positions are [lon, lat]; a number out of range usually means the two were swapped. */
function isCoordinate(path: FieldPath): boolean {
  return path.some((segment) => segment === 'location' || segment === 'center' || segment === 'bounds')
}

function describe(issue: Issue): { message: string; hint?: string } {
  // Messages written in src/content/schema.ts already speak to editors; keep them.
  const custom = !/^(Invalid|Too (big|small)|Expected)/.test(issue.message)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { message: 'is required', hint: 'add this field; see content/README.md for an example' }
      }
      return {
        message: `should be ${article(issue.expected)}, not ${describeValue(issue.input)}`,
        hint: issue.expected === 'string' ? 'wrap the text in quotes' : undefined,
      }
    case 'too_small':
      return { message: custom ? issue.message : tooSmall(issue), hint: undefined }
    case 'too_big':
      return {
        message: custom ? issue.message : tooBig(issue),
        hint: issue.origin === 'string' ? 'keep it short; put detail in the Markdown body' : undefined,
      }
    case 'invalid_value':
      return {
        message: `${describeValue(issue.input)} is not allowed`,
        hint: `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }
    case 'invalid_union':
      if (issue.discriminator) {
        const options = 'options' in issue ? issue.options : undefined
        return {
          message: `needs a valid \`${issue.discriminator}\``,
          hint: options ? `use one of: ${options.map((v) => String(v)).join(', ')}` : undefined,
        }
      }
      return { message: 'does not match any allowed form', hint: 'see content/README.md for examples' }
    case 'invalid_format':
      return {
        message: custom ? issue.message : `${describeValue(issue.input)} is not a valid ${formatName(issue.format)}`,
        hint: issue.format === 'url' ? 'write the full address, starting with https://' : undefined,
      }
    case 'custom': {
      // Rules written with `.refine` in src/content/schema.ts may carry their own hint.
      const hint: unknown = issue.params?.hint
      return { message: issue.message, hint: typeof hint === 'string' ? hint : undefined }
    }
    default:
      return { message: issue.message }
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = Number(issue.minimum)
  if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `needs at least ${min} characters`
  if (issue.origin === 'array') return `needs at least ${min} item${min === 1 ? '' : 's'}`
  return `must be at least ${min}, not ${describeValue(issue.input)}`
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum)
  if (issue.origin === 'string') {
    const length = typeof issue.input === 'string' ? ` (it has ${issue.input.length})` : ''
    return `is longer than ${max} characters${length}`
  }
  if (issue.origin === 'array') return `has more than ${max} items`
  return `must be at most ${max}, not ${describeValue(issue.input)}`
}

function formatName(format: string): string {
  return format === 'url' ? 'web address' : format === 'email' ? 'e-mail address' : format
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of fields',
    tuple: 'a list',
  }
  return names[expected] ?? expected
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a set of fields'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return String(value)
}

/** Every field name anywhere in a schema, to suggest the one a typo meant. */
function knownKeys(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>(), out = new Set<string>()): Set<string> {
  if (seen.has(schema)) return out
  seen.add(schema)
  const def = schema._zod.def as unknown as Record<string, unknown>
  const children: unknown[] = []
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.core.$ZodType>
    for (const [key, child] of Object.entries(shape)) {
      out.add(key)
      children.push(child)
    }
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'valueType']) children.push(def[key])
  for (const key of ['options', 'items']) if (Array.isArray(def[key])) children.push(...(def[key] as unknown[]))
  for (const child of children) {
    if (child && typeof child === 'object' && '_zod' in child) knownKeys(child as z.core.$ZodType, seen, out)
  }
  return out
}
