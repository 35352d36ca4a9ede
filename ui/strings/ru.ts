import type { PanelKey } from './en'

/** Russian panel strings; typed against the English keys so a missing one fails typecheck. */
export const panelRu: Record<PanelKey, string> & Record<string, string> = {
  'ui.editor.figjam': 'Рисуем в FigJam',
  'ui.editor.figma': 'Рисуем в Figma Design',
  'ui.language.label': 'Язык панели',
  'ui.language.en': 'EN',
  'ui.language.ru': 'RU',

  'ui.template.label': 'Шаблон',
  'ui.template.startOver': 'Начать заново',
  'ui.template.confirm': 'Заменить всё, что вы ввели в панели, этим шаблоном? Уже нарисованные карты не изменятся.',
  'ui.template.confirmYes': 'Заменить',
  'ui.template.confirmNo': 'Отмена',

  'ui.title.label': 'Название карты',

  'ui.stages.heading': 'Этапы',
  'ui.stages.name': 'Название этапа {n}',
  'ui.stages.moveUp': 'Переместить этап «{name}» выше',
  'ui.stages.moveDown': 'Переместить этап «{name}» ниже',
  'ui.stages.remove': 'Удалить этап «{name}»',
  'ui.stages.add': 'Добавить этап',
  'ui.stages.hint': 'Alt+↑ и Alt+↓ в поле названия перемещают этап.',
  'ui.stages.empty': 'Этапов пока нет.',
  'ui.stages.moved': 'Этап «{name}» теперь на месте {n} из {total}.',
  'ui.stages.removed': 'Этап «{name}» удалён.',

  'ui.lanes.heading': 'Слои',
  'ui.lanes.titleOf': 'Название слоя «{name}»',
  'ui.lanes.customTitle': 'Название своего слоя {n}',
  'ui.lanes.custom': 'Свои слои',
  'ui.lanes.newTitle': 'Название нового слоя',
  'ui.lanes.add': 'Добавить слой',
  'ui.lanes.remove': 'Удалить слой «{name}»',

  'ui.cells.heading': 'Карточки',
  'ui.cells.stage': 'Этап',
  'ui.cells.hint': 'Каждая строка — отдельный стикер. Пустые строки пропускаются.',
  'ui.cells.noStages': 'Добавьте этап, чтобы заполнить его карточки.',
  'ui.cells.noLanes': 'Включите слой, чтобы заполнить его карточки.',
  'ui.cells.count.one': '{count} карточка',
  'ui.cells.count.few': '{count} карточки',
  'ui.cells.count.many': '{count} карточек',
  'ui.cells.count.other': '{count} карточки',

  'ui.emotion.heading': 'Кривая эмоций',
  'ui.emotion.hint': 'Чем выше, тем лучше. Этап, который никто не оценил, можно оставить без оценки.',
  'ui.emotion.scale': 'Шкала',
  'ui.emotion.scaleOption': 'от {min} до {max}',
  'ui.emotion.slider': 'Оценка на этапе «{stage}»',
  'ui.emotion.number': 'Оценка на этапе «{stage}» числом',
  'ui.emotion.noScore': 'Без оценки',

  'ui.generate.button': 'Построить карту',
  'ui.generate.problems': 'Перед построением исправьте:',
  'ui.generate.starting': 'Готовим карту…',
  'ui.generate.done': 'Карта готова.',

  'ui.load.loading': 'Загружаем выбранную карту…',
  'ui.load.loaded': 'Карта «{title}» загружена с холста.',
}
