import { describe, expect, it } from 'vitest'
import type { LocaleContent, Manifest } from '../model.ts'
import { localeModule, manifestModule } from './codegen.ts'
import { assetPlaceholder, type ContentOutput } from './output.ts'

const manifest = {
  places: [{ id: 'a', images: [{ file: 'cover.svg', url: assetPlaceholder(0) }] }],
} as unknown as Manifest

const output: ContentOutput = {
  manifest,
  locales: { vi: {} as LocaleContent, en: {} as LocaleContent },
  assets: ['/content/places/a/cover.svg'],
  coverage: [],
}

describe('manifestModule', () => {
  const code = manifestModule(output)

  it('imports each file as a URL that is never inlined', () => {
    expect(code).toContain('import __asset0 from "/content/places/a/cover.svg?url&no-inline"')
    expect(code).toContain('"url": __asset0')
    expect(code).not.toContain('__CONTENT_ASSET_')
  })

  it('loads each locale with its own dynamic import', () => {
    expect(code).toContain('"vi": () => import("virtual:content/locale/vi")')
    expect(code).toContain('"en": () => import("virtual:content/locale/en")')
    expect(code).not.toContain('locale/ko')
  })
})

describe('localeModule', () => {
  it('round-trips the content through JSON.parse', async () => {
    const content = { locale: 'vi', places: { a: { name: 'Chợ "Sắt" </script>' } } } as unknown as LocaleContent
    const code = localeModule(content)
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: LocaleContent }
    expect(module.default).toEqual(content)
  })
})
