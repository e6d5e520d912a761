/**
 * What the style needs to know about a basemap archive, read from its
 * TileJSON-like metadata: which layers it has (so the style draws roads,
 * buildings or pois only when they exist) and its attribution. Pure.
 */
export interface ArchiveInfo {
  layers: ReadonlySet<string>
  attribution?: string
}

export function archiveInfo(metadata: unknown): ArchiveInfo {
  const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as {
    vector_layers?: unknown
    attribution?: unknown
  }
  const layers = Array.isArray(meta.vector_layers)
    ? meta.vector_layers.flatMap((layer: unknown) => {
        const id = (layer as { id?: unknown } | null)?.id
        return typeof id === 'string' ? [id] : []
      })
    : []
  return {
    layers: new Set(layers),
    ...(typeof meta.attribution === 'string' && meta.attribution ? { attribution: meta.attribution } : {}),
  }
}
