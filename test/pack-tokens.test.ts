/** Packed tokens round-trip exactly, whatever the text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { packTokens, unpackTokens } from '../src/model/pack-tokens.ts';
import { tokenize } from '../src/text/nlp.ts';

test('packTokens/unpackTokens round-trip the tokens of any text', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
    const tokens = tokenize(text).tokens.map((t) => ({ text: t.text, span: t.span, pos: t.pos, lemma: t.lemma }));
    const back = unpackTokens(text, JSON.parse(JSON.stringify(packTokens(text, tokens))));
    assert.deepEqual(back, tokens);
  }), { numRuns: 200 });
  const text = 'The U.S. said 10,000-12,000 troops were sent; Kim Jong-un “agreed”.';
  const tokens = tokenize(text).tokens.map((t) => ({ text: t.text, span: t.span, pos: t.pos, lemma: t.lemma }));
  assert.deepEqual(unpackTokens(text, packTokens(text, tokens)), tokens);
});
