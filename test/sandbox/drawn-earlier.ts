import type { Journey } from '../../src/core/model/journey'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { renderBoard } from '../../src/sandbox/render/render-board'
import { sections } from './board'
import type { Emulator } from './plugin-harness'

/**
 * Boards already on the page when a test starts the plugin, as an earlier run left
 * them: drawn by the real renderer against this emulator. Returns the page's sections.
 */
export async function drawnEarlier(emulator: Emulator, ...journeys: Journey[]): Promise<SectionNode[]> {
  const uninstall = emulator.controls.installGlobals(globalThis)
  try {
    for (const journey of journeys) await renderBoard(journey, NO_WORKSHOP, () => undefined)
  } finally {
    uninstall()
  }
  return sections(emulator.figma.currentPage)
}
