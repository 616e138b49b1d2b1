/**
 * A compact form of a document's tokens for crossing threads: typed arrays and strings instead of one object per
 * token (a 4 KB article has about 800 tokens; as objects they weigh twenty times its text, and a structured clone
 * of arrays of numbers or strings still costs one value at a time, while a typed array or a string is copied whole).
 */
import type { Doc } from './doc.ts';

export interface PackedTokens {
  /** start, end of each token, flattened. */
  spans: Uint32Array;
  /** POS tags, one code point each (index into `tags`). */
  pos: string;
  tags: string[];
  /** The lemmas that are not the lower-cased text: [token index, length, …] and the lemmas end to end. */
  lemmaAt: Uint32Array;
  lemmas: string;
  /** The token texts that are not the slice of the document at the span: [token index, length, …] and the texts end to end. */
  textAt: Uint32Array;
  texts: string;
}

/** Exceptions to a rule, packed: each token index with the length of its value, and the values end to end. */
function exceptions(): { at: number[]; values: string; add(i: number, value: string): void } {
  return {
    at: [], values: '',
    add(i, value) {
      this.at.push(i, value.length);
      this.values += value;
    },
  };
}

/** Each exception's value by token index. */
function unpackExceptions(at: Uint32Array, values: string): Map<number, string> {
  const out = new Map<number, string>();
  for (let k = 0, from = 0; k < at.length; k += 2) {
    out.set(at[k], values.slice(from, from + at[k + 1]));
    from += at[k + 1];
  }
  return out;
}

/** @example unpackTokens(doc.text, packTokens(doc.text, doc.tokens)) // deep-equals doc.tokens */
export function packTokens(text: string, tokens: Doc['tokens']): PackedTokens {
  const tags: string[] = [];
  const tagIndex = new Map<string, number>();
  const spans = new Uint32Array(tokens.length * 2);
  let pos = '';
  const lemmas = exceptions();
  const texts = exceptions();
  tokens.forEach((t, i) => {
    spans[2 * i] = t.span.start;
    spans[2 * i + 1] = t.span.end;
    let k = tagIndex.get(t.pos);
    if (k === undefined) {
      k = tags.length;
      tags.push(t.pos);
      tagIndex.set(t.pos, k);
    }
    pos += String.fromCharCode(48 + k);
    if (t.lemma !== t.text.toLowerCase()) lemmas.add(i, t.lemma);
    if (text.slice(t.span.start, t.span.end) !== t.text) texts.add(i, t.text);
  });
  return { spans, pos, tags, lemmaAt: Uint32Array.from(lemmas.at), lemmas: lemmas.values, textAt: Uint32Array.from(texts.at), texts: texts.values };
}

/** The tokens back as objects. */
export function unpackTokens(text: string, p: PackedTokens): Doc['tokens'] {
  const n = p.spans.length / 2;
  const lemmas = unpackExceptions(p.lemmaAt, p.lemmas);
  const texts = unpackExceptions(p.textAt, p.texts);
  const out: Doc['tokens'] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = p.spans[2 * i];
    const end = p.spans[2 * i + 1];
    const surface = texts.get(i) ?? text.slice(start, end);
    out[i] = { text: surface, span: { start, end }, pos: p.tags[p.pos.charCodeAt(i) - 48], lemma: lemmas.get(i) ?? surface.toLowerCase() };
  }
  return out;
}

/** A copy of the document with its tokens packed (`tokens: []`, `packedTokens` set). */
export function withPackedTokens(doc: Doc): Doc & { packedTokens: PackedTokens } {
  return { ...doc, tokens: [], packedTokens: packTokens(doc.text, doc.tokens) };
}

/** Restores a document's tokens from `packedTokens`, if it has them (in place; returns the document). */
export function restoreTokens(doc: Doc): Doc {
  if (doc.packedTokens) {
    doc.tokens = unpackTokens(doc.text, doc.packedTokens);
    delete doc.packedTokens;
  }
  return doc;
}

/**
 * Runs `f` with the document's tokens as objects: a document whose tokens came packed has them unpacked for the
 * call only. As objects, a batch's tokens weighed about 130 MB a thousand articles and lived through the corpus
 * stages; unpacked one document at a time, at most one document's are.
 */
export function withTokens<T>(doc: Doc, f: () => T): T {
  if (doc.tokens.length || !doc.packedTokens) return f();
  doc.tokens = unpackTokens(doc.text, doc.packedTokens);
  try {
    return f();
  } finally {
    doc.tokens = [];
  }
}
