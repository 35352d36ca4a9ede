import { render } from 'preact'
import { App } from './app'
import { detectLocale } from './locale'
import { postToParent, subscribeToWindow } from './messaging'
import './styles.css'

const root = document.getElementById('app')
if (root) {
  render(
    <App post={postToParent} subscribe={subscribeToWindow(window)} initialLocale={detectLocale(navigator.language)} />,
    root,
  )
}
