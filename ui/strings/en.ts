/**
 * The panel's own strings. They never cross to the sandbox, so they live apart from
 * the core catalog and stay out of dist/code.js.
 */
export const panelEn = {
  'ui.editor.figjam': 'Drawing in FigJam',
  'ui.editor.figma': 'Drawing in Figma Design',
  'ui.language.label': 'Panel language',
  'ui.language.en': 'EN',
  'ui.language.ru': 'RU',

  'ui.template.label': 'Template',
  'ui.template.startOver': 'Start over',
  'ui.template.confirm': 'Replace what you typed in the panel with this template? Boards already drawn stay as they are.',
  'ui.template.confirmYes': 'Replace',
  'ui.template.confirmNo': 'Cancel',

  'ui.title.label': 'Journey title',

  'ui.stages.heading': 'Stages',
  'ui.stages.name': 'Name of stage {n}',
  'ui.stages.moveUp': 'Move stage “{name}” up',
  'ui.stages.moveDown': 'Move stage “{name}” down',
  'ui.stages.remove': 'Remove stage “{name}”',
  'ui.stages.add': 'Add stage',
  'ui.stages.hint': 'Alt+↑ and Alt+↓ in a name move the stage.',
  'ui.stages.empty': 'No stages yet.',
  'ui.stages.moved': 'Stage “{name}” is now {n} of {total}.',
  'ui.stages.removed': 'Stage “{name}” removed.',

  'ui.lanes.heading': 'Lanes',
  'ui.lanes.titleOf': 'Title of the “{name}” lane',
  'ui.lanes.customTitle': 'Title of your lane {n}',
  'ui.lanes.custom': 'Your own lanes',
  'ui.lanes.newTitle': 'New lane title',
  'ui.lanes.add': 'Add lane',
  'ui.lanes.remove': 'Remove lane “{name}”',

  'ui.cells.heading': 'Cards',
  'ui.cells.stage': 'Stage',
  'ui.cells.hint': 'One line is one sticky. Empty lines are skipped.',
  'ui.cells.noStages': 'Add a stage to type its cards.',
  'ui.cells.noLanes': 'Switch on a lane to type its cards.',
  'ui.cells.count.one': '{count} card',
  'ui.cells.count.other': '{count} cards',

  'ui.emotion.heading': 'Emotion curve',
  'ui.emotion.hint': 'Higher is better. A stage nobody rated can stay without a score.',
  'ui.emotion.scale': 'Scale',
  'ui.emotion.scaleOption': '{min} to {max}',
  'ui.emotion.slider': 'Score at “{stage}”',
  'ui.emotion.number': 'Score at “{stage}”, as a number',
  'ui.emotion.noScore': 'No score',

  'ui.generate.button': 'Generate board',
  'ui.generate.problems': 'Fix these before generating:',
  'ui.generate.starting': 'Preparing the board…',
  'ui.generate.done': 'The board is drawn.',

  'ui.load.loading': 'Loading the selected map…',
  'ui.load.loaded': 'Loaded “{title}” from the board.',
} as const

export type PanelKey = keyof typeof panelEn
