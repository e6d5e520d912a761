/** The MapLibre types components may name, so only src/map refers to maplibre-gl. */
export type { Map as MapLibreMap } from 'maplibre-gl'
