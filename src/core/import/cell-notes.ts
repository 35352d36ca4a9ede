/**
 * A spreadsheet cell of a wide map holds several notes: one per line, or one per bullet
 * ("•", "-", "*", "–", "1.", "2)"). When a cell uses bullets, a line without one continues
 * the note above it.
 */

const BULLET = /^\s*(?:[•·▪◦●○■►▸‣⁃]\s*|[*\-–—]\s+|\d{1,3}[.)]\s+)/
const LINE_BREAK = /\r\n|\r|\n/
const INLINE_BULLET = /\s+•\s*/

export function splitCell(cell: string): string[] {
  const lines = cell.split(LINE_BREAK)
  const bulleted = lines.some((l) => BULLET.test(l))
  const notes: string[] = []
  let open = false
  for (const line of lines) {
    const t = line.trim()
    if (t === '') {
      open = false
      continue
    }
    if (!bulleted) notes.push(t)
    else if (BULLET.test(line)) {
      notes.push(...line.replace(BULLET, '').split(INLINE_BULLET).map((s) => s.trim()).filter((s) => s !== ''))
      open = true
    } else if (open && notes.length > 0) notes[notes.length - 1] += ` ${t}`
    else {
      notes.push(t)
      open = true
    }
  }
  return notes
}

/** Lines of a score cell (several participants' scores in one cell). */
export function splitLines(cell: string): string[] {
  return cell
    .split(LINE_BREAK)
    .map((l) => l.replace(BULLET, '').trim())
    .filter((l) => l !== '')
}
