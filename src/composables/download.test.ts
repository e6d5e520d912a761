// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadText, REVOKE_AFTER_MS } from './download'

afterEach(() => {
  document.body.innerHTML = ''
})

function fakeUrl() {
  const blobs: Blob[] = []
  const revoked: string[] = []
  return {
    blobs,
    revoked,
    url: {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob)
        return `blob:test/${blobs.length}`
      },
      revokeObjectURL: (href: string) => void revoked.push(href),
    },
  }
}

describe('downloadText', () => {
  it('clicks a temporary download link to the text as a Blob, then removes the link', async () => {
    const { url, blobs } = fakeUrl()
    const clicked: { href: string; download: string; inDocument: boolean }[] = []
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement
      event.preventDefault()
      clicked.push({ href: link.href, download: link.download, inDocument: document.body.contains(link) })
    }
    document.addEventListener('click', onClick)
    try {
      downloadText('<gpx>Đền Nghè</gpx>', 'plan.gpx', 'application/gpx+xml', { url, setTimeout: () => 0 })
    } finally {
      document.removeEventListener('click', onClick)
    }
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'plan.gpx', inDocument: true }])
    expect(document.querySelector('a')).toBeNull()
    expect(blobs[0]?.type).toBe('application/gpx+xml;charset=utf-8')
    expect(await blobs[0]?.text()).toBe('<gpx>Đền Nghè</gpx>')
  })

  it('revokes the object URL later, not at once', () => {
    const { url, revoked } = fakeUrl()
    const timers: { callback: () => void; ms: number }[] = []
    downloadText('x', 'x.gpx', 'application/gpx+xml', {
      url,
      setTimeout: (callback, ms) => timers.push({ callback, ms }),
    })
    expect(revoked).toEqual([])
    expect(timers.map((timer) => timer.ms)).toEqual([REVOKE_AFTER_MS])
    timers[0]!.callback()
    expect(revoked).toEqual(['blob:test/1'])
  })

  it('still removes the link and revokes the URL when the click throws', () => {
    const { url, revoked } = fakeUrl()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new Error('blocked')
    })
    try {
      expect(() => downloadText('x', 'x.gpx', 'text/plain', { url, setTimeout: (callback) => callback() })).toThrow(
        'blocked',
      )
    } finally {
      click.mockRestore()
    }
    expect(document.querySelector('a')).toBeNull()
    expect(revoked).toEqual(['blob:test/1'])
  })
})
