/** Colours: shades of a category colour, and the skies behind the motifs. */

/** Blends two `#rrggbb` colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) * (1 - t) + ch(b, i) * t))
  return '#' + out.map((v) => v.toString(16).padStart(2, '0')).join('')
}

export interface Palette {
  main: string
  dark: string
  light: string
  pale: string
}

export function palette(colour: string): Palette {
  return {
    main: colour,
    dark: mix(colour, '#000000', 0.35),
    light: mix(colour, '#ffffff', 0.45),
    pale: mix(colour, '#ffffff', 0.78),
  }
}

/** Gradient stops, top to bottom. */
export const DAY_SKIES = [
  ['#bfe0f0', '#fbf3e2'],
  ['#f6cdb8', '#fff1dc'],
  ['#d2e2f4', '#f3efe6'],
  ['#c9e7e1', '#fbf6e9'],
] as const
export const NIGHT_SKIES = [
  ['#16213f', '#4a3f6b'],
  ['#1d2546', '#6a4a5e'],
] as const
