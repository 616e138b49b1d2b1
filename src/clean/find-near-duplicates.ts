/**
 * Near-duplicate detection: MinHash signatures over five-word shingles, with LSH banding so that candidate pairs
 * are found without comparing every pair. Signatures are kept, so a later run compares its documents with
 * earlier ones without their texts.
 */

const PERMUTATIONS = 64;
const BANDS = 16;
const ROWS = PERMUTATIONS / BANDS;
/** Estimated Jaccard similarity from which a later document repeats an earlier one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mix (murmur3 finaliser) seeded per permutation. */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The MinHash signature of a text (lower-cased words, five-word shingles). Deterministic across runs. */
export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  const k = Math.min(5, Math.max(1, words.length));
  for (let i = 0; i + k <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + k).join(' '));
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = mix(h, p + 1);
      if (v < sig[p]) sig[p] = v;
    }
  }
  return sig;
}

/** Share of equal signature positions: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * For each text, the index of the earliest earlier text it nearly repeats, or -1.
 * @example findNearDuplicates(['a b c d e f', 'a b c d e f', 'x y z']) // [-1, 0, -1]
 */
export function findNearDuplicates(texts: string[]): number[] {
  return nearDuplicatesOf(texts.map((t) => (t.trim() ? minhash(t) : null)), 0, texts.map(() => -1));
}

/**
 * The same over signatures (null for an empty text), where the first `from` are of earlier runs and already
 * have their answer in `known`: returns the answer for every signature, looking only for those from `from` on.
 */
export function nearDuplicatesOf(sigs: Array<ArrayLike<number> | null>, from: number, known: number[]): number[] {
  // One map per band, keyed by a 32-bit hash of the band's rows (a collision only adds a candidate, which the
  // similarity check then rejects).
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  const result = sigs.map((_, i) => (i < from ? known[i] ?? -1 : -1));
  for (let i = 0; i < sigs.length; i++) {
    const sig = sigs[i];
    if (!sig) continue;
    const candidates = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      let key = 0x811c9dc5;
      for (let r = b * ROWS; r < (b + 1) * ROWS; r++) key = Math.imul(key ^ sig[r], 0x01000193) >>> 0;
      const bucket = buckets[b].get(key);
      if (i >= from && bucket) for (const j of bucket) candidates.add(j);
      if (bucket) bucket.push(i);
      else buckets[b].set(key, [i]);
    }
    if (i < from) continue;
    let best = -1;
    for (const j of [...candidates].sort((x, y) => x - y)) {
      if (similarity(sig, sigs[j]!) >= NEAR_DUPLICATE_THRESHOLD) {
        best = result[j] >= 0 ? result[j] : j;
        break;
      }
    }
    result[i] = best;
  }
  return result;
}
