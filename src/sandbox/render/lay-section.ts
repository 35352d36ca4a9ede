import { formatCardText } from '../../core/layout/card-text'
import { translate } from '../../core/i18n/board'
import type { Journey } from '../../core/model/journey'
import { layout, layoutStickies } from '../../core/layout/layout'
import { mapRecordOf, type MapRecord } from '../../core/board/map-record'
import { tagger } from '../../core/board/tags'
import { isLayerNode, isLocked, isStickyNode, stickyKey, type LayerNode, type Plan, type PlanNode, type StickyPlanNode } from '../../core/layout/plan'
import type { Workshop } from '../../core/model/workshop'
import { KEY, tagNode, writeChunked } from '../canvas/plugin-data'
import { applyEmotionLayer, layerNodesOf, type LayerNodes } from './emotion-layer'
import type { NodeKit } from './node-kit'
import type { Fill } from './palette'
import { drawHint } from './shared-nodes'

export interface RenderProgress {
  (done: number, total: number): void
}

/**
 * Progress goes to the panel every CHUNK nodes; the pause that lets it through comes at
 * most every GAP_MS, since a pause costs a timer turn, and where nodes are made fast
 * (our emulator) pausing every CHUNK would cost more than the nodes.
 */
const CHUNK = 60
const GAP_MS = 16

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

type Furniture = Extract<PlanNode, { kind: 'stage-header' | 'lane-label' | 'lane-hint' | 'divider' | 'zero-line' }>

function isFurniture(node: PlanNode): node is Furniture {
  return node.kind === 'stage-header' || node.kind === 'lane-label' || node.kind === 'lane-hint' || node.kind === 'divider' || node.kind === 'zero-line'
}

async function drawFurniture(kit: NodeKit, node: Furniture): Promise<SceneNode> {
  switch (node.kind) {
    case 'stage-header':
    case 'lane-label':
      return kit.label(node.box, node.text, node.fill, node.kind)
    case 'lane-hint':
      return drawHint(node.box, node.text)
    case 'divider':
      return kit.rule(node.from, node.to, false)
    case 'zero-line':
      return kit.rule(node.from, node.to, true)
  }
}

function makeSticky(kit: NodeKit, node: StickyPlanNode, journey: Journey, counts: Map<string, number | undefined>): Promise<SceneNode> {
  switch (node.kind) {
    case 'card':
      return kit.card(formatCardText(node.text, counts.get(node.cardId)), node.fill)
    case 'emotion-sticky':
      return kit.card(node.text, node.fillHex as Fill)
    case 'placeholder':
      return kit.card('', node.fill)
    case 'persona-card':
      return kit.card(node.text, journey.personas[0]?.color as Fill | undefined ?? 'lightGray')
  }
}

export interface LaySectionInput {
  journey: Journey
  workshop: Workshop
  mapId: string
  kit: NodeKit
  /** Sticky-like nodes already on the board, by `stickyKey`: moved, never rewritten. */
  existing: ReadonlyMap<string, SceneNode>
  /** The emotion lane's marks on the board; looked for when not given (a section just made has none). */
  layer?: LayerNodes
  placeholders?: (stageId: string, laneId: string) => number
  onProgress: RenderProgress
  /** Each node made here, as it is made: live sync must know its creation is ours before the change comes back. */
  onMade?: (ids: readonly string[]) => void
}

/**
 * Lays a journey out in a map's section: makes the stickies it lacks first (a sticky
 * grows with its text, so real heights go into the layout), moves every sticky to its
 * place, draws the furniture and the emotion lane's marks, sizes the section and stores
 * the map's record. Everything drawn is a node of the Plan.
 */
export async function laySection(section: SectionNode, input: LaySectionInput): Promise<{ plan: Plan; record: MapRecord }> {
  const { journey, workshop, mapId, kit, existing, onProgress } = input
  const shape = { workshop, ...(input.placeholders ? { placeholders: input.placeholders } : {}) }
  // Layout is pure and cheap: a first pass with estimated heights says which stickies to make.
  const estimate = layoutStickies(journey, shape)
  const total = estimate.nodes.length
  let done = 0
  let lastPause = Date.now()
  const tick = async (): Promise<void> => {
    done += 1
    if (done % CHUNK !== 0) return
    onProgress(done, total)
    if (Date.now() - lastPause >= GAP_MS) {
      await pause()
      lastPause = Date.now()
    }
  }

  const counts = new Map(journey.cards.map((c) => [c.id, c.count]))
  const stickies = new Map(existing)
  for (const node of estimate.nodes) {
    if (!isStickyNode(node)) continue
    const key = stickyKey(node)
    if (stickies.has(key)) continue
    const made = await makeSticky(kit, node, journey, counts)
    input.onMade?.([made.id])
    section.appendChild(made)
    stickies.set(key, made)
    await tick()
  }

  const plan = layout(journey, { ...shape, cardHeight: (key) => stickies.get(key)?.height })
  const tagOf = tagger(journey, mapId)
  onProgress(done, total)
  const layer: LayerNode[] = []
  for (const node of plan.nodes) {
    if (isStickyNode(node)) {
      const key = stickyKey(node)
      const sticky = stickies.get(key)
      if (!sticky) continue
      sticky.x = node.box.x
      sticky.y = node.box.y
      // A blank sticky a person dropped stays theirs: only ours are tagged as placeholders.
      if (node.kind === 'placeholder' && existing.has(key)) continue
      tagNode(sticky, tagOf(node))
    } else if (isFurniture(node)) {
      const made = await drawFurniture(kit, node)
      input.onMade?.([made.id])
      section.appendChild(made)
      tagNode(made, tagOf(node))
      if (isLocked(node)) made.locked = true
      await tick()
    } else if (isLayerNode(node)) layer.push(node)
  }

  section.resizeWithoutConstraints(plan.width, plan.height)
  const record = mapRecordOf(journey, mapId, plan.grid, workshop)
  writeChunked(section, KEY.map, JSON.stringify(record))
  // Drawn after the stickies, so the marks sit on top of them, as live sync leaves them.
  const marks = input.layer ?? layerNodesOf(section.children, mapId)
  const kept = [...marks.byKey.values()]
  applyEmotionLayer(section, mapId, layer, marks)
  // A board laid out anew has its decoration locked, marks drawn by a release that did not lock them too.
  for (const node of kept) if (!node.removed && !node.locked) node.locked = true
  section.setRelaunchData({ edit: translate(journey.locale, 'relaunch.edit'), redraw: translate(journey.locale, 'relaunch.redraw') })
  onProgress(total, total)
  return { plan, record }
}
