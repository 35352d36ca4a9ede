import type { Message } from '../src/core/i18n'
import type { Journey, Locale } from '../src/core/journey'
import { GenerateResultSchema, LoadedMapSchema, describeInvalid, type GenerateResult } from '../src/core/messages'
import { toUserMessage } from '../src/core/user-error'
import { draftFromJourney, type Draft } from './draft'
import type { Progress, RpcClient } from './rpc'

/** Asks the sandbox to draw the journey; resolves with its summary (null if the reply had none we know). */
export async function generateBoard(
  rpc: RpcClient,
  journey: Journey,
  onProgress: (progress: Progress) => void,
): Promise<GenerateResult | null> {
  const result = await rpc.request({ type: 'generate', journey }, { onProgress })
  const parsed = GenerateResultSchema.safeParse(result)
  return parsed.success ? parsed.data : null
}

export type LoadOutcome = { ok: true; draft: Draft; notes: Message[] } | { ok: false; error: Message }
export type LoadJourneyOutcome = { ok: true; journey: Journey; notes: Message[] } | { ok: false; error: Message }

/** Reads the selected map from the board (by position) with what the reader noticed; never throws. */
export async function loadSelectedJourney(rpc: RpcClient): Promise<LoadJourneyOutcome> {
  try {
    const result = await rpc.request({ type: 'load-selected-map' })
    const parsed = LoadedMapSchema.safeParse(result)
    if (!parsed.success) return { ok: false, error: { key: 'error.mapData', params: { detail: describeInvalid(parsed.error) } } }
    return { ok: true, journey: parsed.data.journey, notes: parsed.data.notes }
  } catch (error) {
    return { ok: false, error: toUserMessage(error) }
  }
}

/** Reads the selected map from the board as a draft in the panel's language; never throws. */
export async function loadSelectedMap(rpc: RpcClient, locale: Locale): Promise<LoadOutcome> {
  const outcome = await loadSelectedJourney(rpc)
  return outcome.ok ? { ok: true, draft: draftFromJourney(outcome.journey, locale), notes: outcome.notes } : outcome
}
