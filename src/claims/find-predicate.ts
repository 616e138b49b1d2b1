/**
 * The predicate a figure or a date belongs to. A figure that is the object of a verb ("agreed to send 1,000
 * sappers") takes that verb; a figure that is a subject ("6,000 troops would be sent") takes the next verb of its
 * clause; a date takes the nearest verb of its clause. Reporting verbs are a last resort.
 */
import type { Span } from '../model/report.ts';
import { REPORTING_VERBS } from '../text/en/claim-patterns.ts';
import { isNameWordInside, isVerbLike, type Tok } from './sentence-parts.ts';

const SKIP_BEFORE = new Set(['ADP', 'DET', 'ADV', 'ADJ', 'PART', 'NUM', 'SYM', 'CCONJ']);

/**
 * @param tokens the sentence's tokens
 * @param span the claim's span
 * @param clause the claim's clause
 * @param kind quantity (object/subject rule) or time (nearest verb)
 */
export function findPredicate(tokens: Tok[], span: Span, clause: Span, kind: 'quantity' | 'time'): Tok | null {
  const inClause = tokens.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end && !(t.span.start >= span.start && t.span.end <= span.end));
  // "According to" is tagged as a verb; it never names an event. Nor does a capitalised word inside the sentence,
  // which is part of a name ("The Associated Press", "Meet the Press").
  const verbs = inClause.filter((t) => {
    const i = tokens.indexOf(t);
    return isVerbLike(tokens, i) && t.lemma !== 'accord' && !isNameWordInside(tokens, i);
  });
  if (!verbs.length) return null;
  // A figure belongs to a content verb, not to the speech act around it; a date may date the speech act itself
  // ("acknowledged … on Monday").
  const content = verbs.filter((t) => !REPORTING_VERBS.has(t.lemma));
  const pool = kind === 'time' ? verbs : content.length ? content : verbs;
  if (kind === 'quantity') {
    // Object: the nearest verb before, with only function words between.
    const before = inClause.filter((t) => t.span.end <= span.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const t = before[i];
      if (verbs.includes(t)) {
        if (pool.includes(t)) return t;
        break;
      }
      if (!SKIP_BEFORE.has(t.pos) && !/^(?:of|an?|the|additional|another|more|some)$/i.test(t.text)) break;
    }
    const after = pool.find((t) => t.span.start >= span.end);
    if (after) return after;
  }
  // A date adverbial attaches to the verb before it in its clause ("signed a treaty in June"), else to the
  // verb after it ("Last July, … Russia and North Korea signed").
  const before = pool.filter((t) => t.span.end <= span.start);
  if (before.length) return before[before.length - 1];
  let best: Tok | null = null;
  let bestD = Infinity;
  for (const t of pool) {
    const d = t.span.start >= span.end ? t.span.start - span.end : span.start - t.span.end;
    if (d < bestD) {
      bestD = d;
      best = t;
    }
  }
  return best;
}
