/** Internal node model: one plain, structured-clonable state object per node. */

export type EmulatedNodeType =
  | 'DOCUMENT'
  | 'PAGE'
  | 'SECTION'
  | 'STICKY'
  | 'SHAPE_WITH_TEXT'
  | 'CONNECTOR'
  | 'TEXT'
  | 'FRAME'
  | 'VECTOR'
  | 'ELLIPSE'
  | 'LINE'
  | 'RECTANGLE'

export type LineHeightValue = { unit: 'AUTO' } | { value: number; unit: 'PIXELS' | 'PERCENT' }

export interface TextState {
  characters: string
  /** null: no valid font yet (connector labels until fontName is set) */
  fontName: FontName | null
  fontSize: number
  fills: Paint[]
  letterSpacing: { value: number; unit: 'PIXELS' | 'PERCENT' }
  lineHeight: LineHeightValue
  textCase: TextCase
  textDecoration: TextDecoration
  // TextNode only
  textAlignHorizontal?: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFIED'
  textAlignVertical?: 'TOP' | 'CENTER' | 'BOTTOM'
  textAutoResize?: 'NONE' | 'WIDTH_AND_HEIGHT' | 'HEIGHT' | 'TRUNCATE'
  textTruncation?: 'DISABLED' | 'ENDING'
  maxLines?: number | null
  autoRename?: boolean
}

export interface NodeState {
  name: string
  parent: string | null
  children?: string[]
  x: number
  y: number
  width: number
  height: number
  rotation: number
  visible: boolean
  locked: boolean
  opacity: number
  blendMode: BlendMode
  fills: Paint[]
  strokes: Paint[]
  strokeWeight: number
  strokeAlign: 'CENTER' | 'INSIDE' | 'OUTSIDE'
  strokeJoin: StrokeJoin
  strokeCap: StrokeCap
  dashPattern: number[]
  cornerRadius: number
  pluginData: Record<string, string>
  sharedPluginData: Record<string, Record<string, string>>
  relaunchData: Record<string, string>
  text?: TextState
  // type specific
  authorVisible?: boolean
  authorName?: string
  isWideWidth?: boolean
  shapeType?: ShapeWithTextNode['shapeType']
  vectorPaths?: VectorPath[]
  handleMirroring?: HandleMirroring
  connectorStart?: ConnectorEndpoint
  connectorEnd?: ConnectorEndpoint
  connectorLineType?: 'ELBOWED' | 'STRAIGHT' | 'CURVED'
  connectorStartStrokeCap?: ConnectorStrokeCap
  connectorEndStrokeCap?: ConnectorStrokeCap
  sectionContentsHidden?: boolean
  clipsContent?: boolean
}

export class NodeImpl {
  removed = false
  /** the object the plugin sees (a Proxy) */
  proxy!: object
  /** the `text` sublayer proxy of stickies, shapes and connectors */
  textProxy?: object

  constructor(
    readonly id: string,
    readonly type: EmulatedNodeType,
    public s: NodeState,
  ) {}
}

export function baseState(name: string, width: number, height: number): NodeState {
  return {
    name,
    parent: null,
    x: 0,
    y: 0,
    width,
    height,
    rotation: 0,
    visible: true,
    locked: false,
    opacity: 1,
    blendMode: 'PASS_THROUGH',
    fills: [],
    strokes: [],
    strokeWeight: 1,
    strokeAlign: 'CENTER',
    strokeJoin: 'MITER',
    strokeCap: 'NONE',
    dashPattern: [],
    cornerRadius: 0,
    pluginData: {},
    sharedPluginData: {},
    relaunchData: {},
  }
}

export function solid(r: number, g: number, b: number): SolidPaint {
  return { type: 'SOLID', visible: true, opacity: 1, blendMode: 'NORMAL', color: { r, g, b }, boundVariables: {} }
}

export function textState(font: FontName | null, fontSize: number): TextState {
  return {
    characters: '',
    fontName: font === null ? null : { family: font.family, style: font.style },
    fontSize,
    fills: [solid(0, 0, 0)],
    letterSpacing: { value: 0, unit: 'PERCENT' },
    lineHeight: { unit: 'AUTO' },
    textCase: 'ORIGINAL',
    textDecoration: 'NONE',
  }
}
