/**
 * Tokens depend on the text alone, not on the texts read before it in the same process. wink-nlp learns every
 * new word it meets and matched learned words whole, so "Zorvanik’s" was split after some texts and kept whole
 * after others, and a document's entities, sentences and claims changed with the order of the batch and with the
 * worker thread it went to (patches/wink-nlp+2.4.0.patch).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../src/annotate/find-entities.ts';
import { tokenize } from '../src/text/nlp.ts';

const summary = (text: string) => tokenize(text).tokens.map((t) => `${t.text}/${t.pos}@${t.span.start}`);

test('tokens and names of a text are the same before and after other texts', () => {
  const texts = [
    'Senator Drelvo Zorvanik’s campaign said on Monday that Quennath’s plan had failed.',
    'NEW YORK, Dec. 14 (QXWire) — In hypothetical match-ups, Zorvanik led.',
  ];
  const before = texts.map((t) => ({ tokens: summary(t), sentences: tokenize(t).sentences, names: findEntities(t).map((e) => e.text) }));
  // Texts in which wink learns the same words whole: before a comma or a full stop, inside brackets.
  for (const other of ['Zorvanik’s, then Quennath’s.', 'They met (QXWire) and Zorvanik’s aides.', '“Quennath’s”, said Zorvanik’s.']) tokenize(other);
  texts.forEach((t, i) => {
    // A trailing space makes a new text for tokenize's one-text cache; offsets do not move.
    const again = t + ' ';
    assert.deepEqual(summary(again), before[i].tokens, t);
    assert.deepEqual(tokenize(again).sentences, before[i].sentences, t);
    assert.deepEqual(findEntities(again).map((e) => e.text), before[i].names, t);
  });
  assert.ok(before[0].names.includes('Drelvo Zorvanik'), 'the possessive is not part of the name');
});
