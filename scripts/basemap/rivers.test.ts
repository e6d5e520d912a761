import { describe, expect, it } from 'vitest'
import { joinSegments, parseRiverText, riverFeatures } from './rivers.ts'

const GMT_TEXT = `> River Bin # 24585, Level 4
106.5\t20.9
106.6\t21
> River Bin # 24586, Level 4
106.7\t21.1
106.6\t21
> River Bin # 24587, Level 4
106.7\t21.1
106.8\t21.15
> River Bin # 24588, Level 0
106.1\t20.5
106.2\t20.6
`

describe('river lines', () => {
  it('parses GMT multi-segment text with the GSHHG class of each segment', () => {
    const segments = parseRiverText(GMT_TEXT)
    expect(segments.map((s) => s.level)).toEqual([4, 4, 4, 0])
    expect(segments[0]!.points).toEqual([
      [106.5, 20.9],
      [106.6, 21],
    ])
  })

  it('joins the pieces GMT cut at bin edges, whichever way they run', () => {
    const joined = joinSegments(parseRiverText(GMT_TEXT))
    expect(joined).toHaveLength(2)
    expect(joined[0]!.points).toEqual([
      [106.5, 20.9],
      [106.6, 21],
      [106.7, 21.1],
      [106.8, 21.15],
    ])
  })

  it('leaves a confluence of three lines as three lines', () => {
    const text = ['> Level 3', '0 0', '1 1', '> Level 3', '1 1', '2 2', '> Level 3', '1 1', '2 0', ''].join('\n')
    expect(joinSegments(parseRiverText(text))).toHaveLength(3)
  })

  it('turns classes into Protomaps water lines and drops what the land grid already draws', () => {
    const features = riverFeatures(joinSegments(parseRiverText(GMT_TEXT)), { 4: { kind: 'river', minZoom: 8 } })
    expect(features).toHaveLength(1)
    expect(features[0]!.properties).toEqual({ kind: 'river', min_zoom: 8 })
  })

  it('says which line is wrong', () => {
    expect(() => parseRiverText('> Level 2\n106.5 north\n')).toThrow(/line 2/)
    expect(() => parseRiverText('> River Bin # 1\n')).toThrow(/line 1.*Level N/)
  })
})
