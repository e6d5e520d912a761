/**
 * Source and layer ids of every map, in one place: the style builder, the
 * composables that update sources and the end-to-end tests all use them.
 */
export const SOURCE = {
  basemap: 'basemap',
  places: 'places',
  route: 'route',
  stops: 'route-stops',
  position: 'position',
} as const

export const LAYER = {
  background: 'background',
  earth: 'basemap-earth',
  water: 'basemap-water',
  rivers: 'basemap-rivers',
  buildings: 'basemap-buildings',
  roadsMinor: 'basemap-roads-minor',
  roadsMajor: 'basemap-roads-major',
  earthLabels: 'basemap-earth-labels',
  waterLabels: 'basemap-water-labels',
  pois: 'basemap-pois',
  labels: 'basemap-place-labels',
  routeCasing: 'route-casing',
  routeLine: 'route-line',
  stopPoints: 'route-stop-points',
  stopNumbers: 'route-stop-numbers',
  clusters: 'place-clusters',
  clusterCounts: 'place-cluster-counts',
  placePoints: 'place-points',
  placeIcons: 'place-icons',
  placeLabels: 'place-labels',
  placeSelected: 'place-selected',
  positionAccuracy: 'position-accuracy',
  positionDot: 'position-dot',
} as const

/** Protomaps basemap layers (https://docs.protomaps.com/basemaps/layers) the style can draw. */
export const ARCHIVE_LAYER = {
  earth: 'earth',
  water: 'water',
  places: 'places',
  roads: 'roads',
  buildings: 'buildings',
  pois: 'pois',
} as const

/** The image id under which a category's icon is registered with map.addImage. */
export function categoryImageId(categoryId: string): string {
  return `category-${categoryId}`
}
