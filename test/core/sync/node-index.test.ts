import { describe, expect, it } from 'vitest'
import { SyncIndex } from '../../../src/core/sync/node-index'

describe('SyncIndex', () => {
  it('finds the map of a lane sticky, a layer node and the section', () => {
    const index = new SyncIndex()
    index.addMap('A')
    index.setLane('A', ['s1', 's2'])
    index.setLayer('A', ['curve'])
    expect(index.get('A')).toEqual({ kind: 'map', sectionId: 'A' })
    expect(index.get('s1')).toEqual({ kind: 'lane', sectionId: 'A' })
    expect(index.get('curve')).toEqual({ kind: 'layer', sectionId: 'A' })
    expect(index.get('other')).toBeUndefined()
  })

  it('replacing a lane forgets stickies that left it', () => {
    const index = new SyncIndex()
    index.addMap('A')
    index.setLane('A', ['s1', 's2'])
    index.setLane('A', ['s2', 's3'])
    expect(index.get('s1')).toBeUndefined()
    expect([...index.laneOf('A')]).toEqual(['s2', 's3'])
  })

  it('a sticky moved from map A to map B belongs to B, whichever map is recomputed first', () => {
    for (const order of [['A', 'B'], ['B', 'A']]) {
      const index = new SyncIndex()
      index.addMap('A')
      index.addMap('B')
      index.setLane('A', ['s1', 's2'])
      for (const m of order) index.setLane(m, m === 'A' ? ['s2'] : ['s1'])
      expect(index.get('s1')).toEqual({ kind: 'lane', sectionId: 'B' })
      expect([...index.laneOf('A')]).toEqual(['s2'])
    }
  })

  it('dropping a map forgets all its nodes, not those of another map', () => {
    const index = new SyncIndex()
    index.addMap('A')
    index.addMap('B')
    index.setLane('A', ['s1'])
    index.setLayer('A', ['c'])
    index.setLane('B', ['t1'])
    index.dropMap('A')
    expect(index.get('A')).toBeUndefined()
    expect(index.get('s1')).toBeUndefined()
    expect(index.get('c')).toBeUndefined()
    expect(index.get('t1')).toEqual({ kind: 'lane', sectionId: 'B' })
    expect(index.sections()).toEqual(['B'])
  })

  it('addLayer adopts one node; unknown maps are ignored', () => {
    const index = new SyncIndex()
    index.addMap('A')
    index.addLayer('A', 'pt')
    index.addLayer('Z', 'x')
    expect(index.get('pt')).toEqual({ kind: 'layer', sectionId: 'A' })
    expect(index.get('x')).toBeUndefined()
    expect(index.size).toBe(2)
  })
})
