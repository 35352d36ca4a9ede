import type { Journey } from '../../core/model/journey'
import type { Plan } from '../../core/layout/plan'
import { placeBoard } from '../../core/layout/placement'
import type { Workshop } from '../../core/model/workshop'
import { designKit } from './design-kit'
import { BOARD_FONT, FontLoader } from './fonts'
import { figjamKit } from './figjam-kit'
import { NO_LAYER } from './emotion-layer'
import { laySection, type RenderProgress } from './lay-section'
import type { NodeKit } from './node-kit'
import { ensureParkingLot } from './parking-lot'

export type { RenderProgress } from './lay-section'

export interface RenderedBoard {
  section: SectionNode
  plan: Plan
  nodeCount: number
}

function newMapId(): string {
  return `map-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`
}

/** The board font, loaded once, and the kit of the editor the plugin runs in. */
export async function boardKit(): Promise<NodeKit> {
  const fonts = new FontLoader()
  await fonts.load(BOARD_FONT)
  return figma.editorType === 'figjam' ? figjamKit(fonts) : designKit(fonts)
}

/**
 * Draws a journey as one section in free space near the middle of the viewport. On
 * failure the half-drawn section is removed, so a person never finds a broken board.
 */
export async function renderBoard(journey: Journey, workshop: Workshop, onProgress: RenderProgress, onMade?: (ids: readonly string[]) => void): Promise<RenderedBoard> {
  const kit = await boardKit()
  const section = figma.createSection()
  section.name = journey.title
  try {
    const mapId = newMapId()
    const { plan } = await laySection(section, { journey, workshop, mapId, kit, existing: new Map(), layer: NO_LAYER(), onProgress, onMade })
    const taken = figma.currentPage.children.filter((n) => n !== section).map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }))
    const spot = placeBoard(plan, figma.viewport.center, taken)
    section.x = spot.x
    section.y = spot.y
    if (workshop.parkingLot) ensureParkingLot(section, mapId, journey)
    return { section, plan, nodeCount: plan.nodes.length }
  } catch (error) {
    if (!section.removed) section.remove()
    throw error
  }
}
