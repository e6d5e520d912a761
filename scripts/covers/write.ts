/** Writes the planned covers, leaving hand-made ones and unchanged files alone. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { planCovers } from './plan.ts'
import { MARKER, renderCover } from './svg.ts'

/** Covers stay small enough to inline and to precache by the dozen. */
export const MAX_BYTES = 4096

export interface WriteResult {
  written: number
  unchanged: number
  /** cover.svg files without the generator's marker, kept as they are. */
  kept: string[]
}

export function writeCovers(contentDir: string): WriteResult {
  let written = 0
  let unchanged = 0
  const kept: string[] = []
  for (const job of planCovers(contentDir)) {
    const file = join(job.dir, 'cover.svg')
    const svg = renderCover(job.key, job.motif, job.colour)
    if (Buffer.byteLength(svg) > MAX_BYTES)
      throw new Error(
        `generate-covers: ${file} would be ${Buffer.byteLength(svg)} bytes, over ${MAX_BYTES}; simplify the "${job.motif}" motif.`,
      )
    const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined
    if (old !== undefined && !old.includes(MARKER)) {
      kept.push(file)
      continue
    }
    if (old === svg) {
      unchanged++
      continue
    }
    writeFileSync(file, svg)
    written++
  }
  return { written, unchanged, kept }
}
