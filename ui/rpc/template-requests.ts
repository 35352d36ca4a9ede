import type { ResultOf } from '../../src/core/protocol/requests'
import type { IncomingTemplate, TemplateSetup } from '../../src/core/templates/saved'
import type { RpcClient } from './client'
import { ask, type Outcome } from './outcome'

export type { Outcome } from './outcome'

/** "My templates" requests to the sandbox; each resolves with an outcome and never throws. */

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
