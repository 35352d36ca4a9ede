// Serves the playground on this machine only: the page, the real dist/ files and the
// examples. No network beyond loopback; nothing is fetched from elsewhere.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const here = fileURLToPath(new URL('.//', import.meta.url))
const port = Number(process.env.PORT ?? 4173)
const host = '127.0.0.1'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values',
  '.json': 'application/json',
  '.mmd': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** Maps a URL path to a file, only inside the folders the playground needs. */
function fileFor(pathname) {
  if (pathname === '/' || pathname === '/index.html') return join(here, 'index.html')
  if (pathname === '/playground.css') return join(here, 'playground.css')
  if (pathname === '/playground.js') return join(root, 'dist', 'playground.js')
  for (const folder of ['dist', 'examples']) {
    if (pathname.startsWith(`/${folder}/`)) {
      const file = normalize(join(root, decodeURIComponent(pathname)))
      if (file.startsWith(join(root, folder) + sep)) return file
    }
  }
  return null
}

export function startServer(listenPort = port) {
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end()
      return
    }
    const file = fileFor(pathname)
    if (!file) {
      res.writeHead(404).end('Not found')
      return
    }
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body)
    } catch {
      res.writeHead(404).end('Not found')
    }
  })
  return new Promise((resolve) => server.listen(listenPort, host, () => resolve(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer()
  const { port: actual } = server.address()
  console.log(`Journey Lanes playground: http://${host}:${actual}/  (Ctrl+C to stop)`)
}
