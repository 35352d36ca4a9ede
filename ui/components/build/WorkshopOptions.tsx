import { useId, useRef } from 'preact/hooks'
import type { PersonaCard, Workshop } from '../../../src/core/model/workshop'
import type { DraftAction } from '../../draft/ops'
import { useT, type UiKey } from '../../i18n/context'
import { PLACEHOLDER_CHOICES, withPersona, withPersonaField, withPlaceholders } from '../../draft/workshop-options'
import { Section } from '../common/Section'
import './WorkshopOptions.css'

interface Props {
  workshop: Workshop
  dispatch: (action: DraftAction) => void
}

const PERSONA_FIELDS: readonly { field: keyof PersonaCard; label: UiKey; rows: number }[] = [
  { field: 'name', label: 'ui.workshop.personaName', rows: 0 },
  { field: 'description', label: 'ui.workshop.personaDescription', rows: 2 },
  { field: 'goals', label: 'ui.workshop.personaGoals', rows: 2 },
]

/** How the board is prepared for a workshop: blank stickies, lane hints, a persona card, a Parking lot. */
export function WorkshopOptions({ workshop, dispatch }: Props) {
  const t = useT()
  const id = useId()
  // What the persona card said before it was switched off, to bring back when it is switched on.
  const remembered = useRef<PersonaCard | null>(null)
  const set = (next: Workshop) => {
    if (next !== workshop) dispatch({ type: 'setWorkshop', workshop: next })
  }

  return (
    <Section title={t('ui.workshop.heading')}>
      <p class="hint">{t('ui.workshop.hint')}</p>
      <div class="field field--inline">
        <label class="field__label" for={`${id}-placeholders`}>
          {t('ui.workshop.placeholders')}
        </label>
        <select
          id={`${id}-placeholders`}
          class="select"
          value={String(workshop.placeholders)}
          onChange={(e) => set(withPlaceholders(workshop, e.currentTarget.value))}
        >
          {PLACEHOLDER_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? t('ui.workshop.placeholdersNone') : String(n)}
            </option>
          ))}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" checked={workshop.hints} onChange={(e) => set({ ...workshop, hints: e.currentTarget.checked })} />
        <span>{t('ui.workshop.hints')}</span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={workshop.persona !== null}
          aria-controls={workshop.persona ? `${id}-persona` : undefined}
          onChange={(e) => {
            if (!e.currentTarget.checked) remembered.current = workshop.persona
            set(withPersona(workshop, e.currentTarget.checked, remembered.current))
          }}
        />
        <span>{t('ui.workshop.persona')}</span>
      </label>
      {workshop.persona && (
        <div id={`${id}-persona`} class="workshop__persona">
          {PERSONA_FIELDS.map(({ field, label, rows }) => {
            const props = {
              id: `${id}-${field}`,
              value: workshop.persona?.[field] ?? '',
              maxLength: 2000,
              onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
                set(withPersonaField(workshop, field, e.currentTarget.value)),
            }
            return (
              <div key={field} class="field">
                <label class="field__label" for={props.id}>
                  {t(label)}
                </label>
                {rows === 0 ? <input type="text" dir="auto" class="input" {...props} /> : <textarea dir="auto" class="textarea" rows={rows} {...props} />}
              </div>
            )
          })}
        </div>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={workshop.parkingLot}
          aria-describedby={`${id}-parking`}
          onChange={(e) => set({ ...workshop, parkingLot: e.currentTarget.checked })}
        />
        <span>{t('ui.workshop.parkingLot')}</span>
      </label>
      <p id={`${id}-parking`} class="hint">
        {t('ui.workshop.parkingLotHint')}
      </p>
    </Section>
  )
}
