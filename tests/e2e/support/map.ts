/**
 * Reaching MapLibre from a test: through the map container's `mapForTests`
 * property (src/map/test-hook.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { Page } from 'playwright-core'

/** What src/map/test-hook.ts puts on a map's container. */
export interface MapTestHost {
  mapForTests?: MapLibreMap
}

/** Any map container (its state attribute is set by src/map). */
export const MAP = '[data-map-state]'

/** Waits until the map is created and has drawn everything it needs (MapLibre's `idle`). */
export async function mapIdle(page: Page, selector = MAP): Promise<void> {
  await page.locator(`${selector}[data-map-state="ready"]`).first().waitFor({ timeout: 30_000 })
  await page.evaluate(
    (sel) =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
    selector,
  )
}

/** How many features of each layer MapLibre has drawn in the current view. */
export async function rendered(page: Page, layers: string[], selector = MAP): Promise<Record<string, number>> {
  return page.evaluate(
    ({ sel, layers }) => {
      const map = (document.querySelector(sel) as HTMLElement & MapTestHost).mapForTests!
      return Object.fromEntries(
        layers.map((id) => [id, map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : -1]),
      )
    },
    { sel: selector, layers },
  )
}
