import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { DraftStage } from '../../draft/draft'
import type { DraftAction } from '../../draft/ops'
import { useT } from '../../i18n/context'
import { Section } from '../common/Section'
import './StageList.css'

type Part = 'name' | 'up' | 'down'
/** What to focus after the list re-renders: a stage's control, or the add button. */
type FocusTarget = { stageId: string; part: Part; select?: boolean } | 'add' | null

interface Props {
  stages: readonly DraftStage[]
  dispatch: (action: DraftAction) => void
}

/** Stages in order: rename, move (buttons or Alt+↑/↓ in the name), remove, add. */
export function StageList({ stages, dispatch }: Props) {
  const t = useT()
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<FocusTarget>(null)
  const expectAdded = useRef(false)
  const [announcement, setAnnouncement] = useState('')

  const nameOf = (stage: DraftStage, index: number) =>
    stage.name.trim() || t('board.stageFallback', { n: index + 1 })

  useLayoutEffect(() => {
    if (expectAdded.current) {
      expectAdded.current = false
      const last = stages[stages.length - 1]
      if (last) focusNext.current = { stageId: last.id, part: 'name', select: true }
    }
    const target = focusNext.current
    focusNext.current = null
    if (target === 'add') addRef.current?.focus()
    else if (target) {
      const el = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-stage]') ?? []).find(
        (node) => node.dataset.stage === target.stageId && node.dataset.part === target.part,
      )
      el?.focus()
      if (target.select && el instanceof HTMLInputElement) el.select()
    }
  })

  const move = (stage: DraftStage, index: number, delta: number, part: Part) => {
    const to = index + delta
    if (to < 0 || to >= stages.length) return
    focusNext.current = { stageId: stage.id, part }
    dispatch({ type: 'moveStage', stageId: stage.id, delta })
    setAnnouncement(t('ui.stages.moved', { name: nameOf(stage, index), n: to + 1, total: stages.length }))
  }

  const remove = (stage: DraftStage, index: number) => {
    const neighbour = stages[index + 1] ?? stages[index - 1]
    focusNext.current = neighbour ? { stageId: neighbour.id, part: 'name' } : 'add'
    dispatch({ type: 'removeStage', stageId: stage.id })
    setAnnouncement(t('ui.stages.removed', { name: nameOf(stage, index) }))
  }

  const add = () => {
    expectAdded.current = true
    dispatch({ type: 'addStage' })
  }

  return (
    <Section title={t('ui.stages.heading')}>
      {stages.length === 0 ? (
        <p class="hint">{t('ui.stages.empty')}</p>
      ) : (
        <ol ref={listRef} class="stages">
          {stages.map((stage, index) => {
            const name = nameOf(stage, index)
            const first = index === 0
            const last = index === stages.length - 1
            return (
              <li key={stage.id} class="stages__row">
                <span class="stages__number" aria-hidden="true">
                  {index + 1}
                </span>
                <input
                  class="input stages__name"
                  type="text" dir="auto"
                  data-stage={stage.id}
                  data-part="name"
                  aria-label={t('ui.stages.name', { n: index + 1 })}
                  value={stage.name}
                  onInput={(e) => dispatch({ type: 'renameStage', stageId: stage.id, name: e.currentTarget.value })}
                  onKeyDown={(e) => {
                    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
                    e.preventDefault()
                    move(stage, index, e.key === 'ArrowUp' ? -1 : 1, 'name')
                  }}
                />
                <button
                  type="button"
                  class="icon-button"
                  data-stage={stage.id}
                  data-part="up"
                  aria-label={t('ui.stages.moveUp', { name })}
                  aria-disabled={first}
                  onClick={() => move(stage, index, -1, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  class="icon-button"
                  data-stage={stage.id}
                  data-part="down"
                  aria-label={t('ui.stages.moveDown', { name })}
                  aria-disabled={last}
                  onClick={() => move(stage, index, 1, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  class="icon-button icon-button--danger"
                  aria-label={t('ui.stages.remove', { name })}
                  onClick={() => remove(stage, index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
      <div class="row row--between">
        <button ref={addRef} type="button" class="button" onClick={add}>
          {t('ui.stages.add')}
        </button>
        <span class="hint">{t('ui.stages.hint')}</span>
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </Section>
  )
}
