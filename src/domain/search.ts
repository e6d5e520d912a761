/**
 * The one search configuration, shared by the build (which indexes each
 * locale's content and ships the serialised index in that locale's chunk)
 * and the browser (which loads it and queries it). MiniSearch needs the same
 * options on both sides, so they live here and nowhere else.
 *
 * Every text field is indexed folded (lower-case, no diacritics: finds
 * everything). Each document also stores its naming words that carry
 * diacritics, exactly as written. A query typed with diacritics is searched
 * folded, then its best results earn a bonus for every word whose
 * diacritics match, so "chùa" ranks "Chùa Dư Hàng" above a place that only
 * matches "chua" once folded; a query without them ranks as if diacritics
 * did not exist.
 */
import MiniSearch, {
  type AsPlainObject,
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
 * Fields whose words typed with their diacritics earn a bonus. Tags are
 * ASCII ids; a category label is shared by a tenth of the index; summaries
 * are prose.
 */
const EXACT_FIELDS = ['name', 'names', 'address'] as const satisfies TextField[]
/** The stored field that holds them (not searched: read back with each result). */
const EXACT_WORDS = 'exact'
/** Fields where a Vietnamese name written as one word ("haiphong") should still match. */
const NAME_FIELDS: ReadonlySet<string> = new Set<TextField>(['name', 'names'])

const KEY_SEPARATOR = ':'

function fieldText(doc: SearchDoc, field: string): string | undefined {
  switch (field as TextField | 'key' | typeof EXACT_WORDS) {
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
    case EXACT_WORDS:
      return exactWords(doc)
  }
}

/** The document's naming words that carry diacritics, in their exact form, once each. */
function exactWords(doc: SearchDoc): string {
  const words = new Set<string>()
  for (const field of EXACT_FIELDS) {
    for (const token of tokenize(fieldText(doc, field) ?? '')) {
      const exact = exactOnly(token)
      if (exact !== null) words.add(exact)
    }
  }
  return [...words].join(' ')
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

/**
 * Chinese, Japanese and Korean terms are stored behind this mark, longer
 * than the most typos forgiven (MAX_TYPOS). Fuzzy matching walks every
 * branch of the term tree still within reach of the typed word, and without
 * the mark that is every CJK bigram: a two-character term is two edits from
 * anything. Behind three characters no Latin word starts with, the whole
 * CJK branch is out of reach at its first step.
 */
const CJK_MARK = '~~~'
const MAX_TYPOS = 2

/** A term as the index stores it and a query looks it up. */
const indexTerm = (term: string) => (isCjkTerm(term) ? CJK_MARK + foldText(term) : foldText(term))
/** The characters of a term as typed, for a term as the index has it. */
const typedChars = (term: string) => Array.from(term.startsWith(CJK_MARK) ? term.slice(CJK_MARK.length) : term)
const isCjkIndexTerm = (term: string) => term.startsWith(CJK_MARK)
const indexTokens = (text: string, field?: string) =>
  tokenize(text, { joinWords: field !== undefined && NAME_FIELDS.has(field), lastCharacter: true })

const OPTIONS: Options<SearchDoc> = {
  // Ids repeat across kinds, so the index key is "kind:id".
  idField: 'key',
  fields: FOLDED_FIELDS,
  // Hits carry the key and the exact words: the text itself is already in the locale content.
  storeFields: [EXACT_WORDS],
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
const COMMON_SHARE: Record<string, number> = { address: 0.5, summary: 0.1 }
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
      const terms = new Set(indexTokens(text, field).map(indexTerm))
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
 * of a large index, and a word matching any document (OR) scores thousands,
 * so the last resort, any word, looks at names and addresses only.
 */
const ATTEMPTS: readonly Attempt[] = [
  { all: true, broad: false },
  { all: true, broad: true },
  { all: false, broad: false },
]

/**
 * The query as MiniSearch runs it. Only the last word completes as a prefix
 * (the one being typed, unless the query ends in a space); one CJK
 * character completes to the bigrams it starts.
 */
function queryTree(query: string, { all, broad }: Attempt, known: (term: string) => boolean): Query {
  const combineWith = all ? 'AND' : 'OR'
  const typing = isTyping(query)
  const prefix = (term: string, i: number, terms: string[]) =>
    typing &&
    i === terms.length - 1 &&
    (isCjkIndexTerm(term) ? typedChars(term).length === 1 : term.length >= MIN_PREFIX)
  // A fifth of the letters, rounded: one typo in four to seven letters, two from eight. Only
  // for words the index does not have: "hang" has a dozen neighbours one letter away in
  // Vietnamese, each in hundreds of documents, and whoever typed it meant "hang".
  const typos = (term: string) => (broad && forgivable(term) && !known(term) ? 0.2 : false)
  const naming = broad ? [...NAMING_FIELDS, ...CATEGORY_FIELDS] : NAMING_FIELDS
  const queries: Query[] = [
    subquery(query, {
      combineWith,
      fields: naming,
      boost: only(naming),
      processTerm: indexTerm,
      prefix,
      fuzzy: typos,
      maxFuzzy: MAX_TYPOS,
    }),
  ]
  // Any one word of a description is noise (every place "near the river"): prose counts when all words match.
  if (all)
    queries.push(
      subquery(query, { combineWith, fields: PROSE_FIELDS, boost: only(PROSE_FIELDS), processTerm: indexTerm }),
    )
  return { combineWith: 'OR', queries }
}

/**
 * Letters a Latin word needs before it completes as a prefix. Two letters
 * ("ph", "ch") start a fifth of all Vietnamese syllables, so completing them
 * scores most of a large index to suggest nothing in particular; two letters
 * still find whole words ("An", "Hà").
 */
const MIN_PREFIX = 3

/** The last word is still being typed (no space or punctuation after it), so it completes as a prefix. */
const isTyping = (query: string) => !/[\s\p{P}]$/u.test(query)

/**
 * How many of the best results are re-ranked for diacritics: the folded
 * scores already put the right names near the top, and reading every
 * result of a common word back would cost more than the search itself.
 */
const EXACT_RERANK = 100

/**
 * Puts results whose words match the query's diacritics first: ordered by
 * how many of the query's accented words they have exactly, then by score.
 * Someone who types "chùa" means a pagoda, however well "Chúa Lake" scores
 * once folded. The last word, while typed, matches as a prefix, as in the
 * search.
 */
function withExactBonus(results: SearchResult[], typed: string[], typing: boolean): SearchResult[] {
  const wanted = typed.flatMap((term, i) => {
    const exact = exactOnly(term)
    return exact === null ? [] : [{ exact, prefix: typing && i === typed.length - 1 }]
  })
  if (wanted.length === 0 || results.length === 0) return results
  const head = results.slice(0, EXACT_RERANK).map((result) => {
    const words = String(result[EXACT_WORDS] ?? '').split(' ')
    const found = wanted.filter(({ exact, prefix }) => words.some((w) => (prefix ? w.startsWith(exact) : w === exact)))
    return { result, found: found.length }
  })
  head.sort((a, b) => b.found - a.found || b.result.score - a.result.score)
  // Scores follow the new order (each exact word is worth more than any folded score), and stay above the rest.
  const top = results[0]!.score
  const ranked = head.map(({ result, found }) => ({ ...result, score: result.score + found * top }))
  return [...ranked, ...results.slice(EXACT_RERANK)]
}

/** Latin words long enough to have a typo worth forgiving; CJK bigrams are too short. */
const forgivable = (term: string) => !isCjkIndexTerm(term) && term.length >= 4

const KINDS: ReadonlySet<string> = new Set<SearchKind>(['place', 'itinerary', 'event'])

function hitOf(key: string, score: number): SearchHit {
  const at = key.indexOf(KEY_SEPARATOR)
  return { kind: key.slice(0, at) as SearchKind, id: key.slice(at + 1), score }
}

/** Serialises the index of one locale's documents; runs at build time. */
export function buildSearchIndex(docs: SearchDoc[]): string {
  const common = commonTerms(docs)
  const processTerm = (term: string, field?: string) => {
    const processed = indexTerm(term)
    return processed && !common.has(`${field}\u0000${processed}`) ? processed : null
  }
  const index = new MiniSearch<SearchDoc>({ ...OPTIONS, processTerm })
  index.addAll(docs)
  return JSON.stringify(index)
}

export function loadSearchIndex(serialized: string): SearchIndex {
  let index: MiniSearch<SearchDoc>
  let vocabulary: ReadonlySet<string>
  try {
    const plain = JSON.parse(serialized) as AsPlainObject
    index = MiniSearch.loadJS<SearchDoc>(plain, OPTIONS)
    // Every term the index has (its serialised form lists them), to know which typed words need forgiving.
    vocabulary = new Set(plain.index.map(([term]) => term))
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
      let results: SearchResult[] = []
      for (const attempt of ATTEMPTS) {
        if (!attempt.all && typed.length === 1) continue
        results = index.search(queryTree(query, attempt, (term) => vocabulary.has(term)))
        if (results.length > 0) break
      }
      results = withExactBonus(results, typed, isTyping(query))
      const wanted = kinds === undefined ? KINDS : new Set<string>(kinds)
      const hits = results.map((r) => hitOf(String(r.id), r.score)).filter((hit) => wanted.has(hit.kind))
      return limit === undefined ? hits : hits.slice(0, limit)
    },
  }
}
