import type { UiToSandbox } from '../src/core/messages'
import type { Post, Subscribe } from './rpc'

/** The real transport in Figma's iframe: the sandbox is the parent window. */
export const postToParent: Post = (message: UiToSandbox) => {
  parent.postMessage({ pluginMessage: message }, '*')
}

/** Listens to `message` events on `target`; events without a `pluginMessage` are not for us. */
export function subscribeToWindow(target: Window): Subscribe {
  return (listener) => {
    const handle = (event: MessageEvent) => {
      const data: unknown = event.data
      if (typeof data === 'object' && data !== null && 'pluginMessage' in data) {
        listener(data.pluginMessage)
      }
    }
    target.addEventListener('message', handle)
    return () => target.removeEventListener('message', handle)
  }
}
