import type * as z from 'zod/mini'
import {
  DeleteTemplateRequestSchema,
  GenerateRequestSchema,
  GenerateResultSchema,
  ImportedTemplatesSchema,
  ImportTemplatesRequestSchema,
  ListTemplatesRequestSchema,
  LoadedMapSchema,
  LoadMapRequestSchema,
  RegenerateRequestSchema,
  RegenerateResultSchema,
  RenameTemplateRequestSchema,
  SavedTemplateSchema,
  SaveTemplateRequestSchema,
  TemplateListingSchema,
  type UiRequest,
} from './messages'

/** What the table holds for each request: the type must match the schema's `type` literal. */
type Entries = { readonly [T in UiRequest['type']]: { request: z.ZodMiniType<Extract<UiRequest, { type: T }>>; result: z.ZodMiniType } }

/**
 * Every request that expects a reply, with the schema of what the sandbox answers. A reply
 * travels without its request's type, so both ends look the result's schema up here: the
 * panel parses with it, and the sandbox's handlers are typed by it. A request added to the
 * protocol without a row here fails typecheck.
 */
export const REQUESTS = {
  generate: { request: GenerateRequestSchema, result: GenerateResultSchema },
  regenerate: { request: RegenerateRequestSchema, result: RegenerateResultSchema },
  'load-selected-map': { request: LoadMapRequestSchema, result: LoadedMapSchema },
  'list-templates': { request: ListTemplatesRequestSchema, result: TemplateListingSchema },
  'save-template': { request: SaveTemplateRequestSchema, result: SavedTemplateSchema },
  'rename-template': { request: RenameTemplateRequestSchema, result: SavedTemplateSchema },
  'delete-template': { request: DeleteTemplateRequestSchema, result: TemplateListingSchema },
  'import-templates': { request: ImportTemplatesRequestSchema, result: ImportedTemplatesSchema },
} as const satisfies Entries

export type RequestType = keyof typeof REQUESTS
export type RequestOf<T extends RequestType> = z.infer<(typeof REQUESTS)[T]['request']>
export type ResultOf<T extends RequestType> = z.infer<(typeof REQUESTS)[T]['result']>

/** The table seen one request type at a time, so a generic `T` keeps its own result type instead of the union of all. */
const RESULTS: { readonly [T in RequestType]: { readonly result: z.ZodMiniType<ResultOf<T>> } } = REQUESTS

/** The schema a reply to `type` must match. */
export function resultSchema<T extends RequestType>(type: T): z.ZodMiniType<ResultOf<T>> {
  return RESULTS[type].result
}
