/**
 * The one wink-nlp instance of the process. wink-nlp loses custom patterns when a second instance is made,
 * so every module that needs tokens, POS tags or sentences takes them from here.
 */
import { createRequire } from 'node:module';
import type { Span } from '../model/report.ts';

const require = createRequire(import.meta.url);
type WinkNLP = typeof import('wink-nlp').default;

let instance: ReturnType<WinkNLP> | null = null;

/**
 * The shared wink-nlp instance (created on first use). The model is loaded then too, not on import: a main thread
 * that leaves the per-document stages to worker threads never needs it (about 25 MB, and 33 more for the instance).
 */
export function nlp(): ReturnType<WinkNLP> {
  // wink-nlp and its model are CommonJS.
  instance ??= (require('wink-nlp') as WinkNLP)(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  return instance;
}

/** One token with its span in the analysed text and its universal POS tag. */
export interface Token {
  text: string;
  span: Span;
  pos: string;
  /** The lemma ("sent" → "send"). */
  lemma: string;
}

/**
 * Tokenises `text` and returns tokens with exact spans (re-aligned through `precedingSpaces`)
 * and sentence spans. Offsets are relative to `text`.
 *
 * @example tokenize('Kim met Putin.').tokens[0] // { text: 'Kim', span: {start:0,end:3}, pos: 'PROPN', ... }
 */
export function tokenize(text: string): { tokens: Token[]; sentences: Span[] } {
  // Stages of one document ask for the same text in turn (sentences, then entities): keep the last result.
  if (text === last.text && last.result) return last.result;
  const result = tokenizeUncached(text);
  last.text = text;
  last.result = result;
  return result;
}

const last: { text: string | null; result: { tokens: Token[]; sentences: Span[] } | null } = { text: null, result: null };

/** Longest piece given to wink-nlp at once: its cost grows faster than linearly on some odd inputs. */
export const MAX_PIECE = 6_000;

function tokenizeUncached(text: string): { tokens: Token[]; sentences: Span[] } {
  if (text.length <= MAX_PIECE) return tokenizePiece(text);
  // Cut at a line break (else a space) before the limit, and shift each piece's spans back into place.
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + MAX_PIECE);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      const sp = text.lastIndexOf(' ', end);
      const cut = nl > at + MAX_PIECE / 2 ? nl : sp > at + MAX_PIECE / 2 ? sp : end;
      end = cut;
    }
    const piece = tokenizePiece(text.slice(at, end));
    for (const t of piece.tokens) tokens.push({ text: t.text, span: { start: t.span.start + at, end: t.span.end + at }, pos: t.pos, lemma: t.lemma });
    for (const s of piece.sentences) sentences.push({ start: s.start + at, end: s.end + at });
    at = end;
  }
  return { tokens, sentences };
}

function tokenizePiece(text: string): { tokens: Token[]; sentences: Span[] } {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  // Whole-collection outputs: one call per property instead of one per token and property.
  // (wink's typings do not accept every `its` helper on a collection, though wink does.)
  const tokenList = doc.tokens();
  const out = (f?: unknown) => (tokenList.out as (f?: unknown) => string[]).call(tokenList, f);
  const surfaces = out();
  const spaces = out(its.precedingSpaces);
  const pos = out(its.pos);
  const lemma = out(its.lemma);
  const all: Token[] = new Array(surfaces.length);
  let cursor = 0;
  for (let i = 0; i < surfaces.length; i++) {
    const surface = surfaces[i];
    const at = text.indexOf(surface, cursor);
    // wink may normalise a token's surface (rare); fall back to the running cursor.
    const start = at >= 0 && at - cursor <= spaces[i].length + 2 ? at : cursor;
    const end = Math.min(text.length, start + surface.length);
    cursor = end;
    all[i] = { text: surface, span: { start, end }, pos: pos[i], lemma: lemma[i] };
  }
  const tokens = all.filter((t) => t.text.trim() !== '');
  const sentences: Span[] = [];
  doc.sentences().each((s: any) => {
    const [a, b] = s.out(its.span) as [number, number];
    if (!all[a] || !all[b]) return;
    let start = all[a].span.start;
    let end = all[b].span.end;
    // wink keeps line breaks inside tokens at sentence edges: trim them off the span.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ start, end });
  });
  return { tokens, sentences };
}
