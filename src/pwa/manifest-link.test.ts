// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { manifestHref, useManifestLink } from './manifest-link'

function manifestLinks(doc: Document) {
  return [...doc.head.querySelectorAll('link[rel="manifest"]')].map((l) => l.getAttribute('href'))
}

describe('useManifestLink', () => {
  it('points the existing link at the manifest of the UI language, and follows it', async () => {
    const doc = document.implementation.createHTMLDocument('')
    doc.head.innerHTML = '<link rel="manifest" href="/manifest-vi.webmanifest">'
    const locale = ref('ko')
    const scope = effectScope()
    scope.run(() => useManifestLink(locale, doc))
    expect(manifestLinks(doc)).toEqual(['/manifest-ko.webmanifest'])

    locale.value = 'ja'
    await nextTick()
    expect(manifestLinks(doc)).toEqual(['/manifest-ja.webmanifest'])

    scope.stop()
    locale.value = 'en'
    await nextTick()
    expect(manifestLinks(doc)).toEqual(['/manifest-ja.webmanifest'])
  })

  it('adds the link when the page has none', () => {
    const doc = document.implementation.createHTMLDocument('')
    const scope = effectScope()
    scope.run(() => useManifestLink(ref('zh'), doc))
    expect(manifestLinks(doc)).toEqual(['/manifest-zh.webmanifest'])
    scope.stop()
  })

  it('leaves an unchanged href alone, so the browser does not fetch the manifest again', () => {
    const doc = document.implementation.createHTMLDocument('')
    doc.head.innerHTML = '<link rel="manifest" href="/manifest-vi.webmanifest">'
    const link = doc.head.querySelector('link')!
    const changes: string[] = []
    new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName ?? ''))).observe(link, {
      attributes: true,
    })
    const scope = effectScope()
    scope.run(() => useManifestLink(ref('vi'), doc))
    expect(link.getAttribute('href')).toBe('/manifest-vi.webmanifest')
    expect(changes).toEqual([])
    scope.stop()
  })

  it('puts the manifest under the app base path', () => {
    expect(manifestHref('en', '/guide/')).toBe('/guide/manifest-en.webmanifest')
  })
})
