/**
 * Packed tokens round-trip exactly, whatever the text, across threads (a structured clone); a document whose tokens
 * came packed has them as objects only while a stage reads them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { packTokens, unpackTokens, withPackedTokens, withTokens } from '../src/model/pack-tokens.ts';
import { createDoc } from '../src/pipeline.ts';
import { tokenize } from '../src/text/nlp.ts';

test('packTokens/unpackTokens round-trip the tokens of any text', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
    const tokens = tokenize(text).tokens.map((t) => ({ text: t.text, span: t.span, pos: t.pos, lemma: t.lemma }));
    const back = unpackTokens(text, structuredClone(packTokens(text, tokens)));
    assert.deepEqual(back, tokens);
  }), { numRuns: 200 });
  const text = 'The U.S. said 10,000-12,000 troops were sent; Kim Jong-un “agreed”.';
  const tokens = tokenize(text).tokens.map((t) => ({ text: t.text, span: t.span, pos: t.pos, lemma: t.lemma }));
  assert.deepEqual(unpackTokens(text, packTokens(text, tokens)), tokens);
});

test('lemmas and texts that are not the rule are kept exactly, whatever characters they hold', () => {
  const text = 'Troops\nwere sent.';
  const tokens = [
    { text: 'Troops\n', span: { start: 0, end: 6 }, pos: 'NOUN', lemma: 'troop' },
    { text: 'were', span: { start: 7, end: 11 }, pos: 'AUX', lemma: 'be\u0000' },
    { text: 'sent', span: { start: 12, end: 16 }, pos: 'VERB', lemma: 'send' },
    { text: '.', span: { start: 16, end: 17 }, pos: 'PUNCT', lemma: '.' },
  ];
  const packed = packTokens(text, tokens);
  assert.deepEqual([...packed.textAt], [0, 7]);
  assert.deepEqual([...packed.lemmaAt], [0, 5, 1, 3, 2, 4]);
  assert.deepEqual(unpackTokens(text, structuredClone(packed)), tokens);
});

test('withTokens unpacks a packed document\'s tokens for the call only, and leaves other documents as they are', () => {
  const text = 'Officials said 1,200 residents were evacuated on Monday.';
  const doc = createDoc({ label: 'a', source: { path: 'a', url: null, outlet: null }, format: 'text', raw: text, meta: {} }, 'a');
  doc.text = text;
  doc.tokens = tokenize(text).tokens.map((t) => ({ text: t.text, span: t.span, pos: t.pos, lemma: t.lemma }));
  const packed = withPackedTokens(doc);
  assert.deepEqual(packed.tokens, []);
  const seen = withTokens(packed, () => packed.tokens.map((t) => t.text));
  assert.deepEqual(seen, doc.tokens.map((t) => t.text));
  assert.deepEqual(packed.tokens, [], 'no token objects are kept after the call');
  assert.ok(packed.packedTokens, 'the packed form stays for the next stage');
  assert.throws(() => withTokens(packed, () => { throw new Error('stage failed'); }), /stage failed/);
  assert.deepEqual(packed.tokens, [], 'nor after a call that throws');
  const own = doc.tokens;
  assert.equal(withTokens(doc, () => doc.tokens), own, 'a document with its tokens is read as it is');
});
