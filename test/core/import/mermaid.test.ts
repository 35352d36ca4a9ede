import { describe, expect, it } from 'vitest'
import { cell, fixture, journeyOf, run, said, scoresAt } from './helpers'

describe('Mermaid journey diagrams', () => {
  it('reads front matter, comments, and reports each malformed line by its number', () => {
    const result = run(fixture('dentist-bad.mmd'), 'dentist-bad.mmd')
    const j = journeyOf(result)
    expect(j.title).toBe('Front matter title')
    expect(j.stages.map((s) => s.name)).toEqual(['Book', 'Visit'])
    // The task with a bad score is still a card; only its emotion point is missing.
    expect(cell(j, 'Book', 'Actions')).toEqual(['Find a clinic', 'Call reception', 'Pay a deposit'])
    expect(scoresAt(j, 'Book')).toEqual([0])
    expect(result.problems.map((p) => [p.level, p.row])).toEqual([
      ['row', 8],
      ['note', 9],
      ['note', 10],
      ['row', 13],
    ])
    expect(said(result)).toEqual([
      'Line 8: "this line has no colon" is not a task. Write tasks as "Task name: 3: Actor".',
      'Line 9: "seven" is not a score on 1..5; the task is kept without a score.',
      'Line 10: "9" is not a score on 1..5; the task is kept without a score.',
      'Line 13: ": 2: Nobody" is not a task. Write tasks as "Task name: 3: Actor".',
    ])
    // Only the lines that are not drawn count as left out.
    expect(result.summary.skippedRows).toBe(2)
  })

  it('is recognised when pasted, and the title in the diagram wins over the name', () => {
    const text = 'journey\n  title Commute\n  section Morning\n    Take the bus: 2: Me\n    Walk: 5: Me, Dog\n'
    const result = run(text, 'Pasted text')
    const j = journeyOf(result)
    expect(result.detected.format).toBe('mermaid')
    expect(j.title).toBe('Commute')
    expect(scoresAt(j, 'Morning')).toEqual([-1, 2, 2])
    expect(j.personas.map((p) => p.name)).toEqual(['Me', 'Dog'])
  })

  it('gives the person’s title over the diagram’s', () => {
    expect(journeyOf(run('journey\ntitle A\nsection S\nT: 3: X\n', 'a.mmd', { title: 'Mine' })).title).toBe('Mine')
  })

  it('puts tasks before any section in an unnamed first stage', () => {
    const j = journeyOf(run('journey\n  Wake up: 1: Me\n  section Work\n  Code: 4: Me\n', 'day.mmd'))
    expect(j.stages.map((s) => s.name)).toEqual(['Stage 1', 'Work'])
  })

  it('refuses another kind of Mermaid diagram', () => {
    const result = run(fixture('flowchart.mmd'), 'flow.mmd')
    expect(result.journey).toBeNull()
    expect(said(result)).toEqual(['This Mermaid diagram is a "flowchart", not a "journey"; only journey diagrams can become a map.'])
  })

  it('refuses a journey with nothing in it', () => {
    const result = run('journey\n  title Empty\n', 'empty.mmd')
    expect(said(result, 'fatal')).toEqual(['The Mermaid journey has no sections or tasks.'])
  })

  it('reads a journey in a Markdown code fence, from a .md file or pasted, with the file’s line numbers', () => {
    const markdown = ['# Study notes', '', 'Some prose.', '', '```mermaid', 'journey', '  title Commute', '  section Morning', '    Take the bus: 2: Me', '    Wait: nine: Me', '```', '', 'More prose.'].join('\n')
    for (const [text, name] of [
      [markdown, 'notes.md'],
      [markdown.slice(markdown.indexOf('```')), 'Pasted text'],
    ] as const) {
      const result = run(text, name)
      const j = journeyOf(result)
      expect(result.detected.format).toBe('mermaid')
      expect(j.title).toBe('Commute')
      expect(cell(j, 'Morning', 'Actions')).toEqual(['Take the bus', 'Wait'])
    }
    expect(said(run(markdown, 'notes.md'))).toEqual(['Line 10: "nine" is not a score on 1..5; the task is kept without a score.'])
  })

  it('does not take a Markdown file without a journey fence for Mermaid', () => {
    const result = run('# Notes\n\n```mermaid\nflowchart LR\n  A --> B\n```\n', 'notes.md')
    expect(result.detected.format).toBe('csv')
    expect(result.journey).toBeNull()
  })
})
