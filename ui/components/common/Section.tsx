import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'
import './Section.css'

/** A titled part of the form; the heading names the region for assistive tech. */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId()
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id} class="section__title">
        {title}
      </h2>
      {children}
    </section>
  )
}
