/**
 * Text normalisation and tokenizing for search, shared by the build (which
 * indexes) and the browser (which queries), so both see the same terms.
 *
 * Folding lets "chua du hang" find "Chùa Dư Hàng"; the exact form keeps the
 * diacritics so a query typed with them can rank exact matches higher.
 * Chinese, Japanese and Korean are not split into words by spaces, so their
 * runs become overlapping two-character terms ("하이퐁" → 하이, 이퐁).
 */

/** Combining diacritical marks (U+0300–U+036F): Latin accents only, so Japanese dakuten (U+3099) survive. */
const LATIN_MARKS = /[\u0300-\u036f]/g
const LATIN_MARK = /^[\u0300-\u036f]$/
/** The five Vietnamese tone marks: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const VOWEL = /[aeiouy]/

const CJK_SCRIPTS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}'
/** A letter of a script written without spaces between words (CJK punctuation is not a letter). */
const CJK_CHAR = `(?:(?=[\\p{L}\\p{M}])[${CJK_SCRIPTS}])`
/** Either a CJK run or a word of any other script (letters, digits and their marks). */
const TOKEN = new RegExp(`(${CJK_CHAR}+)|((?:(?!${CJK_CHAR})[\\p{L}\\p{N}\\p{M}])+)`, 'gu')
const CJK_START = new RegExp(`^${CJK_CHAR}`, 'u')

/**
 * Lower-case, without diacritics: "Đền Nghè" → "den nghe". `đ` has no
 * Unicode decomposition, so it is mapped by hand. NFKC first turns
 * full-width letters, digits and punctuation into their usual forms.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(/đ/g, 'd')
    .normalize('NFC')
}

/**
 * Lower-case with diacritics, for one word. Vietnamese has two conventions
 * for where the tone mark sits ("hoà" and "hòa", "thuỷ" and "thủy"), so the
 * tone moves to the word's first vowel: both spellings give the same term,
 * and a word typed up to its toned vowel is still a prefix of the full word.
 */
export function exactTerm(word: string): string {
  const decomposed = word.normalize('NFKC').toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)?.join('') ?? ''
  const bare = decomposed.replace(TONE_MARKS, '')
  const vowel = bare.search(VOWEL)
  if (tones === '' || vowel < 0) return decomposed.normalize('NFC')
  // After the vowel's own marks (circumflex, breve, horn), so "ầ" composes again.
  let at = vowel + 1
  while (at < bare.length && LATIN_MARK.test(bare[at]!)) at += 1
  return (bare.slice(0, at) + tones + bare.slice(at)).normalize('NFC')
}

/** True when the term is written in Chinese, Japanese or Korean script. */
export function isCjkTerm(term: string): boolean {
  return CJK_START.test(term)
}

export interface TokenizeOptions {
  /**
   * Also emit two adjacent words joined ("Hải Phòng" → "HảiPhòng"), because
   * visitors write Vietnamese names as one word ("haiphong", "catba"). Only
   * pairs with a diacritic are joined: "Old town" gains nothing from "oldtown".
   */
  joinWords?: boolean
  /**
   * End each CJK run of two or more characters with its last character alone,
   * so that every character starts some term and a one-character prefix
   * query finds it. For indexing; queries leave it out.
   */
  lastCharacter?: boolean
}

/**
 * Splits text into terms, not yet folded: words of Latin (and other spaced)
 * scripts as they are, CJK and Hangul runs as overlapping bigrams (a run of
 * one character stays whole).
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const terms: string[] = []
  let previousWord: { text: string; end: number } | undefined
  const normalized = text.normalize('NFKC')
  for (const match of normalized.matchAll(TOKEN)) {
    const [, cjk, word] = match
    if (cjk !== undefined) {
      terms.push(...bigrams(cjk, options.lastCharacter ?? false))
      previousWord = undefined
    } else if (word !== undefined) {
      const gap = previousWord === undefined ? '' : normalized.slice(previousWord.end, match.index)
      const pair = previousWord && previousWord.text + word
      if (options.joinWords && pair && /^ +$/.test(gap) && /[\u0080-\u{10ffff}]/u.test(pair)) terms.push(pair)
      terms.push(word)
      previousWord = { text: word, end: match.index + word.length }
    }
  }
  return terms
}

function bigrams(run: string, lastCharacter: boolean): string[] {
  const chars = Array.from(run)
  if (chars.length === 1) return chars
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  if (lastCharacter) out.push(chars[chars.length - 1]!)
  return out
}
