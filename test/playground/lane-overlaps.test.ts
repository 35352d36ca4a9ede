import { describe, expect, it } from 'vitest'
import { overlappingPairs, type LaneBox } from './lane-overlaps'

const box = (id: string, role: string, x: number, y: number, width = 100, height = 100): LaneBox => ({ id, role, x, y, width, height })

describe('overlapping pairs in an emotion lane', () => {
  it.each([
    ['two stickies covering each other by half', [box('a', 'emotion', 0, 0), box('b', 'emotion', 50, 50)], [['a', 'b']]],
    ['a moment label on a sticky', [box('s', 'emotion', 0, 0), box('m', 'moment', 20, 80, 148, 32)], [['m', 's']]],
    ['stickies side by side, edges touching', [box('a', 'emotion', 0, 0), box('b', 'emotion', 100, 0)], []],
    ['the curve, the neutral line and a band across a sticky', [box('s', 'emotion', 0, 0), box('c', 'curve', 0, 0, 500, 300), box('z', 'zero-line', 0, 50, 500, 0), box('b', 'emotion-band', 40, 0, 16, 100)], []],
    ['the legend on the lane title', [box('l', 'lane-label', 0, 0, 240, 600), box('g', 'legend', 64, 500, 208, 32)], []],
    ['three stickies in a pile', [box('a', 'emotion', 0, 0), box('b', 'emotion', 10, 10), box('c', 'emotion', 20, 20)], [['a', 'b'], ['a', 'c'], ['b', 'c']]],
  ] as const)('%s', (_, boxes, pairs) => {
    expect(overlappingPairs(boxes).sort()).toEqual(pairs)
  })
})
