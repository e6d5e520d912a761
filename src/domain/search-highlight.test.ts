import { describe, expect, it } from 'vitest'
import { matchRanges } from './search-highlight'

describe('matchRanges', () => {
  const marked = (text: string, query: string) => matchRanges(text, query).map(([s, e]) => text.slice(s, e))

  it('marks words whatever the diacritics of text and query', () => {
    expect(marked('Chùa Dư Hàng', 'chua du')).toEqual(['Chùa', 'Dư'])
    expect(marked('Bánh đa cua', 'Banh Đa')).toEqual(['Bánh', 'đa'])
  })

  it('marks the typed start of a word only', () => {
    expect(marked('Hải Phòng Opera House', 'ope')).toEqual(['Ope'])
    expect(marked('Bánh đa cua', 'an')).toEqual([])
  })

  it('marks a Vietnamese name written as one word across the space', () => {
    expect(marked('Nhà hát Lớn Hải Phòng', 'haiphong')).toEqual(['Hải Phòng'])
  })

  it('marks CJK and Hangul substrings anywhere', () => {
    expect(marked('하이퐁 오페라하우스', '오페라')).toEqual(['오페라'])
    expect(marked('福林寺（Dư Hàng 寺）', '寺')).toEqual(['寺', '寺'])
  })

  it('gives indices in the original string, decomposed text included', () => {
    const text = 'Đền Nghè'.normalize('NFD')
    expect(matchRanges(text, 'nghe')).toEqual([[text.indexOf('N'), text.length]])
  })

  it('merges overlapping matches', () => {
    expect(matchRanges('Hải Phòng', 'hai haiphong')).toEqual([[0, 9]])
  })
})
