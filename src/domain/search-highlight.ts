/**
 * Where a query matches a piece of text, for <mark> highlighting of search
 * results, with the same folding as the search (src/domain/search.ts).
 */
import { foldText, isCjkTerm, tokenize } from './text-fold.ts'

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
