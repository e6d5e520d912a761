/**
 * Renders entity bodies at build time. Raw HTML is off and every link and
 * image is checked here, so nothing an editor writes can inject script: only
 * http(s), mailto and tel links survive (by the app's one link rule,
 * src/domain/safe-url.ts), and images belong in meta.yaml.
 */
import MarkdownIt from 'markdown-it'
import { describeSchemes, isSafeHref, TEXT_SCHEMES, WEB_SCHEMES } from '../../domain/safe-url.ts'
import type { Locale } from '../schema.ts'

export interface MarkdownIssue {
  /** 1-based line within the body. */
  line: number
  message: string
  hint: string
}

export interface RenderedMarkdown {
  html: string
  issues: MarkdownIssue[]
}

export type MarkdownRenderer = (body: string) => RenderedMarkdown

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

/** Typographic quotes per locale (Japanese uses corner brackets). */
const QUOTES: Record<Locale, string> = {
  vi: '“”‘’',
  en: '“”‘’',
  ko: '“”‘’',
  zh: '“”‘’',
  ja: '「」『』',
}

export function createMarkdownRenderer(locale: Locale): MarkdownRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true, quotes: QUOTES[locale] })
  // Links are vetted on the token stream below, where the line is known and
  // a rejected link can be reported instead of silently left as text.
  md.validateLink = () => true

  return (body) => {
    const tokens = md.parse(body, {})
    const issues: MarkdownIssue[] = []
    demoteHeadings(tokens)
    for (const token of tokens) {
      if (token.type === 'inline' && token.children) {
        const line = (token.map?.[0] ?? 0) + 1
        token.children = sanitizeInline(token.children, line, issues)
      }
    }
    return { html: md.renderer.render(tokens, md.options, {}).trim(), issues }
  }
}

/** Bodies sit under the page's own h1, so their headings start at h2. */
function demoteHeadings(tokens: Token[]): void {
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)))
  const shift = levels.length > 0 ? Math.max(0, 2 - Math.min(...levels)) : 0
  if (shift === 0) return
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`
    }
  }
}

function sanitizeInline(children: Token[], line: number, issues: MarkdownIssue[]): Token[] {
  const out: Token[] = []
  // Depth of unsafe links being unwrapped: their text stays, the link goes.
  let dropping = 0
  for (const token of children) {
    if (token.type === 'image') {
      issues.push({
        line,
        message: `images cannot be placed in the text (${String(token.attrGet('src') ?? '')})`,
        hint: 'list the image under `images:` in meta.yaml, with its credit and licence',
      })
      continue
    }
    if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '')
      if (dropping > 0 || !isSafeHref(href, TEXT_SCHEMES)) {
        if (dropping === 0) {
          issues.push({
            line,
            message: `the link "${href}" is not allowed`,
            hint: `links must start with ${describeSchemes(TEXT_SCHEMES)}`,
          })
        }
        dropping++
        continue
      }
      if (isSafeHref(href, WEB_SCHEMES)) {
        token.attrSet('target', '_blank')
        token.attrSet('rel', 'noopener noreferrer')
      }
    } else if (token.type === 'link_close' && dropping > 0) {
      dropping--
      continue
    }
    out.push(token)
  }
  return out
}
