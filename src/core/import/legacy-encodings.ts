/**
 * The upper halves (bytes 0x80–0xFF) of the two single-byte code pages researchers'
 * spreadsheets still arrive in, as the WHATWG Encoding Standard defines them. Kept
 * here so decoding does not depend on the ICU data a runtime happens to ship: the
 * platform's TextDecoder is used only when it reads every byte as this table does.
 * U+FFFD marks a byte the code page leaves undefined.
 */

// prettier-ignore
const WINDOWS_1251 = [
  0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021, 0x20ac, 0x2030, 0x0409, 0x2039, 0x040a, 0x040c, 0x040b, 0x040f,
  0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f,
  0x00a0, 0x040e, 0x045e, 0x0408, 0x00a4, 0x0490, 0x00a6, 0x00a7, 0x0401, 0x00a9, 0x0404, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x0407,
  0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6, 0x00b7, 0x0451, 0x2116, 0x0454, 0x00bb, 0x0458, 0x0405, 0x0455, 0x0457,
  0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041a, 0x041b, 0x041c, 0x041d, 0x041e, 0x041f,
  0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f,
  0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f,
  0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044a, 0x044b, 0x044c, 0x044d, 0x044e, 0x044f,
]

// prettier-ignore
const WINDOWS_1255 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x008a, 0x2039, 0x008c, 0x008d, 0x008e, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x009a, 0x203a, 0x009c, 0x009d, 0x009e, 0x009f,
  0x00a0, 0x00a1, 0x00a2, 0x00a3, 0x20aa, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00d7, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
  0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00f7, 0x00bb, 0x00bc, 0x00bd, 0x00be, 0x00bf,
  0x05b0, 0x05b1, 0x05b2, 0x05b3, 0x05b4, 0x05b5, 0x05b6, 0x05b7, 0x05b8, 0x05b9, 0xfffd, 0x05bb, 0x05bc, 0x05bd, 0x05be, 0x05bf,
  0x05c0, 0x05c1, 0x05c2, 0x05c3, 0x05f0, 0x05f1, 0x05f2, 0x05f3, 0x05f4, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd,
  0x05d0, 0x05d1, 0x05d2, 0x05d3, 0x05d4, 0x05d5, 0x05d6, 0x05d7, 0x05d8, 0x05d9, 0x05da, 0x05db, 0x05dc, 0x05dd, 0x05de, 0x05df,
  0x05e0, 0x05e1, 0x05e2, 0x05e3, 0x05e4, 0x05e5, 0x05e6, 0x05e7, 0x05e8, 0x05e9, 0x05ea, 0xfffd, 0xfffd, 0x200e, 0x200f, 0xfffd,
]

export type SingleByteEncoding = 'windows-1251' | 'windows-1255'

const UPPER: Readonly<Record<SingleByteEncoding, readonly number[]>> = {
  'windows-1251': WINDOWS_1251,
  'windows-1255': WINDOWS_1255,
}

/** The character each byte 0x80–0xFF stands for (index 0 is byte 0x80). */
export function upperHalf(encoding: SingleByteEncoding): readonly number[] {
  return UPPER[encoding]
}

interface TextDecoderLike {
  decode(input: Uint8Array): string
}
type TextDecoderCtor = new (label: string) => TextDecoderLike

/** TextDecoder exists in browsers, workers and Node; the sandbox's type library does not declare it. */
function makeDecoder(label: string): TextDecoderLike | null {
  const Ctor = (globalThis as unknown as { TextDecoder?: TextDecoderCtor }).TextDecoder
  if (!Ctor) return null
  try {
    return new Ctor(label)
  } catch {
    // A runtime without the code page (Node built with small ICU) says RangeError.
    return null
  }
}

/** The platform's decoder for the code page, if it agrees with the table on every byte; null otherwise. */
const native = new Map<SingleByteEncoding, TextDecoderLike | null>()
function nativeDecoder(encoding: SingleByteEncoding): TextDecoderLike | null {
  let decoder = native.get(encoding)
  if (decoder !== undefined) return decoder
  decoder = makeDecoder(encoding)
  if (decoder) {
    const all = new Uint8Array(256)
    for (let b = 0; b < 256; b++) all[b] = b
    const table = UPPER[encoding]
    let text = ''
    try {
      text = decoder.decode(all)
    } catch {
      text = ''
    }
    let same = text.length === 256
    for (let b = 0; same && b < 256; b++) same = text.charCodeAt(b) === (b < 0x80 ? b : table[b - 0x80])
    if (!same) decoder = null
  }
  native.set(encoding, decoder)
  return decoder
}

const CHUNK = 8192

/**
 * Decodes bytes in a single-byte code page; ASCII passes through unchanged. The platform's
 * TextDecoder does it when it has the code page (ten times faster on a big file); the table
 * otherwise, through UTF-16 when TextDecoder reads that.
 */
export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const decoder = nativeDecoder(encoding)
  if (decoder) return decoder.decode(bytes)
  const table = UPPER[encoding]
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    units[i] = b < 0x80 ? b : table[b - 0x80]!
  }
  const utf16 = makeDecoder('utf-16le')
  if (utf16) return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength))
  const parts: string[] = []
  for (let start = 0; start < units.length; start += CHUNK) parts.push(String.fromCharCode(...units.subarray(start, start + CHUNK)))
  return parts.join('')
}
