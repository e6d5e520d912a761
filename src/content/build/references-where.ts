/** Where a cross-file problem points: the file, the line and the dotted field. */
import type { YamlFile } from './types.ts'
import { fieldName, type FieldPath } from './yaml-source.ts'

export type Where = { file: string; line: number; field: string }

export function whereIn(yaml: YamlFile<unknown>, path: FieldPath): Where {
  return { file: yaml.file, line: yaml.source.lineOf(path), field: fieldName(path) }
}
