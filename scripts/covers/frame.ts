/** The frame every motif draws in: 640×400, with the ground line at about y=320. */
import type { Palette } from './palette.ts'
import type { Rand } from './random.ts'

export const W = 640
export const H = 400

/** Draws one motif as SVG elements; every random choice comes from `r`, so the result depends on the seed only. */
export type Draw = (r: Rand, p: Palette) => string
