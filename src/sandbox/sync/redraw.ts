import { translate } from '../../core/i18n/board'
import type { Locale } from '../../core/i18n/locale'
import { mapTitle } from '../../core/sync/status'
import { findSelectedMap } from '../canvas/read-section'
import { loadLayerFonts } from '../render/emotion-layer'
import { BOARD_FONT } from '../render/fonts'
import { syncMap } from './map-sync'

/** Without a map there is no journey language to speak; English then. */
const FALLBACK: Locale = 'en'

/**
 * The "Redraw curve" relaunch button: recomputes the selected map's emotion lane once,
 * as live sync would, and closes with a sentence saying what happened.
 */
export async function redrawSelectedMap(): Promise<void> {
  const selected = findSelectedMap(figma.currentPage.selection)
  if (!selected) {
    figma.closePlugin(translate(FALLBACK, 'notify.noMap'))
    return
  }
  const { section, read } = selected
  if (!read.ok) {
    const locale = read.locale ?? FALLBACK
    figma.closePlugin(read.newer ? translate(locale, 'notify.mapNewer') : translate(locale, 'notify.mapData', { detail: read.detail }))
    return
  }
  const { record } = read
  try {
    await loadLayerFonts()
  } catch {
    figma.closePlugin(translate(record.locale, 'sync.fontLoad', { font: `${BOARD_FONT.family} ${BOARD_FONT.style}` }))
    return
  }
  const title = mapTitle(section.name, record)
  try {
    const { writes } = syncMap(section, record)
    if (writes > 0) figma.commitUndo()
    figma.closePlugin(translate(record.locale, writes > 0 ? 'notify.redrawn' : 'notify.upToDate', { title }))
  } catch (error) {
    figma.closePlugin(translate(record.locale, 'sync.failed', { detail: error instanceof Error ? error.message : String(error) }))
  }
}
