import type { CoreKey } from './en'

/** Russian catalog; typed against the English keys so a missing one fails typecheck. */
export const ru: Record<CoreKey, string> & Record<string, string> = {
  'app.name': 'Journey Lanes',

  'lane.actions': 'Действия клиента',
  'lane.goals': 'Цели и ожидания',
  'lane.questions': 'Вопросы и сложности',
  'lane.barriers': 'Барьеры и ошибки',
  'lane.emotion': 'Эмоции',
  'lane.touchpoints': 'Точки и объекты касания',
  'lane.thoughts': 'Мысли',
  'lane.drivers': 'Агенты влияния и драйверы',
  'lane.importance': 'Важность шага',
  'lane.delights': 'Точки восхищения',
  'lane.opportunities': 'Возможности',
  'lane.backstage': 'Подразделения',
  'lane.metrics': 'Метрики',
  'lane.custom': 'Свой слой',

  'template.customer.name': 'Путь клиента',
  'template.customer.title': 'Путь клиента',
  'template.customer.stage1': 'Осведомлённость',
  'template.customer.stage2': 'Выбор',
  'template.customer.stage3': 'Покупка',
  'template.customer.stage4': 'Использование',
  'template.customer.stage5': 'Лояльность',
  'template.blank.name': 'Пустой',
  'template.blank.title': 'Новый путь',
  'template.blank.stage': 'Этап {n}',

  'board.neutral': 'нейтрально',
  'board.stageFallback': 'Этап {n}',

  'error.noStages': 'Добавьте хотя бы один этап, прежде чем строить карту.',
  'error.noLanes': 'Включите хотя бы один слой, прежде чем строить карту.',
  'error.emptyTitle': 'Дайте пути название.',
  'error.emptyStageName': 'У этапа {n} нет названия. Введите его или удалите этап.',
  'error.duplicateId': 'Два элемента имеют один идентификатор «{id}». Загрузите шаблон заново и повторите.',
  'error.unknownStage': 'Карточка или оценка ссылается на этап, которого больше нет («{id}»).',
  'error.unknownLane': 'Карточка ссылается на слой, которого больше нет («{id}»).',
  'error.unknownPersona': 'Карточка или оценка ссылается на персону, которой нет в пути («{id}»).',
  'error.scoreOutOfRange': 'Оценка {score} на этапе «{stage}» вне шкалы {min}…{max}.',
  'error.badScale': 'Шкала эмоций должна идти от меньшего целого числа к большему (например, от −2 до 2).',
  'error.badJourney': 'Данные пути некорректны: {detail}.',
  'error.badMessage': 'Плагин получил непонятное сообщение ({detail}). Закройте и снова откройте плагин.',
  'error.fontLoad': 'Не удалось загрузить шрифт «{font}», поэтому ничего не нарисовано. Проверьте, что шрифт доступен, и повторите.',
  'error.unexpected': 'Что-то пошло не так при рисовании: {detail}',
  'error.timeout': 'Плагин не ответил за {seconds} с. Повторите попытку.',
  'error.noMap': 'Выделенный объект — не карта пути, созданная этим плагином.',
  'error.mapData': 'Не удалось прочитать сохранённые данные карты ({detail}). Возможно, они из более новой версии плагина.',

  'notify.generated.one': 'Карта пути готова: этапов — {stages}, {count} карточка.',
  'notify.generated.few': 'Карта пути готова: этапов — {stages}, {count} карточки.',
  'notify.generated.many': 'Карта пути готова: этапов — {stages}, {count} карточек.',
  'notify.generated.other': 'Карта пути готова: этапов — {stages}, {count} карточки.',
  'progress.drawing': 'Рисуем карту… {done} из {total}',

  // --- board reading and export strings below this line ---
  'read.outsideStages.one': '{count} стикер лежит вне колонок этапов, поэтому не вошёл в путь. Перенесите его в колонку этапа, чтобы учесть.',
  'read.outsideStages.few': '{count} стикера лежат вне колонок этапов, поэтому не вошли в путь. Перенесите их в колонки этапов, чтобы учесть.',
  'read.outsideStages.many': '{count} стикеров лежат вне колонок этапов, поэтому не вошли в путь. Перенесите их в колонки этапов, чтобы учесть.',
  'read.outsideStages.other': '{count} стикера лежат вне колонок этапов, поэтому не вошли в путь. Перенесите их в колонки этапов, чтобы учесть.',
  'read.outsideLanes.one': '{count} стикер лежит в колонке этапа, но вне слоёв, поэтому не вошёл в путь. Перенесите его в слой, чтобы учесть.',
  'read.outsideLanes.few': '{count} стикера лежат в колонках этапов, но вне слоёв, поэтому не вошли в путь. Перенесите их в слои, чтобы учесть.',
  'read.outsideLanes.many': '{count} стикеров лежат в колонках этапов, но вне слоёв, поэтому не вошли в путь. Перенесите их в слои, чтобы учесть.',
  'read.outsideLanes.other': '{count} стикера лежат в колонках этапов, но вне слоёв, поэтому не вошли в путь. Перенесите их в слои, чтобы учесть.',
  'export.defaultActor': 'Клиент',

  // --- end of board reading and export strings ---

  'moment.lowest': 'Самая низкая точка',
  'moment.highest': 'Самая высокая точка',
  'moment.steepest-drop': 'Самое резкое падение',

  'relaunch.edit': 'Открыть панель Journey Lanes для этой карты',
  'relaunch.redraw': 'Перерисовать кривую эмоций по стикерам слоя',

  // --- live sync ---
  'sync.failed': 'Не удалось перерисовать кривую эмоций этой карты: {detail}',
  'sync.fontLoad': 'Синхронизация выключена: не загрузился шрифт «{font}» для подписей кривой.',
  'notify.redrawn': 'Кривая эмоций карты «{title}» перерисована по стикерам.',
  'notify.upToDate': 'Кривая эмоций карты «{title}» уже совпадает со стикерами.',
  'notify.noMap': 'Выделите карту пути, чтобы перерисовать её кривую эмоций.',
  'notify.mapData': 'Не удалось прочитать данные этой карты ({detail}).',
}
