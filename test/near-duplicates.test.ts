/**
 * Near-duplicate signatures are stored with the documents and compared with those of later runs, so the MinHash of
 * a text must not change from one version to the next: these values were computed by the first implementation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNearDuplicates, minhash, similarity } from '../src/clean/find-near-duplicates.ts';

test('MinHash signatures are the ones stored by earlier versions', () => {
  assert.deepEqual([...minhash('Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.')].slice(0, 8),
    [1203821, 441361914, 755456262, 28165431, 340679446, 1003022454, 741658625, 668493662]);
  // Repeated shingles change nothing.
  assert.deepEqual([...minhash('Officials said officials said officials said officials said officials said officials said.')].slice(0, 4),
    [936153273, 1640620430, 1014626313, 1379078034]);
});

test('a text repeated with a changed word is a near-duplicate; another is not', () => {
  const a = 'Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed, and rescuers searched the riverbanks through the night for people still missing.';
  const b = a.replace('night', 'evening');
  const c = 'The ministry said 38 bridges were closed in the north of the country after the floods, and trains were cancelled until further notice.';
  assert.ok(similarity(minhash(a), minhash(b)) > 0.5);
  assert.deepEqual(findNearDuplicates([a, a, c]), [-1, 0, -1]);
});
