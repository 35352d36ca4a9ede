import { useState } from 'preact/hooks'
import { useT } from '../../i18n/context'
import type { MapTarget } from '../../rpc/map-requests'
import { ConfirmBox } from '../common/ConfirmBox'
import './MapBar.css'

interface Props {
  /** The map the form edits, if any. */
  target: MapTarget | null
  /** The map the selection on the board is in, if any. */
  selected: MapTarget | null
  /** Ask before loading over the person's work. */
  needsConfirm: boolean
  onEdit: () => void
  onStopEditing: () => void
}

/** Which map on the board the form is tied to, and the way to tie it to the selected one. */
export function MapBar({ target, selected, needsConfirm, onEdit, onStopEditing }: Props) {
  const t = useT()
  const [confirming, setConfirming] = useState(false)
  const offer = selected !== null && selected.sectionId !== target?.sectionId
  if (!target && !offer) return null
  const edit = () => {
    if (needsConfirm) setConfirming(true)
    else onEdit()
  }
  return (
    <div class="mapbar">
      {target && (
        <>
          <p class="mapbar__text">{t('ui.map.editing', { title: target.title })}</p>
          <p class="hint">{t('ui.map.how')}</p>
          <button type="button" class="button" onClick={onStopEditing}>
            {t('ui.map.stopEditing')}
          </button>
        </>
      )}
      {offer && (
        <div class="row">
          <p class="mapbar__text row__grow">{t('ui.map.selected', { title: selected.title })}</p>
          <button type="button" class="button" aria-expanded={confirming} onClick={edit}>
            {t('ui.map.edit')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmBox
          question={t('ui.map.confirm')}
          yes={t('ui.map.confirmYes')}
          no={t('ui.map.confirmNo')}
          onYes={() => {
            setConfirming(false)
            onEdit()
          }}
          onNo={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
