/** A small seeded PRNG so "random" layouts are the same on every run and every machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = 'customer waits at the counter because the app crashed again and nobody explains what to do next'.split(' ')

export function randomText(rand: () => number, maxWords: number): string {
  const n = 1 + Math.floor(rand() * maxWords)
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ')
}
