import type { MessageKey, Params } from '../i18n'
import type { ImportProblem, ProblemLevel } from './types'

/** More than this many problems of one kind are counted, not listed: a bad column in a big file would bury the rest. */
export const LISTED_PER_KIND = 100

/**
 * The problems of one import, in the order found. Also counts the rows left out, since a
 * row-level problem is exactly that.
 */
export class Problems {
  readonly list: ImportProblem[] = []
  private readonly perKind = new Map<MessageKey, number>()
  private readonly skipped = new Set<number>()
  private unlistedRows = 0

  add(level: ProblemLevel, key: MessageKey, params: Params | undefined, row: number | null = null, column: string | null = null): void {
    if (level === 'row') {
      if (row === null) this.unlistedRows++
      else this.skipped.add(row)
    }
    const seen = this.perKind.get(key) ?? 0
    this.perKind.set(key, seen + 1)
    if (seen >= LISTED_PER_KIND) return
    this.list.push({ level, row, column, message: params ? { key, params } : { key } })
  }

  fatal(key: MessageKey, params?: Params): void {
    this.add('fatal', key, params)
  }

  /** The refusal, if any. */
  get isFatal(): boolean {
    return this.list.some((p) => p.level === 'fatal')
  }

  /** Rows left out because of a row-level problem. */
  get skippedRows(): number {
    return this.skipped.size + this.unlistedRows
  }

  /**
   * Everything found: refusals first, then whole-file notes, then by row; one line per kind
   * that had more problems than were listed.
   */
  finish(): ImportProblem[] {
    const rank = (p: ImportProblem): number => (p.level === 'fatal' ? 0 : 1)
    const out = this.list
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
      .map(({ p }) => p)
    for (const [key, n] of this.perKind) {
      if (n > LISTED_PER_KIND) {
        const level = this.list.find((p) => p.message.key === key)?.level ?? 'note'
        out.push({ level, row: null, column: null, message: { key: 'import.moreProblems.other', params: { count: n - LISTED_PER_KIND } } })
      }
    }
    return out
  }
}
