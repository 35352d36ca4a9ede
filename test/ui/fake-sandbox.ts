import { vi } from 'vitest'
import type { UiToSandbox } from '../../src/core/protocol/messages'
import type { Post, Subscribe } from '../../ui/rpc/client'

/** A stand-in for the plugin sandbox: records what the panel posts and sends it messages. */
export function fakeSandbox() {
  const listeners = new Set<(message: unknown) => void>()
  const post = vi.fn<Post>()
  const subscribe: Subscribe = (listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  return {
    post,
    subscribe,
    /** Delivers a message to the panel as the sandbox would. */
    send(message: unknown) {
      for (const listener of [...listeners]) listener(message)
    },
    sent(): UiToSandbox[] {
      return post.mock.calls.map(([m]) => m)
    },
    lastOfType<T extends UiToSandbox['type']>(type: T): Extract<UiToSandbox, { type: T }> | undefined {
      return this.sent()
        .filter((m): m is Extract<UiToSandbox, { type: T }> => m.type === type)
        .at(-1)
    },
    listenerCount: () => listeners.size,
  }
}
