/**
 * Filling the map's GeoJSON sources from reactive data, and the places
 * layer's interaction: a cluster click zooms in, a place click selects it.
 * Every listener is removed when the map goes away or the scope ends.
 */
import type { FeatureCollection, Feature } from 'geojson'
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { watch, type Ref } from 'vue'
import { LAYER, SOURCE } from './ids'
import { selectedPlaceFilter } from './overlay-layers'
import { placeIdOf } from './places-geojson'

type MapRef = Readonly<Ref<MapLibreMap | null>>

/** Keeps a GeoJSON source's data equal to `data`. */
export function useSourceData(map: MapRef, sourceId: string, data: Readonly<Ref<FeatureCollection | Feature>>): void {
  watch([map, data], ([current, value]) => current?.getSource<GeoJSONSource>(sourceId)?.setData(value), {
    immediate: true,
  })
}

/** How far from a tap a marker still counts as hit, in CSS pixels. */
const HIT_SLOP = 6

export interface PlaceInteractionOptions {
  selected: Readonly<Ref<string | undefined>>
  /** A place marker was clicked (its id), or the map elsewhere (undefined). */
  onSelect: (placeId: string | undefined) => void
}

export function usePlaceInteraction(map: MapRef, options: PlaceInteractionOptions): void {
  const showSelection = (current: MapLibreMap) =>
    current.setFilter(LAYER.placeSelected, selectedPlaceFilter(options.selected.value))
  watch([map, options.selected], ([current]) => current && showSelection(current), { immediate: true })

  watch(
    map,
    (current, _, onCleanup) => {
      if (!current) return
      const onClick = (event: MapMouseEvent) => {
        const { x, y } = event.point
        const [hit] = current.queryRenderedFeatures(
          [
            [x - HIT_SLOP, y - HIT_SLOP],
            [x + HIT_SLOP, y + HIT_SLOP],
          ],
          { layers: [LAYER.clusters, LAYER.placePoints] },
        )
        const clusterId = hit?.properties?.cluster_id
        if (typeof clusterId === 'number' && hit?.geometry.type === 'Point') {
          void zoomIntoCluster(current, clusterId, hit.geometry.coordinates as [number, number])
        } else {
          options.onSelect(placeIdOf(hit))
        }
      }
      const pointer = () => (current.getCanvas().style.cursor = 'pointer')
      const noPointer = () => (current.getCanvas().style.cursor = '')
      // A style swap (theme, language) resets the selection filter to the style's own.
      const onStyle = () => showSelection(current)
      current.on('click', onClick)
      current.on('style.load', onStyle)
      for (const layer of [LAYER.clusters, LAYER.placePoints]) {
        current.on('mouseenter', layer, pointer)
        current.on('mouseleave', layer, noPointer)
      }
      onCleanup(() => {
        current.off('click', onClick)
        current.off('style.load', onStyle)
        for (const layer of [LAYER.clusters, LAYER.placePoints]) {
          current.off('mouseenter', layer, pointer)
          current.off('mouseleave', layer, noPointer)
        }
      })
    },
    { immediate: true },
  )
}

async function zoomIntoCluster(map: MapLibreMap, clusterId: number, center: [number, number]): Promise<void> {
  const source = map.getSource<GeoJSONSource>(SOURCE.places)
  if (!source) return
  const zoom = await source.getClusterExpansionZoom(clusterId)
  map.easeTo({ center, zoom })
}
