/**
 * Splits a `<locale>.md` file into its YAML front matter and its Markdown
 * body, keeping the line numbers of both so problems point at file lines.
 */
export interface MarkdownParts {
  frontMatter: string
  /** Number of file lines before the front matter (the opening `---`). */
  frontMatterOffset: number
  body: string
  /** Number of file lines before the body. */
  bodyOffset: number
}

export type SplitResult =
  { ok: true; parts: MarkdownParts } | { ok: false; line: number; message: string; hint: string }

const FENCE = /^---[ \t]*$/

export function splitFrontMatter(text: string): SplitResult {
  const lines = text.split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'the file does not start with front matter',
      hint: 'begin with a line `---`, then `name:` and `summary:`, then a closing `---` and the description',
    }
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line))
  if (close === -1) {
    return {
      ok: false,
      line: 1,
      message: 'the front matter is never closed',
      hint: 'add a line `---` after the last front-matter field, before the description',
    }
  }
  return {
    ok: true,
    parts: {
      frontMatter: lines.slice(1, close).join('\n'),
      frontMatterOffset: 1,
      body: lines.slice(close + 1).join('\n'),
      bodyOffset: close + 1,
    },
  }
}
