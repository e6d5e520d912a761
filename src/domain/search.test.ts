import { describe, expect, it } from 'vitest'
import { buildSearchIndex, loadSearchIndex, type SearchDoc } from './search'

function place(id: string, name: string, names: string[], extra: Partial<SearchDoc> = {}): SearchDoc {
  return { kind: 'place', id, name, names, summary: `About ${name}.`, tags: [], ...extra }
}

/** An English-locale index, shaped like the build's: English text plus the names in other locales. */
const DOCS: SearchDoc[] = [
  place('chua-du-hang', 'Dư Hàng Pagoda', ['Chùa Dư Hàng', '즈항 사원', '福林寺（Dư Hàng 寺）', 'ズーハン寺'], {
    address: '121 Dư Hàng Street, Hải Phòng',
    category: 'Pagodas, temples & communal houses',
    tags: ['pilgrimage', 'free'],
  }),
  // "Chúa" (lord) folds to "chua" too, and sits in the name, the heaviest field.
  place('ho-chua', 'Chúa Lake', ['Hồ Chúa'], { category: 'Islands, bays & beaches' }),
  place('nha-hat-lon', 'Hải Phòng Opera House', ['Nhà hát Lớn Hải Phòng', '하이퐁 오페라하우스', '海防大剧院'], {
    address: '19 Đinh Tiên Hoàng, Hải Phòng',
    category: 'Heritage & architecture',
    tags: ['architecture', 'city-centre'],
  }),
  place('banh-da-cua', 'Bánh đa cua (crab noodle soup)', ['Bánh đa cua', '반다꾸어(게 국수)', '蟹汤粉'], {
    category: 'Food & drink',
    tags: ['street-food'],
  }),
  place('den-nghe', 'Nghè Temple', ['Đền Nghè', '응에 사당'], { category: 'Pagodas, temples & communal houses' }),
  place('bao-tang', 'Hải Phòng Museum', ['Bảo tàng Hải Phòng', '하이퐁 박물관', '海防博物馆'], {
    summary: 'The city museum, near the opera house.',
    category: 'Museums',
  }),
  place('cat-ba', 'Cát Bà National Park', ['Vườn quốc gia Cát Bà', '깟바 국립공원'], { tags: ['hiking'] }),
  place('hoa-binh', 'Hòa Bình Park', ['Công viên Hoà Bình']),
  {
    kind: 'itinerary',
    id: 'pho-co',
    name: 'Old quarter walk',
    names: ['Dạo phố cổ'],
    summary: 'Past the opera house.',
    tags: [],
  },
  // The same id as a place: keys are per kind.
  {
    kind: 'event',
    id: 'banh-da-cua',
    name: 'Crab noodle fair',
    names: ['Hội bánh đa cua'],
    summary: 'Yearly.',
    tags: [],
  },
]

const index = loadSearchIndex(buildSearchIndex(DOCS))
const ids = (query: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(query, options).map((h) => (h.kind === 'place' ? h.id : `${h.kind}:${h.id}`))
const first = (query: string) => ids(query)[0]

describe('search: Vietnamese folding', () => {
  it('finds names typed without diacritics', () => {
    expect(first('chua du hang')).toBe('chua-du-hang')
    expect(first('banh da cua')).toBe('banh-da-cua')
    expect(first('nha hat lon')).toBe('nha-hat-lon')
  })

  it('maps đ to d both ways', () => {
    expect(first('den nghe')).toBe('den-nghe')
    expect(first('đen nghe')).toBe('den-nghe')
  })

  it('finds names typed with diacritics', () => {
    expect(first('Chùa Dư Hàng')).toBe('chua-du-hang')
    expect(first('Đền Nghè')).toBe('den-nghe')
  })

  it('ranks exact diacritics above folded-only matches, even against a heavier field', () => {
    // Without diacritics "Chúa Lake" wins: "chua" is in its name, and only in Dư Hàng's other names.
    expect(ids('chua').slice(0, 2)).toEqual(['ho-chua', 'chua-du-hang'])
    expect(ids('chùa').slice(0, 2)).toEqual(['chua-du-hang', 'ho-chua'])
    expect(ids('chúa').slice(0, 2)).toEqual(['ho-chua', 'chua-du-hang'])
  })

  it('treats the old and new tone placements alike', () => {
    const newStyle = index.search('hòa bình')
    const oldStyle = index.search('hoà bình')
    expect(newStyle[0]?.id).toBe('hoa-binh')
    expect(oldStyle[0]?.score).toBeCloseTo(newStyle[0]!.score)
  })

  it('finds Vietnamese names written as one word', () => {
    expect(first('haiphong opera')).toBe('nha-hat-lon')
    expect(first('catba')).toBe('cat-ba')
  })
})

describe('search: Latin prefixes and typos', () => {
  it('completes words as they are typed', () => {
    expect(first('oper')).toBe('nha-hat-lon')
    expect(first('banh d')).toBe('banh-da-cua')
    expect(first('Đền N')).toBe('den-nghe')
  })

  it('forgives a typo in longer words', () => {
    expect(first('opra house')).toBe('nha-hat-lon')
    expect(first('pagada')).toBe('chua-du-hang')
    expect(first('musem')).toBe('bao-tang')
  })

  it('forgives typos only in words the index does not have', () => {
    // "hang" is a word of the index; read as a typo it would also match "Lang", one letter away.
    const small = loadSearchIndex(
      buildSearchIndex([place('hang-lake', 'Hang Lake', []), place('lang-village', 'Lang Village', [])]),
    )
    expect(small.search('hang villge').map((hit) => hit.id)).toEqual(['hang-lake'])
    expect(small.search('lang villge').map((hit) => hit.id)).toEqual(['lang-village'])
  })

  it('finds category labels and tags', () => {
    expect(ids('museums')).toContain('bao-tang')
    expect(ids('pilgrimage')).toEqual(['chua-du-hang'])
    expect(ids('street food')[0]).toBe('banh-da-cua')
  })

  it('ranks a name above a mention in a summary', () => {
    expect(ids('opera').slice(0, 1)).toEqual(['nha-hat-lon'])
    expect(ids('opera')).toEqual(expect.arrayContaining(['bao-tang', 'itinerary:pho-co']))
  })
})

describe('search: Chinese, Japanese and Korean', () => {
  it('finds Korean names by words and parts of words', () => {
    expect(first('하이퐁 오페라')).toBe('nha-hat-lon')
    expect(first('오페라')).toBe('nha-hat-lon')
    expect(first('박물관')).toBe('bao-tang')
  })

  it('finds Chinese and Japanese by substrings', () => {
    expect(ids('海防')).toEqual(expect.arrayContaining(['nha-hat-lon', 'bao-tang']))
    expect(first('大剧院')).toBe('nha-hat-lon')
    expect(first('ズーハン')).toBe('chua-du-hang')
  })

  it('finds one character, wherever it sits in a name', () => {
    expect(ids('寺')).toEqual(['chua-du-hang'])
    expect(ids('蟹')).toEqual(['banh-da-cua'])
  })
})

describe('search: results', () => {
  it('returns plain entity ids with their kind', () => {
    const hits = index.search('banh da cua')
    expect(hits.map((h) => [h.kind, h.id])).toEqual(
      expect.arrayContaining([
        ['place', 'banh-da-cua'],
        ['event', 'banh-da-cua'],
      ]),
    )
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true)
  })

  it('filters by kind and limits the number of hits', () => {
    expect(ids('opera', { kinds: ['itinerary'] })).toEqual(['itinerary:pho-co'])
    expect(ids('banh da cua', { kinds: ['event'] })).toEqual(['event:banh-da-cua'])
    expect(index.search('opera', { limit: 1 })).toHaveLength(1)
  })

  it('finds nothing for a blank query', () => {
    expect(index.search('')).toEqual([])
    expect(index.search('  ,  ')).toEqual([])
  })

  it('says what to do when the serialised index is unreadable', () => {
    expect(() => loadSearchIndex('{"not":"an index"')).toThrow(/rebuild the app/)
  })
})
