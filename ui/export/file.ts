import { toCsv, toJson, toMermaid } from '../../src/core/export'
import type { Journey } from '../../src/core/model/journey'

/** Turning a map read from the board into text, and handing that text to the person. */

export const EXPORT_FORMATS = ['csv', 'json', 'mermaid'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const EXTENSION: Record<ExportFormat, string> = { csv: 'csv', json: 'json', mermaid: 'mmd' }
const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  mermaid: 'text/plain;charset=utf-8',
}

export function exportText(journey: Journey, format: ExportFormat): string {
  switch (format) {
    case 'csv':
      return toCsv(journey)
    case 'json':
      return toJson(journey)
    case 'mermaid':
      return toMermaid(journey)
  }
}

/** `<title>.csv`, with the characters file systems refuse replaced; `fallback` when the title is empty. */
export function exportFileName(title: string, format: ExportFormat, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const base = title.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120)
  return `${base || fallback}.${EXTENSION[format]}`
}

/** Copies through the Clipboard API, or a hidden text box and `execCommand('copy')` where that is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Figma's iframe may not grant clipboard-write; fall through to the older way.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.top = '-1000px'
  area.style.opacity = '0'
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
  document.body.appendChild(area)
  area.select()
  let copied = false
  try {
    copied = typeof document.execCommand === 'function' && document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  previous?.focus()
  return copied
}

/** Saves the text as a file through a temporary `<a download>` link. */
export function downloadText(text: string, fileName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME[format] }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
