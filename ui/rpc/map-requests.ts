import type { Message } from '../../src/core/i18n'
import type { Journey } from '../../src/core/model/journey'
import type { Locale } from '../../src/core/i18n/locale'
import {
  GenerateResultSchema,
  LoadedMapSchema,
  RegenerateResultSchema,
  describeInvalid,
  type GenerateResult,
  type RegenerateResult,
} from '../../src/core/protocol/messages'
import type { Workshop } from '../../src/core/model/workshop'
import { toUserMessage } from '../../src/core/i18n/user-error'
import { draftFromJourney, type Draft } from '../draft/draft'
import type { Progress, RpcClient } from './client'

/** Asks the sandbox to draw the journey; resolves with its summary (null if the reply had none we know). */
export async function generateBoard(
  rpc: RpcClient,
  journey: Journey,
  workshop: Workshop,
  onProgress: (progress: Progress) => void,
): Promise<GenerateResult | null> {
  const result = await rpc.request({ type: 'generate', journey, workshop }, { onProgress })
  const parsed = GenerateResultSchema.safeParse(result)
  return parsed.success ? parsed.data : null
}

/** Asks the sandbox to relay a map out in place; `journey` holds only what is new on the board. */
export async function regenerateMap(
  rpc: RpcClient,
  sectionId: string,
  journey: Journey,
  workshop: Workshop,
  onProgress: (progress: Progress) => void,
): Promise<RegenerateResult | null> {
  const result = await rpc.request({ type: 'regenerate', sectionId, journey, workshop }, { onProgress })
  const parsed = RegenerateResultSchema.safeParse(result)
  return parsed.success ? parsed.data : null
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
  try {
    const result = await rpc.request({ type: 'load-selected-map' })
    const parsed = LoadedMapSchema.safeParse(result)
    if (!parsed.success) return { ok: false, error: { key: 'error.mapData', params: { detail: describeInvalid(parsed.error) } } }
    const { journey, sectionId, workshop, notes } = parsed.data
    return { ok: true, journey, sectionId, workshop, notes }
  } catch (error) {
    return { ok: false, error: toUserMessage(error) }
  }
}

/** Reads the selected map from the board as a draft in the panel's language; never throws. */
export async function loadSelectedMap(rpc: RpcClient, locale: Locale): Promise<LoadOutcome> {
  const outcome = await loadSelectedJourney(rpc)
  if (!outcome.ok) return outcome
  const draft = draftFromJourney(outcome.journey, locale, outcome.workshop)
  return { ok: true, draft, target: { sectionId: outcome.sectionId, title: outcome.journey.title }, notes: outcome.notes }
}
