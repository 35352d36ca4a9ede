import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Journey } from '../../src/core/model/journey'
import { LoadedMapSchema, RegenerateResultSchema } from '../../src/core/protocol/messages'
import { createTemplate } from '../../src/core/templates/built-in'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { overlap, rectOf, sections } from './board'
import { startPlugin } from './plugin-harness'
import { cellOf, mapSection, parkingLot, stickiesIn, textOf } from './regen-helpers'
import { recordOf } from './sync-board'

/**
 * Workshops in fast forward: people add, move, retype and delete stickies, stretch the
 * section and leave notes beside the map; then the facilitator changes the structure
 * and regenerates. Whatever happened, no one's sticky is lost or rewritten, each sits
 * in the cell of its stage and lane (or in the Parking lot when that stage or lane is
 * gone), nothing overlaps, and one undo brings the board back.
 */

const RUNS = 60

type Edit =
  | { op: 'add'; stage: number; lane: number; dx: number; dy: number; text: string }
  | { op: 'move'; pick: number; stage: number; lane: number; dx: number; dy: number }
  | { op: 'retype'; pick: number; text: string }
  | { op: 'delete'; pick: number }
  | { op: 'resize'; grow: number }
  | { op: 'stray'; text: string }
  | { op: 'outside'; text: string }

const text = fc.string({ minLength: 1, maxLength: 40 }).map((t) => t.replace(/\s+/g, ' ').trim() || 'note')
const frac = fc.double({ min: 0.3, max: 0.7, noNaN: true })
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), stage: fc.nat(9), lane: fc.nat(9), dx: frac, dy: frac, text }),
  fc.record({ op: fc.constant('move' as const), pick: fc.nat(), stage: fc.nat(9), lane: fc.nat(9), dx: frac, dy: frac }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat(), text }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('resize' as const), grow: fc.integer({ min: -200, max: 600 }) }),
  fc.record({ op: fc.constant('stray' as const), text }),
  fc.record({ op: fc.constant('outside' as const), text }),
)

interface Change {
  drop: number[]
  dropLanes: number[]
  add: number
  shuffle: number
  rename: boolean
  scale: boolean
}
const change: fc.Arbitrary<Change> = fc.record({
  drop: fc.uniqueArray(fc.nat(5), { maxLength: 3 }),
  dropLanes: fc.uniqueArray(fc.nat(5), { maxLength: 3 }),
  add: fc.nat(2),
  shuffle: fc.nat(),
  rename: fc.boolean(),
  scale: fc.boolean(),
})

function startJourney(stages: number, cards: { stage: number; lane: number; text: string }[]): Journey {
  const base = createTemplate('customer', 'en')
  const list = base.stages.concat(Array.from({ length: 6 }, (_, i) => ({ id: `x${i}`, name: `Extra ${i}` }))).slice(0, stages)
  const lanes = base.lanes.filter((l) => l.kind !== 'emotion')
  return {
    ...base,
    stages: list,
    cards: cards.map((c, i) => ({ id: `c${i}`, stageId: list[c.stage % list.length]!.id, laneId: lanes[c.lane % lanes.length]!.id, text: c.text })),
    emotions: list.map((s, i) => ({ id: `e${i}`, stageId: s.id, score: (i % 5) - 2 })),
  }
}

function applyEdits(plugin: ReturnType<typeof startPlugin>, section: SectionNode, edits: Edit[]): void {
  const { user } = plugin.emulator.controls
  for (const e of edits) {
    const { grid } = recordOf(section)
    const spot = (stage: number, lane: number, dx: number, dy: number) => {
      const col = grid.columns[stage % grid.columns.length]!
      const row = grid.rows[lane % grid.rows.length]!
      // A sticky's centre well inside the cell, never in a gutter.
      return { x: col.x + col.width * dx - 120, y: row.y + row.height * dy - 120 }
    }
    const all = stickiesIn(section)
    const pick = (n: number) => all[n % Math.max(1, all.length)]
    switch (e.op) {
      case 'add':
        user.createSticky(section, { ...spot(e.stage, e.lane, e.dx, e.dy), text: e.text })
        break
      case 'move': {
        const s = pick(e.pick)
        if (s) {
          const at = spot(e.stage, e.lane, e.dx, e.dy)
          user.move(s, at.x, at.y)
        }
        break
      }
      case 'retype': {
        const s = pick(e.pick)
        if (s) user.setText(s, e.text)
        break
      }
      case 'delete': {
        const s = pick(e.pick)
        if (s) user.remove(s)
        break
      }
      case 'resize':
        user.resize(section, Math.max(400, section.width + e.grow), section.height)
        break
      case 'stray': // in the section, right of every column
        user.createSticky(section, { x: section.width + 300, y: 60, text: e.text })
        break
      case 'outside': // on the page, away from the map
        user.createSticky(null, { x: section.x - 3000, y: section.y, text: e.text })
        break
    }
  }
}

function restructure(journey: Journey, c: Change): Journey {
  let stages = journey.stages.filter((_, i) => !c.drop.includes(i))
  if (stages.length === 0) stages = journey.stages.slice(0, 1)
  for (let i = 0; i < c.add; i++) stages.push({ id: `new${i}`, name: `New ${i}` })
  const k = c.shuffle % stages.length
  stages = [...stages.slice(k), ...stages.slice(0, k)]
  if (c.rename) stages = stages.map((s) => ({ ...s, name: `${s.name}!` }))
  let lanes = journey.lanes.filter((_, i) => !c.dropLanes.includes(i))
  if (lanes.length === 0) lanes = journey.lanes.slice(0, 1)
  return { ...journey, stages, lanes, scale: c.scale ? { min: 1, max: 5 } : journey.scale, cards: [], emotions: [] }
}

interface Seen {
  node: SceneNode
  text: string
  parent: string | undefined
  cell: { stageId: string; laneId: string } | null
}

describe('regenerate, property-tested against random workshops', () => {
  it(`keeps every sticky, in its cell or the Parking lot, without overlaps, undoable (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.record({ stage: fc.nat(9), lane: fc.nat(9), text }), { maxLength: 20 }),
        fc.array(edit, { maxLength: 12 }),
        change,
        async (stageCount, cards, edits, structureChange) => {
          const plugin = startPlugin({ editorType: 'figjam' })
          const page = plugin.emulator.figma.currentPage
          await plugin.request({ type: 'generate', journey: startJourney(stageCount, cards), workshop: NO_WORKSHOP })
          const section = mapSection(page)!
          applyEdits(plugin, section, edits)
          await plugin.emulator.controls.flush()

          page.selection = [section]
          const loaded = LoadedMapSchema.parse((await plugin.request({ type: 'load-selected-map' })).reply)
          const next = restructure(loaded.journey, structureChange)
          const { grid } = recordOf(section)
          const inGrid = (n: SceneNode) => {
            const cx = n.x + n.width / 2
            return n.parent?.id === section.id && grid.columns.some((c) => cx >= c.x && cx <= c.x + c.width)
          }
          const everyone = page.findAll((n) => n.type === 'STICKY') as StickyNode[]
          const before: Seen[] = everyone.map((node) => ({
            node,
            text: textOf(node),
            parent: node.parent?.id,
            cell: inGrid(node) ? cellOf(section, node) : null,
          }))
          const snapshot = page.findAll(() => true).map((n) => `${n.id}:${n.parent?.id}:${n.x},${n.y}:${n.type === 'STICKY' ? n.text.characters : ''}`)

          const outcome = await plugin.request({ type: 'regenerate', sectionId: section.id, journey: next, workshop: NO_WORKSHOP })
          expect(outcome.error).toBeUndefined()
          RegenerateResultSchema.parse(outcome.reply)

          const lot = parkingLot(page)
          const stages = new Set(next.stages.map((s) => s.id))
          const lanes = new Set(next.lanes.map((l) => l.id))
          for (const seen of before) {
            expect(seen.node.removed, `"${seen.text}" was deleted`).toBe(false)
            expect(textOf(seen.node)).toBe(seen.text)
            if (seen.parent !== section.id) {
              expect(seen.node.parent?.id).toBe(seen.parent) // not the map's: untouched
              continue
            }
            const kept = seen.cell && stages.has(seen.cell.stageId) && lanes.has(seen.cell.laneId)
            if (kept) expect(cellOf(section, seen.node), `"${seen.text}" left its cell`).toEqual(seen.cell)
            else expect(seen.node.parent?.id, `"${seen.text}" is not in the Parking lot`).toBe(lot?.id)
          }
          // Cards do not overlap each other or the headers and labels (scores fan out in their lane by design).
          const emotionLane = grid.scale?.laneId
          const cardsNow = stickiesIn(section).filter((n) => cellOf(section, n)?.laneId !== emotionLane)
          for (let i = 0; i < cardsNow.length; i++) {
            for (let j = i + 1; j < cardsNow.length; j++) expect(overlap(rectOf(cardsNow[i]!), rectOf(cardsNow[j]!))).toBe(false)
          }
          if (lot) expect(overlap(rectOf(lot), rectOf(section))).toBe(false)
          expect(sections(page).filter((s) => s.getPluginData('map') !== '')).toHaveLength(1)

          expect(plugin.emulator.controls.undo()).toBe(true)
          expect(page.findAll(() => true).map((n) => `${n.id}:${n.parent?.id}:${n.x},${n.y}:${n.type === 'STICKY' ? n.text.characters : ''}`)).toEqual(snapshot)
        },
      ),
      { numRuns: RUNS },
    )
  }, 120_000)
})
