import { LOCALES, type Locale } from '../../src/core/journey'
import { useT } from '../i18n'

/** EN / RU toggle buttons; the pressed one is the panel's language. */
export function LanguageSwitch({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const t = useT()
  return (
    <div class="segmented" role="group" aria-label={t('ui.language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          class="segmented__item"
          lang={locale}
          aria-pressed={t.locale === locale}
          onClick={() => onLocale(locale)}
        >
          {t(locale === 'ru' ? 'ui.language.ru' : 'ui.language.en')}
        </button>
      ))}
    </div>
  )
}
