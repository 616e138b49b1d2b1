/**
 * The one wink-nlp instance of the process. wink-nlp loses custom patterns when a second instance is made,
 * so every module that needs tokens, POS tags or sentences takes them from here.
 */
import { createRequire } from 'node:module';
import type { Span } from '../model/report.ts';

const require = createRequire(import.meta.url);
// wink-nlp and its model are CommonJS.
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
const model = require('wink-eng-lite-web-model');

let instance: ReturnType<typeof winkNLP> | null = null;

/** The shared wink-nlp instance (created on first use). */
export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/** One token with its span in the analysed text and its universal POS tag. */
export interface Token {
  text: string;
  span: Span;
  pos: string;
  /** Lemma-like normal form (lower case). */
  normal: string;
}

/**
 * Tokenises `text` and returns tokens with exact spans (re-aligned through `precedingSpaces`)
 * and sentence spans. Offsets are relative to `text`.
 *
 * @example tokenize('Kim met Putin.').tokens[0] // { text: 'Kim', span: {start:0,end:3}, pos: 'PROPN', ... }
 */
export function tokenize(text: string): { tokens: Token[]; sentences: Span[] } {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokens: Token[] = [];
  let cursor = 0;
  doc.tokens().each((t: any) => {
    const surface: string = t.out();
    const at = text.indexOf(surface, cursor);
    // wink may normalise a token's surface (rare); fall back to the running cursor.
    const start = at >= 0 && at - cursor <= (t.out(its.precedingSpaces) as string).length + 2 ? at : cursor;
    const end = Math.min(text.length, start + surface.length);
    tokens.push({ text: surface, span: { start, end }, pos: t.out(its.pos), normal: t.out(its.normal) });
    cursor = end;
  });
  const sentences: Span[] = [];
  doc.sentences().each((s: any) => {
    const [a, b] = s.out(its.span) as [number, number];
    if (tokens[a] && tokens[b]) sentences.push({ start: tokens[a].span.start, end: tokens[b].span.end });
  });
  return { tokens, sentences };
}
