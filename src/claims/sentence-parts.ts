/**
 * Where a claim sits in its document: its sentence, its clause, its tokens and the entity mentions around it.
 * Shared by the attribution, modality and event finders.
 */
import type { Doc, EntityAnnotation } from '../model/doc.ts';
import type { Span } from '../model/report.ts';
import { CLAUSE_BOUNDARY } from '../text/en/claim-patterns.ts';
import { firstEndingAfter, within } from '../text/spans.ts';

export { firstEndingAfter, within };

export type Tok = Doc['tokens'][number];

export interface SentenceParts {
  sentence: Span;
  /** The clause of the sentence that contains the claim. */
  clause: Span;
  /** Tokens of the sentence, in order. */
  tokens: Tok[];
  /** Entity mentions inside the sentence, in order. */
  entities: EntityAnnotation[];
}

/** The sentence containing `span` (or a synthetic one around it when sentence splitting missed it). */
export function sentenceOf(doc: Doc, span: Span): Span {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= span.start) lo = mid + 1;
    else if (s[mid].start > span.start) hi = mid - 1;
    else return span.end <= s[mid].end ? s[mid] : { start: s[mid].start, end: Math.max(s[mid].end, span.end) };
  }
  const block = doc.blocks.find((b) => b.span.start <= span.start && span.end <= b.span.end);
  return block ? block.span : span;
}

/** The clause of `sentence` that contains `span`: cut at semicolons, dashes and ", while/which/with …". */
export function clauseOf(text: string, sentence: Span, span: Span): Span {
  const s = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  for (const m of s.matchAll(CLAUSE_BOUNDARY)) {
    const at = sentence.start + m.index!;
    if (at + m[0].length <= span.start) start = Math.max(start, at + m[0].length);
    else if (at >= span.end) {
      end = Math.min(end, at);
      break;
    }
  }
  return { start, end };
}

/** Gathers the sentence, clause, tokens and entity mentions around a claim span. */
export function sentenceParts(doc: Doc, span: Span): SentenceParts {
  const sentence = sentenceOf(doc, span);
  const entities = within(doc.entities, sentence);
  return {
    sentence,
    clause: clauseOf(doc.text, sentence, span),
    tokens: nameWordsAsProperNouns(within(doc.tokens, sentence), entities),
    entities,
  };
}

/**
 * The tokens with the words of names tagged as proper nouns, since the phrase rules read tags: the capitalised words
 * of people's names, whatever the tagger said ("Peter Welch/VERB said", "Mr. Brown/ADJ"), and a capitalised verb
 * inside a sentence ("The Morning Consult/VERB poll", "Citizens United/VERB"); not at the sentence's start, after an
 * opening quotation mark, a colon or a dash, nor in a sentence written in title case (a headline: "Trump Says He Will
 * Win"). The tokens changed are copies (a document's tokens are never changed); the array is the one given when none
 * is.
 */
function nameWordsAsProperNouns(tokens: Tok[], entities: EntityAnnotation[]): Tok[] {
  let out = tokens;
  const asName = (i: number) => {
    if (out === tokens) out = tokens.slice();
    const t = tokens[i];
    out[i] = { text: t.text, span: t.span, pos: 'PROPN', lemma: t.lemma };
  };
  let k = 0;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    while (k < tokens.length && tokens[k].span.end <= e.span.start) k++;
    for (let i = k; i < tokens.length && tokens[i].span.start < e.span.end; i++) {
      const t = tokens[i];
      if (t.pos !== 'PROPN' && /^\p{Lu}/u.test(t.text) && /^(?:VERB|NOUN|ADJ|ADV)$/.test(t.pos)) asName(i);
    }
  }
  // (Most sentences have no capitalised verb inside: the sentence's words are counted only when one is found.)
  let titleCase: boolean | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].pos !== 'VERB' || out[i].pos === 'PROPN' || !isRetaggable(tokens, i)) continue;
    titleCase ??= isTitleCase(tokens);
    if (titleCase) break;
    asName(i);
  }
  return out;
}

/** Whether more than half the sentence's words open with a capital: a headline. */
function isTitleCase(tokens: Tok[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitalised++;
  }
  return capitalised * 2 > words;
}

/**
 * A capitalised word inside the sentence (not after an opening quotation mark, a colon or a dash, nor after a word
 * in capitals: a heading run into the sentence, "SAVE A QUARTER Let's say …").
 */
function isRetaggable(tokens: Tok[], i: number): boolean {
  const c = tokens[i].text.charCodeAt(0);
  if (c < 65 || (c > 90 && c < 128)) return false;
  return /^\p{Lu}\p{Ll}/u.test(tokens[i].text) && !/^(?:[“"‘'(:;—–-]|\p{Lu}{2,})$/u.test(tokens[i - 1].text);
}

/**
 * Whether token `i` is a capitalised word inside its sentence: a word of a name, whatever its tag ("The Associated
 * Press", "Meet the Press"), so no predicate nor a clause's verb.
 */
export function isNameWordInside(tokens: Tok[], i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(tokens[i].text);
}

/** Modal auxiliaries: the word after one is a verb whatever its tag ("could drive/NOUN those moderates"). */
const MODAL = /^(?:can|could|will|would|shall|should|may|might|must)$/i;

/**
 * True for a verb, including past-tense verbs the tagger calls adjectives when an object follows them
 * ("who referenced/ADJ the agency"), and a word after a modal ("could drive/NOUN").
 */
export function isVerbLike(tokens: Tok[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'VERB') return true;
  if (t.pos === 'NOUN' && i > 0 && MODAL.test(tokens[i - 1].text)) return true;
  return t.pos === 'ADJ' && /ed$/i.test(t.text) && !!tokens[i + 1] && /^(?:DET|PRON|PROPN|NUM)$/.test(tokens[i + 1].pos);
}
