/**
 * The CLI's heap growth setting: TRIANGULATE_HEAP_GROWTH is a percentage or "off"; anything else is named in a
 * warning and the default is used.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from '../src/cli/limit-heap-growth.ts';

test('TRIANGULATE_HEAP_GROWTH takes a percentage or "off", and names a bad value', () => {
  assert.equal(limitHeapGrowth(HEAP_GROWING_PERCENT, {}), null);
  assert.equal(limitHeapGrowth(HEAP_GROWING_PERCENT, { TRIANGULATE_HEAP_GROWTH: '50' }), null);
  assert.equal(limitHeapGrowth(HEAP_GROWING_PERCENT, { TRIANGULATE_HEAP_GROWTH: 'off' }), null);
  for (const bad of ['lots', '0', '-5', '5000']) {
    assert.match(limitHeapGrowth(HEAP_GROWING_PERCENT, { TRIANGULATE_HEAP_GROWTH: bad }) ?? '', new RegExp(`TRIANGULATE_HEAP_GROWTH=${bad} is not a percentage .*using ${HEAP_GROWING_PERCENT}`));
  }
});
