import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentMp3 } from '../../../tests/fixtures/silent-mp3.ts'
import { placeMetaSchema, type Site } from '../schema.ts'
import { ProblemList, formatProblem } from './problems.ts'
import { checkAudio } from './references-audio.ts'
import { checkEntityFiles } from './references-files.ts'
import { SourceFiles } from './source-files.ts'
import type { Entity } from './types.ts'
import { parseYaml } from './yaml-source.ts'

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url))
const site = { locales: ['vi', 'en', 'ko'] } as Site
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'content-audio-'))
  await mkdir(path.join(dir, 'places', 'cho-sat'), { recursive: true })
  for (const name of ['narration-vi.mp3', 'narration-en.mp3', 'narration-ko.ogg', 'old-take.mp3']) {
    await writeFile(path.join(dir, 'places', 'cho-sat', name), silentMp3(1))
  }
})

afterAll(async () => {
  await rm(dir, { recursive: true })
})

/** A place whose meta.yaml is `audioYaml` after two fixed lines, in a folder holding `files`. */
function placeWith(audioYaml: string, files = ['meta.yaml', 'vi.md', 'en.md']): Entity<'places'> {
  const problems = new ProblemList()
  const text = `category: market\nlocation: [106.6751, 20.8629]\n${audioYaml}`
  const source = parseYaml(text, 'places/cho-sat/meta.yaml', problems)
  expect(problems.items).toEqual([])
  const meta = { file: 'places/cho-sat/meta.yaml', source, data: placeMetaSchema.parse(source.value) }
  return { kind: 'places', id: 'cho-sat', folder: 'places/cho-sat', meta, texts: {}, files: new Set(files) }
}

async function audioProblems(place: Entity<'places'>, withSite: Site | undefined): Promise<string[]> {
  const problems = new ProblemList()
  await checkAudio(place, withSite, new SourceFiles(dir, problems), problems)
  return problems.items.map((p) => `${p.severity} ${formatProblem(p)}`)
}

const entry = (file: string, locale: string) =>
  `  - file: ${file}\n    locale: ${locale}\n    credit: Test\n    licence: CC0 1.0\n`

describe('checkAudio', () => {
  it('accepts one recording per site language, each next to meta.yaml', async () => {
    const place = placeWith(
      `audio:\n${entry('narration-vi.mp3', 'vi')}${entry('narration-en.mp3', 'en')}${entry('narration-ko.ogg', 'ko')}`,
      ['meta.yaml', 'narration-vi.mp3', 'narration-en.mp3', 'narration-ko.ogg'],
    )
    expect(await audioProblems(place, site)).toEqual([])
  })

  it('reports a second recording in one language at its locale, pointing at the first', async () => {
    const place = placeWith(`audio:\n${entry('narration-vi.mp3', 'vi')}${entry('old-take.mp3', 'vi')}`, [
      'narration-vi.mp3',
      'old-take.mp3',
    ])
    expect(await audioProblems(place, site)).toEqual([
      'error places/cho-sat/meta.yaml:9 audio[1].locale: there is already a recording in "vi" — keep one recording per language; the first one is on line 5',
    ])
  })

  it('reports a language the site does not offer, unless site.yaml could not be read', async () => {
    const place = placeWith(`audio:\n${entry('narration-vi.mp3', 'ja')}`, ['narration-vi.mp3'])
    expect(await audioProblems(place, site)).toEqual([
      'error places/cho-sat/meta.yaml:5 audio[0].locale: "ja" is not one of the site\'s languages — site.yaml offers vi, en, ko; add "ja" to its `locales` or remove this recording',
    ])
    expect(await audioProblems(place, undefined)).toEqual([])
  })

  it('reports a missing file, and a name whose letter case differs from the file’s', async () => {
    const place = placeWith(`audio:\n${entry('narration-zh.mp3', 'vi')}${entry('Narration-en.mp3', 'en')}`, [
      'narration-en.mp3',
    ])
    expect(await audioProblems(place, site)).toEqual([
      'error places/cho-sat/meta.yaml:4 audio[0].file: "narration-zh.mp3" is not in places/cho-sat/ — put the recording next to meta.yaml, or fix the file name (it is case-sensitive)',
      'error places/cho-sat/meta.yaml:8 audio[1].file: "Narration-en.mp3" is not in places/cho-sat/ — put the recording next to meta.yaml, or fix the file name (it is case-sensitive)',
    ])
  })

  it('is quiet for a place without recordings', async () => {
    expect(await audioProblems(placeWith(''), site)).toEqual([])
  })
})

describe('recordings and the unused-file warning', () => {
  it('counts listed recordings as used and says where an unlisted one belongs', async () => {
    const place = placeWith(`audio:\n${entry('narration-vi.mp3', 'vi')}`, [
      'meta.yaml',
      'narration-vi.mp3',
      'old-take.mp3',
    ])
    const problems = new ProblemList()
    await checkEntityFiles(place, new SourceFiles(dir, problems), problems)
    expect(problems.items.filter((p) => p.severity === 'warning').map(formatProblem)).toEqual([
      'places/cho-sat/old-take.mp3 is not used by meta.yaml — list it under `audio:` (with locale, credit and licence) or delete it',
    ])
  })
})

describe('the silent MP3 fixtures', () => {
  it('are still what tests/fixtures/silent-mp3.ts writes', async () => {
    const found = await findMp3(fixtures)
    expect(found.length).toBeGreaterThan(0)
    for (const file of found) {
      const bytes = await readFile(file)
      // Lengths differ on purpose (the build would merge identical files into one asset).
      const seconds = ((bytes.byteLength / 144) * 1152) / 32_000
      expect(Buffer.compare(bytes, silentMp3(seconds)), file).toBe(0)
    }
  })

  it('are whole MPEG-1 Layer III frames, one second long', () => {
    const bytes = silentMp3(1)
    expect(bytes.byteLength).toBe(28 * 144)
    expect([...bytes.subarray(144, 148)]).toEqual([0xff, 0xfb, 0x18, 0xc0])
    // 1152 samples at 32 kHz a frame: rounded up to whole frames.
    expect(silentMp3(0.5).byteLength).toBe(14 * 144)
  })
})

async function findMp3(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.mp3')).map((e) => path.join(e.parentPath, e.name))
}
