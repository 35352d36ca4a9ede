import type { Card, Emotion } from '../../core/journey'
import type { LoadedMap } from '../../core/messages'
import { parseMapRecord, parseTag } from '../../core/map-record'
import { UserError } from '../../core/user-error'
import { KEY, readChunked } from '../plugin-data'

function findMapSection(selection: readonly SceneNode[]): SectionNode | null {
  for (const picked of selection) {
    let node: BaseNode | null = picked
    while (node && node.type !== 'PAGE' && node.type !== 'DOCUMENT') {
      if (node.type === 'SECTION' && readChunked(node, KEY.map) !== null) return node
      node = node.parent
    }
  }
  return null
}

function textOf(node: SceneNode): string {
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') return node.text.characters
  if (node.type === 'FRAME') {
    const text = node.children.find((c): c is TextNode => c.type === 'TEXT')
    return text ? text.characters : ''
  }
  return node.type === 'TEXT' ? node.characters : ''
}

/**
 * The map under the selection, as a Journey the panel can edit: structure from the
 * section's record, cards and scores from the tagged nodes as they are now.
 * (Reading untagged stickies by position comes with regeneration.)
 */
export function loadSelectedMap(): LoadedMap {
  const section = findMapSection(figma.currentPage.selection)
  if (!section) throw new UserError('error.noMap')
  const read = parseMapRecord(readChunked(section, KEY.map) ?? '')
  if (!read.ok) throw new UserError('error.mapData', { detail: read.detail })
  const { record } = read
  const cards: Card[] = []
  const emotions: Emotion[] = []
  for (const child of section.children) {
    const tag = parseTag(child.getPluginData(KEY.tag))
    if (!tag || tag.mapId !== record.mapId || !tag.stageId) continue
    if (tag.role === 'card' && tag.laneId && tag.cardId)
      cards.push({ id: tag.cardId, stageId: tag.stageId, laneId: tag.laneId, text: textOf(child) })
    if (tag.role === 'emotion-point' && tag.score !== undefined)
      emotions.push({ id: `e-${tag.stageId}`, stageId: tag.stageId, score: tag.score })
  }
  const { title, locale, direction, scale, stages, lanes, personas } = record
  return { journey: { schema: record.schema, title, locale, direction, scale, stages, lanes, personas, cards, emotions }, notes: [] }
}
