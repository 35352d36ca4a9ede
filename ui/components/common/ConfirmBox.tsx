import { useEffect, useId, useRef } from 'preact/hooks'
import './ConfirmBox.css'

interface Props {
  question: string
  yes: string
  no: string
  onYes: () => void
  /** Also on Escape. */
  onNo: () => void
}

/**
 * A question asked inside the panel (window.confirm would block Figma): takes focus
 * when it opens, so a keyboard user lands on it; Escape answers no.
 */
export function ConfirmBox({ question, yes, no, onYes, onNo }: Props) {
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div
      ref={ref}
      class="confirm"
      role="group"
      tabIndex={-1}
      aria-labelledby={`${id}-question`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onNo()
        }
      }}
    >
      <p id={`${id}-question`} class="confirm__text">
        {question}
      </p>
      <div class="row">
        <button type="button" class="button button--danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  )
}
