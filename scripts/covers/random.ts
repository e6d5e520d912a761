/** Seeded randomness, so the same id always draws the same scene and re-running the generator changes nothing. */

/** FNV-1a: a stable 32-bit seed from an entity id. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: a tiny seeded generator; each call returns a whole number between min and max. */
export function rng(seed: number): (min: number, max: number) => number {
  let a = seed
  return (min, max) => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.round(min + (((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min))
  }
}

export type Rand = ReturnType<typeof rng>
