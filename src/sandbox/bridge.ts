import type { Message } from '../core/i18n'
import { SandboxToUiSchema, type SandboxToUi } from '../core/protocol/messages'
import { wireMessage } from '../core/protocol/wire-message'

/**
 * Everything the sandbox says to the panel goes through here. Outgoing messages
 * are checked against the same schema the panel parses with, so a bug on this
 * side fails loudly here rather than as a puzzling error in the panel.
 */
export function post(message: SandboxToUi): void {
  figma.ui.postMessage(SandboxToUiSchema.parse(message))
}

/** Only the sandbox's own keys travel; any other (a bug) is reported as the unexpected error it is. */
export function postError(id: string | null, error: Message): void {
  post({ type: 'error', id, error: wireMessage(error) })
}
