import { describe, expect, it } from 'vitest'
import type { Journey } from '../../../src/core/model/journey'
import { layout } from '../../../src/core/layout/layout'
import { PARKING_GAP, parkingSlots, parkingSpot } from '../../../src/core/layout/parking'
import type { BoardReading } from '../../../src/core/board/read-board'
import { planRegenerate, rescale } from '../../../src/core/board/plan-regenerate'
import { createTemplate } from '../../../src/core/templates/built-in'
import { NO_WORKSHOP } from '../../../src/core/model/workshop'

function reading(): BoardReading {
  const journey: Journey = {
    ...createTemplate('customer', 'en'),
    cards: [
      { id: 'a', stageId: 's1', laneId: 'actions', text: 'One' },
      { id: 'b', stageId: 's2', laneId: 'barriers', text: 'Two' },
    ],
    emotions: [{ id: 'e1', stageId: 's1', score: 2 }],
  }
  return {
    journey,
    notes: [],
    outside: [{ nodeId: 'n-out', text: 'Stray', outside: 'stage' }],
    nodeOf: new Map([
      ['a', 'n-a'],
      ['b', 'n-b'],
      ['e1', 'n-e1'],
    ]),
    typed: new Map(),
    blanks: [
      { nodeId: 'ph-1', stageId: 's1', laneId: 'goals', placeholder: true },
      { nodeId: 'ph-2', stageId: 's1', laneId: 'goals', placeholder: true },
      { nodeId: 'mine', stageId: 's2', laneId: 'barriers', placeholder: false },
      { nodeId: 'ph-3', stageId: 's2', laneId: 'goals', placeholder: true },
    ],
    personaCard: null,
  }
}

describe('planRegenerate: the persona card', () => {
  const withCard: BoardReading = { ...reading(), personaCard: 'n-persona' }
  const structure = { ...withCard.journey, cards: [], emotions: [] }
  const persona = { name: 'Dana', description: 'Rides to work', goals: '' }

  it('stays on the map while the workshop still has a persona with text', () => {
    const plan = planRegenerate(withCard, withCard.journey.scale, structure, { ...NO_WORKSHOP, persona })
    expect(plan.personaCard).toBe('n-persona')
    expect(plan.parked.map((p) => p.nodeId)).not.toContain('n-persona')
  })

  it('goes to the Parking lot when the persona was switched off or emptied, never deleted', () => {
    for (const off of [null, { name: ' ', description: '', goals: '' }]) {
      const plan = planRegenerate(withCard, withCard.journey.scale, structure, { ...NO_WORKSHOP, persona: off })
      expect(plan.personaCard).toBeNull()
      expect(plan.parked).toContainEqual({ nodeId: 'n-persona', reason: 'persona' })
      expect(plan.discarded).not.toContain('n-persona')
    }
  })

  it('is nothing to decide on a map without one', () => {
    const plan = planRegenerate(reading(), reading().journey.scale, structure, { ...NO_WORKSHOP, persona })
    expect(plan.personaCard).toBeNull()
  })
})

describe('planRegenerate', () => {
  const board = reading()
  const next: Journey = {
    ...board.journey,
    stages: board.journey.stages.filter((s) => s.id !== 's2').concat({ id: 'new', name: 'New' }),
    lanes: board.journey.lanes,
    cards: [{ id: 'a', stageId: 'new', laneId: 'actions', text: 'Typed in the panel' }],
    emotions: [],
  }
  const plan = planRegenerate(board, { min: -2, max: 2 }, { ...next, scale: { min: 1, max: 5 } }, { ...NO_WORKSHOP, placeholders: 1 })

  it('keeps the cards of surviving cells and parks the rest, with the reason', () => {
    expect(plan.journey.cards.map((c) => c.text)).toEqual(['One', 'Typed in the panel'])
    expect(plan.existing.get('a')).toBe('n-a')
    expect(plan.parked).toEqual(
      expect.arrayContaining([
        { nodeId: 'n-out', reason: 'outside' },
        { nodeId: 'n-b', reason: 'stage' },
        { nodeId: 'mine', reason: 'stage' },
      ]),
    )
  })

  it('gives a new card whose id is taken a new one, and rescales scores to the same height', () => {
    expect(plan.journey.cards[1]!.id).toBe('a#2')
    expect(plan.journey.emotions).toEqual([{ id: 'e1', stageId: 's1', score: 5 }])
    expect(rescale(0, { min: -2, max: 2 }, { min: 0, max: 10 })).toBe(5)
  })

  it('fills cells up to the workshop’s number of blanks and drops only our untouched extras', () => {
    expect(plan.blanksIn('s1', 'goals')).toBe(1)
    expect(plan.blankNode('s1', 'goals', 0)).toBe('ph-1')
    expect(plan.blanksIn('new', 'goals')).toBe(1)
    expect(plan.blankNode('new', 'goals', 0)).toBeUndefined()
    expect(plan.blanksIn('s1', 'emotion')).toBe(0)
    expect(plan.discarded.sort()).toEqual(['ph-2', 'ph-3'])
  })

  it('parks every score when the emotion lane is switched off', () => {
    const noEmotion = planRegenerate(board, { min: -2, max: 2 }, { ...next, lanes: next.lanes.filter((l) => l.kind !== 'emotion') }, NO_WORKSHOP)
    expect(noEmotion.journey.emotions).toEqual([])
    expect(noEmotion.parked).toContainEqual({ nodeId: 'n-e1', reason: 'lane' })
  })
})

describe('the Parking lot', () => {
  it('queues stickies three across below what it holds', () => {
    const { slots, height } = parkingSlots([240, 300, 240, 240], 500)
    expect(slots.map((s) => s.y)).toEqual([524, 524, 524, 848])
    expect(slots.map((s) => s.x)).toEqual([48, 312, 576, 48])
    expect(height).toBe(848 + 240 + 48)
  })

  it('stays where a person put it unless the map grew into it; rtl maps get it on their left', () => {
    const map = { x: 0, y: 0, width: 1000, height: 800 }
    expect(parkingSpot(map, 'ltr', { width: 300, height: 300 }, { x: 2000, y: 50 })).toEqual({ x: 2000, y: 50 })
    expect(parkingSpot(map, 'ltr', { width: 300, height: 300 }, { x: 900, y: 50 })).toEqual({ x: 1000 + PARKING_GAP, y: 0 })
    expect(parkingSpot(map, 'rtl', { width: 300, height: 300 }, null)).toEqual({ x: -PARKING_GAP - 300, y: 0 })
  })
})

describe('layout for a workshop', () => {
  const journey = createTemplate('customer', 'en')
  it('puts the persona card top left and the grid below it, with blanks and hints', () => {
    const plain = layout(journey)
    const plan = layout(journey, { workshop: { placeholders: 3, hints: true, persona: { name: 'Anna', description: '', goals: '' }, parkingLot: false } })
    const persona = plan.nodes.find((n) => n.kind === 'persona-card')!
    expect(persona.box).toMatchObject({ x: 48, y: 48 })
    const header = plan.nodes.find((n) => n.kind === 'stage-header')!
    expect(header.box.y).toBe(persona.box.y + persona.box.height + 24)
    expect(plan.height).toBeGreaterThan(plain.height)
    expect(plan.nodes.filter((n) => n.kind === 'placeholder')).toHaveLength(5 * 5 * 3)
    expect(plan.nodes.filter((n) => n.kind === 'lane-hint').map((n) => (n.kind === 'lane-hint' ? n.text : ''))).toContain('What does the customer do here?')
  })
})
