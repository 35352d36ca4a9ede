import * as z from 'zod/mini'
import { isCoreKey, type CoreKey } from '../i18n/keys'
import { JourneyShapeSchema } from '../model/journey'
import { LocaleSchema } from '../i18n/locale'
import { MAX_IMPORT, NameInputSchema, StoredIdSchema, TemplateSetupSchema, UserTemplateSchema } from '../templates/saved'
import { WorkshopSchema } from '../model/workshop'

/**
 * The one protocol between panel and sandbox. Both ends parse what arrives with
 * these schemas; nothing is trusted because it came from our own code.
 */

const RequestId = z.string().check(z.minLength(1), z.maxLength(100))

/** A key from the sandbox's own catalogs: the guard both checks it and gives zod its type. */
const CoreKeySchema = z.custom<CoreKey>((v) => typeof v === 'string' && isCoreKey(v), { error: 'unknown message key' })

export const MessageSchema = z.object({
  key: CoreKeySchema,
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
})
/** A Message as it travels between sandbox and panel: only the sandbox's keys. */
export type WireMessage = z.infer<typeof MessageSchema>

export const GenerateRequestSchema = z.object({
  type: z.literal('generate'),
  id: RequestId,
  // Checked in depth by checkJourney so the person gets every problem, not zod's first.
  journey: z.unknown(),
  workshop: z.optional(WorkshopSchema),
})

export const LoadMapRequestSchema = z.object({
  type: z.literal('load-selected-map'),
  id: RequestId,
})

/** Relays a map out in place with a new structure; `journey` holds only the cards and scores that are new. */
export const RegenerateRequestSchema = z.object({
  type: z.literal('regenerate'),
  id: RequestId,
  sectionId: z.string().check(z.minLength(1), z.maxLength(100)),
  journey: z.unknown(),
  workshop: WorkshopSchema,
})

export const RegenerateResultSchema = z.object({
  sectionId: z.string(),
  /** cards on the map after the regenerate */
  cardCount: z.int().check(z.nonnegative()),
  /** stickies moved to the Parking lot (their stage or lane was removed, or they sat outside every cell) */
  parked: z.int().check(z.nonnegative()),
  /** cards and scores drawn new */
  added: z.int().check(z.nonnegative()),
})
export type RegenerateResult = z.infer<typeof RegenerateResultSchema>

// --- my templates (kept in figma.clientStorage) ---
// A request's `id` is the request's; the template's own is `templateId`.

export const ListTemplatesRequestSchema = z.object({ type: z.literal('list-templates'), id: RequestId })

/** Saves the setup as a new template, or over the one with `templateId`. */
export const SaveTemplateRequestSchema = z.object({
  type: z.literal('save-template'),
  id: RequestId,
  templateId: z.optional(StoredIdSchema),
  name: NameInputSchema,
  setup: TemplateSetupSchema,
})

export const RenameTemplateRequestSchema = z.object({
  type: z.literal('rename-template'),
  id: RequestId,
  templateId: StoredIdSchema,
  name: NameInputSchema,
})

/** Also clears an entry that cannot be read. */
export const DeleteTemplateRequestSchema = z.object({ type: z.literal('delete-template'), id: RequestId, templateId: StoredIdSchema })

/** Templates from an export file the panel read; each gets a new id, and a name no other template has. */
export const ImportTemplatesRequestSchema = z.object({
  type: z.literal('import-templates'),
  id: RequestId,
  templates: z.array(z.object({ name: NameInputSchema, setup: TemplateSetupSchema })).check(z.maxLength(MAX_IMPORT)),
})

export const TemplateListingSchema = z.object({
  templates: z.array(UserTemplateSchema),
  problems: z.array(z.object({ id: StoredIdSchema, name: z.nullable(z.string()), message: MessageSchema })),
})

/** The reply to save and rename: the template as stored, and every template now. */
export const SavedTemplateSchema = z.object({ template: UserTemplateSchema, listing: TemplateListingSchema })
export const ImportedTemplatesSchema = z.object({ imported: z.array(UserTemplateSchema), listing: TemplateListingSchema })
// --- end of my templates ---

export const UiToSandboxSchema = z.discriminatedUnion('type', [
  GenerateRequestSchema,
  LoadMapRequestSchema,
  ListTemplatesRequestSchema,
  SaveTemplateRequestSchema,
  RenameTemplateRequestSchema,
  DeleteTemplateRequestSchema,
  ImportTemplatesRequestSchema,
  RegenerateRequestSchema,
  z.object({ type: z.literal('ui-ready'), locale: LocaleSchema }),
  // The person chose a language in the panel: remembered in clientStorage for every file.
  z.object({ type: z.literal('set-language'), locale: LocaleSchema }),
  z.object({ type: z.literal('close') }),
  // The panel folds to a small "Live sync" strip (sync keeps running) and back.
  z.object({ type: z.literal('collapse') }),
  z.object({ type: z.literal('expand') }),
])
export type UiToSandbox = z.infer<typeof UiToSandboxSchema>
export type UiRequest = Extract<UiToSandbox, { id: string }>

export const GenerateResultSchema = z.object({
  sectionId: z.string(),
  nodeCount: z.int().check(z.nonnegative()),
  cardCount: z.int().check(z.nonnegative()),
})
export type GenerateResult = z.infer<typeof GenerateResultSchema>

/**
 * A map read back from the board, and what the reader noticed (stickies outside every
 * stage column, say) — things the person should see, not errors.
 */
export const LoadedMapSchema = z.object({
  sectionId: z.string(),
  journey: JourneyShapeSchema,
  workshop: WorkshopSchema,
  notes: z.array(MessageSchema),
})
export type LoadedMap = z.infer<typeof LoadedMapSchema>

/** A moment of truth of a map's curve, as the panel lists it. */
export const SyncMomentSchema = z.object({
  kind: z.enum(['lowest', 'highest', 'steepest-drop']),
  stageName: z.string(),
  score: z.number(),
  personaName: z.optional(z.string()),
})
export type SyncMoment = z.infer<typeof SyncMomentSchema>

/** One map on the page as live sync sees it after its last recompute. */
export const SyncMapSchema = z.object({
  sectionId: z.string(),
  title: z.string(),
  moments: z.array(SyncMomentSchema),
  /** emotion stickies outside every stage column: not counted */
  outside: z.int().check(z.nonnegative()),
  /** stickies in the emotion lane's notes strip, above the scored area: not counted (absent: none) */
  notes: z.optional(z.int().check(z.positive())),
  /** why the map is not synced (stored data unreadable, a failed redraw) */
  problem: z.optional(MessageSchema),
})
export type SyncMap = z.infer<typeof SyncMapSchema>

export const SandboxToUiSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('context'),
    editorType: z.enum(['figjam', 'figma']),
    // Set when the plugin was opened from a map's relaunch button.
    command: z.optional(z.string()),
    // The language the person last chose in the panel, if any.
    language: z.optional(LocaleSchema),
  }),
  // A reply does not say which request it answers: the panel parses `result` with that
  // request's own schema from requests.ts, which it looks up by `id`.
  z.object({ type: z.literal('reply'), id: RequestId, result: z.unknown() }),
  // The map the selection is in (or null), so the panel can offer to edit it.
  z.object({ type: z.literal('selection'), map: z.nullable(z.object({ sectionId: z.string(), title: z.string() })) }),
  // Live sync: every map on the page, after a change batch that changed something (and at start).
  z.object({ type: z.literal('sync-status'), maps: z.array(SyncMapSchema) }),
  z.object({ type: z.literal('error'), id: z.nullable(RequestId), error: MessageSchema }),
  z.object({
    type: z.literal('progress'),
    id: RequestId,
    done: z.int().check(z.nonnegative()),
    total: z.int().check(z.nonnegative()),
  }),
])
export type SandboxToUi = z.infer<typeof SandboxToUiSchema>

/** Short, person-readable reason a message failed validation (for error.badMessage). */
export function describeInvalid(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 2)
    .map((i) => `${i.path.map(String).join('.') || 'message'}: ${i.message}`)
    .join('; ')
}
