/**
 * Turns the bytes of an input into a string: BOMs, UTF-16 with or without BOM, UTF-8, and legacy
 * single-byte encodings (Windows-1252, Latin-1, …) declared in the content or sniffed with chardet.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding used, in iconv-lite's naming (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
}

/** Thrown for content that is not text at all; the message says what it looks like. */
export class NotTextError extends Error {
  code = 'not-text';
}

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x42, 0x5a, 0x68], 'bzip2-compressed data'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'xz-compressed data'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** The charset declared by an HTML `<meta charset>` / `http-equiv` tag or an XML declaration, if any. */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)
    ?? /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * True when bytes that begin with `head` can be cut into lines at each newline byte and each line decoded on its
 * own: not a known binary format and not UTF-16 (whose newlines are two bytes).
 */
export function splitsIntoLines(head: Uint8Array): boolean {
  if (MAGIC.some(([sig]) => startsWith(head, sig))) return false;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return false;
  return sniffUtf16(head) === null;
}

/** Guesses UTF-16 without BOM from the pattern of zero bytes in the first kilobytes. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Share of control characters (other than tab, CR, LF, FF) in a decoded sample. */
function controlShare(s: string): number {
  const n = Math.min(s.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/**
 * Decodes `bytes` to a string.
 * @param bytes the raw input
 * @param hint an encoding named by the container (HTTP header, feed), tried after BOMs
 * @throws NotTextError when the bytes are a known binary format or not text in any encoding
 * @example decodeBytes(new Uint8Array([0xef,0xbb,0xbf,0x68,0x69])).text // 'hi'
 */
export function decodeBytes(bytes: Uint8Array, hint?: string): Decoded {
  const b = bytes;
  for (const [sig, what] of MAGIC) if (startsWith(b, sig)) throw new NotTextError(`binary content (${what}), not text`);
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return finish(new TextDecoder('utf-8').decode(b.subarray(3)), 'utf-8');
  if (startsWith(b, [0xff, 0xfe])) return finish(iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le'), 'utf-16le');
  if (startsWith(b, [0xfe, 0xff])) return finish(iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), 'utf-16be');
  const u16 = sniffUtf16(b);
  if (u16) return finish(iconv.decode(Buffer.from(b), u16), u16);

  const head = latin1Head(b);
  const declared = hint?.toLowerCase() ?? declaredCharset(head);
  if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared)) {
    // A declared legacy charset wins unless the bytes are valid UTF-8 with non-ASCII (mislabelled pages).
    const utf8 = tryUtf8(b);
    if (utf8 !== null && hasNonAscii(b)) return finish(utf8, 'utf-8');
    return finish(iconv.decode(Buffer.from(b), declared), declared);
  }
  const utf8 = tryUtf8(b);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  // Not UTF-8: sniff a legacy encoding. Windows-1252 is the usual truth behind "ISO-8859-1" labels.
  const guess = (chardet.detect(Buffer.from(b.subarray(0, 65536))) ?? 'windows-1252').toLowerCase();
  const enc = guess === 'iso-8859-1' || guess === 'ascii' || !iconv.encodingExists(guess) || guess.startsWith('utf')
    ? 'windows-1252' : guess;
  return finish(iconv.decode(Buffer.from(b), enc), enc);
}

function finish(text: string, encoding: string): Decoded {
  if (text.includes('\u0000') || controlShare(text) > 0.1) throw new NotTextError('binary content (control characters), not text');
  return { text, encoding };
}

function tryUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

function hasNonAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return true;
  return false;
}

function latin1Head(b: Uint8Array): string {
  return Buffer.from(b.subarray(0, 4096)).toString('latin1');
}
