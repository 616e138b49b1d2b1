/**
 * Sparse vectors of story clustering: term numbers in increasing order with their weights, in typed arrays. A dot
 * product is a merge of two sorted lists of integers, many times faster than looking words up in a Map, and story
 * clustering computes hundreds of thousands of them on a large batch.
 */

/** Term numbers (strictly increasing) and their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * A sparse vector from (term number, weight) pairs in any order; a term given twice keeps the sum.
 *
 * @example sparseVector([[3, 0.5], [1, 0.2]]).ids // Int32Array [1, 3]
 */
export function sparseVector(entries: Array<[number, number]>): SparseVector {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const ids: number[] = [];
  const weights: number[] = [];
  for (const [id, w] of sorted) {
    if (ids.length && ids[ids.length - 1] === id) weights[weights.length - 1] += w;
    else {
      ids.push(id);
      weights.push(w);
    }
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
}

/**
 * Dot product of two sparse vectors.
 *
 * @example sparseDot(sparseVector([[1, 2], [3, 1]]), sparseVector([[3, 4]])) // 4
 */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  // The shorter one first, swapped without an array (story clustering calls this tens of thousands of times a batch).
  const short = a.ids.length > b.ids.length ? b : a;
  const long = short === a ? b : a;
  const ai = short.ids;
  const bi = long.ids;
  const aw = short.weights;
  const bw = long.weights;
  // A short vector against a long one: binary search of each term beats walking the long list.
  if (ai.length * 16 < bi.length) {
    let s = 0;
    let lo = 0;
    for (let i = 0; i < ai.length; i++) {
      const id = ai[i];
      let hi = bi.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (bi[mid] < id) lo = mid + 1;
        else hi = mid;
      }
      if (lo < bi.length && bi[lo] === id) s += aw[i] * bw[lo];
    }
    return s;
  }
  let s = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) s += aw[i++] * bw[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * The sum of two sparse vectors.
 *
 * @example sparseSum(sparseVector([[1, 1]]), sparseVector([[1, 1], [2, 1]])).weights // Float64Array [2, 1]
 */
export function sparseSum(a: SparseVector, b: SparseVector): SparseVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i] : Infinity;
    const y = j < b.ids.length ? b.ids[j] : Infinity;
    if (x === y) {
      ids[n] = x;
      weights[n++] = a.weights[i++] + b.weights[j++];
    } else if (x < y) {
      ids[n] = x;
      weights[n++] = a.weights[i++];
    } else {
      ids[n] = y;
      weights[n++] = b.weights[j++];
    }
  }
  return { ids: ids.slice(0, n), weights: weights.slice(0, n) };
}

/**
 * The `limit` heaviest terms of a vector (ties to the lower term number).
 *
 * @example sparseTop(sparseVector([[1, 0.1], [2, 0.9], [3, 0.5]]), 2).ids // Int32Array [2, 3]
 */
export function sparseTop(v: SparseVector, limit: number): SparseVector {
  if (v.ids.length <= limit) return v;
  const cut = Float64Array.from(v.weights).sort()[v.ids.length - limit];
  const ids: number[] = [];
  const weights: number[] = [];
  let ties = limit - v.weights.filter((w) => w > cut).length; // entries at the cut-off weight that fit, lowest terms first
  for (let i = 0; i < v.ids.length; i++) {
    const w = v.weights[i];
    if (w > cut || (w === cut && ties-- > 0)) {
      ids.push(v.ids[i]);
      weights.push(w);
    }
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
}
