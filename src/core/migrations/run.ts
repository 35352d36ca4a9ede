/**
 * Stored records outlive the plugin that wrote them: a board drawn today is opened by next
 * year's plugin, and a file exported next year may be dropped into today's. Each kind of
 * record names its version in `schema`, and reading one brings it up to the version this
 * plugin writes through an ordered list of small, pure migrations. A record newer than
 * the plugin is never guessed at: the reader says so, and whoever holds it leaves it as it is.
 */

/** A record's fields as stored: parsed JSON, not yet trusted. */
export type Fields = Readonly<Record<string, unknown>>

export interface Migration {
  /** the schema id this migration reads */
  readonly from: string
  /** the schema id of what it returns; the runner writes it into `schema` */
  readonly to: string
  /**
   * Pure: new fields from old ones, without changing the ones given. It may meet fields of
   * any shape (stored data is not trusted); what it cannot fix it leaves for the schema to refuse.
   */
  readonly up: (fields: Fields) => Fields
}

export interface RecordFormat {
  /** the schema id this plugin writes */
  readonly current: string
  /** oldest first: each one reads what the one before returns, and the last returns `current` */
  readonly migrations: readonly Migration[]
  /** the version a schema id of this kind names; null for an id of another kind, or none */
  readonly versionOf: (schema: string) => number | null
}

export type Migrated =
  /** `from` is the schema id the record was stored with (`current` when nothing had to change) */
  | { ok: true; fields: Fields; from: string }
  /** written by a newer plugin: only that plugin knows what its fields mean */
  | { ok: false; problem: 'newer'; schema: string }
  /** no schema id of this kind (not an object, no `schema`, another kind's, a version never released) */
  | { ok: false; problem: 'unknown'; schema: string | null }

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Brings a stored record up to `format.current`, or says why it cannot be read as one. */
export function migrate(format: RecordFormat, data: unknown): Migrated {
  if (!isFields(data)) return { ok: false, problem: 'unknown', schema: null }
  const schema = data.schema
  if (typeof schema !== 'string') return { ok: false, problem: 'unknown', schema: null }
  if (schema === format.current) return { ok: true, fields: data, from: schema }
  const start = format.migrations.findIndex((m) => m.from === schema)
  if (start >= 0) {
    let fields: Fields = data
    for (const step of format.migrations.slice(start)) fields = { ...step.up(fields), schema: step.to }
    return { ok: true, fields, from: schema }
  }
  const version = format.versionOf(schema)
  const ours = format.versionOf(format.current)
  if (version !== null && ours !== null && version > ours) return { ok: false, problem: 'newer', schema }
  return { ok: false, problem: 'unknown', schema }
}

/** `prefix` followed by a whole number: the number (a version), else null. */
export function numberAfter(prefix: string, schema: string): number | null {
  if (!schema.startsWith(prefix)) return null
  const rest = schema.slice(prefix.length)
  return /^[1-9]\d{0,8}$/.test(rest) ? Number(rest) : null
}
