import type { Message } from '../../src/core/i18n'
import type { ResultOf } from '../../src/core/protocol/requests'

/** What the panel is doing with the sandbox, shown under the Generate button. */
export type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; title: string }
  | { kind: 'imported'; title: string }
  | { kind: 'generating'; done: number; total: number }
  | { kind: 'generated'; result: ResultOf<'generate'>; stages: number }
  | { kind: 'regenerated'; result: ResultOf<'regenerate'> }
  | { kind: 'error'; error: Message }

export const IDLE: Status = { kind: 'idle' }

export function isBusy(status: Status): boolean {
  return status.kind === 'generating' || status.kind === 'loading'
}
