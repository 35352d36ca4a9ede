import { describeInvalid, UiToSandboxSchema, type UiRequest } from '../core/messages'
import { toUserMessage } from '../core/user-error'
import { post, postError } from './bridge'
import { handlers } from './handlers'

const PANEL = { width: 420, height: 680 }

function editorOf(): 'figjam' | 'figma' {
  return figma.editorType === 'figjam' ? 'figjam' : 'figma'
}

function idOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null
}

async function run(request: UiRequest): Promise<void> {
  const context = { progress: (done: number, total: number) => post({ type: 'progress', id: request.id, done, total }) }
  try {
    // The switch narrows each request to its own handler's parameter type.
    let result: unknown
    switch (request.type) {
      case 'generate':
        result = await handlers.generate(request, context)
        break
      case 'load-selected-map':
        result = await handlers['load-selected-map'](request, context)
        break
    }
    post({ type: 'reply', id: request.id, result })
  } catch (error) {
    postError(request.id, toUserMessage(error))
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
      post({ type: 'context', editorType: editorOf(), ...(figma.command ? { command: figma.command } : {}) })
      return
    case 'close':
      figma.closePlugin()
      return
    default:
      queue = queue.then(() => run(message))
  }
}

figma.showUI(__html__, { themeColors: true, width: PANEL.width, height: PANEL.height, title: 'Journey Lanes' })
figma.ui.onmessage = receive
