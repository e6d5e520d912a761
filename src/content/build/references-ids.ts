/** Ids: unique within their list, and a near miss suggested when one does not exist. */
import type { ProblemList } from './problems.ts'
import { closest } from './suggest.ts'
import type { YamlFile } from './types.ts'
import { whereIn } from './references-where.ts'

export const PLACE_ID_HINT = 'use the folder name of a place in places/'

export function checkUnique(
  items: readonly { id: string }[],
  yaml: YamlFile<unknown>,
  noun: string,
  problems: ProblemList,
): void {
  const seen = new Map<string, number>()
  items.forEach((item, i) => {
    const first = seen.get(item.id)
    if (first === undefined) {
      seen.set(item.id, i)
      return
    }
    problems.error({
      ...whereIn(yaml, [i, 'id']),
      message: `the ${noun} id "${item.id}" is used twice`,
      hint: `ids must be unique; the first one is on line ${yaml.source.lineOf([first, 'id'])}`,
    })
  })
}

/** "did you mean …?" when a known id is close (typo) or contains the given one; `otherwise` when none is. */
export function closestHint(id: string, ids: ReadonlySet<string>, otherwise: string): string {
  const suggestion = closest(id, ids) ?? [...ids].find((candidate) => candidate.includes(id) || id.includes(candidate))
  return suggestion ? `did you mean "${suggestion}"?` : otherwise
}
