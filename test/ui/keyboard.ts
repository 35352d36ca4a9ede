import { fireEvent } from '@testing-library/preact'

/**
 * happy-dom moves no focus on Tab and does not click a button on Enter; these helpers
 * do what a browser does, from the DOM order, so tests can drive the panel by keyboard.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]'

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0) return false
  if ((el as HTMLButtonElement).disabled) return false
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false
  return !el.closest('[hidden]')
}

export function tabbables(root: ParentNode = document.body): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(isTabbable)
}

function active(): HTMLElement {
  return (document.activeElement as HTMLElement | null) ?? document.body
}

/** Tab (or Shift+Tab): the next tabbable element in document order gets focus. */
export function tab(shift = false): HTMLElement {
  const from = active()
  if (!fireEvent.keyDown(from, { key: 'Tab', shiftKey: shift })) return from
  const list = tabbables()
  const index = list.indexOf(from)
  const next = shift ? list[index <= 0 ? list.length - 1 : index - 1] : list[index + 1] ?? list[0]
  next?.focus()
  return active()
}

/** A key on the focused element; Enter and Space on a button activate it, as in a browser. */
export function press(key: string, modifiers: { altKey?: boolean; shiftKey?: boolean } = {}): void {
  const target = active()
  const notPrevented = fireEvent.keyDown(target, { key, ...modifiers })
  if (notPrevented && target instanceof HTMLButtonElement && (key === 'Enter' || key === ' ')) {
    fireEvent.click(target)
  }
  fireEvent.keyUp(target, { key, ...modifiers })
}
