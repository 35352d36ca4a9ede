import { describe, expect, it } from 'vitest'
import { seededRandom } from '../core/random'
import type { Journey } from '../../src/core/model/journey'
import { sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin } from './plugin-harness'
import { LAYER_ROLES } from '../../src/core/board/tags'
import { batch, expectInSync, expectOnlyChangedWritten, laneRow, recordOf, tagOf } from './sync-board'

const PERSONAS = [
  { id: 'p1', name: 'Anna', color: '#BDE3FF' },
  { id: 'p2', name: 'Boris', color: '#AFF4C6' },
]

function withPersonas(): Journey {
  const base = workshopJourney()
  return {
    ...base,
    title: 'Personas',
    personas: PERSONAS,
    emotions: base.emotions.flatMap((e, i) => [
      { ...e, id: `${e.id}-a`, personaId: 'p1' },
      { ...e, id: `${e.id}-b`, personaId: 'p2', score: Math.max(-2, e.score - (i % 3)) },
    ]),
  }
}

const hexRgb = (hex: string): RGB => {
  const n = parseInt(hex.slice(1), 16)
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 }
}

const TEXTS = ['', '', '', 'felt lost', '-2', '1', '+2', '😀', '🙁', 'плохо', 'great', '7']

describe('a seeded random workshop: 200 edits, some remote', () => {
  it('keeps every curve equal to a fresh recompute after every batch, writing only what changed', async () => {
    const rand = seededRandom(20260805)
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
    const plugin = startPlugin({ editorType: 'figjam' })
    const { controls } = plugin.emulator
    await controls.flush()
    for (const journey of [workshopJourney(), withPersonas()]) {
      const { error } = await plugin.request({ type: 'generate', journey })
      expect(error).toBeUndefined()
    }
    await controls.flush()
    const maps = sections(plugin.emulator.figma.currentPage)
    expect(maps).toHaveLength(2)
    const fills = [undefined, ...PERSONAS.map((p) => hexRgb(p.color))]

    let edits = 0
    let batches = 0
    let writes = 0
    const kinds = new Map<string, number>()
    while (edits < 200) {
      const perBatch = 1 + Math.floor(rand() * 3)
      const cost = await batch(plugin.emulator, () => {
        for (let i = 0; i < perBatch && edits < 200; i++, edits++) {
          const section = pick(maps)
          const record = recordOf(section)
          const row = laneRow(record)
          const stickies = section.children.filter((n): n is StickyNode => n.type === 'STICKY')
          const inLane = stickies.filter((s) => s.y + s.height / 2 >= row.y && s.y + s.height / 2 <= row.y + row.height)
          const remote = rand() < 0.3
          const column = pick(record.grid.columns)
          const laneY = (): number => row.top - 120 + rand() * (row.bottom - row.top)
          const r = rand()
          let kind: string
          if (r < 0.35 && inLane.length > 0) {
            kind = 'move-in-lane'
            const s = pick(inLane)
            controls.user.move(s, rand() < 0.8 ? s.x : column.x + rand() * column.width - 120, laneY(), { remote })
          } else if (r < 0.45 && stickies.length > 0) {
            kind = 'move-anywhere'
            const s = pick(stickies)
            const y = rand() < 0.5 ? laneY() : pick(record.grid.rows).y + 10
            controls.user.move(s, rand() < 0.15 ? -300 : column.x + 10, y, { remote })
          } else if (r < 0.6) {
            kind = 'add'
            const fill = pick(fills)
            controls.user.createSticky(section, { x: column.x + rand() * (column.width - 240), y: laneY(), text: pick(TEXTS), ...(fill ? { fill } : {}) }, { remote })
          } else if (r < 0.68 && inLane.length > 0) {
            kind = 'duplicate'
            const s = pick(inLane)
            controls.user.createSticky(section, { x: s.x, y: s.y, text: s.text.characters }, { remote })
          } else if (r < 0.72) {
            // Someone unlocks a curve, point, band or marker and deletes it: the sync must know it, even one it drew moments ago.
            const drawn = section.children.filter((n) => LAYER_ROLES.has(tagOf(n)?.role ?? 'card'))
            kind = 'delete-layer'
            if (drawn.length > 0) {
              const mark = pick(drawn)
              controls.user.setLocked(mark, false, { remote })
              controls.user.remove(mark, { remote })
            }
          } else if (r < 0.8 && inLane.length > 0) {
            kind = 'delete'
            controls.user.remove(pick(inLane), { remote })
          } else if (inLane.length > 0) {
            kind = 'retype'
            controls.user.setText(pick(inLane), pick(TEXTS), { remote })
          } else {
            kind = 'add-empty'
            controls.user.createSticky(section, { x: column.x, y: laneY(), text: '' }, { remote })
          }
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
        }
      })
      batches += 1
      writes += cost.writes
      expect(controls.callbackErrors).toEqual([])
      for (const section of maps) expectInSync(section)
      expectOnlyChangedWritten(cost)
    }
    expect(edits).toBe(200)
    expect(plugin.received.filter((m) => m.type === 'error')).toEqual([])
    // Every kind of edit happened.
    expect([...kinds.keys()].sort()).toEqual(expect.arrayContaining(['add', 'delete', 'delete-layer', 'duplicate', 'move-anywhere', 'move-in-lane', 'retype']))
    console.log(`random workshop: ${edits} edits in ${batches} batches, ${writes} plugin writes; ${JSON.stringify(Object.fromEntries(kinds))}`)
  })
})
