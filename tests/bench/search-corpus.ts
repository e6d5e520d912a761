/**
 * The synthetic corpus of the search benchmark (tests/bench/search.ts):
 * places in five locales, deterministic (seeded PRNG). Names combine real
 * Vietnamese place-name syllables, with their Korean, Chinese and Japanese
 * renderings, and generated ones, so that ten thousand names are mostly
 * distinct, as in a real city; summaries draw words from the real content
 * of the same locale.
 */
import type { LocaleContent } from '../../src/content/model.ts'
import type { Locale } from '../../src/content/schema.ts'

export type Rng = () => number

/** mulberry32: small, fast and deterministic. */
export function seeded(seed: number): Rng {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!

/** Syllables of real place names: Vietnamese, Korean, Sino-Vietnamese Chinese, Japanese katakana. */
type Syllable = readonly [vi: string, ko: string, zh: string, ja: string]

const SYLLABLES: Syllable[] = [
  ['Hải', '하이', '海', 'ハイ'],
  ['Phòng', '퐁', '防', 'フォン'],
  ['Cát', '깟', '吉', 'カット'],
  ['Bà', '바', '婆', 'バー'],
  ['Đồ', '도', '涂', 'ドー'],
  ['Sơn', '선', '山', 'ソン'],
  ['Long', '롱', '龙', 'ロン'],
  ['Bạch', '박', '白', 'バック'],
  ['Đằng', '당', '藤', 'ダン'],
  ['Kiến', '끼엔', '建', 'キエン'],
  ['An', '안', '安', 'アン'],
  ['Thủy', '투이', '水', 'トゥイ'],
  ['Nguyên', '응우옌', '源', 'グエン'],
  ['Tiên', '띠엔', '仙', 'ティエン'],
  ['Lãng', '랑', '浪', 'ラン'],
  ['Vĩnh', '빈', '永', 'ヴィン'],
  ['Bảo', '바오', '宝', 'バオ'],
  ['Minh', '민', '明', 'ミン'],
  ['Quang', '꽝', '光', 'クアン'],
  ['Phúc', '푹', '福', 'フック'],
  ['Lâm', '럼', '林', 'ラム'],
  ['Hòa', '화', '和', 'ホア'],
  ['Đông', '동', '东', 'ドン'],
  ['Tây', '떠이', '西', 'タイ'],
  ['Nam', '남', '南', 'ナム'],
  ['Bắc', '박', '北', 'バック'],
  ['Trung', '쭝', '中', 'チュン'],
  ['Hưng', '흥', '兴', 'フン'],
  ['Thành', '타인', '城', 'タイン'],
  ['Ngọc', '응옥', '玉', 'ゴック'],
  ['Vân', '번', '云', 'ヴァン'],
  ['Hạ', '하', '夏', 'ハー'],
  ['Lan', '란', '兰', 'ラン'],
  ['Dư', '즈', '余', 'ズー'],
  ['Hàng', '항', '杭', 'ハン'],
  ['Kênh', '껜', '渠', 'ケン'],
  ['Nghè', '응에', '艺', 'ゲー'],
  ['Côn', '꼰', '昆', 'コン'],
  ['Kiếp', '끼엡', '劫', 'キエップ'],
  ['Bình', '빈', '平', 'ビン'],
  ['Khê', '케', '溪', 'ケー'],
  ['Lê', '레', '黎', 'レー'],
  ['Chân', '쩐', '真', 'チャン'],
  ['Trần', '쩐', '陈', 'チャン'],
  ['Mao', '마오', '茅', 'マオ'],
  ['Điền', '디엔', '田', 'ディエン'],
  ['Việt', '비엣', '越', 'ベト'],
  ['Cái', '까이', '盖', 'カイ'],
  ['Bèo', '베오', '萍', 'ベオ'],
  ['Quỳnh', '뀐', '琼', 'クイン'],
]

/** Kinds of place: [vi, en, ko, zh, ja, category id]. */
const PLACE_TYPES: [string, string, string, string, string, string][] = [
  ['Chùa', 'Pagoda', '사원', '寺', '寺', 'religious'],
  ['Đền', 'Temple', '사당', '祠', '祠', 'religious'],
  ['Đình', 'Communal House', '딘', '亭', '亭', 'religious'],
  ['Nhà thờ', 'Church', '성당', '教堂', '教会', 'heritage'],
  ['Chợ', 'Market', '시장', '市场', '市場', 'market'],
  ['Bảo tàng', 'Museum', '박물관', '博物馆', '博物館', 'museum'],
  ['Hồ', 'Lake', '호수', '湖', '湖', 'park'],
  ['Đảo', 'Island', '섬', '岛', '島', 'island-beach'],
  ['Bãi biển', 'Beach', '해변', '海滩', 'ビーチ', 'island-beach'],
  ['Làng', 'Village', '마을', '村', '村', 'heritage'],
  ['Phố', 'Street', '거리', '街', '通り', 'market'],
  ['Cầu', 'Bridge', '다리', '桥', '橋', 'transport'],
  ['Công viên', 'Park', '공원', '公园', '公園', 'park'],
  ['Quán', 'Eatery', '식당', '餐馆', '食堂', 'food'],
  ['Hang', 'Cave', '동굴', '洞', '洞窟', 'nature'],
  ['Núi', 'Mountain', '산', '山', '山', 'nature'],
]

const TAGS = [
  'free',
  'family',
  'photo',
  'outdoor',
  'night',
  'pilgrimage',
  'architecture',
  'street-food',
  'boat',
  'hiking',
]

const ONSETS = [
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
]
const RHYMES = [
  'a',
  'ai',
  'am',
  'an',
  'ang',
  'anh',
  'ao',
  'at',
  'ăn',
  'ăng',
  'âm',
  'ân',
  'âu',
  'e',
  'em',
  'en',
  'ê',
  'ênh',
  'i',
  'im',
  'in',
  'inh',
  'iêm',
  'iên',
  'iêu',
  'o',
  'oa',
  'oan',
  'oang',
  'oi',
  'on',
  'ong',
  'ô',
  'ôi',
  'ôn',
  'ông',
  'ơ',
  'ơi',
  'ơn',
  'u',
  'ui',
  'un',
  'ung',
  'uyên',
  'ư',
  'ưa',
  'ưng',
  'ươi',
  'ương',
]
/** None, grave, acute, tilde, hook above, dot below: placed after the rhyme's first vowel letter. */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']

/** A Vietnamese-shaped syllable and made-up renderings: a Hangul block, a Han character, two katakana. */
function generatedSyllable(rng: Rng): Syllable {
  const rhyme = pick(rng, RHYMES).normalize('NFD')
  // After the first vowel letter and its own marks (circumflex, breve, horn), as Vietnamese writes it.
  let at = rhyme.search(/[aeiouy]/) + 1
  while (/[\u0302\u0306\u031b]/.test(rhyme[at] ?? '')) at += 1
  const vi = (pick(rng, ONSETS) + rhyme.slice(0, at) + pick(rng, TONES) + rhyme.slice(at)).normalize('NFC')
  const hangul = String.fromCharCode(0xac00 + Math.floor(rng() * 11172))
  const han = String.fromCharCode(0x4e00 + Math.floor(rng() * 0x5000))
  const kana = () => String.fromCharCode(0x30a2 + Math.floor(rng() * 0x51))
  return [vi[0]!.toUpperCase() + vi.slice(1), hangul, han, kana() + kana()]
}

/** The real syllables, then generated ones (distinct, in a fixed order) up to `size`. */
function syllablePool(size: number): Syllable[] {
  const rng = seeded(2024)
  const pool = [...SYLLABLES]
  const seen = new Set(pool.map((s) => s[0]))
  while (pool.length < size) {
    const syllable = generatedSyllable(rng)
    if (!seen.has(syllable[0])) pool.push(syllable)
    seen.add(syllable[0])
  }
  return pool.slice(0, size)
}

export interface SyntheticPlace {
  id: string
  names: Record<Locale, string>
  category: string
  tags: string[]
  street: [Syllable, Syllable]
  number: number
}

/**
 * `syllables`: how many syllables names draw from: the real ones first, then
 * generated ones. With only the 50 real ones, every word of a name is in one
 * place in 25 of a 10,000-place index: a stress case, not a city.
 */
export function syntheticPlaces(rng: Rng, count: number, syllables: number): SyntheticPlace[] {
  const pool = syllablePool(syllables)
  return Array.from({ length: count }, (_, n) => {
    const a = pick(rng, pool)
    const b = pick(rng, pool)
    const type = pick(rng, PLACE_TYPES)
    return {
      id: `place-${n}`,
      names: {
        vi: `${type[0]} ${a[0]} ${b[0]}`,
        en: `${a[0]} ${b[0]} ${type[1]}`,
        ko: `${a[1]}${b[1]} ${type[2]}`,
        zh: `${a[2]}${b[2]}${type[3]}`,
        ja: `${a[3]}${b[3]}${type[4]}`,
      },
      category: type[5],
      tags: TAGS.filter(() => rng() < 0.2),
      street: [pick(rng, pool), pick(rng, pool)],
      number: 1 + Math.floor(rng() * 300),
    }
  })
}

export function address(place: SyntheticPlace, locale: Locale): string {
  const [a, b] = place.street
  switch (locale) {
    case 'vi':
      return `${place.number} phố ${a![0]} ${b![0]}, Hải Phòng`
    case 'ko':
      return `하이퐁 ${a![1]}${b![1]} 거리 ${place.number}번지`
    case 'zh':
      return `海防 ${a![0]} ${b![0]} 街${place.number}号`
    case 'ja':
      return `ハイフォン、${a![3]}${b![3]}通り${place.number}番地`
    default:
      return `${place.number} ${a![0]} ${b![0]} Street, Hải Phòng`
  }
}

/** Words (or, for Chinese and Japanese, short runs of characters) of the real text in each locale. */
export function wordPools(texts: Map<Locale, LocaleContent>): Map<Locale, string[]> {
  return new Map(
    [...texts].map(([locale, content]) => {
      const prose = Object.values(content.places)
        .map((p) => `${p.summary} ${p.bodyHtml.replace(/<[^>]+>/g, ' ')}`)
        .join(' ')
      const pieces =
        locale === 'zh' || locale === 'ja'
          ? (prose.replace(/\s+/g, '').match(/.{2,4}/gu) ?? [])
          : prose.split(/\s+/).filter((w) => w !== '')
      return [locale, pieces] as const
    }),
  )
}

export function syntheticSummary(rng: Rng, pool: string[], locale: Locale): string {
  const glue = locale === 'zh' || locale === 'ja' ? '' : ' '
  return Array.from({ length: 18 + Math.floor(rng() * 14) }, () => pick(rng, pool)).join(glue)
}
