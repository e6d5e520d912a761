/**
 * YAML parsing that remembers where every value came from, so a zod issue
 * path such as `stops.2.place` can be reported at its exact line.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'
import type { ProblemList } from './problems.ts'

export type FieldPath = readonly PropertyKey[]

export interface YamlSource {
  /** The parsed value; undefined when the YAML could not be parsed. */
  value: unknown
  /** The 1-based file line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number
}

/** `stops[2].place`: how a field path is shown to editors. */
export function fieldName(path: FieldPath): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i > 0 ? '.' : ''}${String(segment)}`))
    .join('')
}

/**
 * Parses `text` and reports syntax errors to `problems`. `lineOffset` is the
 * number of file lines before `text` (front matter starts after `---`).
 */
export function parseYaml(text: string, file: string, problems: ProblemList, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + lineOffset

  for (const error of doc.errors) {
    problems.error({
      file,
      line: lineAt(error.pos[0]),
      message: `the YAML cannot be read: ${firstLine(error.message)}`,
      hint: yamlHint(error.code),
    })
  }
  for (const warning of doc.warnings) {
    problems.warn({ file, line: lineAt(warning.pos[0]), message: firstLine(warning.message) })
  }

  const ok = doc.errors.length === 0
  return {
    value: ok ? doc.toJS({ maxAliasCount: 100 }) : undefined,
    lineOf: (path) => lineAt(offsetOf(doc, path)),
  }
}

/** Start offset of the node at `path` (the key, for map entries), or of the nearest parent. */
function offsetOf(doc: Document, path: FieldPath): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))
      if (!pair) break
      offset = rangeStart(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)]
      if (item === undefined) break
      offset = rangeStart(item) ?? offset
      node = item
    } else {
      break
    }
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0]
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each field may appear once; delete or merge the repeated one'
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation (spaces, not tabs) and that every `key:` has a colon'
    case 'TAB_AS_INDENT':
      return 'YAML indents with spaces; replace the tab'
    default:
      return 'text containing `: `, `#` or starting with a quote must be wrapped in quotes'
  }
}
