import { useId } from 'preact/hooks'
import type { ImportResult } from '../../../src/core/import/types'
import type { Journey } from '../../../src/core/model/journey'
import { useT } from '../../i18n/context'
import { cardCounts, curvePoints, formatNumber } from '../../import/view'
import { EmotionCurve } from '../common/EmotionCurve'
import './ImportPreview.css'

/** What the import would draw: the summary, cards per stage and lane, and the emotion curve. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const t = useT()
  const id = useId()
  const { summary, detected, journey } = result
  const lines: [string, number, boolean][] = [
    ['ui.import.summary.rows', detected.rows, true],
    ['ui.import.summary.notes', summary.notes, true],
    ['ui.import.summary.cards', summary.cards, true],
    ['ui.import.summary.merged', summary.merged, summary.merged > 0],
    ['ui.import.summary.summarised', summary.summarised, summary.summarised > 0],
    ['ui.import.summary.emotions', summary.emotions, summary.emotions > 0],
    ['ui.import.summary.skipped', summary.skippedRows, summary.skippedRows > 0],
  ]
  return (
    <>
      <div class="summary">
        <h3 id={`${id}-summary`} class="subheading">
          {t('ui.import.summary')}
        </h3>
        <ul class="summary__list" aria-labelledby={`${id}-summary`}>
          {lines
            .filter(([, , show]) => show)
            .map(([key, count]) => (
              <li key={key}>{t.plural(key, { count })}</li>
            ))}
        </ul>
      </div>
      {journey && journey.stages.length > 0 && <CountTable journey={journey} />}
      {journey && <EmotionCurve points={curvePoints(journey)} scale={journey.scale} />}
    </>
  )
}

function CountTable({ journey }: { journey: Journey }) {
  const t = useT()
  const id = useId()
  const counts = cardCounts(journey)
  return (
    // A focusable scrolling region, so the table can be scrolled sideways by keyboard.
    <div class="count-table" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="count-table__table">
        <caption id={`${id}-caption`} class="count-table__caption">
          {t('ui.import.table')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.import.table.stage')}</th>
            {journey.lanes.map((lane) => (
              <th key={lane.id} scope="col">
                {lane.title.trim() || t('lane.custom')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {journey.stages.map((stage, index) => {
            const row = counts.get(stage.id)
            return (
              <tr key={stage.id}>
                <th scope="row">{stage.name.trim() || t('board.stageFallback', { n: index + 1 })}</th>
                {journey.lanes.map((lane) => {
                  const count = row?.get(lane.id) ?? 0
                  return (
                    <td key={lane.id} class={count === 0 ? 'count-table__zero' : undefined}>
                      {formatNumber(t.locale, count, 0)}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
