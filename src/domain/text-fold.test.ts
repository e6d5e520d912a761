import { describe, expect, it } from 'vitest'
import { exactTerm, foldText, isCjkTerm, tokenize } from './text-fold'

describe('foldText', () => {
  it('drops Vietnamese tone and vowel marks and lower-cases', () => {
    expect(foldText('Chùa Dư Hàng')).toBe('chua du hang')
    expect(foldText('Bánh đa cua')).toBe('banh da cua')
    expect(foldText('Nguyễn Bỉnh Khiêm, Thủy, Ước, Ầm')).toBe('nguyen binh khiem, thuy, uoc, am')
  })

  it('maps đ and Đ, which have no Unicode decomposition, to d', () => {
    expect(foldText('Đền Đồ Sơn đình')).toBe('den do son dinh')
  })

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldText('Chùa'.normalize('NFD'))).toBe('chua')
  })

  it('turns full-width letters, digits and punctuation into their usual forms', () => {
    expect(foldText('ＨＡＩ　ＰＨＯＮＧ１２３，')).toBe('hai phong123,')
  })

  it('keeps CJK and Hangul intact, Japanese voiced marks included', () => {
    expect(foldText('海防 하이퐁 ガイド')).toBe('海防 하이퐁 ガイド')
    expect(foldText('ｶﾞｲﾄﾞ')).toBe('ガイド')
  })
})

describe('exactTerm', () => {
  it('keeps diacritics, lower-cased', () => {
    expect(exactTerm('Chùa')).toBe('chùa')
    expect(exactTerm('Đền')).toBe('đền')
    expect(exactTerm('hang')).toBe('hang')
  })

  it('gives the old and new tone placements one form', () => {
    expect(exactTerm('hoà')).toBe(exactTerm('hòa'))
    expect(exactTerm('Thuỷ')).toBe(exactTerm('thủy'))
    expect(exactTerm('hoà'.normalize('NFD'))).toBe(exactTerm('hòa'))
  })

  it('keeps a word typed up to its toned vowel a prefix of the whole word', () => {
    expect(exactTerm('hoàng').startsWith(exactTerm('hoà'))).toBe(true)
    expect(exactTerm('chùa').startsWith(exactTerm('chù'))).toBe(true)
  })

  it('keeps vowels with two marks whole', () => {
    expect(exactTerm('Ầm')).toBe('ầm')
    expect(exactTerm('người')).toBe(exactTerm('người'.normalize('NFD')))
  })
})

describe('tokenize', () => {
  it('splits Latin and Vietnamese words on anything that is not a letter or digit', () => {
    expect(tokenize('Chùa Dư Hàng (121 phố Dư Hàng), Lê-Chân')).toEqual([
      'Chùa',
      'Dư',
      'Hàng',
      '121',
      'phố',
      'Dư',
      'Hàng',
      'Lê',
      'Chân',
    ])
  })

  it('emits overlapping bigrams for Han, kana and Hangul runs, and a one-character run whole', () => {
    expect(tokenize('하이퐁 오페라')).toEqual(['하이', '이퐁', '오페', '페라'])
    expect(tokenize('海防歌剧院')).toEqual(['海防', '防歌', '歌剧', '剧院'])
    expect(tokenize('ビーチ')).toEqual(['ビー', 'ーチ'])
    expect(tokenize('寺')).toEqual(['寺'])
  })

  it('splits CJK runs at CJK punctuation and at other scripts', () => {
    expect(tokenize('海防、港口')).toEqual(['海防', '港口'])
    expect(tokenize('Dư Hàng 街121号')).toEqual(['Dư', 'Hàng', '街', '121', '号'])
    expect(tokenize('福林寺（Dư Hàng 寺）')).toEqual(['福林', '林寺', 'Dư', 'Hàng', '寺'])
  })

  it('ends each CJK run with its last character alone when asked, so one character starts some term', () => {
    expect(tokenize('福林寺', { lastCharacter: true })).toEqual(['福林', '林寺', '寺'])
  })

  it('joins words separated by spaces only when asked', () => {
    expect(tokenize('Hải Phòng – Cát Bà', { joinWords: true })).toEqual([
      'Hải',
      'HảiPhòng',
      'Phòng',
      'Cát',
      'CátBà',
      'Bà',
    ])
    expect(tokenize('Old town', { joinWords: true })).toEqual(['Old', 'town'])
  })
})

describe('isCjkTerm', () => {
  it('tells CJK and Hangul from other scripts', () => {
    expect(isCjkTerm('海防')).toBe(true)
    expect(isCjkTerm('오페')).toBe(true)
    expect(isCjkTerm('ハイ')).toBe(true)
    expect(isCjkTerm('chùa')).toBe(false)
    expect(isCjkTerm('121')).toBe(false)
  })
})
