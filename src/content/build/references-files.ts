/** The files of one entry's folder: the required texts exist, listed files exist, nothing lies there unused. */
import { AUDIO_EXTENSIONS, REQUIRED_LOCALES, type EntityKind } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import { checkImages } from './references-images.ts'
import { checkTexts } from './references-texts.ts'
import type { SourceFiles } from './source-files.ts'
import type { Entity, MetaOf } from './types.ts'

export async function checkEntityFiles(entity: Entity, files: SourceFiles, problems: ProblemList): Promise<void> {
  checkRequiredTexts(entity, problems)
  const meta = entity.meta.data
  if (!meta) return
  await checkImages(entity, meta, files, problems)
  checkTexts(entity, meta, problems)
  checkUnusedFiles(entity, meta, problems)
}

function checkRequiredTexts(entity: Entity, problems: ProblemList): void {
  for (const locale of REQUIRED_LOCALES) {
    if (!entity.files.has(`${locale}.md`)) {
      problems.error({
        file: `${entity.folder}/${locale}.md`,
        message: `the ${locale === 'vi' ? 'Vietnamese' : 'English'} text is missing`,
        hint: 'every entry needs vi.md and en.md; copy the other one and translate it',
      })
    }
  }
}

/** Markdown files are skipped: the loader already reports one not named after a locale. */
function checkUnusedFiles(entity: Entity, meta: MetaOf<EntityKind>, problems: ProblemList): void {
  const used = new Set(['meta.yaml', ...Object.keys(entity.texts).map((l) => `${l}.md`)])
  for (const image of meta.images) used.add(image.file)
  if ('audio' in meta) for (const audio of meta.audio) used.add(audio.file)
  if ('route' in meta && typeof meta.route === 'string') used.add(meta.route)
  for (const name of entity.files) {
    if (!used.has(name) && !name.endsWith('.md')) {
      problems.warn({
        file: `${entity.folder}/${name}`,
        message: 'is not used by meta.yaml',
        hint: unusedHint(entity.kind, name),
      })
    }
  }
}

const AUDIO_FILE = new RegExp(`\\.(${AUDIO_EXTENSIONS.join('|')})$`, 'i')

function unusedHint(kind: EntityKind, name: string): string {
  if (!AUDIO_FILE.test(name)) return 'list it under `images:` (with credit and licence) or delete it'
  return kind === 'places'
    ? 'list it under `audio:` (with locale, credit and licence) or delete it'
    : `only places have recordings; delete it or move it to the place's folder`
}
