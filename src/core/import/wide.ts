import { MAX_TEXT } from './builder/limits'
import type { JourneyBuilder } from './journey-builder'
import { splitCell, splitLines } from './cell-notes'
import { columnName, isBlankRow } from './columns'
import { clip } from '../model/normalize'
import type { Problems } from './problems'
import { readScore } from '../model/scores'
import type { ImportHooks } from './types'

/**
 * A spreadsheet map into the builder. Wide: lane names down the first column, stages
 * across the header row. Transposed: stages down, lanes across. Each cell's lines or
 * bullets become cards; the emotion lane's cells are scores.
 */
export function readWide(
  rows: readonly (readonly string[])[],
  header: number,
  width: number,
  transposed: boolean,
  builder: JourneyBuilder,
  problems: Problems,
  hooks: ImportHooks,
): void {
  const headers = rows[header] ?? []
  const body: number[] = []
  for (let r = header + 1; r < rows.length; r++) if (!isBlankRow(rows[r]!)) body.push(r)
  // A column is part of the map when it has a header or anything below it.
  const cols: number[] = []
  for (let c = 1; c < width; c++) if ((headers[c] ?? '').trim() !== '' || body.some((r) => (rows[r]![c] ?? '').trim() !== '')) cols.push(c)

  // The axis along the header row: stages (wide) or lanes (transposed).
  const across = new Map<number, number>()
  const down = new Map<number, number>()
  for (const c of cols) across.set(c, transposed ? builder.lane(headers[c] ?? '') : builder.addStage(headers[c] ?? ''))
  for (const r of body) down.set(r, transposed ? builder.addStage(rows[r]![0] ?? '') : builder.lane(rows[r]![0] ?? ''))

  const total = body.length
  body.forEach((r, done) => {
    if (hooks.onProgress && done > 0 && done % 5000 === 0) hooks.onProgress(done, total)
    const row = rows[r]!
    const rowNumber = r + 1
    for (const c of cols) {
      const cell = row[c] ?? ''
      if (cell.trim() === '') continue
      const stage = transposed ? down.get(r)! : across.get(c)!
      const lane = transposed ? across.get(c)! : down.get(r)!
      const column = columnName(headers, c)
      if (builder.laneKindOf(lane) === 'emotion') {
        for (const line of splitLines(cell)) {
          const read = readScore(line)
          builder.score(stage, read, line, -1, undefined, undefined, rowNumber, column, line)
        }
        continue
      }
      for (const note of splitCell(cell)) {
        let text = note
        if (text.length > MAX_TEXT) {
          problems.add('note', 'import.longText', { row: rowNumber, column, length: text.length, max: MAX_TEXT }, rowNumber, column)
          text = clip(text, MAX_TEXT)
        }
        builder.note(stage, lane, text, -1, undefined)
      }
    }
  })
  if (hooks.onProgress) hooks.onProgress(total, total)
}
