import type { BoardKey } from './board-en'

/** Russian board strings; typed against the English keys so a missing one fails typecheck. */
export const boardRu: Record<BoardKey, string> & Record<string, string> = {
  // Default lane hints on a workshop board (laneHint in src/core/lanes.ts).
  'hint.actions': 'Что клиент делает на этом этапе?',
  'hint.goals': 'Чего клиент хочет добиться?',
  'hint.questions': 'Какие у клиента вопросы?',
  'hint.barriers': 'Что мешает или раздражает?',
  'hint.emotion': 'Чем лучше настроение, тем выше стикер',
  'hint.touchpoints': 'Где и через что клиент с нами встречается?',
  'hint.thoughts': 'Что клиент говорит или думает?',
  'hint.drivers': 'Кто или что подталкивает к действию?',
  'hint.importance': 'Насколько этот шаг важен клиенту?',
  'hint.delights': 'Что радует клиента?',
  'hint.opportunities': 'Как можно сделать лучше?',
  'hint.backstage': 'Кто работает над этим за кулисами?',
  'hint.metrics': 'Как мы измеряем этот шаг?',

  // Labels drawn on the board.
  'board.persona.goals': 'Цели: {goals}',
  'board.parkingLot': 'Парковка · {title}',
  'moment.lowest': 'Самая низкая точка',
  'moment.highest': 'Самая высокая точка',
  'moment.steepest-drop': 'Самое резкое падение',
  'moment.ofPersona': '{moment} · {persona}',

  // Relaunch buttons on a map's section.
  'relaunch.edit': 'Открыть панель Journey Lanes для этой карты',
  'relaunch.redraw': 'Перерисовать кривую эмоций по стикерам слоя',

  // figma.notify and closePlugin; live sync's failures are also sent to the panel as Messages.
  'notify.generated.one': 'Карта пути готова: этапов — {stages}, {count} карточка.',
  'notify.generated.few': 'Карта пути готова: этапов — {stages}, {count} карточки.',
  'notify.generated.many': 'Карта пути готова: этапов — {stages}, {count} карточек.',
  'notify.generated.other': 'Карта пути готова: этапов — {stages}, {count} карточки.',
  'notify.regenerated.one': 'Карта перестроена на месте: {count} карточка на своём месте, на парковку перенесено: {parked}.',
  'notify.regenerated.few': 'Карта перестроена на месте: {count} карточки на своих местах, на парковку перенесено: {parked}.',
  'notify.regenerated.many': 'Карта перестроена на месте: {count} карточек на своих местах, на парковку перенесено: {parked}.',
  'notify.regenerated.other': 'Карта перестроена на месте: {count} карточки на своих местах, на парковку перенесено: {parked}.',
  'sync.failed': 'Не удалось перерисовать кривую эмоций этой карты: {detail}',
  'sync.fontLoad': 'Синхронизация выключена: не загрузился шрифт «{font}» для подписей кривой.',
  'notify.redrawn': 'Кривая эмоций карты «{title}» перерисована по стикерам.',
  'notify.upToDate': 'Кривая эмоций карты «{title}» уже совпадает со стикерами.',
  'notify.noMap': 'Выделите карту пути, чтобы перерисовать её кривую эмоций.',
  'notify.mapData': 'Не удалось прочитать данные этой карты ({detail}).',
  'notify.mapNewer': 'Эта карта создана более новой версией Journey Lanes, поэтому её кривая осталась как есть. Обновите плагин, чтобы перерисовать её.',
}
