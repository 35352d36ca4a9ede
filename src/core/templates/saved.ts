import * as z from 'zod/mini'
import type { Message } from '../i18n'
import { JourneyStructureShape, SCHEMA_VERSION, type Journey } from '../model/journey'
import { WorkshopSchema, type Workshop } from '../model/workshop'
import { migrate } from '../migrations/run'
import { TEMPLATE, TEMPLATE_SCHEMA } from '../migrations/template'
import { TEMPLATES_FILE, TEMPLATES_FILE_SCHEMA } from '../migrations/templates-file'

/**
 * "My templates": a facilitator's own starting points, kept in figma.clientStorage so they
 * are there in every file. A template is a journey's structure (title, stages, lanes with
 * their hints, personas, scale) and its workshop options — never its cards or scores.
 *
 * Stored and imported data is read without trusting it: whatever cannot be read comes
 * back as a problem that says what it was, and nothing here throws. Versions and their
 * migrations: core/migrations/template.ts and templates-file.ts.
 */

export { TEMPLATE_SCHEMA, TEMPLATES_FILE_SCHEMA }

export const MAX_NAME_LENGTH = 100
/** How many templates one import may bring; clientStorage holds 5 MB in all. */
export const MAX_IMPORT = 500

/** A stored template's id (the part of its clientStorage key after `template:`). */
export const StoredIdSchema = z.string().check(z.maxLength(1000))
/** A name as a person typed it; the sandbox trims it and refuses an empty one. */
export const NameInputSchema = z.string().check(z.maxLength(1000))

function hasUniqueIds(setup: { stages: readonly { id: string }[]; lanes: readonly { id: string }[]; personas: readonly { id: string }[] }): boolean {
  const ids = [...setup.stages, ...setup.lanes, ...setup.personas].map((x) => x.id)
  return new Set(ids).size === ids.length
}

/** What a template starts a journey with: the journey's structure (same limits), no cards, and the workshop options. */
export const TemplateSetupSchema = z
  .object({ ...JourneyStructureShape, workshop: WorkshopSchema })
  .check(z.refine(hasUniqueIds, { message: 'two stages, lanes or personas share an id' }))
export type TemplateSetup = z.infer<typeof TemplateSetupSchema>

export const UserTemplateSchema = z.object({
  schema: z.literal(TEMPLATE_SCHEMA),
  id: StoredIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  /** milliseconds since 1970 */
  savedAt: z.number(),
  setup: TemplateSetupSchema,
})
export type UserTemplate = z.infer<typeof UserTemplateSchema>

/** A template read from a file, before it gets an id of its own. */
export interface IncomingTemplate {
  name: string
  setup: TemplateSetup
}

/** A stored template that could not be read; deleting it by `id` clears it. */
export interface StoredProblem {
  id: string
  /** its name, where that much could be read */
  name: string | null
  message: Message
}

export interface TemplateListing {
  templates: UserTemplate[]
  problems: StoredProblem[]
}

/** The journey's structure and the workshop options, without cards or scores. */
export function setupFromJourney(journey: Journey, workshop: Workshop): TemplateSetup {
  return {
    title: journey.title,
    locale: journey.locale,
    direction: journey.direction,
    scale: { ...journey.scale },
    stages: journey.stages.map((s) => ({ id: s.id, name: s.name })),
    lanes: journey.lanes.map((l) => {
      const lane: TemplateSetup['lanes'][number] = { id: l.id, kind: l.kind, title: l.title }
      if (l.hint !== undefined) lane.hint = l.hint
      return lane
    }),
    personas: journey.personas.map((p) => ({ ...p })),
    workshop: { ...workshop, persona: workshop.persona && { ...workshop.persona } },
  }
}

/** A journey with no cards or scores to start from, and the workshop options that go with it. */
export function journeyFromSetup(setup: TemplateSetup): { journey: Journey; workshop: Workshop } {
  return {
    journey: {
      schema: SCHEMA_VERSION,
      title: setup.title,
      locale: setup.locale,
      direction: setup.direction,
      scale: { ...setup.scale },
      stages: setup.stages.map((s) => ({ ...s })),
      lanes: setup.lanes.map((l) => ({ ...l })),
      personas: setup.personas.map((p) => ({ ...p })),
      cards: [],
      emotions: [],
    },
    workshop: { ...setup.workshop, persona: setup.workshop.persona && { ...setup.workshop.persona } },
  }
}

/** A name as stored: trimmed, inner runs of white space made one space, at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim()
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** `name`, or `name (2)`, `name (3)`… whichever no name in `taken` already is (case aside). */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = [...taken]
  const free = (candidate: string) => !names.some((n) => sameName(n, candidate))
  if (free(name)) return name
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`
    if (free(candidate)) return candidate
  }
}

/** A short id no entry in `taken` has; `random` is Math.random in the sandbox. */
export function newTemplateId(taken: ReadonlySet<string>, now: number, random: () => number): string {
  for (;;) {
    const id = `${Math.max(0, Math.floor(now)).toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`
    if (!taken.has(id)) return id
  }
}

/** New stored templates for what an import brings: fresh ids, and names that clash get " (2)" and so on. */
export function templatesToImport(
  incoming: readonly IncomingTemplate[],
  existing: { ids: Iterable<string>; names: Iterable<string> },
  now: number,
  random: () => number,
): UserTemplate[] {
  const ids = new Set(existing.ids)
  const names = [...existing.names]
  return incoming.map((t) => {
    const id = newTemplateId(ids, now, random)
    ids.add(id)
    const name = uniqueName(cleanName(t.name) || cleanName(t.setup.title) || '…', names)
    names.push(name)
    return { schema: TEMPLATE_SCHEMA, id, name, savedAt: now, setup: t.setup }
  })
}

/** Every name in a listing, unreadable entries' included where known: none of them may be taken twice. */
export function namesIn(listing: TemplateListing): string[] {
  return [...listing.templates.map((t) => t.name), ...listing.problems.flatMap((p) => (p.name === null ? [] : [p.name]))]
}

/** Templates in the order the panel lists them: by name, then newest first. */
export function sortTemplates(templates: readonly UserTemplate[]): UserTemplate[] {
  return [...templates].sort((a, b) => a.name.localeCompare(b.name) || b.savedAt - a.savedAt)
}

function issuesText(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 2)
    .map((i) => `${i.path.map(String).join('.') || 'template'}: ${i.message}`)
    .join('; ')
}

/** An error's text on one line (JSON.parse quotes the input, line breaks and all). */
function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()
}

type Read<T> = { ok: true; value: T } | { ok: false; newer: boolean; name: string | null; detail: string }

function nameOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null
  const name = (value as { name?: unknown }).name
  return typeof name === 'string' && cleanName(name) !== '' ? cleanName(name) : null
}

/** One template as data (already out of its JSON text), brought up to the current version. */
function readTemplate(value: unknown): Read<UserTemplate> {
  const name = nameOf(value)
  const migrated = migrate(TEMPLATE, value)
  if (!migrated.ok && migrated.problem === 'newer') return { ok: false, newer: true, name, detail: '' }
  // Not a template's schema id: the shape check says what is wrong.
  const parsed = UserTemplateSchema.safeParse(migrated.ok ? migrated.fields : value)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, newer: false, name, detail: issuesText(parsed.error) }
}

/** JSON text (as stored) or data already parsed (a value another version stored as an object). */
function fromStored(raw: unknown): { ok: true; value: unknown } | { ok: false; detail: string } {
  if (typeof raw !== 'string') return { ok: true, value: raw }
  try {
    return { ok: true, value: JSON.parse(raw) as unknown }
  } catch (error) {
    return { ok: false, detail: errorText(error) }
  }
}

/** What is stored under a template's key. */
export function storedText(template: UserTemplate): string {
  return JSON.stringify(template)
}

/** One stored entry: its template (with the key's id) or the problem reading it. */
export function readStoredTemplate(id: string, raw: unknown): { ok: true; template: UserTemplate } | { ok: false; problem: StoredProblem } {
  const json = fromStored(raw)
  const read: Read<UserTemplate> = json.ok ? readTemplate(json.value) : { ok: false, newer: false, name: null, detail: json.detail }
  if (read.ok) return { ok: true, template: { ...read.value, id } }
  const { name, detail } = read
  const message: Message = read.newer
    ? name === null
      ? { key: 'templates.newer' }
      : { key: 'templates.newerNamed', params: { name } }
    : name === null
      ? { key: 'templates.unreadable', params: { detail } }
      : { key: 'templates.unreadableNamed', params: { name, detail } }
  return { ok: false, problem: { id, name, message } }
}

/** What is under a template's key, or why Figma could not give it. */
export type StoredEntry = { id: string; raw: unknown } | { id: string; failed: string }

/** Every stored entry read: the templates, sorted, and a problem for each one that could not be. */
export function readStoredTemplates(entries: readonly StoredEntry[]): TemplateListing {
  const templates: UserTemplate[] = []
  const problems: StoredProblem[] = []
  for (const entry of entries) {
    if ('failed' in entry) {
      problems.push({ id: entry.id, name: null, message: { key: 'templates.unreadable', params: { detail: entry.failed } } })
      continue
    }
    const read = readStoredTemplate(entry.id, entry.raw)
    if (read.ok) templates.push(read.template)
    else problems.push(read.problem)
  }
  return { templates: sortTemplates(templates), problems }
}

/** The export file: every template as stored, in one JSON document. */
export function templatesFileText(templates: readonly UserTemplate[]): string {
  return `${JSON.stringify({ schema: TEMPLATES_FILE_SCHEMA, templates }, null, 2)}\n`
}

/**
 * An export file (or one template on its own) read for import: the templates it holds and
 * a problem for each part that could not be read — the whole file when it is not one.
 */
export function parseTemplatesFile(text: string): { templates: IncomingTemplate[]; problems: Message[] } {
  const json = fromStored(text)
  if (!json.ok) return { templates: [], problems: [{ key: 'templates.fileNotJson', params: { detail: json.detail } }] }
  const data = json.value
  const file = migrate(TEMPLATES_FILE, data)
  let entries: unknown[]
  if (file.ok) {
    const list = file.fields.templates
    if (!Array.isArray(list)) return { templates: [], problems: [{ key: 'templates.fileShape', params: { detail: 'templates: expected a list' } }] }
    entries = list
  } else if (file.problem === 'newer') {
    return { templates: [], problems: [{ key: 'templates.fileNewer' }] }
  } else if (file.schema !== null && TEMPLATE.versionOf(file.schema) !== null) {
    // One template on its own, of any version: read (or reported newer) as an entry.
    entries = [data]
  } else {
    const detail = file.schema !== null ? `schema: "${file.schema.slice(0, 60)}"` : 'no schema'
    return { templates: [], problems: [{ key: 'templates.fileShape', params: { detail } }] }
  }
  if (entries.length === 0) return { templates: [], problems: [{ key: 'templates.fileEmpty' }] }

  const templates: IncomingTemplate[] = []
  const problems: Message[] = []
  entries.forEach((entry, index) => {
    const n = index + 1
    if (index >= MAX_IMPORT) {
      if (index === MAX_IMPORT) problems.push({ key: 'templates.fileTooMany', params: { max: MAX_IMPORT } })
      return
    }
    const read = readTemplate(entry)
    if (read.ok) {
      templates.push({ name: read.value.name, setup: read.value.setup })
      return
    }
    const { name, detail } = read
    if (read.newer) problems.push(name === null ? { key: 'templates.entryNewer', params: { n } } : { key: 'templates.entryNewerNamed', params: { n, name } })
    else
      problems.push(
        name === null
          ? { key: 'templates.entryUnreadable', params: { n, detail } }
          : { key: 'templates.entryUnreadableNamed', params: { n, name, detail } },
      )
  })
  return { templates, problems }
}
