import type { MessageKey, Params } from '../i18n'
import type { ImportProblem, ProblemLevel } from './types'

/**
 * The problems of one import, in the order found. Also counts the rows left out, since a
 * row-level problem is exactly that.
 */
export class Problems {
  readonly list: ImportProblem[] = []
  private readonly skipped = new Set<number>()
  private unlistedRows = 0

  add(level: ProblemLevel, key: MessageKey, params: Params | undefined, row: number | null = null, column: string | null = null): void {
    if (level === 'row') {
      if (row === null) this.unlistedRows++
      else this.skipped.add(row)
    }
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

  /** Everything found, none left out (the panel pages through a long list): refusals first, then whole-file notes, then by row. */
  finish(): ImportProblem[] {
    const rank = (p: ImportProblem): number => (p.level === 'fatal' ? 0 : 1)
    return this.list
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
      .map(({ p }) => p)
  }
}
