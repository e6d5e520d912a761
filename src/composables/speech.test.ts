import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import type { Locale } from '@/content/schema'
import { MAX_CHUNK, primarySubtag, speechChunks, speechLang, useReadAloud, voicesFor } from './speech'

const voice = (lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({
    lang,
    name: `${lang} voice`,
    localService: false,
    default: false,
    voiceURI: lang,
    ...extra,
  }) as SpeechSynthesisVoice

/** An utterance double: records its settings and lets the test fire its events. */
class FakeUtterance extends EventTarget {
  lang = ''
  voice: SpeechSynthesisVoice | null = null
  constructor(readonly text: string) {
    super()
  }
}

function fakeSynth(initial: SpeechSynthesisVoice[]) {
  let voices = initial
  const target = new EventTarget()
  const queue: FakeUtterance[] = []
  let cancels = 0
  const synth = {
    getVoices: () => voices,
    speak: (u: SpeechSynthesisUtterance) => void queue.push(u as unknown as FakeUtterance),
    cancel: () => {
      cancels++
      queue.splice(0).forEach((u) => u.dispatchEvent(new Event('error')))
    },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  }
  return {
    synth: synth as unknown as SpeechSynthesis,
    queue,
    cancels: () => cancels,
    setVoices(next: SpeechSynthesisVoice[]) {
      voices = next
      target.dispatchEvent(new Event('voiceschanged'))
    },
    /** Speaks everything queued to its end. */
    finish() {
      queue.splice(0).forEach((u) => u.dispatchEvent(new Event('end')))
    },
  }
}

const options = (synth: SpeechSynthesis) => ({
  speechSynthesis: synth,
  utterance: (text: string) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
})

describe('voicesFor', () => {
  it('keeps only voices of the language, by primary subtag, whatever the separator', () => {
    const voices = [voice('en-US'), voice('vi-VN'), voice('vi_VN'), voice('fr-FR'), voice('VI')]
    expect(voicesFor(voices, 'vi').map((v) => v.lang)).toEqual(['vi-VN', 'vi_VN', 'VI'])
    expect(voicesFor(voices, 'ko')).toEqual([])
  })

  it('prefers the region of the guide’s language, then voices on the device', () => {
    const voices = [
      voice('zh-HK', { localService: true }),
      voice('zh-TW'),
      voice('zh-CN'),
      voice('zh-CN', { localService: true, name: 'local' }),
    ]
    expect(voicesFor(voices, 'zh').map((v) => `${v.lang} ${v.localService}`)).toEqual([
      'zh-CN true',
      'zh-CN false',
      'zh-HK true',
      'zh-TW false',
    ])
  })
})

describe('speechLang and primarySubtag', () => {
  it('names a tag for each UI language and reads one back', () => {
    expect(speechLang('vi')).toBe('vi-VN')
    expect(speechLang('zh')).toBe('zh-CN')
    expect(speechLang('en')).toBe('en')
    expect(primarySubtag('ja-JP')).toBe('ja')
    expect(primarySubtag('KO_kr')).toBe('ko')
  })
})

describe('speechChunks', () => {
  it('keeps short text whole and tidies white space', () => {
    expect(speechChunks('  Nhà hát Lớn.\n Xây năm 1912.  ')).toEqual(['Nhà hát Lớn. Xây năm 1912.'])
    expect(speechChunks('   ')).toEqual([])
  })

  it('splits long text at sentence ends, not inside numbers', () => {
    const sentence = 'Tháp cao 1.5 m được dựng ngày 2.9.1945 bên bờ sông Cấm. '
    const chunks = speechChunks(sentence.repeat(10))
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK)
      expect(chunk.endsWith('sông Cấm.')).toBe(true)
    }
  })

  it('splits sentences with full-width stops and over-long sentences too', () => {
    expect(speechChunks('海防歌剧院。建于1912年。', 8)).toEqual(['海防歌剧院。', '建于1912年。'])
    const long = `${'word '.repeat(100)}end.`
    const chunks = speechChunks(long)
    expect(chunks.every((c) => c.length <= MAX_CHUNK)).toBe(true)
    expect(chunks.join(' ')).toBe(long)
  })
})

describe('useReadAloud', () => {
  it('is unavailable without a voice for the language, and never borrows another', async () => {
    const fake = fakeSynth([voice('en-GB'), voice('fr-FR')])
    const reader = useReadAloud('vi', options(fake.synth))
    expect(reader.isSupported).toBe(true)
    expect(reader.available.value).toBe(false)
    reader.speak('Xin chào')
    expect(fake.queue).toEqual([])
  })

  it('becomes available when the voices arrive late', async () => {
    const fake = fakeSynth([])
    const scope = effectScope()
    const reader = scope.run(() => useReadAloud('vi', options(fake.synth)))!
    expect(reader.available.value).toBe(false)
    fake.setVoices([voice('vi-VN')])
    await nextTick()
    expect(reader.available.value).toBe(true)
    scope.stop()
  })

  it('follows the language it is given', async () => {
    const fake = fakeSynth([voice('vi-VN'), voice('ko-KR')])
    const locale = ref<Locale>('vi')
    const reader = useReadAloud(locale, options(fake.synth))
    expect(reader.voice.value?.lang).toBe('vi-VN')
    locale.value = 'ja'
    expect(reader.available.value).toBe(false)
    locale.value = 'ko'
    expect(reader.voice.value?.lang).toBe('ko-KR')
  })

  it('speaks with the language and voice set, and says when it is done', () => {
    const vi = voice('vi_VN')
    const fake = fakeSynth([voice('en-US'), vi])
    const reader = useReadAloud('vi', options(fake.synth))
    reader.speak('Nhà hát Lớn. '.repeat(30))
    expect(fake.queue.length).toBeGreaterThan(1)
    for (const u of fake.queue) {
      expect(u.lang).toBe('vi-VN')
      expect(u.voice).toBe(vi)
    }
    expect(reader.speaking.value).toBe(true)
    fake.finish()
    expect(reader.speaking.value).toBe(false)
  })

  it('stops, and a new reading replaces the one going on', () => {
    const fake = fakeSynth([voice('vi-VN')])
    const reader = useReadAloud('vi', options(fake.synth))
    reader.speak('Một.')
    reader.speak('Hai.')
    // The first reading was cancelled; its error event left the second one speaking.
    expect(reader.speaking.value).toBe(true)
    expect(fake.queue.map((u) => u.text)).toEqual(['Hai.'])
    reader.stop()
    expect(reader.speaking.value).toBe(false)
    expect(fake.queue).toEqual([])
  })

  it('cancels speech and stops listening when its scope ends', () => {
    const fake = fakeSynth([voice('vi-VN')])
    const scope = effectScope()
    const reader = scope.run(() => useReadAloud('vi', options(fake.synth)))!
    reader.speak('Xin chào.')
    const before = fake.cancels()
    scope.stop()
    expect(fake.cancels()).toBe(before + 1)
    fake.setVoices([])
    expect(reader.available.value).toBe(true)
  })

  it('is unsupported without the API', () => {
    const reader = useReadAloud('vi', { speechSynthesis: null })
    expect(reader.isSupported).toBe(false)
    expect(reader.available.value).toBe(false)
  })
})
