import { describe, expect, it } from 'vitest'
import { toJson } from '../../../src/core/export'
import { checkJourney } from '../../../src/core/model/check-journey'
import { SCHEMA_VERSION } from '../../../src/core/model/journey'
import { workshopJourney } from '../../sandbox/journeys'

describe('toJson', () => {
  it('writes the journey pretty-printed, its schema version first, and reads back as the same journey', () => {
    const journey = { ...workshopJourney(), cards: [{ id: 'c', stageId: 's1', laneId: 'actions', text: 'Queue', count: 4 }] }
    const json = toJson(journey)
    expect(json.startsWith(`{\n  "schema": "${SCHEMA_VERSION}",\n  "`)).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
    const back = checkJourney(JSON.parse(json))
    expect(back.ok && back.journey).toEqual(journey)
  })
})
