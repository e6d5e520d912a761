/** Every motif by name: one per category icon, and the festival scenes for events. */
import type { Draw } from './frame.ts'
import { festivalDrum, fireworks, flags, flowers, lanterns } from './motifs/festival.ts'
import { columns, drum, pagoda } from './motifs/heritage.ts'
import { ferry, islets, mountains, trees } from './motifs/landscape.ts'
import { awning, bowl } from './motifs/market.ts'

export type Motif =
  | 'columns'
  | 'pagoda'
  | 'drum'
  | 'islets'
  | 'mountains'
  | 'trees'
  | 'awning'
  | 'bowl'
  | 'ferry'
  | 'lanterns'
  | 'fireworks'
  | 'flowers'
  | 'flags'
  | 'festival-drum'

export const DRAW: Record<Motif, Draw> = {
  columns,
  pagoda,
  drum,
  islets,
  mountains,
  trees,
  awning,
  bowl,
  ferry,
  lanterns,
  fireworks,
  flowers,
  flags,
  'festival-drum': festivalDrum,
}

/** Scenes set at night: they get a dark sky and a moon instead of a sun. */
export const NIGHT_MOTIFS: ReadonlySet<Motif> = new Set(['lanterns', 'fireworks'])
