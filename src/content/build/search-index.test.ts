import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadSearchIndex } from '../../domain/search.ts'
import { compileContent } from './compile.ts'
import { searchDocs } from './search-index.ts'

const site = path.join(fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url)), 'valid-site')

describe('searchDocs on the valid fixture site', async () => {
  const { loaded: content, output: compiled } = await compileContent(site)
  const output = compiled!
  const docsFor = (locale: 'vi' | 'ko') =>
    searchDocs({
      locale,
      site: content.site.data!,
      categories: content.categories.data!,
      entities: content.entities,
      texts: output.locales[locale]!,
    })

  it('gives each entity its text in the locale and its names in the others, Vietnamese included', () => {
    const opera = docsFor('ko').find((d) => d.kind === 'place' && d.id === 'nha-hat-lon')
    expect(opera).toEqual({
      kind: 'place',
      id: 'nha-hat-lon',
      name: '오페라 하우스',
      names: ['Nhà hát Lớn', 'Opera House'],
      summary: '시내 중심의 프랑스 시대 극장.',
      // Filled from English, as on the place's page.
      address: '1 Theatre Square',
      category: '유산',
      tags: ['free', 'architecture'],
    })
  })

  it('falls back like the page does and leaves out a name equal to the shown one', () => {
    const market = docsFor('ko').find((d) => d.id === 'cho-sat')!
    expect(market).toMatchObject({ name: 'Sat Market', names: ['Chợ Sắt'], category: 'Markets' })
    expect(docsFor('vi').find((d) => d.id === 'cho-sat')).toMatchObject({ name: 'Chợ Sắt', names: ['Sat Market'] })
  })

  it('indexes itineraries and events, with the same ids kept apart by kind', () => {
    const docs = docsFor('vi')
    expect(docs.map((d) => `${d.kind}:${d.id}`)).toEqual([
      'place:cho-sat',
      'place:nha-hat-lon',
      'itinerary:pho-co',
      'event:hoi-cho',
    ])
    expect(docs.find((d) => d.kind === 'event')).toMatchObject({
      name: 'Hội chợ Rằm tháng Giêng',
      names: ['First Full Moon Fair'],
    })
  })

  it('ships a working index in each locale bundle', () => {
    const ko = loadSearchIndex(output.locales.ko!.search)
    expect(ko.search('nha hat lon')[0]).toMatchObject({ kind: 'place', id: 'nha-hat-lon' })
    expect(ko.search('오페라')[0]).toMatchObject({ kind: 'place', id: 'nha-hat-lon' })
    const vi = loadSearchIndex(output.locales.vi!.search)
    expect(vi.search('cho sat')[0]).toMatchObject({ kind: 'place', id: 'cho-sat' })
  })

  it('keeps summaries of other locales out of the index', () => {
    // "kiểu" and "lâu đời" are only in Vietnamese summaries.
    for (const term of ['kieu', 'kiểu', 'lâu', 'đời']) expect(output.locales.ko!.search).not.toContain(`"${term}"`)
    expect(output.locales.vi!.search).toContain('"kieu"')
  })
})
