import type { Message, MessageKey, Params } from './'

/**
 * An error whose cause a person can act on. It carries a catalog key instead of
 * text, so the panel words it in the person's language.
 */
export class UserError extends Error {
  readonly userMessage: Message
  constructor(key: MessageKey, params?: Params) {
    super(params ? `${key} ${JSON.stringify(params)}` : key)
    this.name = 'UserError'
    this.userMessage = params ? { key, params } : { key }
  }
}

/** Turns anything thrown into a sentence-to-be; unknown failures keep their text as detail. */
export function toUserMessage(error: unknown): Message {
  if (error instanceof UserError) return error.userMessage
  const detail = error instanceof Error ? error.message : String(error)
  return { key: 'error.unexpected', params: { detail } }
}
