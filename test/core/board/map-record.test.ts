import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseMapRecord, recordProblem } from '../../../src/core/board/map-record'
import { NO_WORKSHOP } from '../../../src/core/model/workshop'

/** The record v0.1.0 wrote on its FigJam board's section, as stored (test/fixtures/records). */
function v010Record(): string {
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/records/v0.1.0-figjam.json', import.meta.url), 'utf8')) as {
    document: { nodes: { state: { pluginData?: Record<string, string> } }[] }
  }
  const data = fixture.document.nodes.map((n) => n.state.pluginData ?? {}).find((d) => d.map !== undefined)!
  return Array.from({ length: Number(data.map) }, (_, i) => data[`map.${i}`]).join('')
}

describe('reading a map record', () => {
  const old = v010Record()
  const current = JSON.stringify({ ...JSON.parse(old), schema: 'journey-lanes/map/2' })
  const withSchema = (schema: unknown) => JSON.stringify({ ...JSON.parse(old), schema })
  const withoutWorkshop = JSON.stringify({ ...JSON.parse(old), workshop: undefined })

  it.each([
    ["v0.1.0's, migrated to the current version", old, { ok: true, record: { schema: 'journey-lanes/map/2', title: 'Bike share, first month', workshop: { placeholders: 1, parkingLot: true } } }],
    ["v0.1.0's without workshop options, given none", withoutWorkshop, { ok: true, record: { schema: 'journey-lanes/map/2', workshop: NO_WORKSHOP } }],
    ['the current version', current, { ok: true, record: { schema: 'journey-lanes/map/2' } }],
    ['a newer version', withSchema('journey-lanes/map/9'), { ok: false, newer: true, locale: 'en' }],
    ['a later shared id', withSchema('journey-lanes/3'), { ok: false, newer: true }],
    ['an unknown schema', withSchema('journey-lanes/map/1'), { ok: false, newer: false, detail: 'schema journey-lanes/map/1' }],
    ['no schema', withSchema(undefined), { ok: false, newer: false, detail: 'schema' }],
    ['a broken field', JSON.stringify({ ...JSON.parse(current), scale: { min: 2, max: -2 } }), { ok: false, newer: false, detail: 'scale' }],
    ['not JSON', '{ broken', { ok: false, newer: false, detail: 'not JSON', locale: null }],
    ['JSON but no object', '42', { ok: false, newer: false, detail: 'shape' }],
  ])('%s', (_, text, expected) => {
    expect(parseMapRecord(text)).toMatchObject(expected)
  })

  it('says a newer record is newer, and a broken one what is wrong', () => {
    expect(recordProblem({ newer: true, detail: 'schema journey-lanes/map/9' })).toEqual({ key: 'error.mapNewer' })
    expect(recordProblem({ newer: false, detail: 'not JSON' })).toEqual({ key: 'error.mapData', params: { detail: 'not JSON' } })
  })
})
