import { describe, expect, it } from 'vitest'
import {
  canAffectLane,
  isOwnEcho,
  judge,
  nearEmotionRow,
  planBatch,
  triage,
  type ChangeFact,
  type Membership,
  type NodeLook,
} from '../../../src/core/sync/batch'
import type { Grid } from '../../../src/core/layout/plan'

const fact = (over: Partial<ChangeFact> & Pick<ChangeFact, 'type' | 'id'>): ChangeFact => ({
  origin: 'LOCAL',
  removed: false,
  nodeType: 'STICKY',
  properties: [],
  ...over,
})
const moved = (id: string, extra: Partial<ChangeFact> = {}): ChangeFact => fact({ type: 'PROPERTY_CHANGE', id, properties: ['x', 'y', 'relativeTransform'], ...extra })
const lane = (sectionId: string): Membership => ({ kind: 'lane', sectionId })
const layer = (sectionId: string): Membership => ({ kind: 'layer', sectionId })
const map = (sectionId: string): Membership => ({ kind: 'map', sectionId })
const nowhere: NodeLook = { sectionId: null, isMap: false, layer: false, nearLane: false }
const inMap = (sectionId: string, nearLane: boolean | null, extra: Partial<NodeLook> = {}): NodeLook => ({ sectionId, isMap: false, layer: false, nearLane, ...extra })

describe('triage: from the event and the index alone', () => {
  it('a DELETE finds its map through the index: a counted sticky recomputes, a layer node is drawn again, a map is forgotten', () => {
    expect(triage(fact({ type: 'DELETE', id: 's', removed: true }), lane('A'))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'lane' })
    expect(triage(fact({ type: 'DELETE', id: 'c', removed: true, nodeType: 'VECTOR' }), layer('A'))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'layer-lost' })
    expect(triage(fact({ type: 'DELETE', id: 'A', removed: true, nodeType: 'SECTION' }), map('A'))).toEqual({ do: 'gone', sectionId: 'A' })
    expect(triage(fact({ type: 'DELETE', id: 'x', removed: true }), undefined)).toEqual({ do: 'ignore' })
  })

  it('a property change of a node deleted later in the batch is settled by the index, never looked at', () => {
    expect(triage(moved('s', { removed: true }), lane('A'))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'lane' })
    expect(triage(moved('s', { removed: true }), undefined)).toEqual({ do: 'ignore' })
    expect(triage(moved('c', { removed: true, nodeType: 'VECTOR' }), layer('A'))).toEqual({ do: 'ignore' })
  })

  it('a layer node moved or resized is put back; other changes of it, or its creation, are not news', () => {
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'c', nodeType: 'VECTOR', properties: ['vectorNetwork', 'x'] }), layer('A'))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'layer-lost' })
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'm', nodeType: 'SHAPE_WITH_TEXT', properties: ['width', 'height'] }), layer('A'))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'layer-lost' })
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'c', nodeType: 'VECTOR', properties: ['vectorNetwork', 'strokes'] }), layer('A'))).toEqual({ do: 'ignore' })
    expect(triage(fact({ type: 'CREATE', id: 'c', nodeType: 'VECTOR' }), layer('A'))).toEqual({ do: 'ignore' })
  })

  it('a counted sticky: position, size, text, colour or parent recompute; other properties do not', () => {
    for (const p of ['x', 'y', 'height', 'text', 'characters', 'fills']) {
      expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 's', properties: [p] }), lane('A'))).toMatchObject({ do: 'recompute', sectionId: 'A' })
    }
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 's', properties: ['pluginData', 'name', 'authorVisible'] }), lane('A'))).toEqual({ do: 'ignore' })
    // dragged into another section: recompute the old map and look where it went
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 's', properties: ['parent', 'x'] }), lane('A'))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'lane', look: true })
  })

  it('a map section: new plugin data re-reads the record, a new name retitles, a move changes nothing', () => {
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'A', nodeType: 'SECTION', properties: ['pluginData'] }), map('A'))).toEqual({ do: 'reindex', sectionId: 'A' })
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'A', nodeType: 'SECTION', properties: ['name'] }), map('A'))).toEqual({ do: 'retitle', sectionId: 'A' })
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'A', nodeType: 'SECTION', properties: ['x', 'y'] }), map('A'))).toEqual({ do: 'ignore' })
  })

  it('unknown nodes: looked at when created or moved, ignored for changes that cannot matter', () => {
    expect(triage(fact({ type: 'CREATE', id: 'n' }), undefined)).toEqual({ do: 'look' })
    expect(triage(moved('n'), undefined)).toEqual({ do: 'look' })
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'n', properties: ['pluginData'] }), undefined)).toEqual({ do: 'ignore' })
    expect(triage(fact({ type: 'PROPERTY_CHANGE', id: 'S', nodeType: 'SECTION', properties: ['pluginData'] }), undefined)).toEqual({ do: 'look' })
  })
})

describe('judge: after looking at the live node', () => {
  it('outside any map, or far from the lane: nothing to do', () => {
    expect(judge(moved('n'), nowhere)).toEqual({ do: 'ignore' })
    expect(judge(moved('n'), inMap('A', false))).toEqual({ do: 'ignore' })
  })
  it('near the lane, or unknown: recompute that map', () => {
    expect(judge(moved('n'), inMap('A', true))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'lane' })
    expect(judge(moved('n'), inMap('A', null))).toEqual({ do: 'recompute', sectionId: 'A', reason: 'lane' })
  })
  it('a map section appearing is indexed', () => {
    expect(judge(fact({ type: 'CREATE', id: 'A', nodeType: 'SECTION' }), { sectionId: 'A', isMap: true, layer: false, nearLane: false })).toEqual({ do: 'reindex', sectionId: 'A' })
  })
})

describe('planBatch', () => {
  const index = new Map<string, Membership>([
    ['A', map('A')],
    ['B', map('B')],
    ['a1', lane('A')],
    ['a2', lane('A')],
    ['curveA', layer('A')],
    ['b1', lane('B')],
  ])
  const known = (id: string) => index.get(id)

  it('a batch touching nothing of any map: no recompute, no look at indexed nodes', () => {
    const looks: string[] = []
    const plan = planBatch(
      [moved('page-sticky'), fact({ type: 'PROPERTY_CHANGE', id: 'a1', properties: ['name'] }), fact({ type: 'DELETE', id: 'gone', removed: true })],
      known,
      (c) => (looks.push(c.id), nowhere),
    )
    expect(plan.recompute.size).toBe(0)
    expect(looks).toEqual(['page-sticky'])
  })

  it('groups changes by map: each touched map once, with its reasons; others untouched', () => {
    const plan = planBatch(
      [moved('a1'), fact({ type: 'DELETE', id: 'a2', removed: true }), fact({ type: 'DELETE', id: 'curveA', removed: true, nodeType: 'VECTOR' }), fact({ type: 'CREATE', id: 'new' })],
      known,
      () => inMap('A', true),
    )
    expect([...plan.recompute.keys()]).toEqual(['A'])
    expect([...(plan.recompute.get('A') ?? [])].sort()).toEqual(['lane', 'layer-lost'])
    expect(plan.looked).toBe(1)
  })

  it('two maps touched in one batch are both recomputed, independently', () => {
    const plan = planBatch([moved('a1'), moved('b1', { origin: 'REMOTE' })], known, () => nowhere)
    expect([...plan.recompute.keys()].sort()).toEqual(['A', 'B'])
  })

  it('a sticky dragged from map A into map B recomputes both', () => {
    const plan = planBatch([fact({ type: 'PROPERTY_CHANGE', id: 'a1', properties: ['parent', 'x', 'y'] })], known, () => inMap('B', true))
    expect([...plan.recompute.keys()].sort()).toEqual(['A', 'B'])
  })

  it('a deleted section wins over every other change of its map in the batch', () => {
    const plan = planBatch([moved('a1'), fact({ type: 'DELETE', id: 'A', removed: true, nodeType: 'SECTION' })], known, () => nowhere)
    expect([...plan.gone]).toEqual(['A'])
    expect(plan.recompute.size).toBe(0)
  })

  it('layer nodes met alive and unindexed (a duplicate, a paste) are adopted and their map recomputed, to keep one of each', () => {
    const plan = planBatch([fact({ type: 'CREATE', id: 'pt', nodeType: 'SHAPE_WITH_TEXT' })], known, () => inMap('A', false, { layer: true }))
    expect([...plan.adopt]).toEqual([['pt', 'A']])
    expect([...plan.recompute]).toEqual([['A', new Set(['layer-lost'])]])
  })

  it('a new map section is indexed and recomputed', () => {
    const plan = planBatch([fact({ type: 'CREATE', id: 'C', nodeType: 'SECTION' })], known, () => ({ sectionId: 'C', isMap: true, layer: false, nearLane: false }))
    expect([...plan.reindex]).toEqual(['C'])
    expect([...plan.recompute.keys()]).toEqual(['C'])
  })
})

describe('helpers', () => {
  const grid: Grid = {
    columns: [{ stageId: 's1', x: 300, width: 300 }],
    rows: [
      { laneId: 'actions', y: 100, height: 300 },
      { laneId: 'emotion', y: 400, height: 600 },
    ],
    scale: { laneId: 'emotion', top: 500, bottom: 900 },
  }
  it('nearEmotionRow: by the centre, within the row and a margin', () => {
    expect(nearEmotionRow(grid, { x: 0, y: 380, width: 240, height: 240 }, 1)).toBe(true) // centre 500
    expect(nearEmotionRow(grid, { x: 0, y: 150, width: 240, height: 240 }, 1)).toBe(false) // centre 270
    expect(nearEmotionRow(grid, { x: 0, y: 880, width: 240, height: 240 }, 1)).toBe(true) // centre 1000
    expect(nearEmotionRow(grid, { x: 0, y: 890, width: 240, height: 240 }, 1)).toBe(false)
    expect(nearEmotionRow({ ...grid, scale: null }, { x: 0, y: 380, width: 240, height: 240 }, 1)).toBe(false)
  })
  it('canAffectLane', () => {
    expect(canAffectLane(['pluginData', 'name'])).toBe(false)
    expect(canAffectLane(['characters'])).toBe(true)
  })
  it("isOwnEcho: a LOCAL move reporting exactly where the sync put the sticky", () => {
    const c = moved('s')
    expect(isOwnEcho(c, { x: 1, y: 2 }, { x: 1, y: 2 })).toBe(true)
    expect(isOwnEcho(c, { x: 1, y: 2 }, { x: 1, y: 50 })).toBe(false)
    expect(isOwnEcho({ ...c, origin: 'REMOTE' }, { x: 1, y: 2 }, { x: 1, y: 2 })).toBe(false)
    expect(isOwnEcho({ ...c, properties: ['y', 'text'] }, { x: 1, y: 2 }, { x: 1, y: 2 })).toBe(false)
    expect(isOwnEcho(c, undefined, { x: 1, y: 2 })).toBe(false)
  })
  it('isOwnEcho: a layer node reported with the box the sync gave it, whatever else changed', () => {
    const c = fact({ type: 'PROPERTY_CHANGE', id: 'c', nodeType: 'VECTOR', properties: ['x', 'y', 'width', 'vectorNetwork'] })
    const box = { x: 1, y: 2, width: 30, height: 4 }
    expect(isOwnEcho(c, box, { ...box })).toBe(true)
    expect(isOwnEcho(c, box, { ...box, width: 31 })).toBe(false)
    expect(isOwnEcho({ ...c, origin: 'REMOTE' }, box, { ...box })).toBe(false)
  })
})
