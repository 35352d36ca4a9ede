import { translate } from '../../core/i18n/board'
import type { Journey } from '../../core/model/journey'
import { parseTag } from '../../core/board/tags'
import { PARKING_WIDTH, parkingSlots, parkingSpot } from '../../core/layout/parking'
import { KEY } from '../canvas/plugin-data'

/**
 * The Parking lot: a section beside a map holding stickies whose stage or lane was
 * removed. It is not part of the map (the reader and live sync never look inside),
 * so a person decides what comes back by dragging it into the map.
 */

export function findParkingLot(mapId: string): SectionNode | null {
  for (const node of figma.currentPage.children) {
    if (node.type !== 'SECTION') continue
    const tag = parseTag(node.getPluginData(KEY.tag))
    if (tag?.role === 'parking' && tag.mapId === mapId) return node
  }
  return null
}

function contentBottom(lot: SectionNode): number | null {
  return lot.children.length === 0 ? null : Math.max(...lot.children.map((c) => c.y + c.height))
}

function placeBeside(lot: SectionNode, map: SectionNode, journey: Journey, existed: boolean): void {
  const spot = parkingSpot(
    { x: map.x, y: map.y, width: map.width, height: map.height },
    journey.direction,
    { width: lot.width, height: lot.height },
    existed ? { x: lot.x, y: lot.y } : null,
  )
  lot.x = spot.x
  lot.y = spot.y
}

/** The map's Parking lot, made beside it when it has none. */
export function ensureParkingLot(map: SectionNode, mapId: string, journey: Journey): SectionNode {
  const found = findParkingLot(mapId)
  const lot = found ?? figma.createSection()
  lot.name = translate(journey.locale, 'board.parkingLot', { title: journey.title })
  if (!found) {
    lot.setPluginData(KEY.tag, JSON.stringify({ role: 'parking', mapId }))
    lot.resizeWithoutConstraints(PARKING_WIDTH, parkingSlots([], null).height)
  }
  placeBeside(lot, map, journey, found !== null)
  return lot
}

/** Moves stickies into the map's Parking lot, below what it already holds. */
export function park(map: SectionNode, mapId: string, journey: Journey, nodes: readonly SceneNode[]): SectionNode {
  const lot = ensureParkingLot(map, mapId, journey)
  const { slots, height } = parkingSlots(
    nodes.map((n) => n.height),
    contentBottom(lot),
  )
  nodes.forEach((node, i) => {
    lot.appendChild(node)
    node.x = slots[i]!.x
    node.y = slots[i]!.y
  })
  lot.resizeWithoutConstraints(Math.max(lot.width, PARKING_WIDTH), Math.max(lot.height, height))
  placeBeside(lot, map, journey, true)
  return lot
}
