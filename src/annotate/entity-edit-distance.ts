/**
 * Levenshtein distance with a ceiling, for telling transliteration variants of one name apart from
 * different names ("Sergei"/"Sergey" differ by one letter; "Maria"/"Mario" are too short to risk it).
 */

/**
 * The edit distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`.
 * @example entityEditDistance('sergei', 'sergey', 2) // 1
 */
export function entityEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    // Every later row is at least the best of this one: stop once that is past the ceiling.
    if (best > max) return max + 1;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}

/**
 * Whether two first names are spellings of one name: long enough that a one- or two-letter difference is
 * transliteration rather than a different person.
 * @example entityTransliterationVariant('sergei', 'sergey') // true
 * @example entityTransliterationVariant('maria', 'mario') // false
 */
export function entityTransliterationVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 6) return false;
  return entityEditDistance(a, b, 2) <= (short >= 7 ? 2 : 1);
}
