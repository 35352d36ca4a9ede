import { describe, expect, it } from 'vitest'
import { PLACEMENT_GAP, placeBoard } from '../../../src/core/layout/placement'

const size = { width: 1000, height: 600 }
const center = { x: 0, y: 0 }

describe('placing a new board', () => {
  it('centres it in the viewport when the spot is free', () => {
    expect(placeBoard(size, center, [{ x: 2000, y: 0, width: 100, height: 100 }])).toEqual({ x: -500, y: -300, ...size })
  })

  it('moves it right of a board it would cover, and of the next one it then meets', () => {
    const first = { x: -600, y: -400, width: 1200, height: 800 }
    const second = { x: 700, y: -100, width: 500, height: 300 }
    const placed = placeBoard(size, center, [first, second])
    expect(placed.x).toBe(second.x + second.width + PLACEMENT_GAP)
    expect(placed.y).toBe(-300)
  })
})
