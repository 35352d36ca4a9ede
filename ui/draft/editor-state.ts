import type { Locale } from '../../src/core/i18n/locale'
import { createTemplate, type TemplateId } from '../../src/core/templates/built-in'
import { draftFromJourney, isDraftEmpty, type Draft } from './draft'
import { reduceDraft, type DraftAction } from './ops'

/** The draft plus whether the person has changed it since it was started or loaded. */
export interface EditorState {
  readonly draft: Draft
  readonly touched: boolean
}

export type EditorAction = DraftAction | { type: 'replace'; draft: Draft }

export function draftFromTemplate(template: TemplateId, locale: Locale): Draft {
  return draftFromJourney(createTemplate(template, locale), locale)
}

export function initialEditor(locale: Locale): EditorState {
  return { draft: draftFromTemplate('customer', locale), touched: false }
}

export function reduceEditor(state: EditorState, action: EditorAction): EditorState {
  if (action.type === 'replace') return { draft: action.draft, touched: false }
  const draft = reduceDraft(state.draft, action)
  if (draft === state.draft) return state
  // Following the panel's language is not an edit of the person's.
  return { draft, touched: state.touched || action.type !== 'setLocale' }
}

/** Replacing the draft asks first when the person edited it or it holds cards or scores. */
export function replacingNeedsConfirm(state: EditorState): boolean {
  return state.touched || !isDraftEmpty(state.draft)
}
