/**
 * Names of lunar years in the sexagenary cycle (can chi): one of ten
 * heavenly stems with one of twelve earthly branches, e.g. 2026 is Bính Ngọ,
 * 丙午, 병오, the Fire Horse.
 *
 * The year is the LUNAR year (from Tết), so 10 February 2026 still belongs to
 * Ất Tỵ: pass `solarToLunar(date).year`, not the Gregorian year.
 *
 * English follows the Vietnamese zodiac, which differs from the Chinese one
 * in three animals: Sửu is the water buffalo, Mão the cat (not the rabbit)
 * and Mùi the goat. The CJK names are the stems and branches themselves.
 */
import type { Locale } from '@/content/schema'

const STEMS: Record<Locale, readonly string[]> = {
  vi: ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'],
  // Stems pair up by element (wood, fire, earth, metal, water), yang then yin.
  en: ['Wood', 'Wood', 'Fire', 'Fire', 'Earth', 'Earth', 'Metal', 'Metal', 'Water', 'Water'],
  zh: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'],
  ja: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'],
  ko: ['갑', '을', '병', '정', '무', '기', '경', '신', '임', '계'],
}

const BRANCHES: Record<Locale, readonly string[]> = {
  vi: ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'],
  en: ['Rat', 'Buffalo', 'Tiger', 'Cat', 'Dragon', 'Snake', 'Horse', 'Goat', 'Monkey', 'Rooster', 'Dog', 'Pig'],
  zh: ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'],
  ja: ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'],
  ko: ['자', '축', '인', '묘', '진', '사', '오', '미', '신', '유', '술', '해'],
}

/** Word separator: Vietnamese and English write two words, CJK two characters. */
const SEPARATOR: Record<Locale, string> = { vi: ' ', en: ' ', zh: '', ja: '', ko: '' }

export interface SexagenaryYear {
  /** 0 = Giáp (甲) … 9 = Quý (癸). */
  readonly stem: number
  /** 0 = Tý (子, rat) … 11 = Hợi (亥, pig). */
  readonly branch: number
}

/** Position of a lunar year in the 60-year cycle; 4 CE (and so 1984, 2044) was Giáp Tý. */
export function sexagenaryYear(lunarYear: number): SexagenaryYear {
  const cycle = (((lunarYear - 4) % 60) + 60) % 60
  return { stem: cycle % 10, branch: cycle % 12 }
}

/** The name of a lunar year, e.g. canChi(2026) → 'Bính Ngọ', canChi(2026, 'en') → 'Fire Horse'. */
export function canChi(lunarYear: number, locale: Locale = 'vi'): string {
  const { stem, branch } = sexagenaryYear(lunarYear)
  return `${STEMS[locale][stem]}${SEPARATOR[locale]}${BRANCHES[locale][branch]}`
}
