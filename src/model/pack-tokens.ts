/**
 * A compact form of a document's tokens for crossing threads and for storage: parallel arrays instead of one
 * object per token (a 4 KB article has about 800 tokens; as objects they weigh twenty times its text).
 */
import type { Doc } from './doc.ts';

export interface PackedTokens {
  /** start, end of each token, flattened. */
  spans: number[];
  /** POS tags, one code point each (index into `tags`). */
  pos: string;
  tags: string[];
  /** Lemmas, '' where the lemma is the lower-cased text. */
  lemmas: string[];
  /** Token texts, '' where the text is the slice of the document at the span. */
  texts: string[];
}

/** @example unpackTokens(doc.text, packTokens(doc.text, doc.tokens)) // deep-equals doc.tokens */
export function packTokens(text: string, tokens: Doc['tokens']): PackedTokens {
  const tags: string[] = [];
  const tagIndex = new Map<string, number>();
  const spans: number[] = new Array(tokens.length * 2);
  let pos = '';
  const lemmas: string[] = new Array(tokens.length);
  const texts: string[] = new Array(tokens.length);
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
    lemmas[i] = t.lemma === t.text.toLowerCase() ? '' : t.lemma;
    texts[i] = text.slice(t.span.start, t.span.end) === t.text ? '' : t.text;
  });
  return { spans, pos, tags, lemmas, texts };
}

/** The tokens back as objects. */
export function unpackTokens(text: string, p: PackedTokens): Doc['tokens'] {
  const out: Doc['tokens'] = new Array(p.lemmas.length);
  for (let i = 0; i < p.lemmas.length; i++) {
    const start = p.spans[2 * i];
    const end = p.spans[2 * i + 1];
    const surface = p.texts[i] || text.slice(start, end);
    out[i] = { text: surface, span: { start, end }, pos: p.tags[p.pos.charCodeAt(i) - 48], lemma: p.lemmas[i] || surface.toLowerCase() };
  }
  return out;
}

/** A copy of the document with its tokens packed (`tokens: []`, `packedTokens` set). */
export function withPackedTokens(doc: Doc): Doc & { packedTokens: PackedTokens } {
  return { ...doc, tokens: [], packedTokens: packTokens(doc.text, doc.tokens) };
}

/** Restores a document's tokens from `packedTokens`, if it has them (in place; returns the document). */
export function restoreTokens(doc: Doc & { packedTokens?: PackedTokens }): Doc {
  if (doc.packedTokens) {
    doc.tokens = unpackTokens(doc.text, doc.packedTokens);
    delete doc.packedTokens;
  }
  return doc;
}
