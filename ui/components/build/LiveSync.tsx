import { useId } from 'preact/hooks'
import { formatSigned } from '../../../src/core/i18n'
import type { SyncMap, SyncMoment } from '../../../src/core/protocol/messages'
import { useT, type Translator } from '../../i18n/context'
import './LiveSync.css'

interface Props {
  /** every map on the page, as live sync last reported them */
  maps: readonly SyncMap[]
  collapsed: boolean
  onToggle: () => void
}

function momentText(t: Translator, m: SyncMoment): string {
  const params = { moment: t(`moment.${m.kind}`), stage: m.stageName, score: formatSigned(t.locale, m.score) }
  return m.personaName === undefined ? t('ui.sync.moment', params) : t('ui.sync.momentOf', { ...params, persona: m.personaName })
}

/**
 * The live sync strip at the top of the panel: says that curves follow their stickies,
 * lists each map's moments of truth by stage, the stickies that do not count and any
 * map it cannot sync. Collapsed, only the strip shows and the plugin window shrinks to it.
 */
export function LiveSync({ maps, collapsed, onToggle }: Props) {
  const t = useT()
  const id = useId()
  const problems = maps.filter((m) => m.problem).length
  return (
    <section class={collapsed ? 'live-sync live-sync--collapsed' : 'live-sync'} aria-labelledby={`${id}-title`}>
      <div class="live-sync__bar">
        <span class="live-sync__dot" aria-hidden="true" />
        <h2 id={`${id}-title`} class="live-sync__title">
          {t('ui.sync.on')}
        </h2>
        <span class="live-sync__count" role="status">
          {maps.length > 0 && t.plural('ui.sync.maps', { count: maps.length })}
          {problems > 0 && ` · ${t.plural('ui.sync.problems', { count: problems })}`}
        </span>
        <button type="button" class="button button--small" aria-expanded={!collapsed} onClick={onToggle}>
          {t(collapsed ? 'ui.sync.expand' : 'ui.sync.collapse')}
        </button>
      </div>
      {!collapsed && (
        <div class="live-sync__maps">
          {maps.length === 0 && <p class="live-sync__hint">{t('ui.sync.noMaps')}</p>}
          {maps.map((map) => (
            <div key={map.sectionId} class="live-sync__map">
              <h3 class="live-sync__name">{map.title}</h3>
              {map.problem ? (
                <p class="error">{t.message(map.problem)}</p>
              ) : map.moments.length === 0 ? (
                <p class="live-sync__hint">{t('ui.sync.noMoments')}</p>
              ) : (
                <ul class="live-sync__moments">
                  {map.moments.map((m) => (
                    <li key={`${m.kind}-${m.personaName ?? ''}`}>{momentText(t, m)}</li>
                  ))}
                </ul>
              )}
              {map.outside > 0 && <p class="live-sync__note">{t.plural('ui.sync.outside', { count: map.outside })}</p>}
              {map.notes !== undefined && <p class="live-sync__note">{t.plural('ui.sync.notes', { count: map.notes })}</p>}
            </div>
          ))}
        </div>
      )}
    </section>
  )
}
