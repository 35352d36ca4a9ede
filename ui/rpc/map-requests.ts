import type { Message } from '../../src/core/i18n'
import type { Journey } from '../../src/core/model/journey'
import type { Locale } from '../../src/core/i18n/locale'
import type { ResultOf } from '../../src/core/protocol/requests'
import type { Workshop } from '../../src/core/model/workshop'
import { draftFromJourney, type Draft } from '../draft/draft'
import type { Progress, RpcClient } from './client'
import { ask } from './outcome'

/** Asks the sandbox to draw the journey; resolves with its summary. */
export function generateBoard(
  rpc: RpcClient,
  journey: Journey,
  workshop: Workshop,
  onProgress: (progress: Progress) => void,
): Promise<ResultOf<'generate'>> {
  return rpc.request({ type: 'generate', journey, workshop }, { onProgress })
}

/** Asks the sandbox to relay a map out in place; `journey` holds only what is new on the board. */
export function regenerateMap(
  rpc: RpcClient,
  sectionId: string,
  journey: Journey,
  workshop: Workshop,
  onProgress: (progress: Progress) => void,
): Promise<ResultOf<'regenerate'>> {
  return rpc.request({ type: 'regenerate', sectionId, journey, workshop }, { onProgress })
}

/** The map a draft was loaded from: a regenerate goes back to it. */
export interface MapTarget {
  sectionId: string
  title: string
}

export type LoadOutcome = { ok: true; draft: Draft; target: MapTarget; notes: Message[] } | { ok: false; error: Message }
export type LoadJourneyOutcome = { ok: true; journey: Journey; sectionId: string; workshop: Workshop; notes: Message[] } | { ok: false; error: Message }

/** Reads the selected map from the board (by position) with what the reader noticed; never throws. */
export async function loadSelectedJourney(rpc: RpcClient): Promise<LoadJourneyOutcome> {
  const outcome = await ask(rpc, { type: 'load-selected-map' })
  return outcome.ok ? { ok: true, ...outcome.value } : outcome
}

/** Reads the selected map from the board as a draft in the panel's language; never throws. */
export async function loadSelectedMap(rpc: RpcClient, locale: Locale): Promise<LoadOutcome> {
  const outcome = await loadSelectedJourney(rpc)
  if (!outcome.ok) return outcome
  const draft = draftFromJourney(outcome.journey, locale, outcome.workshop)
  return { ok: true, draft, target: { sectionId: outcome.sectionId, title: outcome.journey.title }, notes: outcome.notes }
}
