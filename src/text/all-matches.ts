/**
 * Every match of a global pattern in a string, as `String.prototype.matchAll` gives them, without the copy of
 * the RegExp that `matchAll` makes on each call (it shows on the many short windows of the annotators).
 */

/**
 * The matches of `re` (which must have the `g` flag) in `s`, in order. Like `matchAll`, the scan starts at
 * `re.lastIndex` and leaves `re.lastIndex` as it found it; an empty match steps over one character (one code
 * point under the `u` or `v` flag).
 * @example allMatches(/\d+/g, 'a 1 b 22').map((m) => m[0]) // ['1', '22']
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global RegExp');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  const unicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
