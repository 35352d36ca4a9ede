import { spawn, type ChildProcess } from 'node:child_process'

/** Starts `test/playground/serve.mjs` on a free loopback port; resolves with its address. */
export function startPlayground(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['test/playground/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)
      if (found) resolve({ url: found[0], stop: () => child.kill() })
    })
    child.on('exit', (code) => reject(new Error(`the playground server stopped (${code}) before it listened`)))
  })
}
