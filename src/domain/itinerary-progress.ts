/**
 * A visitor's progress along one itinerary: which stops are done, skipped or
 * still to do, and in what order they follow them. Pure and immutable, so a store can
 * save each returned value as it is and compare old with new; the clock is an argument.
 *
 * A stop is in one of three states: visited, skipped, or still to do. Visited wins
 * over skipped if saved data ever holds both.
 */

export interface ItineraryProgress {
  /** Stop place ids in the order the visitor follows them: content order unless they reordered. */
  order: string[]
  /** Place id → when it was marked visited (ms since the epoch). */
  visited: Record<string, number>
  /** Place ids the visitor chose to skip. */
  skipped: string[]
  startedAt: number
  updatedAt: number
}

export interface ProgressCounts {
  visited: number
  skipped: number
  remaining: number
  total: number
  /** Nothing left to do in a non-empty itinerary. */
  complete: boolean
}

// `visited` is a plain object from JSON: `in` or indexing would find `constructor` on its prototype.
const isVisited = (progress: ItineraryProgress, id: string) => Object.hasOwn(progress.visited, id)
const isSkipped = (progress: ItineraryProgress, id: string) => !isVisited(progress, id) && progress.skipped.includes(id)
const isToDo = (progress: ItineraryProgress, id: string) => !isVisited(progress, id) && !progress.skipped.includes(id)

const unique = (ids: readonly string[]) => [...new Set(ids)]

export function startProgress(stopIds: readonly string[], now: number): ItineraryProgress {
  return { order: unique(stopIds), visited: {}, skipped: [], startedAt: now, updatedAt: now }
}

/**
 * Fit saved progress to the itinerary as the content has it now (stops added, removed or renamed
 * by an update): keeps the visitor's order for ids still present, inserts new ids after the stop
 * that precedes them in content order, and leaves ids no longer in content out of `order` (their
 * visited/skipped entries are kept, so nothing is lost if they come back). Duplicated ids in
 * content are kept once.
 *
 * Returns the same object when nothing changes, so a store need not write it back; `updatedAt`
 * is left alone because the visitor did nothing.
 */
export function reconcileProgress(progress: ItineraryProgress, stopIds: readonly string[]): ItineraryProgress {
  const content = unique(stopIds)
  const present = new Set(content)
  const order = unique(progress.order).filter((id) => present.has(id))
  const placed = new Set(order)
  content.forEach((id, i) => {
    if (placed.has(id)) return
    // Walking content in order, the predecessor is always placed by now (kept or just inserted).
    const at = i === 0 ? 0 : order.indexOf(content[i - 1]!) + 1
    order.splice(at, 0, id)
    placed.add(id)
  })
  const same = order.length === progress.order.length && order.every((id, i) => id === progress.order[i])
  return same ? progress : { ...progress, order }
}

/** The stop to head for: the first one in the visitor's order that is neither visited nor skipped. */
export function nextStop(progress: ItineraryProgress): string | undefined {
  return progress.order.find((id) => isToDo(progress, id))
}

export function remainingStops(progress: ItineraryProgress): string[] {
  return progress.order.filter((id) => isToDo(progress, id))
}

/** Marks a stop visited (and no longer skipped). A stop already visited keeps its first time. */
export function markVisited(progress: ItineraryProgress, id: string, now: number): ItineraryProgress {
  if (!progress.order.includes(id) || isVisited(progress, id)) return progress
  return {
    ...progress,
    visited: { ...progress.visited, [id]: now },
    skipped: progress.skipped.filter((s) => s !== id),
    updatedAt: now,
  }
}

/** Undoes a visit, e.g. one ticked off automatically while passing by: the stop is to do again. */
export function unmarkVisited(progress: ItineraryProgress, id: string, now: number): ItineraryProgress {
  if (!progress.order.includes(id) || !isVisited(progress, id)) return progress
  const visited = { ...progress.visited }
  delete visited[id]
  return { ...progress, visited, updatedAt: now }
}

/**
 * Skips a stop still to do. A visited stop is left alone: skipping it would silently throw
 * away when it was visited; undo the visit first.
 */
export function skipStop(progress: ItineraryProgress, id: string, now: number): ItineraryProgress {
  if (!progress.order.includes(id) || !isToDo(progress, id)) return progress
  return { ...progress, skipped: [...progress.skipped, id], updatedAt: now }
}

export function unskipStop(progress: ItineraryProgress, id: string, now: number): ItineraryProgress {
  if (!progress.order.includes(id) || !isSkipped(progress, id)) return progress
  return { ...progress, skipped: progress.skipped.filter((s) => s !== id), updatedAt: now }
}

/**
 * Moves a stop that is still to do within the stops still to do (visited/skipped ones stay where
 * they are); `toIndex` is an index into `remainingStops(progress)` and is clamped to it, so
 * "to the end" can be written as `Infinity`.
 */
export function moveRemainingStop(
  progress: ItineraryProgress,
  id: string,
  toIndex: number,
  now: number,
): ItineraryProgress {
  const remaining = remainingStops(progress)
  const from = remaining.indexOf(id)
  if (from < 0 || Number.isNaN(toIndex)) return progress
  const to = Math.min(remaining.length - 1, Math.max(0, Math.trunc(toIndex)))
  if (to === from) return progress
  remaining.splice(from, 1)
  remaining.splice(to, 0, id)
  // Refill the slots the to-do stops occupy, so done stops keep their places in the order.
  let next = 0
  const order = progress.order.map((stop) => (isToDo(progress, stop) ? remaining[next++]! : stop))
  return { ...progress, order, updatedAt: now }
}

/** Counts over the stops in `order` only: entries kept for stops no longer in content do not count. */
export function progressCounts(progress: ItineraryProgress): ProgressCounts {
  const total = progress.order.length
  const visited = progress.order.filter((id) => isVisited(progress, id)).length
  const skipped = progress.order.filter((id) => isSkipped(progress, id)).length
  const remaining = total - visited - skipped
  return { visited, skipped, remaining, total, complete: total > 0 && remaining === 0 }
}
