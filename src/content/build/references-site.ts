/** site.yaml rules zod cannot express: required locales, sane bounds, the basemap file. */
import { REQUIRED_LOCALES, type Site } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import { checkInBounds } from './references-bounds.ts'
import { whereIn } from './references-where.ts'
import type { SourceFiles } from './source-files.ts'
import type { YamlFile } from './types.ts'
import type { FieldPath } from './yaml-source.ts'

/** `site.data` must be set (the caller checks). */
export function checkSite(site: YamlFile<Site>, problems: ProblemList): void {
  const data = site.data!
  const at = (path: FieldPath) => whereIn(site, path)
  for (const locale of REQUIRED_LOCALES) {
    if (!data.locales.includes(locale)) {
      problems.error({
        ...at(['locales']),
        message: `must include "${locale}"`,
        hint: 'Vietnamese and English are always offered',
      })
    }
  }
  data.locales.forEach((locale, i) => {
    if (data.locales.indexOf(locale) !== i)
      problems.error({ ...at(['locales', i]), message: `"${locale}" is listed twice`, hint: 'delete one' })
  })
  const [[west, south], [east, north]] = data.map.bounds
  if (west >= east || south >= north) {
    problems.error({
      ...at(['map', 'bounds']),
      message: 'is not [[west, south], [east, north]]',
      hint: 'the first corner is the south-west one; each corner is [longitude, latitude]',
    })
    return
  }
  checkInBounds(data.map.center, data, at(['map', 'center']), problems)
}

/** `site.data.map.basemap` must be set (the caller checks). */
export async function checkBasemap(site: YamlFile<Site>, files: SourceFiles, problems: ProblemList): Promise<void> {
  const file = site.data!.map.basemap!
  if (await files.binary(file)) return
  problems.error({
    ...whereIn(site, ['map', 'basemap']),
    message: `"${file}" is not in the content folder`,
    hint: 'the path is relative to the content folder; `npm run basemap` builds the archive, or remove `basemap` to show places on a plain background',
  })
}
