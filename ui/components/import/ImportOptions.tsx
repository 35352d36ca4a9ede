import { useId, useState } from 'preact/hooks'
import {
  DELIMITERS,
  ENCODINGS,
  FIELDS,
  TABLE_SHAPES,
  type Delimiter,
  type Detected,
  type Field,
  type ImportChoices,
} from '../../../src/core/import/types'
import type { Scale } from '../../../src/core/model/journey'
import { useT, type Translator, type UiKey } from '../../i18n/context'
import { columnLetter } from '../../../src/core/model/normalize'
import { SCALE_PRESETS } from '../build/ScaleSelect'
import { DEFAULT_CARD_CAP, MAX_CARDS } from '../../../src/core/import/builder/limits'
import './ImportOptions.css'

interface Props {
  detected: Detected
  choices: ImportChoices
  /** Text was pasted: there are no bytes, so no encoding to choose. */
  fromText: boolean
  /** Headers could not be matched (or the file was refused): open the column mapping at once. */
  needsMapping: boolean
  onChoices: (choices: ImportChoices) => void
}

const DELIMITER_KEYS: Record<Delimiter, UiKey> = {
  ',': 'ui.import.delimiter.comma',
  ';': 'ui.import.delimiter.semicolon',
  '\t': 'ui.import.delimiter.tab',
  '|': 'ui.import.delimiter.pipe',
}
const encodingKey = (e: string) => `ui.import.encoding.${e}` as UiKey
const shapeKey = (s: string) => `ui.import.shape.${s}` as UiKey
const fieldKey = (f: Field) => `ui.import.field.${f}` as UiKey
const scaleKey = (s: Scale) => `${s.min}..${s.max}`

function autoLabel(t: Translator, detected: string | null, overridden: boolean): string {
  return detected !== null && !overridden ? t('ui.import.autoDetected', { value: detected }) : t('ui.import.auto')
}

/** How the file is read — encoding, delimiter, shape, score scale, columns — each detected unless chosen here. */
export function ImportOptions({ detected, choices, fromText, needsMapping, onChoices }: Props) {
  const t = useT()
  const id = useId()
  const [mappingOpen, setMappingOpen] = useState<boolean | null>(null)
  const csv = detected.format === 'csv'
  const shape = choices.shape ?? detected.shape
  const showMapping = csv && (shape === 'long' || shape === null) && detected.headers.length > 0
  const open = mappingOpen ?? needsMapping

  const set = (patch: Partial<ImportChoices>) => {
    const next: ImportChoices = { ...choices, ...patch }
    for (const key of Object.keys(patch) as (keyof ImportChoices)[]) if (patch[key] === undefined) delete next[key]
    onChoices(next)
  }

  const scales = detected.fileScale && !SCALE_PRESETS.some((p) => scaleKey(p) === scaleKey(detected.fileScale!))
    ? [...SCALE_PRESETS, detected.fileScale]
    : SCALE_PRESETS
  const columns: Partial<Record<Field, number>> = { ...detected.columns, ...(choices.columns ?? {}) }

  const mapColumn = (field: Field, value: string) => {
    const next = { ...columns }
    if (value === '') delete next[field]
    else next[field] = Number(value)
    // Mapping columns means one row per note.
    set({ columns: next, shape: 'long' })
  }

  return (
    <div class="import-options" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="subheading">
        {t('ui.import.options')}
      </h3>
      <p class="hint">{t('ui.import.readAs', { format: t(`ui.import.format.${detected.format}` as UiKey) })}</p>
      <div class="options-grid">
        {!fromText && (
          <OptionSelect
            id={`${id}-encoding`}
            label={t('ui.import.encoding')}
            value={choices.encoding ?? ''}
            auto={autoLabel(t, detected.encoding && t(encodingKey(detected.encoding)), choices.encoding !== undefined)}
            options={ENCODINGS.map((e) => [e, t(encodingKey(e))])}
            onChange={(v) => set({ encoding: v === '' ? undefined : (v as ImportChoices['encoding']) })}
          />
        )}
        {csv && (
          <OptionSelect
            id={`${id}-delimiter`}
            label={t('ui.import.delimiter')}
            value={choices.delimiter === undefined ? '' : String(DELIMITERS.indexOf(choices.delimiter))}
            auto={autoLabel(t, detected.delimiter && t(DELIMITER_KEYS[detected.delimiter]), choices.delimiter !== undefined)}
            options={DELIMITERS.map((d, i) => [String(i), t(DELIMITER_KEYS[d])])}
            onChange={(v) => set({ delimiter: v === '' ? undefined : DELIMITERS[Number(v)] })}
          />
        )}
        {csv && (
          <OptionSelect
            wide
            id={`${id}-shape`}
            label={t('ui.import.shape')}
            value={choices.shape ?? ''}
            auto={autoLabel(t, detected.shape && t(shapeKey(detected.shape)), choices.shape !== undefined)}
            options={TABLE_SHAPES.map((s) => [s, t(shapeKey(s))])}
            onChange={(v) => set({ shape: v === '' ? undefined : (v as ImportChoices['shape']) })}
          />
        )}
        {detected.format !== 'json' && (
          <OptionSelect
            id={`${id}-scale`}
            label={t('ui.import.fileScale')}
            value={choices.fileScale ? scaleKey(choices.fileScale) : ''}
            auto={autoLabel(
              t,
              detected.fileScale && t('ui.emotion.scaleOption', { min: detected.fileScale.min, max: detected.fileScale.max }),
              choices.fileScale !== undefined,
            )}
            options={scales.map((s) => [scaleKey(s), t('ui.emotion.scaleOption', { min: s.min, max: s.max })])}
            onChange={(v) => set({ fileScale: scales.find((s) => scaleKey(s) === v) })}
          />
        )}
        {detected.format !== 'json' && (
          <CardCapField
            id={`${id}-cap`}
            label={t('ui.import.cardCap')}
            hint={t('ui.import.cardCapHint')}
            value={choices.cardCap ?? DEFAULT_CARD_CAP}
            onChange={(cap) => set({ cardCap: cap === DEFAULT_CARD_CAP ? undefined : cap })}
          />
        )}
      </div>

      {showMapping && (
        <div class="mapping">
          <button
            type="button"
            class="disclosure"
            aria-expanded={open}
            aria-controls={`${id}-mapping`}
            onClick={() => setMappingOpen(!open)}
          >
            <span class="disclosure__arrow" aria-hidden="true" />
            {t('ui.import.columns')}
          </button>
          {open && (
            <div id={`${id}-mapping`} class="mapping__body">
              <p class="hint">{t('ui.import.columnsHint')}</p>
              <div class="options-grid">
                {FIELDS.map((field) => (
                  <OptionSelect
                    key={field}
                    id={`${id}-field-${field}`}
                    label={t(fieldKey(field))}
                    value={columns[field] === undefined ? '' : String(columns[field])}
                    auto={t('ui.import.column.none')}
                    options={detected.headers.map((header, i) => [
                      String(i),
                      header.trim() === ''
                        ? t('ui.import.column.blank', { letter: columnLetter(i) })
                        : t('ui.import.column.option', { letter: columnLetter(i), header: header.trim() }),
                    ])}
                    onChange={(v) => mapColumn(field, v)}
                  />
                ))}
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  )
}

interface SelectProps {
  /** Takes the whole row (long option labels). */
  wide?: boolean
  id: string
  label: string
  value: string
  /** The label of the "" option (automatic, or "not in the file"). */
  auto: string
  options: readonly (readonly [string, string])[]
  onChange: (value: string) => void
}

function OptionSelect({ wide = false, id, label, value, auto, options, onChange }: SelectProps) {
  return (
    <div class={wide ? 'field field--span' : 'field'}>
      <label class="field__label" for={id}>
        {label}
      </label>
      <select id={id} class="select select--full" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{auto}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}

interface CapProps {
  id: string
  label: string
  hint: string
  value: number
  onChange: (value: number) => void
}

/**
 * The sticky cap: a number field, read again when the person leaves it or presses Enter
 * (arrow keys step it), so typing "250" does not import at 2 and 25 on the way.
 */
function CardCapField({ id, label, hint, value, onChange }: CapProps) {
  const commit = (raw: string, input: HTMLInputElement) => {
    const n = Math.round(Number(raw))
    if (raw.trim() === '' || !Number.isFinite(n)) {
      input.value = String(value)
      return
    }
    const clamped = Math.min(MAX_CARDS, Math.max(1, n))
    input.value = String(clamped)
    if (clamped !== value) onChange(clamped)
  }
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="input"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_CARDS}
        step={1}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => commit(e.currentTarget.value, e.currentTarget)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  )
}
