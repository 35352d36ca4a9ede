import type { Locale } from '../../src/core/i18n/locale'
import { TEMPLATE_IDS, type TemplateId } from '../../src/core/templates/built-in'
import { cleanName, journeyFromSetup, setupFromJourney, type TemplateSetup, type UserTemplate } from '../../src/core/templates/saved'
import { draftFromJourney, journeyFromDraft, type Draft } from '../draft/draft'
import { draftFromTemplate } from '../draft/editor-state'

/** The panel's side of "My templates": pure steps between drafts, the template select and saved templates. */

/** A built-in template or one of the person's own. */
export type TemplateChoice = { kind: 'builtin'; id: TemplateId } | { kind: 'saved'; template: UserTemplate }

const SAVED = 'saved:'

/** The template select's value for a choice. */
export function choiceValue(choice: TemplateChoice): string {
  return choice.kind === 'builtin' ? choice.id : `${SAVED}${choice.template.id}`
}

/** The choice a select value stands for, or null when it names a template no longer there. */
export function choiceOf(value: string, saved: readonly UserTemplate[]): TemplateChoice | null {
  if (value.startsWith(SAVED)) {
    const template = saved.find((t) => t.id === value.slice(SAVED.length))
    return template ? { kind: 'saved', template } : null
  }
  const builtin = TEMPLATE_IDS.find((id) => id === value)
  return builtin ? { kind: 'builtin', id: builtin } : null
}

/** A saved template's draft: its stages, lanes (with hints) and workshop options, no cards. */
export function draftFromSaved(template: UserTemplate, locale: Locale): Draft {
  const { journey, workshop } = journeyFromSetup(template.setup)
  return draftFromJourney(journey, locale, workshop)
}

export function draftFromChoice(choice: TemplateChoice, locale: Locale): Draft {
  return choice.kind === 'builtin' ? draftFromTemplate(choice.id, locale) : draftFromSaved(choice.template, locale)
}

/** What "Save as my template" keeps of the draft: the lanes switched on, in board order, and the workshop options. */
export function setupFromDraft(draft: Draft): TemplateSetup {
  return setupFromJourney(journeyFromDraft(draft), draft.workshop)
}

/** The saved template a new one would take the name of (names compare trimmed and case aside). */
export function templateNamed(name: string, saved: readonly UserTemplate[]): UserTemplate | undefined {
  const clean = cleanName(name).toLowerCase()
  return clean === '' ? undefined : saved.find((t) => t.name.toLowerCase() === clean)
}
