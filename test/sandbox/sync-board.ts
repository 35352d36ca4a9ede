import { readChunked } from '../../src/sandbox/canvas/plugin-data'
import { expect } from 'vitest'
import { emotionLayer } from '../../src/core/layout/emotion-layer'
import { emotionState, type EmotionState, type LaneSticky } from '../../src/core/layout/emotion-model'
import { parseMapRecord, type MapRecord } from '../../src/core/board/map-record'
import { LAYER_ROLES, parseTag, type Tag } from '../../src/core/board/tags'
import type { SyncMap } from '../../src/core/protocol/messages'
import { fillHex, sections } from './board'
export { crowdedJourney } from './journeys'
import type { Emulator, PluginHarness } from './plugin-harness'

/**
 * Reading a map's emotion lane and layer straight from the emulated canvas, to check
 * that what live sync drew is what a fresh recompute of the stickies gives.
 */


export function recordOf(section: SectionNode): MapRecord {
  const read = parseMapRecord(readChunked(section, 'map') ?? '')
  if (!read.ok) throw new Error(`no readable record: ${read.detail}`)
  return read.record
}

export function tagOf(node: SceneNode): Tag | null {
  return parseTag(node.getPluginData('tag'))
}

/**
 * The canvas contract: a sticky counts in the emotion lane when its centre is in the
 * lane's scale area (below the lane's notes, down to the lane's bottom).
 */
export function laneStickiesOf(section: SectionNode, record: MapRecord): LaneSticky[] {
  const scale = record.grid.scale
  const row = scale && record.grid.rows.find((r) => r.laneId === scale.laneId)
  if (!scale || !row) return []
  const areaTop = scale.top - (row.y + row.height - scale.bottom)
  return section.children
    .filter((n): n is StickyNode => n.type === 'STICKY')
    .filter((n) => n.y + n.height / 2 >= areaTop && n.y + n.height / 2 <= row.y + row.height)
    .map((n) => ({ id: n.id, x: n.x, y: n.y, width: n.width, height: n.height, text: n.text.characters, fillHex: fillHex(n) || null }))
}

export function freshState(section: SectionNode): EmotionState {
  const record = recordOf(section)
  return emotionState({ grid: record.grid, scale: record.scale, personas: record.personas, stickies: laneStickiesOf(section, record), locale: record.locale })
}

const r2 = (n: number): string => (Math.round(n * 100) / 100).toFixed(2)
const boxKey = (b: { x: number; y: number; width: number; height: number }): string => `${r2(b.x)},${r2(b.y)},${r2(b.width)},${r2(b.height)}`

/** What the layer should show, one line per node: the lane's Plan nodes for the stickies as they are. */
export function expectedLayer(record: MapRecord, section: SectionNode): string[] {
  const { nodes } = emotionLayer({ grid: record.grid, scale: record.scale, personas: record.personas, stickies: laneStickiesOf(section, record), locale: record.locale })
  const lines: string[] = []
  for (const n of nodes) {
    switch (n.kind) {
      case 'emotion-band':
        lines.push(`emotion-band|${n.stageId}|${n.personaId ?? ''}|${boxKey(n.box)}`)
        break
      case 'curve':
        lines.push(`curve|${n.personaId ?? ''}|${r2(n.box.x)},${r2(n.box.y)}|${n.path}`)
        break
      case 'emotion-point':
        lines.push(`emotion-point|${n.stageId}|${n.personaId ?? ''}|${boxKey(n.box)}|${n.label}`)
        break
      case 'moment':
        lines.push(`moment|${n.stageId}|${n.personaId ?? ''}|${n.moment}|${boxKey(n.box)}|${n.text}`)
        break
      case 'legend':
        lines.push(`legend|${n.personaId}|${boxKey(n.box)}|${n.text}`)
        break
    }
  }
  return lines.sort()
}

function lineOf(node: SceneNode, tag: Tag): string {
  const text = node.type === 'SHAPE_WITH_TEXT' ? node.text.characters : ''
  switch (tag.role) {
    case 'emotion-band':
      return `emotion-band|${tag.stageId}|${tag.personaId ?? ''}|${boxKey(node)}`
    case 'curve':
      return `curve|${tag.personaId ?? ''}|${r2(node.x)},${r2(node.y)}|${node.type === 'VECTOR' ? (node.vectorPaths[0]?.data ?? '') : '?'}`
    case 'emotion-point':
      return `emotion-point|${tag.stageId}|${tag.personaId ?? ''}|${boxKey(node)}|${text}`
    case 'moment':
      return `moment|${tag.stageId}|${tag.personaId ?? ''}|${tag.moment}|${boxKey(node)}|${text}`
    default:
      return `legend|${tag.personaId}|${boxKey(node)}|${text}`
  }
}

/** The layer as drawn: node id → its line. */
export function drawnLayer(section: SectionNode): Map<string, string> {
  const out = new Map<string, string>()
  const read = parseMapRecord(readChunked(section, 'map') ?? '')
  if (!read.ok) return out // a map whose record is broken has no layer the sync keeps
  for (const node of section.children) {
    const tag = tagOf(node)
    if (tag && tag.mapId === read.record.mapId && LAYER_ROLES.has(tag.role)) out.set(node.id, lineOf(node, tag))
  }
  return out
}

/** The drawn curve(s), bands, points and markers equal a fresh recompute of the stickies as they are, and nothing waits to snap. */
export function expectInSync(section: SectionNode): EmotionState {
  const record = recordOf(section)
  const state = freshState(section)
  expect(state.snaps, 'every sticky whose text is a score sits at that score').toEqual([])
  expect([...drawnLayer(section).values()].sort()).toEqual(expectedLayer(record, section))
  return state
}

/** The last sync-status the panel received, for one map. */
export function lastStatus(plugin: PluginHarness, sectionId: string): SyncMap | undefined {
  const last = plugin.received.filter((m) => m.type === 'sync-status').at(-1)
  return last?.type === 'sync-status' ? last.maps.find((m) => m.sectionId === sectionId) : undefined
}

export interface BatchCost {
  /** property writes and mutating calls the plugin made */
  writes: number
  apiCalls: number
  /** nodes the plugin wrote */
  written: string[]
  /** per node written: how many times each member was written */
  writesByNode: Map<string, Map<string, number>>
  /** layer nodes that differ after the batch (changed, created or removed), and stickies that moved without being moved by the person */
  changed: Set<string>
  ms: number
}

/** Runs a person's edits as one batch, lets the plugin's handler run, and says what the plugin wrote. */
export async function batch(emulator: Emulator, edit: () => void, maps: readonly SectionNode[] = sections(emulator.figma.currentPage)): Promise<BatchCost> {
  const { controls } = emulator
  edit()
  // After the person's edit, before the plugin's turn: what changes from here is the plugin's doing.
  const layerBefore = new Map<string, string>()
  for (const m of maps) if (!m.removed) for (const [id, line] of drawnLayer(m)) layerBefore.set(id, line)
  const stickyAfterEdit = new Map<string, number>()
  for (const m of maps) if (!m.removed) for (const n of m.children) if (n.type === 'STICKY') stickyAfterEdit.set(n.id, n.y)
  controls.resetCounters()
  const t0 = performance.now()
  await controls.flush()
  const ms = performance.now() - t0
  const cost = { writes: controls.writes, apiCalls: controls.apiCalls, written: controls.writtenNodes(), writesByNode: controls.writesByNode() }
  const changed = new Set<string>()
  const layerAfter = new Map<string, string>()
  for (const m of maps) if (!m.removed) for (const [id, line] of drawnLayer(m)) layerAfter.set(id, line)
  for (const [id, line] of layerAfter) if (layerBefore.get(id) !== line) changed.add(id)
  for (const id of layerBefore.keys()) if (!layerAfter.has(id)) changed.add(id)
  for (const m of maps) if (!m.removed) for (const n of m.children) if (n.type === 'STICKY' && stickyAfterEdit.get(n.id) !== n.y) changed.add(n.id)
  return { ...cost, changed, ms }
}

/** No node had the same property written twice (or the same method called twice) in the batch: one write per node. */
export function expectEachNodeWrittenOnce(cost: Pick<BatchCost, 'writesByNode'>): void {
  const twice: string[] = []
  for (const [id, counts] of cost.writesByNode) for (const [member, n] of counts) if (n > 1) twice.push(`${id} ${member} ×${n}`)
  expect(twice, 'nodes written more than once in one batch').toEqual([])
}

/** Only nodes that really changed were written, each at most once per batch (a write = one node touched). */
export function expectOnlyChangedWritten(cost: BatchCost): void {
  expectEachNodeWrittenOnce(cost)
  expect(cost.written.filter((id) => !cost.changed.has(id)), 'nodes written that did not change').toEqual([])
  expect([...cost.changed].filter((id) => !cost.written.includes(id)), 'changed nodes the sync did not write').toEqual([])
}

export function emotionSticky(section: SectionNode, stageId: string): StickyNode {
  const found = section.children.find((n) => n.type === 'STICKY' && tagOf(n)?.role === 'emotion' && tagOf(n)?.stageId === stageId)
  if (!found || found.type !== 'STICKY') throw new Error(`no emotion sticky at ${stageId}`)
  return found
}

export function curveOf(section: SectionNode, personaId?: string): VectorNode | undefined {
  return section.children.find((n): n is VectorNode => n.type === 'VECTOR' && tagOf(n)?.role === 'curve' && tagOf(n)?.personaId === personaId)
}

export function columnOf(record: MapRecord, stageId: string): { x: number; width: number } {
  const c = record.grid.columns.find((col) => col.stageId === stageId)
  if (!c) throw new Error(`no column ${stageId}`)
  return c
}

export function laneRow(record: MapRecord): { y: number; height: number; top: number; bottom: number } {
  const scale = record.grid.scale!
  const row = record.grid.rows.find((r) => r.laneId === scale.laneId)!
  return { y: row.y, height: row.height, top: scale.top, bottom: scale.bottom }
}

