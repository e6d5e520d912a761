/** Every image listed in meta.yaml is a file in the entry's folder, and an SVG one is a plain drawing. */
import type { EntityKind } from '../schema.ts'
import type { ProblemList } from './problems.ts'
import { whereIn } from './references-where.ts'
import type { SourceFiles } from './source-files.ts'
import { findActiveContent } from './svg-active-content.ts'
import type { Entity, MetaOf } from './types.ts'

export async function checkImages(
  entity: Entity,
  meta: MetaOf<EntityKind>,
  files: SourceFiles,
  problems: ProblemList,
): Promise<void> {
  await Promise.all(
    meta.images.map(async (image, i) => {
      const file = `${entity.folder}/${image.file}`
      // The folder listing catches a wrong letter case that a case-insensitive disk would forgive;
      // reading the file puts its bytes in the content hash.
      const bytes = entity.files.has(image.file) ? await files.bytes(file) : undefined
      if (!bytes) {
        problems.error({
          ...whereIn(entity.meta, ['images', i, 'file']),
          message: `"${image.file}" is not in ${entity.folder}/`,
          hint: 'put the image file next to meta.yaml, or fix the file name (it is case-sensitive)',
        })
        return
      }
      // The build publishes the file in the guide's origin, where an SVG opened on its own runs its scripts.
      if (/\.svg$/i.test(image.file)) {
        for (const issue of findActiveContent(new TextDecoder().decode(bytes))) problems.error({ file, ...issue })
      }
    }),
  )
}
