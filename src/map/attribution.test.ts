import { describe, expect, it } from 'vitest'
import { creditsHtml } from './attribution'

describe('creditsHtml', () => {
  it('links each source and names its licence', () => {
    expect(
      creditsHtml({
        credits: [
          { name: 'GSHHG © Wessel & Smith', licence: 'LGPL-3.0', url: 'https://example.org/gshhg', usage: 'coast' },
          { name: 'Drawn for this guide', licence: 'CC0 1.0', usage: 'covers' },
        ],
      }),
    ).toEqual([
      '<a href="https://example.org/gshhg" rel="noopener">GSHHG © Wessel &#38; Smith</a> (LGPL-3.0)',
      'Drawn for this guide (CC0 1.0)',
    ])
  })

  it('never lets content text become markup', () => {
    const [html] = creditsHtml({ credits: [{ name: '<img src=x onerror=alert(1)>', licence: '"x"', usage: 'u' }] })
    expect(html).toBe('&#60;img src=x onerror=alert(1)&#62; (&#34;x&#34;)')
  })
})
