import { isCoreKey, type Message } from '../i18n/keys'
import type { WireMessage } from './messages'

/**
 * Only the sandbox's own keys travel (the panel parses for those alone); any other is a
 * bug, and is reported as the unexpected error it is rather than failing the whole reply.
 */
export function wireMessage(message: Message): WireMessage {
  const key = message.key
  return isCoreKey(key) ? { ...message, key } : { key: 'error.unexpected', params: { detail: key } }
}
