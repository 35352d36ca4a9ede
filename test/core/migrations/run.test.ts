import { describe, expect, it } from 'vitest'
import { migrate, numberAfter, type Fields, type RecordFormat } from '../../../src/core/migrations/run'
import { JOURNEY_FILE } from '../../../src/core/migrations/journey-file'
import { MAP_RECORD } from '../../../src/core/migrations/map-record'
import { TEMPLATE } from '../../../src/core/migrations/template'
import { TEMPLATES_FILE } from '../../../src/core/migrations/templates-file'

/** A made-up kind of record with three versions, to watch the runner chain its steps. */
const THING: RecordFormat = {
  current: 'thing/3',
  migrations: [
    { from: 'thing/1', to: 'thing/2', up: (f: Fields) => ({ ...f, steps: [...((f.steps as string[] | undefined) ?? []), '1→2'] }) },
    { from: 'thing/2', to: 'thing/3', up: (f: Fields) => ({ ...f, steps: [...((f.steps as string[] | undefined) ?? []), '2→3'] }) },
  ],
  versionOf: (schema) => numberAfter('thing/', schema),
}

describe('the migration runner', () => {
  it.each([
    ['the current version, as stored', { schema: 'thing/3', a: 1 }, { ok: true, fields: { schema: 'thing/3', a: 1 }, from: 'thing/3' }],
    ['the oldest version, through every step in order', { schema: 'thing/1', a: 1 }, { ok: true, fields: { schema: 'thing/3', a: 1, steps: ['1→2', '2→3'] }, from: 'thing/1' }],
    ['a middle version, through the steps after it', { schema: 'thing/2' }, { ok: true, fields: { schema: 'thing/3', steps: ['2→3'] }, from: 'thing/2' }],
    ['a newer version', { schema: 'thing/4' }, { ok: false, problem: 'newer', schema: 'thing/4' }],
    ['a much newer version', { schema: 'thing/12' }, { ok: false, problem: 'newer', schema: 'thing/12' }],
    ['an older version with no migration', { schema: 'thing/0' }, { ok: false, problem: 'unknown', schema: 'thing/0' }],
    ['another kind of record', { schema: 'other/9' }, { ok: false, problem: 'unknown', schema: 'other/9' }],
    ['a version that is not a whole number', { schema: 'thing/3.5' }, { ok: false, problem: 'unknown', schema: 'thing/3.5' }],
    ['no schema', { a: 1 }, { ok: false, problem: 'unknown', schema: null }],
    ['a schema that is not text', { schema: 3 }, { ok: false, problem: 'unknown', schema: null }],
    ['a list', [{ schema: 'thing/3' }], { ok: false, problem: 'unknown', schema: null }],
    ['null', null, { ok: false, problem: 'unknown', schema: null }],
    ['text', 'thing/3', { ok: false, problem: 'unknown', schema: null }],
  ])('reads %s', (_, data, expected) => {
    expect(migrate(THING, data)).toEqual(expected)
  })

  it('leaves what it was given as it was', () => {
    const stored = { schema: 'thing/1', steps: ['before'] }
    const copy = structuredClone(stored)
    migrate(THING, stored)
    expect(stored).toEqual(copy)
  })

  it.each([
    ['v/', 'v/1', 1],
    ['v/', 'v/42', 42],
    ['v/', 'v/01', null],
    ['v/', 'v/0', null],
    ['v/', 'v/', null],
    ['v/', 'v/1x', null],
    ['v/', 'w/1', null],
    ['v/', 'v/1234567890', null],
  ])('numberAfter(%j, %j) is %j', (prefix, schema, expected) => {
    expect(numberAfter(prefix, schema)).toBe(expected)
  })
})

describe.each([
  ['map record', MAP_RECORD],
  ['saved template', TEMPLATE],
  ['templates file', TEMPLATES_FILE],
  ['journey file', JOURNEY_FILE],
])('the %s format', (_, format) => {
  it('names a version for its current schema id and for every id it migrates from, oldest first', () => {
    const ids = [...format.migrations.map((m) => m.from), format.current]
    const versions = ids.map((id) => format.versionOf(id))
    expect(versions.every((v) => v !== null)).toBe(true)
    expect(versions).toEqual([...versions].sort((a, b) => a! - b!))
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('chains its migrations: each reads what the one before returns, and the last returns the current id', () => {
    format.migrations.forEach((m, i) => expect(m.to).toBe(format.migrations[i + 1]?.from ?? format.current))
  })

  it('reports the next version as newer, and reads its own', () => {
    const next = format.current.replace(/\d+$/, (n) => String(Number(n) + 1))
    expect(migrate(format, { schema: next })).toEqual({ ok: false, problem: 'newer', schema: next })
    expect(migrate(format, { schema: format.current })).toMatchObject({ ok: true, from: format.current })
  })

  it("does not take another kind's schema id for its own", () => {
    for (const other of [MAP_RECORD, TEMPLATE, TEMPLATES_FILE, JOURNEY_FILE]) {
      // v0.1.0's map record did carry the journey's id: that one is the map record's version 1.
      if (other === format || format.migrations.some((m) => m.from === other.current)) continue
      expect(migrate(format, { schema: other.current }).ok).toBe(false)
    }
  })
})
