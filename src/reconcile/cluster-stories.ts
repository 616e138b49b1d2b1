/**
 * Groups documents into stories (the event they report), batch by batch, so that a stream of batches never moves a
 * document that was already placed.
 *
 * A document is a unit TF-IDF vector over `storyFeatures` (names, figures and dates weigh more; terms rarer than
 * `rareShare` of the documents all weigh the same, so that similarities, and so the threshold, do not drift with
 * the size of the corpus). Within a batch the
 * documents are clustered by group-average agglomeration: the two clusters with the highest average similarity
 * between their members merge, again and again, while that average stays above a threshold. Group average rather
 * than single link: one report that mentions both earthquakes does not chain the Chile quake's story into the Peru
 * quake's, because every member of both stories counts. Two clusters of several documents also merge only when
 * some of their members count members of the other among their nearest neighbours: two similar events (two
 * earthquakes, two arrests of two players of one team) can be about as similar on average as the loosest story is
 * inside, but a report's nearest neighbours are nearly always reports of its own event.
 *
 * The existing stories take part as clusters that may absorb batch documents but never merge with each other nor
 * lose a member, which is what makes it streaming-safe. The average similarity of two clusters is the dot product
 * of their members' vector sums divided by the product of their sizes, so a story keeps only its size and its
 * (bounded) vector sum, not its members' vectors.
 *
 * Near-linear: a document is compared with the documents and stories that share its heaviest terms (inverted
 * indexes), keeping the nearest ones, and merges only follow those links; a merge that would not reach the
 * threshold is never queued, since the average of two clusters with a third lies between theirs.
 */
import { storyFeatures } from './story-features.ts';
import { heaviest } from './story-heaviest.ts';
import { storyHeadline } from './story-headline.ts';
import { StoryMergeQueue } from './story-merge-queue.ts';
import { type SparseVector, sparseDot, sparseSum, sparseTop, sparseVector } from './story-sparse-vector.ts';
import { emptyDictionary } from '../model/empty-dictionary.ts';

/** One document to place. */
export interface StoryInput {
  id: string;
  text: string;
  title: string | null;
  published: string | null;
  /** The document this one nearly duplicates; it joins that document's story. */
  duplicateOf: string | null;
  /** Its `storyFeatures`, when found already (in a worker thread); else they are found from `text`. */
  terms?: Array<[string, number]>;
}

/** One story's bounded summary. */
export interface StorySummary {
  id: string;
  title: string;
  documents: string[];
  /** Members whose vectors are in `sum` (near-duplicates are not). */
  size: number;
  /** Sum of the members' unit TF-IDF vectors (as weighted when they joined), heaviest terms only, rounded. */
  sum: Record<string, number>;
}

/** Incremental state: plain JSON. */
export interface StoryState {
  version: 1;
  /** Documents counted in `df`. */
  documents: number;
  /** Document frequency of each term. */
  df: Record<string, number>;
  /** Distinct terms in `df` (kept count, so that the vocabulary's size costs nothing to check). */
  vocabulary: number;
  stories: StorySummary[];
  /** Term -> indices (in `stories`) of the stories among whose heaviest terms it is, oldest first. */
  index: Record<string, number[]>;
}

/**
 * Document id -> index of its story, made from the stories' documents when a state is first met and kept up to
 * date by addToStories. Not part of the state: it would repeat every document id in what is stored every batch.
 */
const placedCache = new WeakMap<StoryState, Map<string, number>>();

/** Where each document of a state is (index in `stories`). */
function placed(state: StoryState): Map<string, number> {
  let map = placedCache.get(state);
  if (!map) {
    map = new Map();
    state.stories.forEach((s, i) => { for (const id of s.documents) if (!map!.has(id)) map!.set(id, i); });
    // States stored before this map left the state kept it as `storyOf`.
    delete (state as StoryState & { storyOf?: unknown }).storyOf;
    placedCache.set(state, map);
  }
  return map;
}

/** Tunables; the defaults are the product's. */
export interface StoryOptions {
  /**
   * Smallest average similarity between the members of two clusters for them to merge. Not a knife edge: on the
   * ECB+ dev split, and on random ten-topic parts of it, B-cubed F1 stays within about a point from 0.14 to 0.2.
   */
  threshold: number;
  /**
   * Two clusters of several documents merge only when at least this share of their members has a member of the
   * other among its `supportNeighbours` nearest documents.
   */
  support: number;
  /** Nearest documents of each document that count for `support`. */
  supportNeighbours: number;
  /**
   * Terms found in at most this share of the documents all weigh the same (the IDF of this share). Rarer terms
   * say no more about the event than a term of a dozen reports of it; and without the cap similarities grow
   * with the size of the corpus (on ECB+, the best threshold for 230 documents was lower than for 772).
   */
  rareShare: number;
  /** Terms kept in a story's vector sum. */
  storyTerms: number;
  /** Terms kept in a cluster's vector sum during a batch (trimmed to this when it holds twice as many). */
  clusterTerms: number;
  /** A document's heaviest terms looked up in the indexes for candidates. */
  queryTerms: number;
  /** Candidates (documents, and stories) compared with each document: those sharing the most heavy weight. */
  candidates: number;
  /** A story's heaviest terms entered in the story index. */
  indexTerms: number;
  /** Entries kept per index term, the latest ones (a stream's new documents tend to continue recent stories). */
  postingLimit: number;
  /** Distinct terms of `df` beyond which the rarest are forgotten (down to three quarters of it). */
  vocabularyLimit: number;
}

/** The product's tunables. */
export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.18,
  support: 0.1,
  supportNeighbours: 3,
  rareShare: 0.03,
  storyTerms: 100,
  clusterTerms: 500,
  queryTerms: 15,
  candidates: 20,
  indexTerms: 25,
  postingLimit: 200,
  vocabularyLimit: 500_000,
};

/** A cluster during one batch's agglomeration: a batch document, a group of them, or an existing story. */
interface Cluster {
  sum: SparseVector;
  size: number;
  /** Index of the existing story it is, or -1. */
  story: number;
  /** Batch positions of its batch documents. */
  members: number[];
  version: number;
  alive: boolean;
  links: Set<number>;
}

const has = (o: object, k: string) => Object.hasOwn(o, k);

const EMPTY: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Members of a cluster looked at for `support` at most (an even sample of a larger cluster). */
const SUPPORT_SAMPLE = 256;

/**
 * An empty state.
 *
 * @example const state = createStoryState(); addToStories(state, docs); JSON.stringify(state)
 */
export function createStoryState(): StoryState {
  return { version: 1, documents: 0, df: {}, vocabulary: 0, stories: [], index: {} };
}

/**
 * Adds documents; each joins an existing story or opens a new one. Earlier documents never move. Returns the story
 * id of each added document. A document id seen before keeps its story.
 *
 * @example addToStories(createStoryState(), [{ id: 'a', text: 'Quake hits Chile…', title: null, published: null, duplicateOf: null }]) // ['s1']
 */
export function addToStories(state: StoryState, docs: StoryInput[], options: Partial<StoryOptions> = {}): string[] {
  const opt = { ...DEFAULT_STORY_OPTIONS, ...options };
  const T = opt.threshold;
  const storyOf = placed(state);

  // Which documents are clustered: not those already placed, nor near-duplicates of a document that is placed or
  // in this batch (they follow their original).
  const inBatch = new Set(docs.map((d) => d.id));
  const seen = new Set<string>();
  const clustered: number[] = [];
  const copies: number[] = [];
  docs.forEach((d, i) => {
    if (storyOf.has(d.id) || seen.has(d.id)) return;
    seen.add(d.id);
    if (d.duplicateOf && d.duplicateOf !== d.id && (storyOf.has(d.duplicateOf) || inBatch.has(d.duplicateOf))) copies.push(i);
    else clustered.push(i);
  });

  // Terms are numbered for this call (sparse vectors of numbers are fast to compare).
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      termIds.set(t, (id = terms.length));
      terms.push(t);
    }
    return id;
  };

  // The whole batch counts in the document frequencies before any of it is placed.
  const weighted = clustered.map((i) => {
    const f = docs[i].terms ?? [...storyFeatures(docs[i].text ?? '', docs[i].published)];
    state.documents++;
    const out = sparseVector(f.map(([t, w]) => [idOf(t), w]));
    for (const [t] of f) {
      if (has(state.df, t)) state.df[t]++;
      else {
        state.df[t] = 1;
        state.vocabulary++;
      }
    }
    return out;
  });
  const maxIdf = Math.log(1 / opt.rareShare);
  const idfOf = terms.map((t) => Math.min(maxIdf, Math.log((state.documents + 1) / ((has(state.df, t) ? state.df[t] : 0) + 1))) + 1e-3);

  // Unit TF-IDF vectors, and each document's heaviest terms with their weights.
  const vectors: SparseVector[] = [];
  const heavy: Array<Array<[number, number]>> = [];
  for (const { ids, weights } of weighted) {
    let norm = 0;
    const w = new Float64Array(weights.length);
    for (let i = 0; i < w.length; i++) {
      w[i] = weights[i] * idfOf[ids[i]];
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm) || 1;
    const pairs = new Array<[number, number]>(w.length);
    for (let i = 0; i < w.length; i++) pairs[i] = [ids[i], (w[i] /= norm)];
    vectors.push({ ids, weights: w });
    heavy.push(heaviest(pairs, opt.queryTerms));
  }

  // Clusters: one per batch document, then the existing stories met as candidates.
  const clusters: Cluster[] = vectors.map((v, k) => ({ sum: v, size: 1, story: -1, members: [k], version: 0, alive: true, links: new Set() }));
  const clusterOfStory = new Map<number, number>();
  const owner = vectors.map((_, k) => k); // batch document -> its cluster
  const queue = new StoryMergeQueue();
  const link = (a: number, b: number, similarity: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    clusters[x].links.add(y);
    clusters[y].links.add(x);
    queue.push({ similarity, a: x, b: y, va: clusters[x].version, vb: clusters[y].version });
  };

  // Each batch document's nearest batch documents, for `support`.
  const nearest: Array<Array<[number, number]>> = vectors.map(() => []);
  const addNearest = (a: number, b: number, s: number) => {
    const list = nearest[a];
    if (list.length === opt.supportNeighbours && s <= list[list.length - 1][1]) return;
    list.push([b, s]);
    list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    if (list.length > opt.supportNeighbours) list.pop();
  };

  const postings = new Map<number, Array<[number, number]>>(); // term -> [document, weight] of earlier batch documents
  for (let k = 0; k < vectors.length; k++) {
    const v = vectors[k];
    // Earlier batch documents sharing heavy terms, the nearest first by their shared heavy weight.
    const shared = new Map<number, number>();
    for (const [t, x] of heavy[k]) for (const [j, y] of postings.get(t) ?? []) shared.set(j, (shared.get(j) ?? 0) + x * y);
    for (const [j] of top(shared, opt.candidates)) {
      const s = sparseDot(v, vectors[j]);
      addNearest(j, k, s);
      addNearest(k, j, s);
      if (s >= T) link(j, k, s);
    }
    for (const [t, x] of heavy[k]) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([k, x]);
      if (list.length > opt.postingLimit) list.shift();
    }
    // Existing stories indexed under the document's heavy terms, those sharing the most heavy weight first.
    const storyShare = new Map<number, number>();
    for (const [t, x] of heavy[k]) {
      const term = terms[t];
      if (has(state.index, term)) for (const s of state.index[term]) storyShare.set(s, (storyShare.get(s) ?? 0) + x);
    }
    for (const [s] of top(storyShare, opt.candidates)) {
      let c = clusterOfStory.get(s);
      if (c === undefined) {
        const story = state.stories[s];
        c = clusters.length;
        const sum = sparseVector(Object.entries(story.sum).map(([t, x]) => [idOf(t), x]));
        clusters.push({ sum, size: story.size, story: s, members: [], version: 0, alive: true, links: new Set() });
        clusterOfStory.set(s, c);
      }
      const sim = sparseDot(v, clusters[c].sum) / clusters[c].size;
      if (sim >= T) link(k, c, sim);
    }
  }

  /**
   * Share of two clusters' documents with a nearest neighbour in the other cluster. A large cluster is looked at
   * through an even sample of its members, which keeps a merge's cost bounded.
   */
  const support = (a: number, b: number) => {
    let hits = 0;
    let seen = 0;
    for (const [from, to] of [[a, b], [b, a]]) {
      const members = clusters[from].members;
      const step = Math.max(1, Math.floor(members.length / SUPPORT_SAMPLE));
      for (let i = 0; i < members.length; i += step) {
        seen++;
        if (nearest[members[i]].some(([j]) => owner[j] === to)) hits++;
      }
    }
    return hits / seen;
  };

  // Group-average agglomeration.
  for (let m = queue.pop(); m; m = queue.pop()) {
    const A = clusters[m.a];
    const B = clusters[m.b];
    if (!A.alive || !B.alive || A.version !== m.va || B.version !== m.vb) continue;
    if (A.story >= 0 && B.story >= 0) continue;
    if (A.story < 0 && B.story < 0 && A.size > 1 && B.size > 1 && support(m.a, m.b) < opt.support) continue;
    // The survivor is the existing story if there is one: stories keep their identity.
    const [keep, drop] = B.story >= 0 ? [m.b, m.a] : [m.a, m.b];
    const K = clusters[keep];
    const D = clusters[drop];
    K.sum = sparseSum(K.sum, D.sum);
    if (K.sum.ids.length > 2 * opt.clusterTerms) K.sum = sparseTop(K.sum, opt.clusterTerms);
    K.size += D.size;
    K.members.push(...D.members);
    for (const k of D.members) owner[k] = keep;
    K.version++;
    D.alive = false;
    D.sum = EMPTY;
    const around = new Set([...K.links, ...D.links]);
    around.delete(keep);
    around.delete(drop);
    K.links.clear();
    for (const n of around) {
      const N = clusters[n];
      N.links.delete(drop);
      N.links.delete(keep);
      if (!N.alive || (N.story >= 0 && K.story >= 0)) continue;
      const sim = sparseDot(K.sum, N.sum) / (K.size * N.size);
      if (sim >= T) link(keep, n, sim);
    }
  }

  // Stories: existing ones absorb their new members; new ones are numbered in the order of their first document.
  const storyOfBatch = new Map<number, number>(); // batch position -> story index
  const groups = clusters.filter((c) => c.alive && c.members.length > 0);
  for (const g of groups) g.members.sort((a, b) => a - b);
  groups.sort((a, b) => a.members[0] - b.members[0]);
  for (const g of groups) {
    let s = g.story;
    if (s < 0) {
      s = state.stories.length;
      state.stories.push({ id: `s${s + 1}`, title: '', documents: [], size: 0, sum: emptyDictionary() });
    }
    const story = state.stories[s];
    const before = story.size;
    // Summed by term number in a Map: adding hundreds of new names to the stored object (in V8's fast mode, as
    // JSON.parse made it) cost a hidden class each.
    const sum = new Map<number, number>();
    for (const t in story.sum) sum.set(idOf(t), story.sum[t]);
    for (const k of g.members) {
      const id = docs[clustered[k]].id;
      story.documents.push(id);
      storyOf.set(id, s);
      storyOfBatch.set(clustered[k], s);
      const { ids, weights } = vectors[k];
      for (let i = 0; i < ids.length; i++) sum.set(ids[i], (sum.get(ids[i]) ?? 0) + weights[i]);
    }
    story.size += g.members.length;
    const kept = trimSum(story, Array.from(sum, ([id, x]): [string, number] => [terms[id], x]), opt.storyTerms);
    if (!story.title) story.title = storyTitle(g.members.map((k) => docs[clustered[k]]), g.members.map((k) => sparseDot(vectors[k], g.sum)), story);
    // A story's heaviest terms settle as it grows: it is indexed anew when its size passes a power of two.
    if (before === 0 || Math.floor(Math.log2(before)) !== Math.floor(Math.log2(story.size))) indexStory(state, s, kept, opt);
  }

  // Near-duplicates follow their original (through chains of copies).
  const copyAt = new Map(copies.map((i) => [docs[i].id, i]));
  for (const i of copies) {
    let original = docs[i].duplicateOf!;
    const visited = new Set([docs[i].id]);
    while (!storyOf.has(original) && copyAt.has(original) && !visited.has(original)) {
      visited.add(original);
      original = docs[copyAt.get(original)!].duplicateOf!;
    }
    let s: number;
    if (storyOf.has(original)) s = storyOf.get(original)!;
    else {
      // A loop of copies with no original: the copy opens a story of its own.
      s = state.stories.length;
      const title = docs[i].title?.trim() || storyHeadline(docs[i].text ?? '') || docs[i].id;
      state.stories.push({ id: `s${s + 1}`, title, documents: [], size: 0, sum: emptyDictionary() });
    }
    state.stories[s].documents.push(docs[i].id);
    storyOf.set(docs[i].id, s);
    storyOfBatch.set(i, s);
  }

  forgetRareTerms(state, opt.vocabularyLimit);
  return docs.map((d, i) => state.stories[storyOfBatch.get(i) ?? storyOf.get(d.id)!].id);
}

/**
 * The current stories in order of creation.
 *
 * @example storiesOf(state) // [{ id: 's1', title: 'Quake hits Chile', documents: ['a', 'b'] }]
 */
export function storiesOf(state: StoryState): Array<{ id: string; title: string; documents: string[] }> {
  return state.stories.map((s) => ({ id: s.id, title: s.title, documents: [...s.documents] }));
}

/** The `n` keys with the highest scores (ties to the lower key), in that order; one pass, no full sort. */
function top(scores: Map<number, number>, n: number): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  const worse = (a: [number, number], b: [number, number]) => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  for (const e of scores) {
    if (best.length === n && !worse(best[n - 1], e)) continue;
    let i = best.length === n ? n - 1 : best.length;
    if (best.length < n) best.push(e);
    while (i > 0 && worse(best[i - 1], e)) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = e;
  }
  return best;
}

/**
 * A story's label: the title of its most central document, else the headline of one of its most central
 * documents (a headline-like line before a lede-like one), else its heaviest terms.
 */
function storyTitle(members: StoryInput[], centrality: number[], story: StorySummary): string {
  const order = members.map((_, k) => k).sort((a, b) => centrality[b] - centrality[a] || a - b);
  for (const k of order) if (members[k].title?.trim()) return members[k].title!.trim();
  const lines = order.slice(0, 5).map((k) => storyHeadline(members[k].text ?? '')).filter((h): h is string => !!h);
  const headline = lines.find((h) => !/[.!?]["'”’]?$/u.test(h)) ?? lines[0];
  if (headline) return headline;
  const words = heaviest(Object.entries(story.sum), 4).map(([t]) => t);
  return words.join(', ') || story.id;
}

/** Keeps the `limit` heaviest of a story's summed terms, rounded (the state must stay small); returns them heaviest first. */
function trimSum(story: StorySummary, sum: Array<[string, number]>, limit: number): Array<[string, number]> {
  const kept = heaviest(sum, limit);
  story.sum = emptyDictionary();
  for (const e of kept) story.sum[e[0]] = e[1] = Math.round(e[1] * 1e4) / 1e4;
  return kept;
}

/**
 * Enters a story under its heaviest terms (`terms`, heaviest first), keeping each posting list to the latest
 * stories. A term already listing the story gets it again only if it was pushed out; candidates are gathered in a
 * set anyway.
 */
function indexStory(state: StoryState, s: number, terms: Array<[string, number]>, opt: StoryOptions): void {
  for (const [t] of terms.slice(0, opt.indexTerms)) {
    const list = has(state.index, t) ? state.index[t] : (state.index[t] = []);
    if (listedLately(list, s)) continue;
    list.push(s);
    if (list.length > opt.postingLimit) list.shift();
  }
}

/** True when `s` is among the last entries of a posting list (a bounded look: long lists are common terms). */
function listedLately(list: number[], s: number): boolean {
  for (let i = list.length - 1; i >= 0 && i >= list.length - 64; i--) if (list[i] === s) return true;
  return false;
}

/**
 * Forgets the rarest terms when the vocabulary outgrows its limit, down to three quarters of it: the state stays
 * bounded on long streams. A forgotten term counts again from zero, as if new, which only overrates its rarity.
 */
function forgetRareTerms(state: StoryState, limit: number): void {
  if (state.vocabulary <= limit) return;
  const counts = Object.values(state.df).sort((a, b) => a - b);
  const floor = counts[counts.length - Math.floor(limit * 0.75)] ?? 0;
  const df: Record<string, number> = {};
  let n = 0;
  for (const [t, c] of Object.entries(state.df)) {
    if (c > floor) {
      df[t] = c;
      n++;
    }
  }
  state.df = df;
  state.vocabulary = n;
}
