/**
 * The first claims of the clusters of the reconciliation blocks read back, and the clusters' sizes, kept between
 * one connection's commits. They only grow (a claim's rank in its cluster never changes), so a commit adds its
 * claims to the blocks kept and a later batch reads back only blocks it has not read before. At most MAX_KEPT
 * claims are kept: blocks used least recently go first.
 */
import type { PastClaim, PastClusters } from '../../model/corpus.ts';

/** Claims kept at most (about 1.2 KB each in memory). */
export const MAX_KEPT = 32_768;

/** A stored claim as the cache holds it: its row (claims are read back in the order they were stored). */
export interface HeadRow {
  rowid: number;
  block: string;
  claim: PastClaim;
}

interface Block {
  rows: HeadRow[];
  sizes: Map<string, number>;
  used: number;
}

export interface ClusterHeads {
  /** CorpusPast.clustersIn, from what is kept and, for blocks not kept, from `read`. */
  clustersIn(blocks: string[], first: number): PastClusters;
  /** Claims a commit stored (after it committed), with their block, cluster and rank; `claim` makes the PastClaim. */
  added(rows: Array<Omit<HeadRow, 'claim'> & { cluster: string | null; rank: number | null; claim: () => PastClaim }>): void;
}

/**
 * @param read the first claims (rank below `first`) and the cluster sizes of some blocks, from the database
 */
export function clusterHeads(read: (blocks: string[], first: number) => { rows: HeadRow[]; sizes: Array<{ block: string; cluster: string; n: number }> }, max = MAX_KEPT): ClusterHeads {
  const kept = new Map<string, Block>();
  let first = -1;
  let claims = 0;
  let tick = 0;
  return {
    clustersIn(blocks, limit) {
      if (limit !== first) {
        kept.clear();
        claims = 0;
        first = limit;
      }
      const missing = blocks.filter((b) => !kept.has(b));
      if (missing.length) {
        const got = read(missing, limit);
        for (const b of missing) kept.set(b, { rows: [], sizes: new Map(), used: 0 });
        for (const r of got.rows) kept.get(r.block)?.rows.push(r);
        for (const s of got.sizes) kept.get(s.block)?.sizes.set(s.cluster, s.n);
        claims += got.rows.length;
      }
      const now = ++tick;
      const rows: HeadRow[] = [];
      const sizes = new Map<string, number>();
      for (const b of new Set(blocks)) {
        const k = kept.get(b)!;
        k.used = now;
        for (const r of k.rows) rows.push(r);
        for (const [c, n] of k.sizes) sizes.set(c, n);
      }
      rows.sort((x, y) => x.rowid - y.rowid);
      // Over the limit, the blocks used least recently go (never those of this call).
      if (claims > max) {
        for (const [b, k] of [...kept].sort((x, y) => x[1].used - y[1].used)) {
          if (claims <= max || k.used === now) break;
          kept.delete(b);
          claims -= k.rows.length;
        }
      }
      return { claims: rows.map((r) => r.claim), sizes };
    },
    added(rows) {
      for (const r of rows) {
        const k = kept.get(r.block);
        if (!k) continue;
        if (r.cluster !== null) k.sizes.set(r.cluster, (k.sizes.get(r.cluster) ?? 0) + 1);
        if (r.rank !== null && r.rank < first) {
          k.rows.push({ rowid: r.rowid, block: r.block, claim: r.claim() });
          claims++;
        }
      }
    },
  };
}
