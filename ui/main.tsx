// The base and shared controls come first: components' own rules, bundled after them in import order, may refine them.
import './base.css'
import './controls.css'
import { render } from 'preact'
import { App } from './app'
import { onPageRunner, workerRunner } from './import/runner'
import { serveImports } from './import/worker'
import { detectLocale } from './i18n/locale'
import { postToParent, subscribeToWindow } from './rpc/messaging'

// This one script is both the panel and its import worker: the plugin iframe loads no
// other files, and starting the worker from this script's own text keeps the importer
// and the message catalogs in dist/ui.html once.
if (typeof document === 'undefined') {
  serveImports(self)
} else {
  const ownCode = document.currentScript?.textContent
  const root = document.getElementById('app')
  if (root) {
    render(
      <App
        post={postToParent}
        subscribe={subscribeToWindow(window)}
        initialLocale={detectLocale(navigator.language)}
        importRunner={ownCode ? workerRunner(ownCode) : onPageRunner}
      />,
      root,
    )
    // The form is in the document and usable from here; `npm run bench` reads this mark.
    performance.mark('journey-lanes:ready')
  }
}
