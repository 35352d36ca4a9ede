import { useRef } from 'preact/hooks'
import { isRtlLocale } from '../../../src/core/i18n/locale'
import { useT, type UiKey } from '../../i18n/context'
import './Tabs.css'

export interface TabItem<Id extends string> {
  id: Id
  label: UiKey
}

interface Props<Id extends string> {
  label: UiKey
  tabs: readonly TabItem<Id>[]
  selected: Id
  onSelect: (id: Id) => void
  /** Prefix of the tab and panel element ids: `${idPrefix}-tab-${id}`, `${idPrefix}-panel-${id}`. */
  idPrefix: string
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`

/**
 * A WAI-ARIA tab list: one tab stop; ←/→ (and Home/End) move between tabs and select
 * the one they reach.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, idPrefix }: Props<Id>) {
  const t = useT()
  const listRef = useRef<HTMLDivElement>(null)

  const go = (index: number) => {
    const count = tabs.length
    const tab = tabs[((index % count) + count) % count]
    if (!tab) return
    onSelect(tab.id)
    listRef.current?.ownerDocument.getElementById(tabId(idPrefix, tab.id))?.focus()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected)
    // Arrows follow what the eye sees: in a right-to-left panel the next tab is on the left.
    const ahead = isRtlLocale(t.locale) ? -1 : 1
    const moves: Record<string, number> = { ArrowRight: index + ahead, ArrowLeft: index - ahead, Home: 0, End: tabs.length - 1 }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    go(to)
  }

  return (
    <div ref={listRef} class="tabs" role="tablist" aria-label={t(label)} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const active = tab.id === selected
        return (
          <button
            key={tab.id}
            id={tabId(idPrefix, tab.id)}
            type="button"
            role="tab"
            class="tabs__tab"
            aria-selected={active}
            aria-controls={panelId(idPrefix, tab.id)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {t(tab.label)}
          </button>
        )
      })}
    </div>
  )
}
