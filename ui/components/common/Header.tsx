import type { Locale } from '../../../src/core/i18n/locale'
import { useT } from '../../i18n/context'
import { LanguageSwitch } from './LanguageSwitch'
import './Header.css'

export type EditorType = 'figjam' | 'figma'

interface Props {
  editorType: EditorType | null
  onLocale: (locale: Locale) => void
}

/** App name, which editor the board goes to, and the language switch. */
export function Header({ editorType, onLocale }: Props) {
  const t = useT()
  return (
    <header class="header">
      <div class="header__name">
        <h1 class="header__title">{t('app.name')}</h1>
        {editorType && (
          <span class="header__hint">{t(editorType === 'figjam' ? 'ui.editor.figjam' : 'ui.editor.figma')}</span>
        )}
      </div>
      <LanguageSwitch onLocale={onLocale} />
    </header>
  )
}
