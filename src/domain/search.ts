/**
 * The one search configuration, shared by the build (which indexes each
 * locale's content and ships the serialised index in that locale's chunk)
 * and the browser (which loads it and queries it). MiniSearch needs the same
 * options on both sides, so they live here and nowhere else.
 *
 * Every text field is indexed folded (lower-case, no diacritics: finds
 * everything) and, for the fields people type diacritics into, also
 * "exact" (only the words that carry diacritics). A query with diacritics
 * searches both, so "chùa" ranks "Chùa Dư Hàng" above a place that only
 * matches "chua" once folded; a query without them searches the folded
 * fields alone and ranks as if diacritics did not exist.
 */
import MiniSearch, {
  type Options,
  type Query,
  type QueryCombination,
  type SearchOptions,
  type SearchResult,
} from 'minisearch'
import { exactTerm, foldText, isCjkTerm, tokenize } from './text-fold.ts'

export type SearchKind = 'place' | 'itinerary' | 'event'

export interface SearchHit {
  /** The entity's id (unique within its kind). */
  id: string
  kind: SearchKind
  score: number
}

export interface SearchIndex {
  /** Best first; an empty or blank query finds nothing. */
  search(query: string, options?: { kinds?: readonly SearchKind[]; limit?: number }): SearchHit[]
}

/** One entity's text in one locale, as the build hands it to the index. */
export interface SearchDoc {
  kind: SearchKind
  id: string
  /** The name in the index's locale. */
  name: string
  /** The same entity's names in the other locales, Vietnamese included: what is on the street sign. */
  names: readonly string[]
  summary: string
  address?: string
  /** The category's label in the index's locale (places only). */
  category?: string
  tags: readonly string[]
}

type TextField = 'name' | 'names' | 'address' | 'category' | 'tags' | 'summary'

/** How much a match in each field counts: the name first, then what else names the place, then prose. */
const BOOST: Record<TextField, number> = { name: 6, names: 4, address: 2, category: 2, tags: 2, summary: 1 }
const FOLDED_FIELDS = Object.keys(BOOST) as TextField[]
/**
 * Fields where a word typed with its diacritics earns a bonus. Tags are
 * ASCII ids; a category label is shared by a tenth of the index, so its
 * bonus would cost a lot of scanning for a small gain; summaries are prose.
 */
const EXACT_FIELDS = ['name', 'names', 'address'] as const satisfies TextField[]
const EXACT_SUFFIX = '~exact'
const exactField = (field: TextField) => `${field}${EXACT_SUFFIX}`
const EXACT_BOOST = Object.fromEntries(EXACT_FIELDS.map((f) => [exactField(f), BOOST[f]]))
/** Fields where a Vietnamese name written as one word ("haiphong") should still match. */
const NAME_FIELDS: ReadonlySet<string> = new Set<TextField>(['name', 'names'])

const KEY_SEPARATOR = ':'

function fieldText(doc: SearchDoc, field: string): string | undefined {
  switch (field.replace(EXACT_SUFFIX, '') as TextField | 'key') {
    case 'name':
      return doc.name
    case 'names':
      // A line break, not a space, so words of two different names are never joined.
      return withoutWordsOf(doc.name, doc.names.join('\n'))
    case 'address':
      return doc.address
    case 'category':
      return doc.category
    case 'tags':
      return doc.tags.join(' ')
    case 'summary':
      return doc.summary
    case 'key':
      return `${doc.kind}${KEY_SEPARATOR}${doc.id}`
  }
}

/**
 * `text` without the words of `name`: the name's field already finds them,
 * with more weight, and every extra entry is one more for a search to scan.
 * Line breaks stand in for them, so no words are joined across the gap.
 */
function withoutWordsOf(name: string, text: string): string {
  const known = new Set(tokenize(name).map(foldText))
  return text.replace(/[\p{L}\p{N}\p{M}]+/gu, (word) => (known.has(foldText(word)) ? '\n' : word))
}

/** The exact form of a word, or null when it has no diacritics (the folded field already has it). */
function exactOnly(term: string): string | null {
  const exact = exactTerm(term)
  return exact === foldText(term) ? null : exact
}

const indexTerm = (term: string, field?: string) => (field?.endsWith(EXACT_SUFFIX) ? exactOnly(term) : foldText(term))
const indexTokens = (text: string, field?: string) =>
  tokenize(text, { joinWords: field !== undefined && NAME_FIELDS.has(field), lastCharacter: true })

const OPTIONS: Options<SearchDoc> = {
  // Ids repeat across kinds, so the index key is "kind:id".
  idField: 'key',
  fields: [...FOLDED_FIELDS, ...EXACT_FIELDS.map(exactField)],
  // Hits carry only the key: the text is already in the locale content.
  storeFields: [],
  extractField: fieldText,
  tokenize: indexTokens,
  processTerm: indexTerm,
}

/**
 * Words left out of a field when more than this share of documents have
 * them there: the city's name in every address, "the" or "và" in most
 * summaries rank nothing, yet a search would score every document that has
 * them. Summaries are cut harder: a word in a tenth of them says little
 * about any one place, and the names still carry it. Names, categories and
 * tags keep every word, or a guide of mostly pagodas could not find "chùa".
 */
const COMMON_SHARE: Record<string, number> = { address: 0.5, [exactField('address')]: 0.5, summary: 0.1 }
/** Below this many documents a share says little, and scanning costs nothing. */
const COMMON_MIN_DOCS = 50

function commonTerms(docs: readonly SearchDoc[]): Set<string> {
  const common = new Set<string>()
  if (docs.length < COMMON_MIN_DOCS) return common
  for (const [field, share] of Object.entries(COMMON_SHARE)) {
    const counts = new Map<string, number>()
    for (const doc of docs) {
      const text = fieldText(doc, field)
      if (!text) continue
      const terms = new Set(indexTokens(text, field).map((t) => indexTerm(t, field)))
      for (const term of terms) if (term) counts.set(term, (counts.get(term) ?? 0) + 1)
    }
    for (const [term, count] of counts) if (count > share * docs.length) common.add(`${field}\u0000${term}`)
  }
  return common
}

/** Fields that name things: the word being typed completes, and typos are forgiven. */
const NAMING_FIELDS: TextField[] = ['name', 'names', 'address', 'tags']
/**
 * A category label is shared by a tenth of the index, so its words are the
 * costliest to scan; the names of pagodas already say "pagoda". Labels are
 * searched when the names alone find nothing ("communal houses", "사찰").
 */
const CATEGORY_FIELDS: TextField[] = ['category']
/**
 * Prose is long and varied: only whole words count there, or a two-letter
 * prefix would match most of the index. (MiniSearch applies prefix and
 * fuzzy rules per query, not per field, hence a query of its own; "all
 * words" then holds within the naming fields or within the summary.)
 */
const PROSE_FIELDS: TextField[] = ['summary']

const subquery = (query: string, options: SearchOptions): QueryCombination => ({
  tokenize: (text: string) => tokenize(text),
  ...options,
  queries: [query],
})
const only = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, BOOST[f as TextField]]))

interface Attempt {
  /** Every word must match (AND), or any (OR). */
  all: boolean
  /** Forgive typos in words long enough to have one, and look in category labels. */
  broad: boolean
}

/**
 * Strict first, broader only when that finds nothing: fuzzy matching is the
 * costliest part of a search, category words are in thousands of documents
 * of a large index, and a word matching any document (OR) scores thousands.
 */
const ATTEMPTS: readonly Attempt[] = [
  { all: true, broad: false },
  { all: true, broad: true },
  { all: false, broad: true },
]

/**
 * The query as MiniSearch runs it. Only the last word completes as a prefix
 * (the one being typed, unless the query ends in a space); one CJK
 * character completes to the bigrams it starts.
 */
function queryTree(query: string, { all, broad }: Attempt, withExact: boolean): Query {
  const combineWith = all ? 'AND' : 'OR'
  const typing = !/[\s\p{P}]$/u.test(query)
  const prefix = (term: string, i: number, terms: string[]) =>
    typing && i === terms.length - 1 && (isCjkTerm(term) ? Array.from(term).length === 1 : term.length >= 2)
  // A fifth of the letters, rounded: one typo in four to seven letters, two from eight.
  const typos = (term: string) => (broad && all && forgivable(term) ? 0.2 : false)
  const naming = broad ? [...NAMING_FIELDS, ...CATEGORY_FIELDS] : NAMING_FIELDS
  const queries: Query[] = [
    subquery(query, {
      combineWith,
      fields: naming,
      boost: only(naming),
      processTerm: foldText,
      prefix,
      fuzzy: typos,
    }),
    subquery(query, { combineWith, fields: PROSE_FIELDS, boost: only(PROSE_FIELDS), processTerm: foldText }),
  ]
  // A bonus for what was typed with its diacritics: the exact fields hold only a subset of the naming ones.
  if (withExact) {
    const fields = EXACT_FIELDS.map(exactField)
    queries.push(subquery(query, { combineWith, fields, boost: EXACT_BOOST, processTerm: exactOnly, prefix }))
  }
  return { combineWith: 'OR', queries }
}

/** Latin words long enough to have a typo worth forgiving; CJK bigrams are too short. */
const forgivable = (term: string) => !isCjkTerm(term) && term.length >= 4

const KINDS: ReadonlySet<string> = new Set<SearchKind>(['place', 'itinerary', 'event'])

function hitOf(key: string, score: number): SearchHit {
  const at = key.indexOf(KEY_SEPARATOR)
  return { kind: key.slice(0, at) as SearchKind, id: key.slice(at + 1), score }
}

/** Serialises the index of one locale's documents; runs at build time. */
export function buildSearchIndex(docs: SearchDoc[]): string {
  const common = commonTerms(docs)
  const processTerm = (term: string, field?: string) => {
    const processed = indexTerm(term, field)
    return processed && !common.has(`${field}\u0000${processed}`) ? processed : null
  }
  const index = new MiniSearch<SearchDoc>({ ...OPTIONS, processTerm })
  index.addAll(docs)
  return JSON.stringify(index)
}

export function loadSearchIndex(serialized: string): SearchIndex {
  let index: MiniSearch<SearchDoc>
  try {
    index = MiniSearch.loadJSON<SearchDoc>(serialized, OPTIONS)
  } catch (error) {
    throw new Error(
      `The search index in this locale's content could not be read (${String(error)}). ` +
        'It is written by the content build: rebuild the app so the index and this code match.',
      { cause: error },
    )
  }
  return {
    search(rawQuery, { kinds, limit } = {}) {
      // A lone letter just typed would match nothing as a word, or as a prefix half the index: wait for the next.
      const query = /\s\p{L}$/u.test(rawQuery) && !isCjkTerm(rawQuery.slice(-1)) ? rawQuery.slice(0, -1) : rawQuery
      const typed = tokenize(query)
      if (typed.length === 0) return []
      const withExact = typed.some((t) => exactOnly(t) !== null)
      let results: SearchResult[] = []
      for (const attempt of ATTEMPTS) {
        if (!attempt.all && typed.length === 1) continue
        results = index.search(queryTree(query, attempt, withExact))
        if (results.length > 0) break
      }
      const wanted = kinds === undefined ? KINDS : new Set<string>(kinds)
      const hits = results.map((r) => hitOf(String(r.id), r.score)).filter((hit) => wanted.has(hit.kind))
      return limit === undefined ? hits : hits.slice(0, limit)
    },
  }
}

/**
 * Where `text` matches the query, folding-aware: [start, end) ranges in
 * `text` (original string indices), sorted and merged, for <mark>
 * highlighting. Latin words match at the start of a word, also across a
 * space ("haiphong" marks "Hải Phòng"); CJK bigrams match anywhere. Typos
 * forgiven by the search are not marked.
 */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const folded = foldWithOffsets(text)
  const ranges: Array<[number, number]> = []
  for (const term of new Set(tokenize(query).map(foldText))) {
    if (term === '') continue
    const cjk = isCjkTerm(term)
    const haystack = cjk ? folded.all : folded.words
    for (let at = haystack.text.indexOf(term); at >= 0; at = haystack.text.indexOf(term, at + 1)) {
      if (!cjk && !haystack.wordStart[at]) continue
      ranges.push([haystack.start[at]!, haystack.end[at + term.length - 1]!])
    }
  }
  return merge(ranges)
}

interface OffsetText {
  text: string
  /** For each code unit of `text`: where its source character starts and ends in the original. */
  start: number[]
  end: number[]
  wordStart: boolean[]
}

/**
 * The folded text with offsets back into the original, twice: everything
 * (for CJK) and only letters and digits of spaced scripts (for Latin words,
 * so that "haiphong" finds "Hải Phòng").
 */
function foldWithOffsets(text: string): { all: OffsetText; words: OffsetText } {
  const all: OffsetText = { text: '', start: [], end: [], wordStart: [] }
  const words: OffsetText = { text: '', start: [], end: [], wordStart: [] }
  let inWord = false
  // A base character with its combining marks folds as one, whatever the normalisation form.
  for (const unit of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = foldText(unit[0])
    const start = unit.index
    const end = start + unit[0].length
    append(all, piece, start, end, false)
    const isWord = /^[\p{L}\p{N}]/u.test(piece) && !isCjkTerm(piece)
    if (isWord) append(words, piece, start, end, !inWord)
    inWord = isWord
  }
  return { all, words }
}

function append(target: OffsetText, piece: string, start: number, end: number, wordStart: boolean): void {
  for (let i = 0; i < piece.length; i++) {
    target.start.push(start)
    target.end.push(end)
    target.wordStart.push(wordStart && i === 0)
  }
  target.text += piece
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = out[out.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}
