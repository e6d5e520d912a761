/**
 * Translation coverage: for every entity and locale, whether the text is the
 * locale's own, partly filled from a fallback, or missing altogether.
 */
import type { EntityKind, Locale } from '../schema.ts'
import type { Localized } from '../model.ts'

export type CoverageStatus = 'complete' | 'partial' | 'missing'

export interface CoverageEntry {
  kind: EntityKind
  id: string
  /** Per locale: the status and the fields (or `body`) that fall back. */
  locales: Partial<Record<Locale, { status: CoverageStatus; fallbackFields: string[] }>>
}

export function coverageOf(
  kind: EntityKind,
  id: string,
  localized: Partial<Record<Locale, Localized<object> | undefined>>,
  hasOwnText: (locale: Locale) => boolean,
): CoverageEntry {
  const locales: CoverageEntry['locales'] = {}
  for (const [locale, text] of Object.entries(localized) as [Locale, Localized<object> | undefined][]) {
    const fallbackFields = text ? Object.keys(text.fallback) : []
    const status: CoverageStatus = !hasOwnText(locale) ? 'missing' : fallbackFields.length > 0 ? 'partial' : 'complete'
    locales[locale] = { status, fallbackFields }
  }
  return { kind, id, locales }
}

/**
 * A table of entity kinds × locales; each cell is "complete/total", followed
 * by the number of partly translated entries when there are any.
 */
export function formatCoverageTable(entries: readonly CoverageEntry[], locales: readonly Locale[]): string {
  const kinds: EntityKind[] = ['places', 'itineraries', 'events']
  const rows: string[][] = [['', ...locales]]
  for (const kind of kinds) {
    const ofKind = entries.filter((e) => e.kind === kind)
    rows.push([kind, ...locales.map((locale) => cell(ofKind, locale))])
  }
  rows.push(['all', ...locales.map((locale) => cell(entries, locale))])
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)))
  const line = (r: string[]) =>
    r.map((c, col) => (col === 0 ? c.padEnd(widths[col]!) : c.padStart(widths[col]!))).join('  ')
  return ['Translation coverage (complete/total, +n partly translated):', ...rows.map(line)].join('\n')
}

/** One line per entity that is not complete in some locale, for `--gaps`. */
export function formatGaps(entries: readonly CoverageEntry[]): string[] {
  const out: string[] = []
  for (const entry of entries) {
    for (const [locale, info] of Object.entries(entry.locales)) {
      if (!info || info.status === 'complete') continue
      const what = info.status === 'missing' ? 'missing' : `falls back for ${info.fallbackFields.join(', ')}`
      out.push(`${entry.kind}/${entry.id}/${locale}.md: ${what}`)
    }
  }
  return out
}

function cell(entries: readonly CoverageEntry[], locale: Locale): string {
  const complete = entries.filter((e) => e.locales[locale]?.status === 'complete').length
  const partial = entries.filter((e) => e.locales[locale]?.status === 'partial').length
  return `${complete}/${entries.length}${partial > 0 ? ` +${partial}` : ''}`
}
