import type { LiveSync } from './live-sync'

/**
 * Feeds a page's node changes to live sync. The page-level 'nodechange' event, not
 * figma's 'documentchange': under documentAccess "dynamic-page" documentchange needs
 * loadAllPagesAsync first, which loads every page (T:564 recommends the page event
 * instead). A FigJam board is one page; in Figma Design a person may switch pages, so
 * the listener follows the current page and the sync starts over on the new one.
 */
export function watchCurrentPage(sync: LiveSync): () => void {
  let page = figma.currentPage
  const onChange = (event: NodeChangeEvent): void => sync.onNodeChange(event)
  const follow = (): void => {
    page.off('nodechange', onChange)
    page = figma.currentPage
    page.on('nodechange', onChange)
    sync.start(page)
  }
  page.on('nodechange', onChange)
  figma.on('currentpagechange', follow)
  sync.start(page)
  return () => {
    page.off('nodechange', onChange)
    figma.off('currentpagechange', follow)
  }
}
