import { message } from '../core/i18n/keys'
import { LocaleSchema, type Locale } from '../core/i18n/locale'
import { describeInvalid, UiToSandboxSchema, type UiRequest } from '../core/protocol/messages'
import { toUserMessage } from '../core/i18n/user-error'
import { post, postError } from './bridge'
import { handle } from './handlers'
import { findSelectedMap } from './canvas/read-section'
import { loadLayerFonts } from './render/emotion-layer'
import { BOARD_FONT } from './render/fonts'
import { createLiveSync, type LiveSync } from './sync/live-sync'
import { redrawSelectedMap } from './sync/redraw'
import { watchCurrentPage } from './sync/watch'

const PANEL = { width: 420, height: 680 }
/** Collapsed: a strip that says live sync is on, with the button to open the panel again. */
const STRIP = { width: 300, height: 56 }

function editorOf(): 'figjam' | 'figma' {
  return figma.editorType === 'figjam' ? 'figjam' : 'figma'
}

function idOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null
}

async function run(request: UiRequest): Promise<void> {
  const context = {
    progress: (done: number, total: number) => post({ type: 'progress', id: request.id, done, total }),
    made: (ids: readonly string[]) => sync?.made(ids),
  }
  // A board drawn in pauses must not be synced half-drawn: live sync holds what changes until it is done.
  const draws = request.type === 'generate' || request.type === 'regenerate'
  const paused = draws ? sync : null
  paused?.pause()
  try {
    post({ type: 'reply', id: request.id, result: await handle(request, context) })
  } catch (error) {
    postError(request.id, toUserMessage(error))
  } finally {
    paused?.resume()
  }
}

// Requests run one at a time: two boards drawn at once would interleave their undo step.
let queue: Promise<void> = Promise.resolve()

function receive(raw: unknown): void {
  const parsed = UiToSandboxSchema.safeParse(raw)
  if (!parsed.success) {
    postError(idOf(raw), { key: 'error.badMessage', params: { detail: describeInvalid(parsed.error) } })
    return
  }
  const message = parsed.data
  switch (message.type) {
    case 'ui-ready':
      void sayHello()
      return
    case 'set-language':
      void figma.clientStorage.setAsync(LANGUAGE_KEY, message.locale).catch((error: unknown) => postError(null, toUserMessage(error)))
      return
    case 'close':
      figma.closePlugin()
      return
    case 'collapse':
      figma.ui.resize(STRIP.width, STRIP.height)
      return
    case 'expand':
      figma.ui.resize(PANEL.width, PANEL.height)
      return
    default:
      queue = queue.then(() => run(message))
  }
}

let sync: LiveSync | null = null

const LANGUAGE_KEY = 'language'

/** The language the person chose last time, if storage holds one we know. */
async function storedLanguage(): Promise<Locale | undefined> {
  try {
    const parsed = LocaleSchema.safeParse(await figma.clientStorage.getAsync(LANGUAGE_KEY))
    return parsed.success ? parsed.data : undefined
  } catch {
    // Storage that cannot be read leaves the panel in the UI's language; nothing is lost.
    return undefined
  }
}

async function sayHello(): Promise<void> {
  const language = await storedLanguage()
  post({ type: 'context', editorType: editorOf(), ...(figma.command ? { command: figma.command } : {}), ...(language ? { language } : {}) })
  if (sync) post({ type: 'sync-status', maps: sync.status() })
  postSelection()
}

/** Tells the panel which map the selection is in, so it can offer to edit that map. */
function postSelection(): void {
  const selected = findSelectedMap(figma.currentPage.selection)
  post({ type: 'selection', map: selected ? { sectionId: selected.section.id, title: selected.section.name } : null })
}

/** Live sync runs as long as the plugin does, panel open or collapsed. */
async function startSync(): Promise<void> {
  try {
    await loadLayerFonts()
  } catch {
    postError(null, message('sync.fontLoad', { font: `${BOARD_FONT.family} ${BOARD_FONT.style}` }))
    return
  }
  const live = createLiveSync(
    (maps) => post({ type: 'sync-status', maps }),
    (error) => postError(null, toUserMessage(error)),
  )
  watchCurrentPage(live)
  sync = live
}

if (figma.command === 'redraw') {
  // The "Redraw curve" relaunch button: no panel, one redraw, then close with a sentence.
  void redrawSelectedMap()
} else {
  figma.showUI(__html__, { themeColors: true, width: PANEL.width, height: PANEL.height, title: 'Journey Lanes' })
  figma.ui.onmessage = receive
  figma.on('selectionchange', postSelection)
  void startSync()
}
