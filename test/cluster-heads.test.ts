/**
 * The SQLite store keeps the first claims of the clusters it read back (src/store/sqlite/cluster-heads.ts): what
 * it gives from them is what the database would give.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PastClaim } from '../src/model/corpus.ts';
import { clusterHeads, type HeadRow } from '../src/store/sqlite/cluster-heads.ts';

/** A stored claim: its row, block, cluster and rank. */
interface Row { rowid: number; block: string; cluster: string; rank: number }
const pastClaim = (r: Row): PastClaim => ({ claim: { id: `c${r.rowid}` } as PastClaim['claim'], keys: { block: r.block, cluster: r.cluster, rank: r.rank } as PastClaim['keys'], doc: { published: null, duplicateOf: null, outlet: null } });

/** A database of rows, and a reader over it that counts the blocks it was asked for. */
function database() {
  const rows: Row[] = [];
  const asked: string[] = [];
  const read = (blocks: string[], first: number) => {
    asked.push(...blocks);
    const mine = rows.filter((r) => blocks.includes(r.block));
    const sizes = new Map<string, { block: string; cluster: string; n: number }>();
    for (const r of mine) {
      const s = sizes.get(r.cluster) ?? { block: r.block, cluster: r.cluster, n: 0 };
      s.n++;
      sizes.set(r.cluster, s);
    }
    return { rows: mine.filter((r) => r.rank < first).map((r): HeadRow => ({ rowid: r.rowid, block: r.block, claim: pastClaim(r) })), sizes: [...sizes.values()] };
  };
  const add = (block: string, cluster: string) => {
    const r = { rowid: rows.length + 1, block, cluster, rank: rows.filter((x) => x.cluster === cluster).length };
    rows.push(r);
    return { ...r, claim: () => pastClaim(r) };
  };
  return { rows, asked, read, add };
}
const ids = (x: { claims: PastClaim[] }) => x.claims.map((c) => c.claim.id);

test('what is kept and what a commit added give what the database gives, in the order stored', () => {
  const db = database();
  for (let i = 0; i < 6; i++) db.add(i % 2 ? 'q:people' : 't:deploy', `k${i % 3}`);
  const heads = clusterHeads(db.read);
  const fresh = clusterHeads(db.read);
  heads.clustersIn(['q:people', 't:deploy'], 2);
  // A commit adds claims: to a kept block (one past the first two of its cluster), and to a block not read yet.
  heads.added([db.add('q:people', 'k1'), db.add('q:people', 'k9'), db.add('t:other', 'k5')]);
  const asked = db.asked.length;
  const kept = heads.clustersIn(['t:deploy', 'q:people'], 2);
  assert.equal(db.asked.length, asked, 'kept blocks are not read again');
  const read = fresh.clustersIn(['t:deploy', 'q:people'], 2);
  assert.deepEqual(ids(kept), ids(read));
  assert.deepEqual(kept.sizes, read.sizes);
  assert.deepEqual(ids(kept), [...ids(kept)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  // The block the commit added to before it was read comes from the database, whole.
  assert.deepEqual(ids(heads.clustersIn(['t:other'], 2)), ids(fresh.clustersIn(['t:other'], 2)));
});

test('over its limit, the blocks used least recently are dropped and read again when asked for', () => {
  const db = database();
  for (const b of ['a', 'b', 'c']) for (let i = 0; i < 4; i++) db.add(b, `${b}${i}`);
  const heads = clusterHeads(db.read, 8);
  heads.clustersIn(['a'], 64);
  heads.clustersIn(['b'], 64);
  heads.clustersIn(['c'], 64); // 12 claims kept: over 8, so 'a' goes
  const before = db.asked.length;
  heads.clustersIn(['b', 'c'], 64);
  assert.equal(db.asked.length, before, "'b' and 'c' are kept");
  const a = heads.clustersIn(['a'], 64);
  assert.deepEqual(db.asked.slice(before), ['a'], "'a' is read again");
  assert.deepEqual(ids(a), ['c1', 'c2', 'c3', 'c4']);
});

test('a different number of first claims reads again', () => {
  const db = database();
  for (let i = 0; i < 5; i++) db.add('a', 'k');
  const heads = clusterHeads(db.read);
  assert.equal(heads.clustersIn(['a'], 2).claims.length, 2);
  assert.equal(heads.clustersIn(['a'], 4).claims.length, 4);
  assert.equal(heads.clustersIn(['a'], 4).sizes.get('k'), 5);
});
