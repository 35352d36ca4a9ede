import { importFile } from '../../src/core/import'
import { createFigmaEmulator } from '../emulator'
import { nodesAsJson } from './board-json'
import { cardText, isCard, pageToSvg, type Theme } from './board-svg'

/**
 * The playground host: runs the real dist/code.js against the emulator in this page,
 * shows the real dist/ui.html in an iframe as Figma would, and draws the emulated
 * board live so a person can move, edit, add and delete stickies on it.
 */

const SAMPLE = '/examples/bike-share-interviews.csv'
const params = new URLSearchParams(location.search)
const editorType = params.get('editor') === 'figma' ? 'figma' : 'figjam'
let theme: Theme = params.get('theme') === 'dark' ? 'dark' : 'light'

// figma.clientStorage outlives a file in Figma; here it outlives a page reload (saved templates, say).
const STORAGE_KEY = 'journey-lanes-playground-client-storage'
function storedClientStorage(): Record<string, unknown> | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
const emulator = createFigmaEmulator({ editorType, clientStorage: storedClientStorage() })
const { figma, controls } = emulator

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const iframe = $<HTMLIFrameElement>('panel')
const board = $<HTMLDivElement>('board')
const status = $<HTMLSpanElement>('board-status')
const deleteButton = $<HTMLButtonElement>('delete-sticky')
const addButton = $<HTMLButtonElement>('add-sticky')
const fitButton = $<HTMLButtonElement>('fit')
// Figma Design has no stickies: the plugin draws cards as frames holding text.
const noun = editorType === 'figma' ? 'Card' : 'Sticky'
const NO_STICKIES = 'Figma Design has no stickies: add cards in the panel (switch to FigJam to add stickies on the board).'

let selectedId: string | null = null
let dirty = true
let lastWrites = -1
let dragging = false
// The board is redrawn by replacing its markup, which would take an open text editor with it.
let editing = false

/**
 * Runs the bundle with only the globals Figma's sandbox gives: no window, document
 * or fetch. Its globalThis is a plain object holding those few globals, as the
 * sandbox's own global is.
 */
function runPlugin(code: string): void {
  const sandboxGlobal = { figma, __html__: '', setTimeout, clearTimeout, setInterval, clearInterval, console }
  const hidden = ['window', 'self', 'document', 'parent', 'fetch', 'localStorage', 'XMLHttpRequest']
  const names = [...Object.keys(sandboxGlobal), 'globalThis', ...hidden]
  // The playground's whole point is to run the built bundle as Figma does: from its text.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(...names, code) as (...args: unknown[]) => void
  run(...Object.values(sandboxGlobal), sandboxGlobal, ...hidden.map(() => undefined))
}

function applyTheme(): void {
  document.documentElement.dataset.theme = theme
  const root = iframe.contentDocument?.documentElement
  if (root) {
    // Figma puts this class on the plugin's <html> when themeColors is on.
    root.classList.remove('figma-light', 'figma-dark')
    root.classList.add(`figma-${theme}`)
  }
  dirty = true
}

function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): DOMPoint {
  const ctm = svg.getScreenCTM()
  return new DOMPoint(clientX, clientY).matrixTransform(ctm ? ctm.inverse() : undefined)
}

let savedStorage = ''
function saveClientStorage(): void {
  const now = JSON.stringify(controls.clientStorage.dump())
  if (now === savedStorage) return
  savedStorage = now
  try {
    localStorage.setItem(STORAGE_KEY, now)
  } catch {
    // A browser that refuses storage keeps templates for this visit only.
  }
}

function nodeOf(id: string | null): SceneNode | null {
  if (!id) return null
  const node = controls.node(id) as SceneNode | null | undefined
  return node && !node.removed ? node : null
}

function select(id: string | null): void {
  selectedId = id
  // The plugin sees the selection, as in FigJam: selecting inside a map offers to edit it.
  const node = nodeOf(id)
  if (node) controls.user.select([node])
  else if (figma.currentPage.selection.length > 0) controls.user.select([])
  deleteButton.disabled = !isCard(nodeOf(id))
  board.querySelectorAll('.is-selected').forEach((el) => el.classList.remove('is-selected'))
  if (id) board.querySelector(`[data-node-id="${CSS.escape(id)}"]`)?.classList.add('is-selected')
}

function render(): void {
  const hadFocus = document.activeElement instanceof SVGElement ? document.activeElement.getAttribute('data-node-id') : null
  board.innerHTML = pageToSvg(figma.currentPage, { theme, interactive: true })
  applyZoom()
  select(selectedId && nodeOf(selectedId) ? selectedId : null)
  if (hadFocus) board.querySelector<SVGElement>(`[data-node-id="${CSS.escape(hadFocus)}"]`)?.focus()
  dirty = false
  lastWrites = controls.writes
}

/** Shows what the plugin wrote since the last drawing, unless a person is mid-drag or typing. */
function redrawIfChanged(): void {
  if (!dragging && !editing && (dirty || controls.writes !== lastWrites)) render()
}

function touched(message: string): void {
  status.textContent = message
  dirty = true
}

function cardAt(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('[data-card]') : null
}

function editText(id: string): void {
  const node = nodeOf(id)
  const el = board.querySelector(`[data-node-id="${CSS.escape(id)}"]`)
  const text = isCard(node) ? cardText(node) : null
  if (!node || !text || !el) return
  const box = el.getBoundingClientRect()
  const host = board.getBoundingClientRect()
  const editor = document.createElement('textarea')
  editor.className = 'editor'
  editor.setAttribute('aria-label', `${noun} text`)
  editor.value = text.characters
  Object.assign(editor.style, {
    left: `${box.left - host.left + board.scrollLeft}px`,
    top: `${box.top - host.top + board.scrollTop}px`,
    width: `${Math.max(160, box.width)}px`,
    height: `${Math.max(96, box.height)}px`,
  })
  let done = false
  editing = true
  const finish = (save: boolean): void => {
    if (done) return
    done = true
    editing = false
    if (save && editor.value !== text.characters) {
      controls.user.setText(text.node, editor.value)
      touched(`${noun} text changed.`)
    }
    editor.remove()
    render()
    board.querySelector<SVGElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus()
  }
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') finish(false)
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault()
      finish(true)
    }
  })
  editor.addEventListener('blur', () => finish(true))
  board.appendChild(editor)
  editor.focus()
  editor.select()
}

function removeSelected(): void {
  const node = nodeOf(selectedId)
  if (!isCard(node)) return
  controls.user.remove(node)
  selectedId = null
  touched(`${noun} deleted.`)
  render()
}

function sectionAt(x: number, y: number): SectionNode | null {
  const found = figma.currentPage.children.find(
    (n): n is SectionNode => n.type === 'SECTION' && x >= n.x && y >= n.y && x <= n.x + n.width && y <= n.y + n.height,
  )
  return found ?? null
}

function addSticky(at?: { x: number; y: number }): void {
  if (editorType === 'figma') {
    touched(NO_STICKIES)
    return
  }
  const section = at ? sectionAt(at.x, at.y) : figma.currentPage.children.find((n): n is SectionNode => n.type === 'SECTION') ?? null
  if (!section) {
    touched('Generate a board first: stickies are added inside a map.')
    return
  }
  const local = at ? { x: at.x - section.x - 120, y: at.y - section.y - 120 } : { x: 24, y: 24 }
  const sticky = controls.user.createSticky(section, { ...local, text: '' })
  touched('Sticky added.')
  render()
  select(sticky.id)
  editText(sticky.id)
}

/**
 * The drawing is as wide as the board area and scrolls down; fitted, it is also no
 * taller than the area, so the whole board is in view (scaled down to fit).
 */
let fitted = false
function applyZoom(): void {
  const svg = board.querySelector('svg')
  if (svg) svg.style.height = fitted ? `${board.clientHeight}px` : ''
}

function fitBoard(): void {
  fitted = !fitted
  fitButton.setAttribute('aria-pressed', String(fitted))
  applyZoom()
  board.scrollTo({ left: 0, top: 0 })
}

function wireBoard(): void {
  let start: { id: string; x: number; y: number; nodeX: number; nodeY: number; el: SVGGElement } | null = null
  board.addEventListener('pointerdown', (e) => {
    const el = cardAt(e.target)
    const svg = board.querySelector('svg')
    if (!el || !svg) {
      // A click on a section's background selects the section (a map, say).
      const section = e.target instanceof Element ? e.target.closest('[data-type="SECTION"]') : null
      select(section?.getAttribute('data-node-id') ?? null)
      return
    }
    const id = el.getAttribute('data-node-id')!
    const node = nodeOf(id)
    if (!node) return
    select(id)
    const p = svgPoint(svg, e.clientX, e.clientY)
    start = { id, x: p.x, y: p.y, nodeX: node.x, nodeY: node.y, el }
    el.setPointerCapture(e.pointerId)
    dragging = true
  })
  board.addEventListener('pointermove', (e) => {
    const svg = board.querySelector('svg')
    if (!start || !svg) return
    const p = svgPoint(svg, e.clientX, e.clientY)
    start.el.setAttribute('transform', `translate(${start.nodeX + p.x - start.x} ${start.nodeY + p.y - start.y})`)
  })
  board.addEventListener('pointerup', (e) => {
    const svg = board.querySelector('svg')
    dragging = false
    if (!start || !svg) return
    const p = svgPoint(svg, e.clientX, e.clientY)
    const node = nodeOf(start.id)
    const dx = p.x - start.x
    const dy = p.y - start.y
    if (node && (Math.abs(dx) > 1 || Math.abs(dy) > 1)) {
      controls.user.move(node, Math.round(start.nodeX + dx), Math.round(start.nodeY + dy))
      touched(`${noun} moved.`)
    }
    start = null
    render()
  })
  board.addEventListener('dblclick', (e) => {
    const el = cardAt(e.target)
    if (el) return editText(el.getAttribute('data-node-id')!)
    const svg = board.querySelector('svg')
    if (svg) addSticky(svgPoint(svg, e.clientX, e.clientY))
  })
  board.addEventListener('keydown', (e) => {
    const el = cardAt(e.target)
    if (!el) return
    const id = el.getAttribute('data-node-id')!
    const node = nodeOf(id)
    if (!node) return
    select(id)
    const step = e.shiftKey ? 50 : 10
    const nudge: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }
    if (e.key in nudge) {
      e.preventDefault()
      const [dx, dy] = nudge[e.key]!
      controls.user.move(node, node.x + dx, node.y + dy)
      touched(`${noun} moved.`)
      render()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      editText(id)
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      removeSelected()
    }
  })
  if (editorType === 'figma') {
    // Said on the page, not only in a tooltip: the button is there but cannot work here.
    addButton.disabled = true
    addButton.title = NO_STICKIES
    deleteButton.textContent = 'Delete card'
    const note = $<HTMLParagraphElement>('editor-note')
    note.textContent = NO_STICKIES
    note.hidden = false
  }
  addButton.addEventListener('click', () => addSticky())
  deleteButton.addEventListener('click', removeSelected)
  fitButton.addEventListener('click', fitBoard)
  window.addEventListener('resize', applyZoom)
}

function wireSwitches(): void {
  const editorSelect = $<HTMLSelectElement>('editor')
  const themeSelect = $<HTMLSelectElement>('theme')
  editorSelect.value = editorType
  themeSelect.value = theme
  editorSelect.addEventListener('change', () => {
    params.set('editor', editorSelect.value)
    location.search = params.toString()
  })
  themeSelect.addEventListener('change', () => {
    theme = themeSelect.value === 'dark' ? 'dark' : 'light'
    params.set('theme', theme)
    history.replaceState(null, '', `?${params.toString()}`)
    applyTheme()
  })
}

/** The iframe is as large as the plugin asks with figma.ui.resize (the panel collapsed to a strip, say). */
function followSize(): void {
  const { width, height } = controls.ui.size
  if (iframe.width !== String(width)) iframe.width = String(width)
  if (iframe.height !== String(height)) iframe.height = String(height)
}

/** figma.closePlugin(): the panel goes away, as in Figma, and the page says so. */
function showClosed(): void {
  iframe.hidden = true
  const closed = $<HTMLDivElement>('closed')
  const message = controls.closeMessage
  $('closed-text').textContent = message ? `The plugin closed: ${message}` : 'The plugin closed.'
  closed.hidden = false
  $<HTMLButtonElement>('reload').focus()
}

async function drawSample(): Promise<void> {
  const bytes = new Uint8Array(await (await fetch(SAMPLE)).arrayBuffer())
  const result = importFile(bytes, 'bike-share-interviews.csv')
  if (!result.journey) {
    touched('The sample file could not be imported.')
    return
  }
  // The sample is sent as the panel would send it, so the board is the plugin's own work.
  const drawn = new Promise<void>((resolve) => {
    const stop = controls.ui.onMessage((m) => {
      const reply = m as { type?: string; id?: string }
      if (reply.id === 'playground-sample' && (reply.type === 'reply' || reply.type === 'error')) {
        stop()
        resolve()
      }
    })
  })
  controls.ui.send({ type: 'generate', id: 'playground-sample', journey: result.journey })
  await drawn
  // Live sync looks at the new board in the change batch that follows; let it settle.
  await controls.flush()
  touched(`Sample board: ${result.journey.title}.`)
  // Drawn last, after the status that marks the board changed: the board the tests start
  // from is not replaced under them by the next redraw tick.
  render()
  ;(window as unknown as { journeyLanesPlayground: { sampleDrawn: boolean } }).journeyLanesPlayground.sampleDrawn = true
}

/** For the browser tests: the board as data, read through the plugin API like the SVG. */
;(window as unknown as { journeyLanesPlayground: unknown }).journeyLanesPlayground = {
  nodes: () => nodesAsJson(figma.currentPage),
  sampleDrawn: false,
  /** Resolves once the plugin has handled every change so far (live sync included) and the board shows it. */
  settle: async (): Promise<void> => {
    await controls.flush()
    redrawIfChanged()
  },
}

async function start(): Promise<void> {
  wireSwitches()
  wireBoard()
  $<HTMLButtonElement>('reload').addEventListener('click', () => location.reload())
  controls.ui.onMessage((message) => iframe.contentWindow?.postMessage({ pluginMessage: message }, '*'))
  window.addEventListener('message', (e) => {
    if (e.source !== iframe.contentWindow) return
    const data: unknown = e.data
    if (typeof data === 'object' && data !== null && 'pluginMessage' in data) controls.ui.send(data.pluginMessage)
  })
  runPlugin(await (await fetch('/dist/code.js')).text())
  followSize()
  iframe.addEventListener('load', applyTheme)
  iframe.src = '/dist/ui.html'
  applyTheme()
  const tick = setInterval(() => {
    if (controls.closed) {
      // Every figma call throws once the plugin has closed, as in Figma: stop reading the board.
      clearInterval(tick)
      showClosed()
      return
    }
    followSize()
    // Redraw after the plugin (or live sync) wrote something; reading the board costs nothing here.
    redrawIfChanged()
    saveClientStorage()
  }, 100)
  await drawSample()
}

void start()
