import { translate, type MessageKey } from '../i18n'
import { CORE_LANE_KINDS, type LaneKind } from '../model/lane-kinds'
import { laneHint } from '../model/lane-kinds'
import { DEFAULT_SCALE, SCHEMA_VERSION, type Journey, type Lane } from '../model/journey'
import { directionOf, type Locale } from '../i18n/locale'

// laneHint lives in lanes.ts: the board draws it, and the sandbox bundle must not import this module.
export { laneHint }

export const TEMPLATE_IDS = ['customer', 'employee', 'blueprint', 'dtf', 'blank'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

export function laneTitle(kind: LaneKind, locale: Locale): string {
  return translate(locale, `lane.${kind}` as MessageKey)
}

/** A lane of the given kind with its default title and hint; ids are the kind, so they stay stable. */
export function makeLane(kind: LaneKind, locale: Locale, id: string = kind): Lane {
  const lane: Lane = { id, kind, title: laneTitle(kind, locale) }
  const hint = laneHint(kind, locale)
  if (hint !== undefined) lane.hint = hint
  return lane
}

/** A template's lane: a kind with the template's own title (and hint) where it has one. */
interface LaneSpec {
  kind: LaneKind
  id?: string
  title?: MessageKey
  hint?: MessageKey
}

interface TemplateSpec {
  title: MessageKey
  stages: readonly MessageKey[]
  lanes: readonly LaneSpec[]
}

const keys = (prefix: string, n: number): MessageKey[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}` as MessageKey)

const SPECS: Readonly<Record<Exclude<TemplateId, 'blank'>, TemplateSpec>> = {
  customer: {
    title: 'template.customer.title',
    stages: keys('template.customer.stage', 5),
    lanes: CORE_LANE_KINDS.map((kind) => ({ kind })),
  },
  employee: {
    title: 'template.employee.title',
    stages: keys('template.employee.stage', 6),
    lanes: CORE_LANE_KINDS.map((kind) =>
      kind === 'actions' ? { kind, title: 'template.employee.lane.actions', hint: 'template.employee.hint.actions' } : { kind },
    ),
  },
  // A service blueprint reads top to bottom from what the customer sees to what supports it.
  blueprint: {
    title: 'template.blueprint.title',
    stages: keys('template.blueprint.stage', 5),
    lanes: [
      { kind: 'touchpoints', title: 'template.blueprint.lane.evidence', hint: 'template.blueprint.hint.evidence' },
      { kind: 'actions', title: 'template.blueprint.lane.customer' },
      { kind: 'custom', id: 'frontstage', title: 'template.blueprint.lane.frontstage', hint: 'template.blueprint.hint.frontstage' },
      { kind: 'backstage', title: 'template.blueprint.lane.backstage', hint: 'template.blueprint.hint.backstage' },
      { kind: 'custom', id: 'support', title: 'template.blueprint.lane.support', hint: 'template.blueprint.hint.support' },
    ],
  },
  dtf: {
    title: 'template.dtf.title',
    stages: keys('template.dtf.stage', 3),
    lanes: [
      { kind: 'actions', title: 'template.dtf.lane.do' },
      { kind: 'thoughts', title: 'template.dtf.lane.think' },
      { kind: 'emotion', title: 'template.dtf.lane.feel' },
    ],
  },
}

function laneOf(spec: LaneSpec, locale: Locale): Lane {
  const lane = makeLane(spec.kind, locale, spec.id)
  if (spec.title) lane.title = translate(locale, spec.title)
  if (spec.hint) lane.hint = translate(locale, spec.hint)
  return lane
}

/** Starting points in the panel; each is a valid Journey in the person's language. */
export function createTemplate(id: TemplateId, locale: Locale): Journey {
  const base = {
    schema: SCHEMA_VERSION,
    locale,
    direction: directionOf(locale),
    scale: { ...DEFAULT_SCALE },
    personas: [],
    cards: [],
    emotions: [],
  }
  if (id === 'blank') {
    return {
      ...base,
      title: translate(locale, 'template.blank.title'),
      stages: [{ id: 's1', name: translate(locale, 'template.blank.stage', { n: 1 }) }],
      lanes: [makeLane('actions', locale), makeLane('emotion', locale)],
    }
  }
  const spec = SPECS[id]
  return {
    ...base,
    title: translate(locale, spec.title),
    stages: spec.stages.map((key, i) => ({ id: `s${i + 1}`, name: translate(locale, key) })),
    lanes: spec.lanes.map((lane) => laneOf(lane, locale)),
  }
}

/** Every catalog string a template puts on a board, to follow the panel's language while unedited. */
export function templateKeys(): { titles: MessageKey[]; stages: MessageKey[]; lanes: MessageKey[]; hints: MessageKey[] } {
  const specs = Object.values(SPECS)
  return {
    titles: [...specs.map((s) => s.title), 'template.blank.title'],
    stages: specs.flatMap((s) => s.stages),
    lanes: specs.flatMap((s) => s.lanes.flatMap((l) => (l.title ? [l.title] : []))),
    hints: specs.flatMap((s) => s.lanes.flatMap((l) => (l.hint ? [l.hint] : []))),
  }
}
