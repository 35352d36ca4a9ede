import type { Message } from '../../src/core/i18n'
import type { RequestType, ResultOf } from '../../src/core/protocol/requests'
import { toUserMessage } from '../../src/core/i18n/user-error'
import type { IncomingTemplate, TemplateSetup } from '../../src/core/templates/saved'
import type { RequestBody, RpcClient } from './client'

/** "My templates" requests to the sandbox; each resolves with an outcome and never throws. */

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Message }

async function ask<T extends RequestType>(rpc: RpcClient | null, body: RequestBody<T>): Promise<Outcome<ResultOf<T>>> {
  if (!rpc) return { ok: false, error: { key: 'error.unexpected', params: { detail: 'no connection to the plugin' } } }
  try {
    return { ok: true, value: await rpc.request(body) }
  } catch (error) {
    return { ok: false, error: toUserMessage(error) }
  }
}

export const listTemplates = (rpc: RpcClient | null): Promise<Outcome<ResultOf<'list-templates'>>> => ask(rpc, { type: 'list-templates' })

export const saveTemplate = (
  rpc: RpcClient | null,
  name: string,
  setup: TemplateSetup,
  templateId?: string,
): Promise<Outcome<ResultOf<'save-template'>>> =>
  ask(rpc, { type: 'save-template', name, setup, ...(templateId === undefined ? {} : { templateId }) })

export const renameTemplate = (rpc: RpcClient | null, templateId: string, name: string): Promise<Outcome<ResultOf<'rename-template'>>> =>
  ask(rpc, { type: 'rename-template', templateId, name })

export const deleteTemplate = (rpc: RpcClient | null, templateId: string): Promise<Outcome<ResultOf<'delete-template'>>> =>
  ask(rpc, { type: 'delete-template', templateId })

export const importTemplates = (
  rpc: RpcClient | null,
  templates: readonly IncomingTemplate[],
): Promise<Outcome<ResultOf<'import-templates'>>> => ask(rpc, { type: 'import-templates', templates: [...templates] })
