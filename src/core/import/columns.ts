import { columnLetter } from '../model/normalize'

/** How a problem names a column: its header as written, or its letter when the header is empty. */
export function columnName(headers: readonly string[], index: number): string {
  const h = (headers[index] ?? '').trim()
  return h === '' ? columnLetter(index) : h.length > 80 ? `${h.slice(0, 79)}…` : h
}

/** True when no cell of the row has anything but spaces. */
export function isBlankRow(row: readonly string[]): boolean {
  return isBlankCells(row, row.length)
}

/** `isBlankRow` of a record whose cells are `cells[0 .. length - 1]`. */
export function isBlankCells(cells: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i++) if (cells[i]!.trim() !== '') return false
  return true
}
