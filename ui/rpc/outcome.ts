import type { Message } from '../../src/core/i18n'
import { toUserMessage } from '../../src/core/i18n/user-error'
import type { RequestType, ResultOf } from '../../src/core/protocol/requests'
import type { RequestBody, RpcClient } from './client'

/** A request's result, or the sentence to show instead: for callers that must never throw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Message }

export async function ask<T extends RequestType>(rpc: RpcClient | null, body: RequestBody<T>): Promise<Outcome<ResultOf<T>>> {
  if (!rpc) return { ok: false, error: { key: 'error.unexpected', params: { detail: 'no connection to the plugin' } } }
  try {
    return { ok: true, value: await rpc.request(body) }
  } catch (error) {
    return { ok: false, error: toUserMessage(error) }
  }
}
