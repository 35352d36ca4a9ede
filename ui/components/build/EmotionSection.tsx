import { keptEmotionsOf, scoreOf, type Draft } from '../../draft/draft'
import { formatNumber } from '../../import/view'
import type { DraftAction } from '../../draft/ops'
import { useT } from '../../i18n/context'
import { ScaleSelect } from './ScaleSelect'
import { ScoreControl } from './ScoreControl'
import { Section } from '../common/Section'
import './EmotionSection.css'

/** The emotion lane's scores, one per stage, on the journey's scale. */
export function EmotionSection({ draft, dispatch }: { draft: Draft; dispatch: (action: DraftAction) => void }) {
  const t = useT()
  // Several scores at a stage (or one with a participant or note) are kept as they came.
  const keptNote = (scores: number[]) =>
    scores.length < 2
      ? null
      : t.plural('ui.emotion.kept', {
          count: scores.length,
          min: formatNumber(t.locale, Math.min(...scores)),
          max: formatNumber(t.locale, Math.max(...scores)),
        })
  return (
    <Section title={t('ui.emotion.heading')}>
      <p class="hint">{t('ui.emotion.hint')}</p>
      <ScaleSelect scale={draft.scale} onChange={(scale) => dispatch({ type: 'setScale', scale })} />
      {draft.stages.length === 0 ? (
        <p class="hint">{t('ui.cells.noStages')}</p>
      ) : (
        <ul class="scores">
          {draft.stages.map((stage, index) => (
            <ScoreControl
              key={stage.id}
              stageName={stage.name.trim() || t('board.stageFallback', { n: index + 1 })}
              kept={keptNote(keptEmotionsOf(draft, stage.id).map((e) => e.score))}
              score={scoreOf(draft, stage.id)}
              scale={draft.scale}
              onChange={(score) => dispatch({ type: 'setScore', stageId: stage.id, score })}
            />
          ))}
        </ul>
      )}
    </Section>
  )
}
