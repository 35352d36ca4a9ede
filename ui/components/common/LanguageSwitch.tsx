import { LOCALES, type Locale } from '../../../src/core/i18n/locale'
import { useT } from '../../i18n/context'
import './LanguageSwitch.css'

/** One toggle button per language; the pressed one is the panel's language. */
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
          title={t(`ui.language.name.${locale}`)}
          aria-label={t(`ui.language.name.${locale}`)}
          aria-pressed={t.locale === locale}
          onClick={() => onLocale(locale)}
        >
          {t(`ui.language.${locale}`)}
        </button>
      ))}
    </div>
  )
}
