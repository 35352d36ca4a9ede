import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/core/migrations/run'
import { MAP_RECORD, MAP_RECORD_SCHEMA, ownIdAndWorkshop } from '../../../src/core/migrations/map-record'
import { NO_WORKSHOP } from '../../../src/core/model/workshop'

const workshop = { placeholders: 1, hints: true, persona: { name: 'Dana', description: 'Rides to work', goals: 'Be on time' }, parkingLot: true }
const base = { schema: 'journey-lanes/1', mapId: 'map-1', title: 'Bike share', stages: [{ id: 's1', name: 'Awareness' }] }

describe('map record 1 → 2: an id of its own, workshop options always there', () => {
  it.each([
    ['without workshop options (drawn before they existed)', base, { ...base, workshop: NO_WORKSHOP }],
    ['with workshop options (v0.1.0)', { ...base, workshop }, { ...base, workshop }],
    ['with workshop options switched off', { ...base, workshop: NO_WORKSHOP }, { ...base, workshop: NO_WORKSHOP }],
    // Not fixed here: the schema refuses it afterwards, as it did before.
    ['with broken workshop options', { ...base, workshop: 'yes' }, { ...base, workshop: 'yes' }],
    ['with workshop options null', { ...base, workshop: null }, { ...base, workshop: null }],
    ['with fields it does not know', { ...base, extra: [1] }, { ...base, extra: [1], workshop: NO_WORKSHOP }],
    ['with nothing but a schema', { schema: 'journey-lanes/1' }, { schema: 'journey-lanes/1', workshop: NO_WORKSHOP }],
  ])('%s', (_, before, after) => {
    expect(ownIdAndWorkshop.up(before)).toEqual(after)
  })

  it('gives each record a workshop of its own, and leaves the old record as it was', () => {
    const stored = { ...base }
    const a = ownIdAndWorkshop.up(stored)
    const b = ownIdAndWorkshop.up(stored)
    expect(a.workshop).not.toBe(b.workshop)
    expect(a.workshop).not.toBe(NO_WORKSHOP)
    expect(stored).toEqual(base)
  })
})

describe('reading a map record', () => {
  it.each([
    ['v0.1.0 (journey-lanes/1)', base, { ok: true, from: 'journey-lanes/1', fields: { ...base, schema: MAP_RECORD_SCHEMA, workshop: NO_WORKSHOP } }],
    ['the current version', { ...base, schema: MAP_RECORD_SCHEMA, workshop }, { ok: true, from: MAP_RECORD_SCHEMA }],
    ['a newer version', { ...base, schema: 'journey-lanes/map/9' }, { ok: false, problem: 'newer', schema: 'journey-lanes/map/9' }],
    ['a later shared id', { ...base, schema: 'journey-lanes/9' }, { ok: false, problem: 'newer', schema: 'journey-lanes/9' }],
    ['map/1, never written', { ...base, schema: 'journey-lanes/map/1' }, { ok: false, problem: 'unknown' }],
    ["a template's id", { ...base, schema: 'journey-lanes/template/1' }, { ok: false, problem: 'unknown' }],
  ])('%s', (_, data, expected) => {
    expect(migrate(MAP_RECORD, data)).toMatchObject(expected)
  })
})
