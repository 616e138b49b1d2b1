/**
 * The candidate merges of story clustering, best first: a binary max-heap of (similarity, a, b) with stale entries
 * skipped on the way out (a cluster that changed since an entry was queued carries a new version number), which is
 * cheaper than finding and updating entries in place.
 */

/** One candidate merge of clusters `a` and `b`, queued when their versions were `va` and `vb`. */
export interface StoryMerge {
  similarity: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/**
 * A max-heap of candidate merges; ties go to the lower cluster numbers, so the order is deterministic.
 *
 * @example const q = new StoryMergeQueue(); q.push({ similarity: 0.4, a: 0, b: 1, va: 0, vb: 0 }); q.pop()?.b // 1
 */
export class StoryMergeQueue {
  private heap: StoryMerge[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(m: StoryMerge): void {
    const h = this.heap;
    h.push(m);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  pop(): StoryMerge | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

/** True when `x` should come out before `y`. */
function before(x: StoryMerge, y: StoryMerge): boolean {
  if (x.similarity !== y.similarity) return x.similarity > y.similarity;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}
