import { describe, expect, it } from 'vitest'
import { archiveInfo } from './archive-metadata'

describe('archiveInfo', () => {
  it('lists the vector layers and the attribution', () => {
    const info = archiveInfo({
      vector_layers: [{ id: 'earth', fields: {} }, { id: 'water' }, { id: 'places' }],
      attribution: 'GSHHG © Wessel & Smith, LGPL',
    })
    expect([...info.layers]).toEqual(['earth', 'water', 'places'])
    expect(info.attribution).toBe('GSHHG © Wessel & Smith, LGPL')
  })

  it('gives no layers for metadata without vector_layers', () => {
    expect(archiveInfo({}).layers.size).toBe(0)
    expect(archiveInfo(null).layers.size).toBe(0)
    expect(archiveInfo({ vector_layers: [{ name: 'x' }, null, { id: 3 }] }).layers.size).toBe(0)
  })
})
