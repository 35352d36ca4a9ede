import type * as z from 'zod/mini'
import type { Message } from '../../src/core/i18n'
import {
  describeInvalid,
  ImportedTemplatesSchema,
  SavedTemplateSchema,
  TemplateListingSchema,
} from '../../src/core/protocol/messages'
import { toUserMessage } from '../../src/core/i18n/user-error'
import type { IncomingTemplate, TemplateListing, TemplateSetup, UserTemplate } from '../../src/core/templates/saved'
import type { RequestBody, RpcClient } from './client'

/** "My templates" requests to the sandbox; each resolves with an outcome and never throws. */

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Message }

async function ask<T>(rpc: RpcClient | null, body: RequestBody, schema: z.ZodMiniType<T>): Promise<Outcome<T>> {
  if (!rpc) return { ok: false, error: { key: 'error.unexpected', params: { detail: 'no connection to the plugin' } } }
  try {
    const parsed = schema.safeParse(await rpc.request(body))
    if (parsed.success) return { ok: true, value: parsed.data }
    return { ok: false, error: { key: 'templates.listFailed', params: { detail: describeInvalid(parsed.error) } } }
  } catch (error) {
    return { ok: false, error: toUserMessage(error) }
  }
}

export const listTemplates = (rpc: RpcClient | null): Promise<Outcome<TemplateListing>> =>
  ask(rpc, { type: 'list-templates' }, TemplateListingSchema)

export const saveTemplate = (
  rpc: RpcClient | null,
  name: string,
  setup: TemplateSetup,
  templateId?: string,
): Promise<Outcome<{ template: UserTemplate; listing: TemplateListing }>> =>
  ask(rpc, { type: 'save-template', name, setup, ...(templateId === undefined ? {} : { templateId }) }, SavedTemplateSchema)

export const renameTemplate = (
  rpc: RpcClient | null,
  templateId: string,
  name: string,
): Promise<Outcome<{ template: UserTemplate; listing: TemplateListing }>> =>
  ask(rpc, { type: 'rename-template', templateId, name }, SavedTemplateSchema)

export const deleteTemplate = (rpc: RpcClient | null, templateId: string): Promise<Outcome<TemplateListing>> =>
  ask(rpc, { type: 'delete-template', templateId }, TemplateListingSchema)

export const importTemplates = (
  rpc: RpcClient | null,
  templates: readonly IncomingTemplate[],
): Promise<Outcome<{ imported: UserTemplate[]; listing: TemplateListing }>> =>
  ask(rpc, { type: 'import-templates', templates: [...templates] }, ImportedTemplatesSchema)
