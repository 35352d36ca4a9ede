import { describe, expect, it } from 'vitest'
import type { EmotionState } from '../../../src/core/layout/emotion-model'
import type { MapRecord } from '../../../src/core/board/map-record'
import { SandboxToUiSchema } from '../../../src/core/protocol/messages'
import { mapTitle, sameStatus, syncedMap, troubledMap } from '../../../src/core/sync/status'

const record = {
  title: 'Stored title',
  stages: [
    { id: 's1', name: 'Awareness' },
    { id: 's2', name: 'Purchase' },
  ],
  personas: [{ id: 'p1', name: 'Anna', color: '#BDE3FF' }],
} as unknown as MapRecord

const box = { x: 0, y: 0, width: 1, height: 1 }
const state = {
  moments: [
    { kind: 'highest', stageId: 's1', personaId: null, score: 1.25, box },
    { kind: 'lowest', stageId: 's2', personaId: 'p1', score: -2, box },
  ],
  outside: ['x', 'y'],
  notes: ['n'],
} as unknown as EmotionState

describe('sync status for the panel', () => {
  it('names each moment by its stage (and persona), scores to a tenth, and counts the stickies that do not count', () => {
    const map = syncedMap('A', 'Board', record, state)
    expect(map).toEqual({
      sectionId: 'A',
      title: 'Board',
      moments: [
        { kind: 'highest', stageName: 'Awareness', score: 1.3, },
        { kind: 'lowest', stageName: 'Purchase', score: -2, personaName: 'Anna' },
      ],
      outside: 2,
      notes: 1,
    })
    expect(syncedMap('A', 'Board', record, { ...state, notes: [] }).notes).toBeUndefined()
    expect(SandboxToUiSchema.safeParse({ type: 'sync-status', maps: [map] }).success).toBe(true)
  })

  it('a troubled map carries its problem, which must be a sandbox message', () => {
    const map = troubledMap('A', 'Board', { key: 'error.mapData', params: { detail: 'not JSON' } })
    expect(SandboxToUiSchema.safeParse({ type: 'sync-status', maps: [map] }).success).toBe(true)
    expect(SandboxToUiSchema.safeParse({ type: 'sync-status', maps: [{ ...map, problem: { key: 'nope' } }] }).success).toBe(false)
  })

  it('title: the section name as it is, else the stored title', () => {
    expect(mapTitle('  Renamed ', record)).toBe('Renamed')
    expect(mapTitle('', record)).toBe('Stored title')
    expect(mapTitle('', null)).toBe('')
  })

  it('sameStatus compares content', () => {
    const a = [syncedMap('A', 'Board', record, state)]
    expect(sameStatus(a, [syncedMap('A', 'Board', record, state)])).toBe(true)
    expect(sameStatus(a, [syncedMap('A', 'Board 2', record, state)])).toBe(false)
  })
})
