import { formatCardText } from '../../core/card-text'
import { translate } from '../../core/i18n'
import { emotionState } from '../../core/emotion-model'
import type { Journey } from '../../core/journey'
import { layout } from '../../core/layout'
import { mapRecordOf, tagger } from '../../core/map-record'
import type { Plan, PlanNode } from '../../core/plan'
import { placeBoard } from '../../core/placement'
import { KEY, writeChunked } from '../plugin-data'
import { designKit } from './design-kit'
import { BOARD_FONT, FontLoader } from './fonts'
import { figjamKit } from './figjam-kit'
import { applyEmotionLayer, laneStickies } from './emotion-layer'
import type { NodeKit } from './node-kit'
import type { Fill } from './palette'

export interface RenderProgress {
  (done: number, total: number): void
}

export interface RenderedBoard {
  section: SectionNode
  plan: Plan
  nodeCount: number
}

/** How many nodes to create between pauses that let the panel show progress. */
const CHUNK = 60

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

function newMapId(): string {
  return `map-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`
}

type Furniture = Extract<PlanNode, { kind: 'stage-header' | 'lane-label' | 'divider' | 'zero-line' }>

function isFurniture(node: PlanNode): node is Furniture {
  return node.kind === 'stage-header' || node.kind === 'lane-label' || node.kind === 'divider' || node.kind === 'zero-line'
}

async function drawFurniture(kit: NodeKit, node: Furniture): Promise<SceneNode> {
  switch (node.kind) {
    case 'stage-header':
    case 'lane-label':
      return kit.label(node.box, node.text, node.fill, node.kind)
    case 'divider':
      return kit.rule(node.from, node.to, false)
    case 'zero-line':
      return kit.rule(node.from, node.to, true)
  }
}

/**
 * Draws a journey as one section in the middle of the viewport. Cards are made
 * first so the layout can use their real heights (a sticky grows with its text),
 * then everything is placed from one Plan. On failure the half-drawn section is
 * removed, so a person never finds a broken board.
 */
export async function renderBoard(journey: Journey, onProgress: RenderProgress): Promise<RenderedBoard> {
  const fonts = new FontLoader()
  await fonts.load(BOARD_FONT)
  const kit = figma.editorType === 'figjam' ? figjamKit(fonts) : designKit(fonts)
  const mapId = newMapId()

  const section = figma.createSection()
  section.name = journey.title
  try {
    const cards = new Map(journey.cards.map((c) => [c.id, c]))
    // Layout is pure and cheap: a first pass with estimated heights says what to make and how much.
    const estimate = layout(journey)
    const total = estimate.nodes.length
    let done = 0
    const tick = async (): Promise<void> => {
      done += 1
      if (done % CHUNK === 0) {
        onProgress(done, total)
        await pause()
      }
    }

    // Cards and score stickies first: their real heights (a sticky grows with its text) go into the layout.
    const stickyNodes = new Map<string, SceneNode>()
    for (const node of estimate.nodes) {
      if (node.kind === 'card') {
        const card = cards.get(node.cardId)
        stickyNodes.set(node.cardId, await kit.card(formatCardText(node.text, card?.count), node.fill))
      } else if (node.kind === 'emotion-sticky') stickyNodes.set(node.emotionId, await kit.card(node.text, node.fillHex as Fill))
      else continue
      section.appendChild(stickyNodes.get(node.kind === 'card' ? node.cardId : node.emotionId)!)
      await tick()
    }

    const plan = layout(journey, { cardHeight: (id) => stickyNodes.get(id)?.height })
    const tagOf = tagger(journey, mapId)
    onProgress(done, total)

    for (const node of plan.nodes) {
      let made: SceneNode
      if (node.kind === 'card' || node.kind === 'emotion-sticky') {
        const sticky = stickyNodes.get(node.kind === 'card' ? node.cardId : node.emotionId)
        if (!sticky) continue
        sticky.x = node.box.x
        sticky.y = node.box.y
        made = sticky
      } else if (isFurniture(node)) {
        made = await drawFurniture(kit, node)
        section.appendChild(made)
        await tick()
      } else continue // the emotion lane's marks are drawn from its stickies, below
      made.setPluginData(KEY.tag, JSON.stringify(tagOf(node)))
    }

    section.resizeWithoutConstraints(plan.width, plan.height)
    const taken = figma.currentPage.children.filter((n) => n !== section).map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }))
    const spot = placeBoard(plan, figma.viewport.center, taken)
    section.x = spot.x
    section.y = spot.y
    const record = mapRecordOf(journey, mapId, plan.grid)
    writeChunked(section, KEY.map, JSON.stringify(record))
    // The same computation live sync runs: what the lane shows is what its stickies say.
    // (The layer writes in BOARD_FONT, loaded above.)
    applyEmotionLayer(section, record, emotionState({ grid: record.grid, scale: record.scale, personas: record.personas, stickies: laneStickies(section, record) }))
    section.setRelaunchData({ edit: translate(journey.locale, 'relaunch.edit'), redraw: translate(journey.locale, 'relaunch.redraw') })
    onProgress(total, total)
    return { section, plan, nodeCount: plan.nodes.length }
  } catch (error) {
    if (!section.removed) section.remove()
    throw error
  }
}
