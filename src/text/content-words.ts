/**
 * Content words of a passage and their overlap: the measure behind "this paragraph restates the lede" and
 * "these two sentences share their wording".
 */
import { STOP_WORDS } from './en/cleaning-patterns.ts';

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** Content words of a passage, crudely stemmed so that "Korea"/"Korean" and "troop"/"troops" meet. */
export function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of norm(s).split(' ')) {
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    out.add(w.replace(/'s$/, '').replace(/(?:ns|n|s|es|ed|ing)$/, '').slice(0, 6));
  }
  return out;
}

/** How many words two sets share (the smaller one is walked). */
export function sharedWords(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}

/** Share of `a`'s content words that also occur in `b`. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}
