/**
 * Search benchmark: `npx tsx tests/bench/search.ts`. A script that prints
 * figures, not a test: nothing here passes or fails.
 *
 * For the real content (content/) and for a synthetic corpus of 10,000
 * places in five locales, it prints per locale, side by side for the index
 * the app ships (MiniSearch, src/domain/search.ts) and a Fuse.js baseline
 * over the same documents:
 *   - index size as serialised, raw UTF-8 and gzip, and how much it adds to
 *     the locale chunk (where it rides as a JSON string inside JSON);
 *   - load time: deserialising the index, as the browser does once per locale;
 *   - latency p50/p95/max of 1,000 realistic queries (full names with and
 *     without diacritics, prefixes as typed, typos, English, names joined
 *     as one word, Korean/Chinese/Japanese names and parts, category words);
 *   - on the real content, how often a set of known queries puts the
 *     expected place first.
 * The synthetic corpus (tests/bench/search-corpus.ts) is deterministic:
 * names from 500 syllables (the real ones and generated ones), summaries
 * from the real content's words. `--dense` adds a stress case whose names
 * share the 50 real syllables alone.
 */
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import Fuse, { type FuseOptionKey } from 'fuse.js'
import { compileContent } from '../../src/content/build/compile.ts'
import { localeModule } from '../../src/content/build/codegen.ts'
import { searchDocs } from '../../src/content/build/search-index.ts'
import type { LocaleContent } from '../../src/content/model.ts'
import { LOCALES, type Category, type Locale } from '../../src/content/schema.ts'
import { buildSearchIndex, loadSearchIndex, type SearchDoc } from '../../src/domain/search.ts'
import { foldText } from '../../src/domain/text-fold.ts'
import { address, pick, seeded, syntheticPlaces, syntheticSummary, wordPools, type Rng } from './search-corpus.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const QUERIES = 1000
const SYNTHETIC_PLACES = 10_000
/** Distinct syllables place names are made of: enough that names are mostly distinct, as in a city. */
const SYLLABLES = 500
/** `--dense`: the 50 real syllables alone, every name word shared by hundreds of places. */
const DENSE_SYLLABLES = 50
const LOAD_RUNS = 10
const LIMIT = 20
/** Fuse.js takes about a tenth of a second a query on 10,000 places: a tenth of the queries keep the run short. */
const FUSE_QUERIES_LARGE = 100

const FUSE_KEYS: FuseOptionKey<SearchDoc>[] = [
  { name: 'name', weight: 6 },
  { name: 'names', weight: 4 },
  { name: 'address', weight: 2 },
  { name: 'category', weight: 2 },
  { name: 'tags', weight: 2 },
  { name: 'summary', weight: 1 },
]
const FUSE_OPTIONS = { keys: FUSE_KEYS, threshold: 0.3, ignoreDiacritics: true, ignoreLocation: true }

// ------------------------------------------------------------------ measuring

interface Row {
  locale: string
  docs: number
  mini: Measured
  fuse: Measured
  /** Known queries whose expected place came first: [MiniSearch, Fuse, total]. */
  top1?: [number, number, number]
  /** Bytes the index adds to the locale chunk: raw, gzip. */
  chunk?: [number, number]
}

interface Measured {
  raw: number
  gzip: number
  buildMs: number
  loadMs: number
  latency: number[]
}

function measureMini(docs: SearchDoc[], queries: string[]): Measured & { ids: (q: string) => string | undefined } {
  const built = time(() => buildSearchIndex(docs))
  const json = built.value
  const loadMs = median(Array.from({ length: LOAD_RUNS }, () => time(() => loadSearchIndex(json)).ms))
  const index = loadSearchIndex(json)
  const latency = latencies(queries, (q) => index.search(q, { limit: LIMIT }), 3)
  return { ...sizes(json), buildMs: built.ms, loadMs, latency, ids: (q) => index.search(q, { limit: 1 })[0]?.id }
}

/** Fuse.js scans every document for every query: on the large corpus it gets the first `FUSE_QUERIES_LARGE`. */
function measureFuse(docs: SearchDoc[], queries: string[]): Measured & { ids: (q: string) => string | undefined } {
  const built = time(() => JSON.stringify(Fuse.createIndex(FUSE_KEYS, docs).toJSON()))
  const json = built.value
  // Fuse needs the documents themselves besides its index: they count in its load.
  const loadMs = median(
    Array.from(
      { length: LOAD_RUNS },
      () => time(() => new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex<SearchDoc>(JSON.parse(json)))).ms,
    ),
  )
  const fuse = new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex<SearchDoc>(JSON.parse(json)))
  // Over half a second a query on the large corpus: one run each, a pause matters less.
  const latency = latencies(queries, (q) => fuse.search(q, { limit: LIMIT }), queries.length > 100 ? 3 : 1)
  const docsJson = JSON.stringify(docs)
  return {
    ...sizes(json + docsJson),
    buildMs: built.ms,
    loadMs,
    latency,
    ids: (q) => fuse.search(q, { limit: 1 })[0]?.item.id,
  }
}

/**
 * Each query's time in query order, after a warm-up pass (the JIT, as a page
 * after its first keystrokes). With `runs` of 3, each is the median of three:
 * the machine may be shared, and a median keeps one stray pause of another
 * process from posing as a slow query.
 */
function latencies(queries: string[], run: (q: string) => unknown, runs: 1 | 3): number[] {
  for (const q of queries.slice(0, runs === 1 ? 10 : queries.length)) run(q)
  return queries.map((q) => median(Array.from({ length: runs }, () => time(() => run(q)).ms)))
}

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = fn()
  return { value, ms: performance.now() - start }
}

function sizes(text: string) {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
}

// ------------------------------------------------------------------ printing

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1))

function printTable(title: string, rows: Row[]): void {
  const header = ['locale', 'docs', 'engine', 'index raw', 'gzip', 'build ms', 'load ms', 'p50 ms', 'p95 ms', 'max ms']
  const lines: string[][] = []
  for (const row of rows) {
    for (const [engine, m] of [
      ['MiniSearch', row.mini],
      ['Fuse.js', row.fuse],
    ] as const) {
      const l = m.latency
      lines.push([
        row.locale,
        String(row.docs),
        engine,
        kb(m.raw),
        kb(m.gzip),
        ms(m.buildMs),
        ms(m.loadMs),
        ms(percentile(l, 0.5)),
        ms(percentile(l, 0.95)),
        ms(percentile(l, 1)),
      ])
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const format = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.info(`\n${title}`)
  console.info(format(header))
  console.info(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const l of lines) console.info(format(l))
  console.info('')
  for (const row of rows) {
    // On the same queries: Fuse.js may have had only the first ones.
    const mini = row.mini.latency.slice(0, row.fuse.latency.length)
    const ratio = (p: number) => (percentile(row.fuse.latency, p) / percentile(mini, p)).toFixed(0)
    const over = mini.length === row.mini.latency.length ? '' : ` over the first ${mini.length} queries`
    const parts = [`${row.locale}: MiniSearch faster by ×${ratio(0.5)} (p50), ×${ratio(0.95)} (p95)${over}`]
    if (row.chunk) parts.push(`adds ${kb(row.chunk[0])} raw / ${kb(row.chunk[1])} gzip to the locale chunk`)
    if (row.top1)
      parts.push(`expected place first: MiniSearch ${row.top1[0]}/${row.top1[2]}, Fuse ${row.top1[1]}/${row.top1[2]}`)
    console.info(parts.join('; '))
  }
}

// ------------------------------------------------------------------ queries

/** What visitors type, drawn from the corpus: every locale's names, category labels and fixed examples. */
function realisticQueries(rng: Rng, namesByLocale: Map<Locale, string[]>, categories: readonly Category[]): string[] {
  const names = (l: Locale) => namesByLocale.get(l) ?? []
  const cjk = (['ko', 'zh', 'ja'] as const).filter((l) => names(l).length > 0)
  const latinName = () => (rng() < 0.6 ? pick(rng, names('vi')) : pick(rng, names('en')))
  const kinds: [weight: number, make: () => string][] = [
    [15, () => pick(rng, names('vi'))],
    [15, () => foldText(pick(rng, names('vi')))],
    [15, () => prefixOf(rng, rng() < 0.5 ? foldText(latinName()) : latinName())],
    [10, () => typo(rng, foldText(latinName()))],
    [10, () => pick(rng, names('en'))],
    [5, () => joined(foldText(pick(rng, names('vi'))))],
    [15, () => cjkPart(rng, pick(rng, names(pick(rng, cjk))))],
    [10, () => categoryWord(rng, pick(rng, categories))],
    [5, () => pick(rng, EXAMPLES)],
  ]
  const total = kinds.reduce((s, [w]) => s + w, 0)
  return Array.from({ length: QUERIES }, () => {
    let r = rng() * total
    for (const [w, make] of kinds) if ((r -= w) < 0) return make()
    return kinds[0]![1]()
  })
}

const EXAMPLES = ['chua du hang', 'haiphong opera', 'banh da cua', '하이퐁 오페라', '海防', 'cat ba', 'do son beach']

/** The first words and part of the next, as while typing. */
function prefixOf(rng: Rng, name: string): string {
  return name.slice(0, 2 + Math.floor(rng() * Math.max(1, name.length - 2))).trimEnd()
}

/** One slip of the finger (drop, double or swap for a neighbour) in a word of five letters or more. */
function typo(rng: Rng, name: string): string {
  const words = name.split(' ')
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5)
  if (long.length === 0) return name
  const [word, i] = pick(rng, long)
  const at = 1 + Math.floor(rng() * (word.length - 2))
  const slips = [
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word[at] + word.slice(at),
    word.slice(0, at) + String.fromCharCode(word.charCodeAt(at) + 1) + word.slice(at + 1),
  ]
  words[i] = pick(rng, slips)
  return words.join(' ')
}

/** "hai phong opera house" → "haiphong opera house": the first two words as one. */
function joined(name: string): string {
  const words = name.split(' ')
  return words.length < 3 ? words.join('') : [words[1]! + words[2]!, ...words.slice(3)].join(' ')
}

function cjkPart(rng: Rng, name: string): string {
  if (rng() < 0.5) return name
  const chars = Array.from(name.replace(/[\s()（）]/g, ''))
  const length = Math.min(chars.length, 2 + Math.floor(rng() * 3))
  const start = Math.floor(rng() * (chars.length - length + 1))
  return chars.slice(start, start + length).join('')
}

function categoryWord(rng: Rng, category: Category): string {
  const label = category.label[pick(rng, LOCALES)] ?? category.label.en
  const words = label.split(/[\s,&、・]+/).filter((w) => w.length > 1)
  return rng() < 0.5 ? label : pick(rng, words.length > 0 ? words : [label])
}

// ------------------------------------------------------------------ real content

/** Known queries and the place that should come first, in any locale. */
const KNOWN: [query: string, id: string][] = [
  ['chua du hang', 'chua-du-hang'],
  ['haiphong opera', 'nha-hat-lon'],
  ['banh da cua', 'banh-da-cua'],
  ['하이퐁 오페라', 'nha-hat-lon'],
  ['Chùa Dư Hàng', 'chua-du-hang'],
  ['nha hat lon', 'nha-hat-lon'],
  ['cho sat', 'cho-sat'],
  ['den nghe', 'den-nghe'],
  ['opera house', 'nha-hat-lon'],
  ['du hang pagoda', 'chua-du-hang'],
  ['bao tang hai phong', 'bao-tang-hai-phong'],
  ['cathedral', 'nha-tho-lon'],
  ['lan ha bay', 'vinh-lan-ha'],
  ['란하 만', 'vinh-lan-ha'],
  ['kiep bac', 'den-kiep-bac'],
  ['bach long vi', 'bach-long-vi'],
  ['mung bean cake', 'banh-dau-xanh'],
  ['cable car', 'cap-treo-cat-hai-phu-long'],
  ['nem cua be', 'nem-cua-be'],
  ['ズーハン寺', 'chua-du-hang'],
  ['海防大剧院', 'nha-hat-lon'],
  ['oprea house', 'nha-hat-lon'],
  ['hai phong museum', 'bao-tang-hai-phong'],
  ['cat bi airport', 'san-bay-cat-bi'],
]

async function realContent(): Promise<Row[]> {
  const compiled = await compileContent(path.join(ROOT, 'content'))
  const output = compiled.output
  const site = compiled.loaded.site.data
  if (!output || !site || compiled.errorCount > 0) {
    throw new Error('content/ does not build: run `npm run content:check` to see why, then run this again.')
  }
  const categories = output.manifest.categories
  const byLocale = new Map(
    site.locales.map((locale) => {
      const texts = output.locales[locale]!
      const docs = searchDocs({ locale, site, categories, entities: compiled.loaded.entities, texts })
      return [locale, { docs, texts }] as const
    }),
  )
  const namesByLocale = new Map(
    site.locales.map((l) => [l, Object.values(output.locales[l]!.places).map((p) => p.name)] as const),
  )
  const queries = realisticQueries(seeded(1), namesByLocale, categories)
  return site.locales.map((locale) => {
    const { docs, texts } = byLocale.get(locale)!
    const mini = measureMini(docs, queries)
    const fuse = measureFuse(docs, queries)
    const top1: [number, number, number] = [
      KNOWN.filter(([q, id]) => mini.ids(q) === id).length,
      KNOWN.filter(([q, id]) => fuse.ids(q) === id).length,
      KNOWN.length,
    ]
    return { locale, docs: docs.length, mini, fuse, top1, chunk: chunkGrowth(texts) }
  })
}

/** The locale chunk with and without its index, as the Vite plugin writes it. */
function chunkGrowth(content: LocaleContent): [number, number] {
  const withIndex = sizes(localeModule(content))
  const without = sizes(localeModule({ ...content, search: '' }))
  return [withIndex.raw - without.raw, withIndex.gzip - without.gzip]
}

// ------------------------------------------------------------------ synthetic corpus

async function syntheticCorpus(syllables: number): Promise<Row[]> {
  const compiled = await compileContent(path.join(ROOT, 'content'))
  const output = compiled.output!
  const categories = output.manifest.categories
  const pools = wordPools(new Map(LOCALES.map((l) => [l, output.locales[l]!])))
  const places = syntheticPlaces(seeded(42), SYNTHETIC_PLACES, syllables)
  const namesByLocale = new Map(LOCALES.map((l) => [l, places.map((p) => p.names[l])] as const))
  const queries = realisticQueries(seeded(7), namesByLocale, categories)
  return LOCALES.map((locale) => {
    const rng = seeded(LOCALES.indexOf(locale) + 100)
    const labels = new Map(categories.map((c) => [c.id, c.label[locale] ?? c.label.en]))
    const docs: SearchDoc[] = places.map((p) => ({
      kind: 'place',
      id: p.id,
      name: p.names[locale],
      names: LOCALES.filter((l) => l !== locale).map((l) => p.names[l]),
      summary: syntheticSummary(rng, pools.get(locale)!, locale),
      address: address(p, locale),
      category: labels.get(p.category)!,
      tags: p.tags,
    }))
    const mini = measureMini(docs, queries)
    return { locale, docs: docs.length, mini, fuse: measureFuse(docs, queries.slice(0, FUSE_QUERIES_LARGE)) }
  })
}

// ------------------------------------------------------------------ main

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
console.info(`Search benchmark: Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`)
console.info(`Load average at start: ${load()}`)
console.info(
  `${QUERIES} queries per locale (Fuse.js: the first ${FUSE_QUERIES_LARGE} on the synthetic corpus, one run each), top ${LIMIT} results, each the median of 3 runs;`,
)
console.info(`load = deserialising the index (median of ${LOAD_RUNS}).`)
console.info(
  `Fuse.js ${Fuse.version}: ${JSON.stringify({ threshold: FUSE_OPTIONS.threshold, ignoreDiacritics: true, ignoreLocation: true })}; its size counts the documents it needs besides its index.`,
)
printTable('Real content (content/): places, itineraries and events of each locale', await realContent())
const places = SYNTHETIC_PLACES.toLocaleString('en')
printTable(
  `Synthetic corpus: ${places} places, five locales, names from ${SYLLABLES} syllables`,
  await syntheticCorpus(SYLLABLES),
)
if (process.argv.includes('--dense')) {
  printTable(
    `Stress case: ${places} places whose names share only ${DENSE_SYLLABLES} syllables (each name word in one place in 25)`,
    await syntheticCorpus(DENSE_SYLLABLES),
  )
}
console.info(`\nLoad average at end: ${load()}`)
