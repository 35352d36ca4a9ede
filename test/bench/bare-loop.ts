import { createFigmaEmulator, type EmulatedFigma } from '../emulator'

/**
 * The baseline for generation: the fewest plugin-API calls that make the same board.
 * From the board our plugin drew, a list of operations is derived — create each node,
 * set only the properties whose value differs from a fresh node's, write its plugin
 * data, place it — and replayed on a fresh emulator in a plain loop. Deriving the list
 * is not timed; replaying it is.
 */

type Op = (figma: EmulatedFigma, made: Map<string, SceneNode>) => void

/** Properties a board's nodes may carry beyond their defaults, set by assignment. */
const PROPS = [
  'shapeType',
  'fills',
  'strokes',
  'strokeWeight',
  'strokeCap',
  'strokeJoin',
  'dashPattern',
  'cornerRadius',
  'authorVisible',
  'fontName',
  'fontSize',
  'textAlignHorizontal',
  'vectorPaths',
  'opacity',
  'locked',
  'name',
] as const
const TEXT_PROPS = ['fontName', 'fontSize'] as const

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

function create(figma: EmulatedFigma, type: string): SceneNode {
  switch (type) {
    case 'SECTION':
      return figma.createSection()
    case 'STICKY':
      return figma.createSticky()
    case 'SHAPE_WITH_TEXT':
      return figma.createShapeWithText()
    case 'TEXT':
      return figma.createText()
    case 'LINE':
      return figma.createLine()
    case 'VECTOR':
      return figma.createVector()
    case 'FRAME':
      return figma.createFrame()
    case 'ELLIPSE':
      return figma.createEllipse()
    case 'RECTANGLE':
      return figma.createRectangle()
    default:
      throw new Error(`bare loop: no maker for ${type}`)
  }
}

type Any = Record<string, unknown>

function opsFor(node: SceneNode, parentId: string | null, probe: EmulatedFigma, out: Op[], fonts: Set<string>): void {
  const fresh = create(probe, node.type) as unknown as Any
  const src = node as unknown as Any
  const id = node.id
  out.push((figma, made) => made.set(id, create(figma, node.type)))
  if (node.type === 'TEXT' || node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') {
    const font = node.type === 'TEXT' ? node.fontName : node.text.fontName
    if (typeof font === 'object') fonts.add(JSON.stringify(font))
  }
  const has = (prop: string): boolean => {
    try {
      return src[prop] !== undefined
    } catch {
      return false // the emulator, like Figma, has no such property on this type
    }
  }
  for (const prop of PROPS) {
    if (prop === 'name' || !has(prop)) continue
    const value = src[prop]
    if (value === undefined || same(value, fresh[prop])) continue
    out.push((_, made) => ((made.get(id) as unknown as Any)[prop] = value))
  }
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') {
    const text = node.text as unknown as Any
    const freshText = fresh.text as Any
    for (const prop of TEXT_PROPS) {
      if (!same(text[prop], freshText[prop])) out.push((_, made) => (((made.get(id) as unknown as Any).text as Any)[prop] = text[prop]))
    }
    const characters = node.text.characters
    if (characters !== '') out.push((_, made) => ((made.get(id) as StickyNode).text.characters = characters))
  }
  if (node.type === 'TEXT' && node.characters !== '') {
    const characters = node.characters
    out.push((_, made) => ((made.get(id) as TextNode).characters = characters))
    if (node.textAutoResize !== (fresh.textAutoResize as string)) {
      const mode = node.textAutoResize
      out.push((_, made) => ((made.get(id) as TextNode).textAutoResize = mode))
    }
  }
  const sized = node.type !== 'STICKY' && node.type !== 'TEXT' && (node.width !== fresh.width || node.height !== fresh.height)
  if (sized) {
    const [w, h] = [node.width, node.height]
    const section = node.type === 'SECTION'
    out.push((_, made) => {
      const n = made.get(id)!
      if (section) (n as SectionNode).resizeWithoutConstraints(w, h)
      else (n as FrameNode).resize(w, h)
    })
  }
  if (src.name !== fresh.name) {
    const name = node.name
    out.push((_, made) => ((made.get(id) as SceneNode).name = name))
  }
  for (const key of node.getPluginDataKeys()) {
    const value = node.getPluginData(key)
    if (value !== '') out.push((_, made) => made.get(id)!.setPluginData(key, value))
  }
  const relaunch = node.getRelaunchData()
  if (Object.keys(relaunch).length > 0) out.push((_, made) => made.get(id)!.setRelaunchData(relaunch))
  if (parentId !== null) out.push((_, made) => (made.get(parentId) as ChildrenMixin).appendChild(made.get(id)!))
  const [x, y] = [node.x, node.y]
  if (x !== 0) out.push((_, made) => (made.get(id)!.x = x))
  if (y !== 0) out.push((_, made) => (made.get(id)!.y = y))
  ;(fresh as unknown as SceneNode).remove()
  if ('children' in node) for (const child of node.children) opsFor(child, id, probe, out, fonts)
}

export interface BareLoop {
  /** plugin-API calls of the replay */
  calls: number
  ms: number
  fonts: number
}

/** Replays the fewest calls that make `section` (with its children) on a fresh emulator. */
export async function bareLoop(section: SectionNode, editorType: 'figjam' | 'figma'): Promise<BareLoop> {
  const probe = createFigmaEmulator({ editorType })
  const ops: Op[] = []
  const fonts = new Set<string>()
  opsFor(section, null, probe.figma, ops, fonts)
  // What any generate must do besides making nodes: select and show the board, one undo step, say so.
  ops.push((figma, made) => {
    const board = made.get(section.id)!
    figma.currentPage.selection = [board]
    figma.viewport.scrollAndZoomIntoView([board])
    figma.commitUndo()
    figma.notify('Journey map drawn')
  })
  const target = createFigmaEmulator({ editorType })
  target.controls.resetCounters()
  const made = new Map<string, SceneNode>()
  const started = performance.now()
  // Text needs its font loaded first, as in Figma.
  for (const font of fonts) await target.figma.loadFontAsync(JSON.parse(font) as FontName)
  for (const op of ops) op(target.figma, made)
  const ms = performance.now() - started
  return { calls: target.controls.apiCalls, ms, fonts: fonts.size }
}
