import { useId, useState } from 'preact/hooks'
import { cellLines, cellText, keptLineCount, type Draft, type DraftLane } from '../../draft/draft'
import type { DraftAction } from '../../draft/ops'
import { useT } from '../../i18n/context'
import { Section } from '../common/Section'
import { LaneSwatch } from '../common/LaneSwatch'
import './CellEditor.css'

interface Props {
  draft: Draft
  dispatch: (action: DraftAction) => void
}

/** Pick a stage, then type its cards lane by lane: one line, one sticky. */
export function CellEditor({ draft, dispatch }: Props) {
  const t = useT()
  const id = useId()
  const [chosen, setChosen] = useState<string | null>(null)
  const stage = draft.stages.find((s) => s.id === chosen) ?? draft.stages[0]
  const lanes = draft.lanes.filter((l) => l.enabled && l.kind !== 'emotion')

  return (
    <Section title={t('ui.cells.heading')}>
      {!stage ? (
        <p class="hint">{t('ui.cells.noStages')}</p>
      ) : (
        <>
          <div class="field">
            <label class="field__label" for={`${id}-stage`}>
              {t('ui.cells.stage')}
            </label>
            <select
              id={`${id}-stage`}
              class="select"
              value={stage.id}
              onChange={(e) => setChosen(e.currentTarget.value)}
            >
              {draft.stages.map((s, index) => (
                <option key={s.id} value={s.id}>
                  {`${index + 1}. ${s.name.trim() || t('board.stageFallback', { n: index + 1 })}`}
                </option>
              ))}
            </select>
          </div>
          {lanes.length === 0 ? (
            <p class="hint">{t('ui.cells.noLanes')}</p>
          ) : (
            <>
              <p class="hint">{t('ui.cells.hint')}</p>
              {lanes.map((lane) => (
                <Cell
                  key={`${stage.id}/${lane.id}`}
                  id={`${id}-${stage.id}-${lane.id}`}
                  lane={lane}
                  text={cellText(draft, stage.id, lane.id)}
                  kept={keptLineCount(draft, stage.id, lane.id)}
                  onChange={(text) => dispatch({ type: 'setCell', stageId: stage.id, laneId: lane.id, text })}
                />
              ))}
            </>
          )}
        </>
      )}
    </Section>
  )
}

interface CellProps {
  id: string
  lane: DraftLane
  text: string
  /** Lines still drawn as imported cards, with their counts, personas and participants. */
  kept: number
  onChange: (text: string) => void
}

function Cell({ id, lane, text, kept, onChange }: CellProps) {
  const t = useT()
  const count = cellLines(text).length
  const title = lane.title.trim() || t('lane.custom')
  return (
    <div class="cell">
      <div class="cell__head">
        <label class="field__label" for={id}>
          <LaneSwatch kind={lane.kind} />
          {title}
        </label>
        <span id={`${id}-count`} class="hint">
          {t.plural('ui.cells.count', { count })}
        </span>
      </div>
      <textarea dir="auto"
        id={id}
        class="textarea"
        rows={Math.min(8, Math.max(2, text.split('\n').length + 1))}
        aria-describedby={kept > 0 ? `${id}-count ${id}-kept` : `${id}-count`}
        value={text}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {kept > 0 && (
        <p id={`${id}-kept`} class="hint">
          {t.plural('ui.cells.kept', { count: kept })}
        </p>
      )}
    </div>
  )
}
