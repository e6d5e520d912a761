/**
 * Reading text aloud with the Web Speech API, in one language only.
 *
 * A voice for another language would mangle the text (a Vietnamese page read
 * by an English voice is noise), so `available` is false when the device has
 * no voice for the language, and the UI hides its button: there is no
 * fallback. Voices often arrive after the page loads (Chrome fills the list
 * asynchronously and fires `voiceschanged`), so the list is re-read then.
 *
 * The pure helpers (voice choice, splitting) come first; the composable,
 * VueUse-style with an injectable `speechSynthesis`, after.
 */
import {
  computed,
  getCurrentScope,
  onScopeDispose,
  readonly,
  ref,
  shallowRef,
  toValue,
  type MaybeRefOrGetter,
} from 'vue'
import type { Locale } from '@/content/schema'

/** The language part of a tag: "vi" for "vi-VN"; Android reports some voices as "vi_VN". */
export function primarySubtag(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase()
}

/**
 * The region whose voice suits each UI language best: the guide's Chinese is
 * Simplified (mainland) Chinese, and a zh-HK voice speaks Cantonese.
 */
const PREFERRED_REGION: Partial<Record<Locale, string>> = { vi: 'vn', ko: 'kr', zh: 'cn', ja: 'jp' }

/** The tag given to utterances when no voice says more: `lang` also picks the voice on some browsers. */
export function speechLang(locale: Locale): string {
  const region = PREFERRED_REGION[locale]
  return region ? `${locale}-${region.toUpperCase()}` : locale
}

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default' | 'name'>

/**
 * The device's voices for the language, best first: the preferred region,
 * then voices on the device (they work offline; network voices fall silent
 * without signal), then the system default.
 */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], locale: Locale): V[] {
  const region = PREFERRED_REGION[locale]
  const score = (voice: V) => {
    const subtags = voice.lang.toLowerCase().split(/[-_]/)
    return (region && subtags[1] === region ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0)
  }
  return voices
    .filter((voice) => primarySubtag(voice.lang) === locale)
    .map((voice, i) => ({ voice, i, score: score(voice) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ voice }) => voice)
}

/** Longest piece of text handed to one utterance; Chrome's voices stop after about 15 seconds of speech. */
export const MAX_CHUNK = 200

/**
 * Text split at sentence ends (then at commas and spaces) into pieces of at
 * most `max` characters, queued as separate utterances.
 */
export function speechChunks(text: string, max = MAX_CHUNK): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean) return []
  // A sentence ends with . ! ? … before a space (so "1.5 km" and "2.9.1945" stay whole), or with 。！？,
  // which need no space after them.
  const sentences = clean.match(/.+?(?:[.!?…]+(?=\s|$)|[。！？]+|$)/g) ?? [clean]
  const chunks: string[] = []
  let current = ''
  for (const sentence of sentences.flatMap((s) => splitLong(s.trim(), max))) {
    if (current && current.length + 1 + sentence.length > max) {
      chunks.push(current)
      current = sentence
    } else {
      current = current ? `${current} ${sentence}` : sentence
    }
  }
  if (current) chunks.push(current)
  return chunks
}

function splitLong(sentence: string, max: number): string[] {
  const pieces: string[] = []
  let rest = sentence
  while (rest.length > max) {
    const head = rest.slice(0, max)
    // After a comma if one is in the second half, else at the last space, else (CJK) anywhere.
    const comma = Math.max(head.lastIndexOf(', '), head.lastIndexOf('、'), head.lastIndexOf('，')) + 1
    const space = head.lastIndexOf(' ')
    const at = comma > max / 2 ? comma : space > max / 2 ? space : max
    pieces.push(rest.slice(0, at).trim())
    rest = rest.slice(at).trim()
  }
  if (rest) pieces.push(rest)
  return pieces
}

type SpeechSynthesisLike = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'> &
  Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>

export interface UseReadAloudOptions {
  /** Defaults to the global speechSynthesis; null for none. */
  speechSynthesis?: SpeechSynthesisLike | null
  /** Makes an utterance; defaults to `new SpeechSynthesisUtterance(text)`. */
  utterance?: (text: string) => SpeechSynthesisUtterance
}

export function useReadAloud(locale: MaybeRefOrGetter<Locale>, options: UseReadAloudOptions = {}) {
  const synth =
    options.speechSynthesis !== undefined
      ? options.speechSynthesis
      : typeof speechSynthesis === 'undefined'
        ? null
        : speechSynthesis
  const makeUtterance =
    options.utterance ??
    (typeof SpeechSynthesisUtterance === 'undefined' ? undefined : (text: string) => new SpeechSynthesisUtterance(text))
  const isSupported = synth !== null && makeUtterance !== undefined

  const voices = shallowRef<SpeechSynthesisVoice[]>(synth?.getVoices() ?? [])
  const onVoices = () => (voices.value = synth?.getVoices() ?? [])
  synth?.addEventListener?.('voiceschanged', onVoices)

  const voice = computed(() => voicesFor(voices.value, toValue(locale))[0])
  /** A voice for the language exists: the only case in which a read-aloud control may be shown. */
  const available = computed(() => isSupported && voice.value !== undefined)
  const speaking = ref(false)
  /** Bumped by every speak and stop, so events of utterances cut short change nothing. */
  let run = 0

  function speak(text: string): void {
    const chosen = voice.value
    if (!synth || !makeUtterance || !chosen) return
    const chunks = speechChunks(text)
    synth.cancel()
    const current = ++run
    if (chunks.length === 0) return void (speaking.value = false)
    chunks.forEach((chunk, i) => {
      const utterance = makeUtterance(chunk)
      utterance.lang = chosen.lang.replace('_', '-')
      utterance.voice = chosen
      const finish = () => {
        if (run === current) speaking.value = false
      }
      if (i === chunks.length - 1) utterance.addEventListener('end', finish)
      // Any error (a network voice offline, an interruption) ends the whole reading.
      utterance.addEventListener('error', finish)
      synth.speak(utterance)
    })
    speaking.value = true
  }

  function stop(): void {
    run++
    if (speaking.value) synth?.cancel()
    speaking.value = false
  }

  if (getCurrentScope()) {
    onScopeDispose(() => {
      synth?.removeEventListener?.('voiceschanged', onVoices)
      // Speech outlives the page otherwise: it goes on after the visitor has moved on.
      stop()
    })
  }

  return { isSupported, available, voice, speaking: readonly(speaking), speak, stop }
}
