import type { UiToSandbox } from '../../src/core/protocol/messages'
import type { Post, Subscribe } from './client'

/** The real transport in Figma's iframe: the sandbox is the parent window. */
export const postToParent: Post = (message: UiToSandbox) => {
  parent.postMessage({ pluginMessage: message }, '*')
}

/**
 * Listens to `message` events on `target`; events without a `pluginMessage` are not
 * for us, and neither are our own requests echoed back when the panel is opened
 * outside Figma (there `parent` is the panel's own window).
 */
export function subscribeToWindow(target: Window): Subscribe {
  return (listener) => {
    const handle = (event: MessageEvent) => {
      if (event.source === target) return
      const data: unknown = event.data
      if (typeof data === 'object' && data !== null && 'pluginMessage' in data) {
        listener(data.pluginMessage)
      }
    }
    target.addEventListener('message', handle)
    return () => target.removeEventListener('message', handle)
  }
}
