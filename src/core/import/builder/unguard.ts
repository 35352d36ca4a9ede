const FORMULA_GUARDED = /^'+[=+\-@\t\r]/

/**
 * Spreadsheets (and our CSV export) guard text that would run as a formula with a leading
 * apostrophe; the person's text is what follows it. Our export guards text that already
 * starts so (`'=x`) with one apostrophe more, so exactly one comes off.
 */
export function unguardText(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA_GUARDED.test(text) ? text.slice(1) : text
}
