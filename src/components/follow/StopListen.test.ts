// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '@/content/schema'
import { catalogKey, createCatalog } from '@/composables/catalog'
import { componentGlobals, FIXTURE_MANIFEST } from '@/views/app-harness'
import StopListen from './StopListen.vue'

class FakeUtterance extends EventTarget {
  lang = ''
  voice: SpeechSynthesisVoice | null = null
  constructor(readonly text: string) {
    super()
  }
}

/** The device's speech engine with these voices; returns what it was asked to say. */
function speechWith(...langs: string[]) {
  const spoken: FakeUtterance[] = []
  const voices = langs.map((lang) => ({ lang, name: lang, localService: true, default: false, voiceURI: lang }))
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })
  return spoken
}

async function mountFor(locale: Locale, withRecording = false) {
  const globals = await componentGlobals(locale)
  const manifest = {
    ...FIXTURE_MANIFEST,
    places: FIXTURE_MANIFEST.places.map((place) => ({
      ...place,
      audio: withRecording
        ? [{ locale: 'vi' as const, url: '/audio/bao-tang.vi.mp3', credit: 'Thu Hà', licence: 'CC BY 4.0' }]
        : [],
    })),
  }
  return mount(StopListen, {
    props: { placeId: 'bao-tang' },
    global: { ...globals, provide: { ...globals.provide, [catalogKey as symbol]: createCatalog(manifest) } },
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('StopListen', () => {
  it('plays the editors’ recording in the UI language instead of speech', async () => {
    speechWith('vi-VN')
    const wrapper = await mountFor('vi', true)
    const audio = wrapper.get('audio')
    expect(audio.attributes()).toMatchObject({ src: '/audio/bao-tang.vi.mp3', preload: 'none' })
    expect(audio.attributes('controls')).toBeDefined()
    expect(wrapper.text()).toContain('Thu Hà · CC BY 4.0')
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false)
  })

  it('reads the stop aloud with a voice of the language, where there is no recording for it', async () => {
    const spoken = speechWith('en-US', 'vi-VN')
    // The recording is Vietnamese: in English the device reads the English text.
    const wrapper = await mountFor('en', true)
    expect(wrapper.find('audio').exists()).toBe(false)
    const button = wrapper.get('[data-testid="read-aloud"]')
    expect(button.text()).toBe('Read aloud')
    await button.trigger('click')
    expect(spoken.map((u) => u.text).join(' ')).toBe('City Museum. City Museum summary. City Museum body.')
    expect(spoken.every((u) => u.lang === 'en-US')).toBe(true)
    expect(button.text()).toBe('Stop reading')
  })

  it('hides the button when the device has no voice for the language', async () => {
    speechWith('en-US', 'fr-FR')
    const wrapper = await mountFor('vi')
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false)
  })

  it('reads untranslated text in the language it is written in', async () => {
    // Korean has no text for the museum: it falls back to English (see app-harness.ts).
    const spoken = speechWith('ko-KR', 'en-GB')
    const wrapper = await mountFor('ko')
    await wrapper.get('[data-testid="read-aloud"]').trigger('click')
    expect(spoken[0]?.lang).toBe('en-GB')
  })
})
