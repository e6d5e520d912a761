/** A place's narrations: each file is in its folder, each language is offered by the site, one recording per language. */
import type { Site } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import { whereIn } from './references-where.ts'
import type { SourceFiles } from './source-files.ts'
import type { Entity } from './types.ts'

/** `site` is undefined when site.yaml could not be read: its own problem is reported already. */
export async function checkAudio(
  place: Entity<'places'>,
  site: Site | undefined,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  const audio = place.meta.data?.audio ?? []
  const firstOfLocale = new Map<string, number>()
  audio.forEach(({ locale }, i) => {
    const first = firstOfLocale.get(locale)
    if (first === undefined) {
      firstOfLocale.set(locale, i)
    } else {
      problems.error({
        ...whereIn(place.meta, ['audio', i, 'locale']),
        message: `there is already a recording in "${locale}"`,
        hint: `keep one recording per language; the first one is on line ${place.meta.source.lineOf(['audio', first, 'locale'])}`,
      })
    }
    if (site && !site.locales.includes(locale)) {
      problems.error({
        ...whereIn(place.meta, ['audio', i, 'locale']),
        message: `"${locale}" is not one of the site's languages`,
        hint: `site.yaml offers ${site.locales.join(', ')}; add "${locale}" to its \`locales\` or remove this recording`,
      })
    }
  })
  await Promise.all(
    audio.map(async ({ file }, i) => {
      // As for images: the listing catches a wrong letter case, reading puts the bytes in the content hash.
      if (!place.files.has(file) || !(await files.binary(`${place.folder}/${file}`))) {
        problems.error({
          ...whereIn(place.meta, ['audio', i, 'file']),
          message: `"${file}" is not in ${place.folder}/`,
          hint: 'put the recording next to meta.yaml, or fix the file name (it is case-sensitive)',
        })
      }
    }),
  )
}
