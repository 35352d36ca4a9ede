import type { BoardKey } from './board-en'

/** Bulgarian board strings; typed against the English keys. Terms and review status as in bg.ts. */
export const boardBg: Record<BoardKey, string> & Record<string, string> = {
  // Default lane hints on a workshop board (laneHint in src/core/lanes.ts).
  'hint.actions': 'Какво прави клиентът на този етап?',
  'hint.goals': 'Какво иска да постигне клиентът?',
  'hint.questions': 'Какви въпроси има клиентът?',
  'hint.barriers': 'Какво го спира или дразни?',
  'hint.emotion': 'Колкото по-добре се чувства клиентът, толкова по-високо е стикерът',
  'hint.touchpoints': 'Къде и чрез какво клиентът се среща с нас?',
  'hint.thoughts': 'Какво казва или мисли клиентът?',
  'hint.drivers': 'Кой или какво го подтиква да действа?',
  'hint.importance': 'Колко важна е тази стъпка за клиента?',
  'hint.delights': 'Какво радва клиента?',
  'hint.opportunities': 'Как можем да го направим по-добре?',
  'hint.backstage': 'Кой работи по това зад кулисите?',
  'hint.metrics': 'Как измерваме тази стъпка?',

  // Labels drawn on the board.
  'board.persona.goals': 'Цели: {goals}',
  'board.parkingLot': 'Паркинг · {title}',
  'moment.lowest': 'Най-ниска точка',
  'moment.highest': 'Най-висока точка',
  'moment.steepest-drop': 'Най-рязък спад',
  'moment.ofPersona': '{moment} · {persona}',

  // Relaunch buttons on a map's section.
  'relaunch.edit': 'Отвори панела на Journey Lanes за тази карта',
  'relaunch.redraw': 'Преначертай кривата на емоциите по стикерите в слоя',

  // figma.notify and closePlugin; live sync's failures are also sent to the panel as Messages.
  'notify.generated.one': 'Картата на пътуването е начертана: етапи — {stages}, {count} картичка.',
  'notify.generated.other': 'Картата на пътуването е начертана: етапи — {stages}, {count} картички.',
  'notify.regenerated.one': 'Картата е преподредена на място: {count} картичка остава на мястото си, в Паркинга са преместени: {parked}.',
  'notify.regenerated.other': 'Картата е преподредена на място: {count} картички остават по местата си, в Паркинга са преместени: {parked}.',
  'sync.failed': 'Синхронизацията на живо не успя да преначертае кривата на емоциите на тази карта: {detail}',
  'sync.fontLoad': 'Синхронизацията на живо е изключена: шрифтът „{font}“ за надписите на кривата не можа да се зареди.',
  'notify.redrawn': 'Кривата на емоциите на „{title}“ е преначертана по стикерите.',
  'notify.upToDate': 'Кривата на емоциите на „{title}“ вече съответства на стикерите.',
  'notify.noMap': 'Изберете карта на пътуването, за да преначертаете кривата ѝ на емоциите.',
  'notify.mapData': 'Запазените данни на тази карта не можаха да се прочетат ({detail}).',
  'notify.mapNewer': 'Тази карта е създадена с по-нова версия на Journey Lanes, затова кривата ѝ остана непроменена. Обновете плъгина, за да я преначертаете.',
}
