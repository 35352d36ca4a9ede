import { useState } from 'preact/hooks'
import type { ImportProblem } from '../../../src/core/import/types'
import { useT } from '../../i18n/context'
import { problemPlace } from '../../import/view'
import './ProblemList.css'

/** Problems shown at first, and added per "Show more": long files can have thousands. */
export const PROBLEM_PAGE = 100

/** Every problem with its row, column and sentence; long lists grow page by page. */
export function ProblemList({ problems, labelledBy }: { problems: readonly ImportProblem[]; labelledBy?: string }) {
  const t = useT()
  const [shown, setShown] = useState(PROBLEM_PAGE)
  const rest = problems.length - shown
  return (
    <>
      <ul class="problem-list" aria-labelledby={labelledBy}>
        {problems.slice(0, shown).map((p, i) => {
          const place = problemPlace(t, p)
          return (
            <li key={i} class="problem-list__item">
              {place && <span class="problem-list__place">{place}</span>} {t.message(p.message)}
            </li>
          )
        })}
      </ul>
      {rest > 0 && (
        <button type="button" class="button button--small" onClick={() => setShown(shown + PROBLEM_PAGE)}>
          {t('ui.import.showMore', { count: Math.min(rest, PROBLEM_PAGE) })}
        </button>
      )}
    </>
  )
}
