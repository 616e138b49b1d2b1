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

/** Each permutation's seed (1, 2, …) times the golden-ratio constant, as `mix` takes it. */
const SEEDS = Int32Array.from({ length: PERMUTATIONS }, (_, p) => Math.imul(p + 1, 0x9e3779b1));

/** A 32-bit mix (murmur3 finaliser) of `h` with a permutation's scaled seed. */
function mix(h: number, scaledSeed: number): number {
  let x = (h ^ scaledSeed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** fnv1a of `words[from..to)` joined by spaces, without joining them. */
function fnv1aOfWords(words: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193);
    const s = words[w];
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** The MinHash signature of a text (lower-cased words, five-word shingles). Deterministic across runs. */
export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  const k = Math.min(5, Math.max(1, words.length));
  // A shingle met again changes no minimum: hashing it again costs less than a set of those met.
  for (let i = 0; i + k <= words.length; i++) {
    const h = fnv1aOfWords(words, i, i + k);
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = mix(h, SEEDS[p]);
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
  const earlier = nearDuplicateIndex();
  for (let i = 0; i < from; i++) addToIndex(earlier, sigs[i], known[i] ?? -1);
  const run = nearDuplicateIndex(earlier);
  const result = known.slice(0, from).map((x) => x ?? -1);
  for (let i = from; i < sigs.length; i++) result.push(addToIndex(run, sigs[i], findIn(run, sigs[i])));
  return result;
}

/**
 * Signatures by LSH band: one map per band, keyed by a 32-bit hash of the band's rows (a collision only adds a
 * candidate, which the similarity check then rejects). An index may extend a parent one (the stored documents)
 * without changing it: its positions continue after the parent's.
 */
export interface NearDuplicateIndex {
  parent: NearDuplicateIndex | null;
  /** Positions below `base` are the parent's. */
  base: number;
  /** Per band, the positions sharing a key: one number while there is one (most keys), an array from two on. */
  buckets: Array<Map<number, number | number[]>>;
  sigs: Array<ArrayLike<number> | null>;
  /** For each signature, the position of the earliest one it nearly repeats, or -1. */
  answers: number[];
}

/**
 * Candidates a band bucket gives at most (its earliest members): documents that share a band with this many
 * others are copies of one text, and its earliest copies stand for it.
 */
const MAX_BUCKET_CANDIDATES = 32;

export function nearDuplicateIndex(parent: NearDuplicateIndex | null = null): NearDuplicateIndex {
  return { parent, base: parent ? indexSize(parent) : 0, buckets: Array.from({ length: BANDS }, () => new Map()), sigs: [], answers: [] };
}

export const indexSize = (ix: NearDuplicateIndex): number => ix.base + ix.sigs.length;
const sigAt = (ix: NearDuplicateIndex, j: number): ArrayLike<number> | null => (j < ix.base ? sigAt(ix.parent!, j) : ix.sigs[j - ix.base]);
const answerAt = (ix: NearDuplicateIndex, j: number): number => (j < ix.base ? answerAt(ix.parent!, j) : ix.answers[j - ix.base]);

function bandKey(sig: ArrayLike<number>, b: number): number {
  let key = 0x811c9dc5;
  for (let r = b * ROWS; r < (b + 1) * ROWS; r++) key = Math.imul(key ^ sig[r], 0x01000193) >>> 0;
  return key;
}

/** An index and its parents, the first (earliest) first. */
function lineage(ix: NearDuplicateIndex): NearDuplicateIndex[] {
  const out: NearDuplicateIndex[] = [];
  for (let x: NearDuplicateIndex | null = ix; x; x = x.parent) out.unshift(x);
  return out;
}

/** Adds a signature with its answer; returns the answer. */
export function addToIndex(ix: NearDuplicateIndex, sig: ArrayLike<number> | null, answer: number): number {
  const at = indexSize(ix);
  ix.sigs.push(sig);
  ix.answers.push(answer);
  if (sig) {
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const bucket = ix.buckets[b].get(key);
      if (bucket === undefined) ix.buckets[b].set(key, at);
      else if (typeof bucket === 'number') ix.buckets[b].set(key, [bucket, at]);
      else bucket.push(at);
    }
  }
  return answer;
}

/** The position of the earliest indexed signature `sig` nearly repeats (or of what that one repeats), or -1. */
export function findIn(ix: NearDuplicateIndex, sig: ArrayLike<number> | null): number {
  if (!sig) return -1;
  const candidates = new Set<number>();
  for (let b = 0; b < BANDS; b++) {
    const key = bandKey(sig, b);
    // The bucket's earliest members: the parent's (earlier) first.
    let left = MAX_BUCKET_CANDIDATES;
    for (const x of lineage(ix)) {
      const bucket = x.buckets[b].get(key);
      if (bucket === undefined || left <= 0) continue;
      if (typeof bucket === 'number') {
        candidates.add(bucket);
        left--;
      } else for (let k = 0; k < bucket.length && left > 0; k++, left--) candidates.add(bucket[k]);
    }
  }
  for (const j of [...candidates].sort((x, y) => x - y)) {
    if (similarity(sig, sigAt(ix, j)!) >= NEAR_DUPLICATE_THRESHOLD) {
      const a = answerAt(ix, j);
      return a >= 0 ? a : j;
    }
  }
  return -1;
}
