import { useId, useState } from 'preact/hooks'
import { CATALOG_KINDS, defaultLaneTitle, type DraftLane } from '../../draft/draft'
import type { DraftAction } from '../../draft/ops'
import { useT } from '../../i18n/context'
import { Section } from '../common/Section'
import { LaneSwatch } from '../common/LaneSwatch'
import './LaneList.css'

interface Props {
  lanes: readonly DraftLane[]
  dispatch: (action: DraftAction) => void
}

/** Catalog lanes on/off with their titles, then the person's own lanes. */
export function LaneList({ lanes, dispatch }: Props) {
  const t = useT()
  const id = useId()
  const [newTitle, setNewTitle] = useState('')
  const catalog = lanes.slice(0, CATALOG_KINDS.length)
  const extras = lanes.slice(CATALOG_KINDS.length)

  const addLane = () => {
    dispatch({ type: 'addCustomLane', title: newTitle })
    setNewTitle('')
  }
  const retitle = (lane: DraftLane, title: string) => dispatch({ type: 'retitleLane', laneId: lane.id, title })

  return (
    <Section title={t('ui.lanes.heading')}>
      <ul class="lanes">
        {catalog.map((lane) => {
          const label = defaultLaneTitle(lane.kind, t.locale)
          return (
            <li key={lane.id} class="lanes__row">
              <label class="check lanes__check">
                <input
                  type="checkbox"
                  checked={lane.enabled}
                  onChange={(e) => dispatch({ type: 'toggleLane', laneId: lane.id, enabled: e.currentTarget.checked })}
                />
                <LaneSwatch kind={lane.kind} />
                <span>{label}</span>
              </label>
              {lane.enabled && (
                <input
                  class="input lanes__title"
                  type="text" dir="auto"
                  aria-label={t('ui.lanes.titleOf', { name: label })}
                  value={lane.title}
                  onInput={(e) => retitle(lane, e.currentTarget.value)}
                />
              )}
            </li>
          )
        })}
      </ul>

      <h3 class="subheading">{t('ui.lanes.custom')}</h3>
      {extras.length > 0 && (
        <ul class="lanes">
          {extras.map((lane, index) => (
            <li key={lane.id} class="lanes__row lanes__row--extra">
              <LaneSwatch kind={lane.kind} />
              <input
                class="input lanes__title"
                type="text" dir="auto"
                aria-label={t('ui.lanes.customTitle', { n: index + 1 })}
                value={lane.title}
                onInput={(e) => retitle(lane, e.currentTarget.value)}
              />
              <button
                type="button"
                class="icon-button icon-button--danger"
                aria-label={t('ui.lanes.remove', { name: lane.title.trim() || t('lane.custom') })}
                onClick={() => dispatch({ type: 'removeLane', laneId: lane.id })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <input
          id={`${id}-new`}
          class="input row__grow"
          type="text" dir="auto"
          aria-label={t('ui.lanes.newTitle')}
          placeholder={t('ui.lanes.newTitle')}
          value={newTitle}
          onInput={(e) => setNewTitle(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              addLane()
            }
          }}
        />
        <button type="button" class="button" onClick={addLane}>
          {t('ui.lanes.add')}
        </button>
      </div>
    </Section>
  )
}
