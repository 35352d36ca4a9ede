import { formatCardText } from '../../core/card-text'
import { translate } from '../../core/i18n'
import type { Card, Journey } from '../../core/journey'
import { layout } from '../../core/layout'
import { LANE_COLOR } from '../../core/lanes'
import { mapRecordOf, tagger } from '../../core/map-record'
import type { Plan, PlanNode } from '../../core/plan'
import { placeBoard } from '../../core/placement'
import { KEY, writeChunked } from '../plugin-data'
import { designKit } from './design-kit'
import { BOARD_FONT, FontLoader } from './fonts'
import { figjamKit } from './figjam-kit'
import type { NodeKit } from './node-kit'

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

async function drawNode(kit: NodeKit, node: Exclude<PlanNode, { kind: 'card' }>): Promise<SceneNode> {
  switch (node.kind) {
    case 'stage-header':
    case 'lane-label':
      return kit.label(node.box, node.text, node.fill, node.kind)
    case 'emotion-point':
      return kit.point(node.box, node.label)
    case 'emotion-band':
      return kit.band(node.box)
    case 'divider':
      return kit.rule(node.from, node.to, false)
    case 'zero-line':
      return kit.rule(node.from, node.to, true)
    case 'curve':
      return kit.curve(node.box, node.path)
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
    const laneKind = new Map(journey.lanes.map((l) => [l.id, l.kind]))
    // Layout is pure and cheap: a first pass with estimated heights tells how many nodes the board has.
    const total = layout(journey).nodes.length
    let done = 0
    const tick = async (): Promise<void> => {
      done += 1
      if (done % CHUNK === 0) {
        onProgress(done, total)
        await pause()
      }
    }

    const cardNodes = new Map<string, SceneNode>()
    for (const card of journey.cards) {
      const node = await kit.card(formatCardText(card.text, card.count), LANE_COLOR[laneKind.get(card.laneId) ?? 'custom'])
      section.appendChild(node)
      cardNodes.set(card.id, node)
      await tick()
    }

    const plan = layout(journey, { cardHeight: (c: Card) => cardNodes.get(c.id)?.height })
    const tagOf = tagger(journey, mapId)
    onProgress(done, total)

    for (const node of plan.nodes) {
      let made: SceneNode
      if (node.kind === 'card') {
        const card = cardNodes.get(node.cardId)
        if (!card) continue
        card.x = node.box.x
        card.y = node.box.y
        made = card
      } else {
        made = await drawNode(kit, node)
        section.appendChild(made)
        await tick()
      }
      made.setPluginData(KEY.tag, JSON.stringify(tagOf(node)))
    }

    section.resizeWithoutConstraints(plan.width, plan.height)
    const taken = figma.currentPage.children.filter((n) => n !== section).map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }))
    const spot = placeBoard(plan, figma.viewport.center, taken)
    section.x = spot.x
    section.y = spot.y
    writeChunked(section, KEY.map, JSON.stringify(mapRecordOf(journey, mapId, plan.grid)))
    section.setRelaunchData({ edit: translate(journey.locale, 'relaunch.edit') })
    onProgress(total, total)
    return { section, plan, nodeCount: plan.nodes.length }
  } catch (error) {
    if (!section.removed) section.remove()
    throw error
  }
}
