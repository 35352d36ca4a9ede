import { translate, type MessageKey } from './i18n'
import { CORE_LANE_KINDS, type LaneKind } from './lanes'
import { DEFAULT_SCALE, SCHEMA_VERSION, type Journey, type Lane, type Locale } from './journey'

export const TEMPLATE_IDS = ['customer', 'blank'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

export function laneTitle(kind: LaneKind, locale: Locale): string {
  return translate(locale, `lane.${kind}` as MessageKey)
}

/** A lane of the given kind with its default title; ids are the kind, so they stay stable. */
export function makeLane(kind: LaneKind, locale: Locale, id: string = kind): Lane {
  return { id, kind, title: laneTitle(kind, locale) }
}

const CUSTOMER_STAGES = [1, 2, 3, 4, 5].map((n) => `template.customer.stage${n}` as MessageKey)

/** Starting points in the panel; each is a valid Journey in the person's language. */
export function createTemplate(id: TemplateId, locale: Locale): Journey {
  const base = {
    schema: SCHEMA_VERSION,
    locale,
    direction: 'ltr' as const,
    scale: { ...DEFAULT_SCALE },
    personas: [],
    cards: [],
    emotions: [],
  }
  if (id === 'customer') {
    return {
      ...base,
      title: translate(locale, 'template.customer.title'),
      stages: CUSTOMER_STAGES.map((key, i) => ({ id: `s${i + 1}`, name: translate(locale, key) })),
      lanes: CORE_LANE_KINDS.map((kind) => makeLane(kind, locale)),
    }
  }
  return {
    ...base,
    title: translate(locale, 'template.blank.title'),
    stages: [{ id: 's1', name: translate(locale, 'template.blank.stage', { n: 1 }) }],
    lanes: [makeLane('actions', locale), makeLane('emotion', locale)],
  }
}
