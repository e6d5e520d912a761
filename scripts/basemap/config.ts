/**
 * Every choice the basemap build makes, in one place. Changing a value here
 * and running `npm run basemap` rebuilds content/basemap/basemap.pmtiles.
 */

/** Where the archive goes inside the content folder when site.yaml has no `map.basemap` (see content/basemap/README.md). */
export const ARCHIVE_IN_CONTENT = 'basemap/basemap.pmtiles'

/** GMT's intermediate grids and lines: big, reproducible, never committed (node_modules is ignored by git). */
export const CACHE_DIR = 'node_modules/.cache/basemap'

/**
 * Degrees added around site.yaml `map.bounds` (the area a user can pan to)
 * before clipping, so land is never cut by a straight edge a user can see.
 */
export const CLIP_PADDING_DEGREES = 0.15

/**
 * Cell size of GMT's land/sea grid. 0.0004° (about 44 m) keeps single karst
 * islets of Lan Hạ Bay and the inlets of Cát Bà; finer costs time (grdlandmask
 * takes about 3 minutes at this size) for detail GSHHG's 1:250,000 survey
 * does not have.
 */
export const GRID_DEGREES = 0.0004

/**
 * Douglas–Peucker tolerance, in grid cells, applied to the contoured coast
 * before tiling. Half a cell removes the staircase of the grid and nothing
 * a 1:250,000 survey knows about. geojson-vt then simplifies further per zoom.
 * (Around Hạ Long and Lan Hạ, GSHHG's own outlines are stepped, digitised on
 * a grid of about 150 m; the basemap keeps them as they are.)
 */
export const COAST_SIMPLIFY_CELLS = 0.5

export const MIN_ZOOM = 0
/** Above 12 this data adds nothing; MapLibre over-zooms the z12 tiles. */
export const MAX_ZOOM = 12

/** geojson-vt tile geometry: MapLibre's defaults. */
export const TILE_EXTENT = 4096
export const TILE_BUFFER = 64
/** geojson-vt simplification per zoom, in tile units (of TILE_EXTENT). */
export const TILE_TOLERANCE = 3

/**
 * GSHHG river classes (WDBII, see `gmt coast -I`) → Protomaps `water` line
 * kinds and the first zoom they are drawn at. Class 0 is the outline of
 * double-lined rivers, which the land/sea grid already shows as water.
 */
export const RIVER_CLASSES: Readonly<Record<number, { kind: 'river' | 'stream' | 'canal'; minZoom: number }>> = {
  1: { kind: 'river', minZoom: 6 }, // permanent major rivers
  2: { kind: 'river', minZoom: 6 }, // additional major rivers
  3: { kind: 'river', minZoom: 8 }, // additional rivers
  4: { kind: 'river', minZoom: 8 }, // minor rivers: the Lạch Tray, Văn Úc, Thái Bình and Luộc here
  5: { kind: 'stream', minZoom: 10 }, // intermittent rivers, major
  6: { kind: 'stream', minZoom: 10 }, // intermittent rivers, additional
  7: { kind: 'stream', minZoom: 11 }, // intermittent rivers, minor
  8: { kind: 'canal', minZoom: 10 }, // major canals
  9: { kind: 'canal', minZoom: 11 }, // minor canals
  10: { kind: 'canal', minZoom: 11 }, // irrigation canals
}

/**
 * Label priority: gazetteer rank 1 appears from zoom 5, each rank one zoom
 * later (the city opens at zoom 9, where ranks 1–5 are in the tiles).
 */
export function labelMinZoom(rank: number): number {
  return Math.min(MAX_ZOOM, rank + 4)
}

export const ATTRIBUTION = 'GSHHG © Wessel & Smith, LGPL'
