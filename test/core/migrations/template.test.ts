import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/core/migrations/run'
import { TEMPLATE, TEMPLATE_SCHEMA } from '../../../src/core/migrations/template'
import { TEMPLATES_FILE, TEMPLATES_FILE_SCHEMA } from '../../../src/core/migrations/templates-file'
import { JOURNEY_FILE } from '../../../src/core/migrations/journey-file'

// Each of these is at its first version: no migration yet, so reading is: as stored, newer, or not this kind.

describe.each([
  ['a saved template', TEMPLATE, TEMPLATE_SCHEMA, 'journey-lanes/template/7', 'journey-lanes/templates/1'],
  ['a templates file', TEMPLATES_FILE, TEMPLATES_FILE_SCHEMA, 'journey-lanes/templates/2', 'journey-lanes/template/1'],
  ['a journey file', JOURNEY_FILE, 'journey-lanes/1', 'journey-lanes/5', 'journey-lanes/map/2'],
])('reading %s', (_, format, current, newer, other) => {
  it.each([
    ['as stored', { schema: current, name: 'x' }, { ok: true, fields: { schema: current, name: 'x' }, from: current }],
    ['newer', { schema: newer, name: 'x' }, { ok: false, problem: 'newer', schema: newer }],
    ['of another kind', { schema: other }, { ok: false, problem: 'unknown', schema: other }],
    ['without a schema', { name: 'x' }, { ok: false, problem: 'unknown', schema: null }],
  ])('%s', (__, data, expected) => {
    expect(migrate(format, data)).toEqual(expected)
  })
})
