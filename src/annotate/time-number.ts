/**
 * Reads the number of a duration: digits or English number words.
 */
import { DIGIT_START_RE, NUMBER_TOKEN_RE, NUMBER_WORDS, VAGUE_QUANTIFIERS } from '../text/en/time-patterns.ts';

/**
 * The value of a number phrase, or null when it is vague ("several", "a few") or unreadable.
 * @param phrase digits ("24", "1,000", "2 1/2", "1.5") or words ("twenty-four", "a hundred thirty", "one and a half")
 * @example timeNumber('twenty four') // 24
 */
export function timeNumber(phrase: string): number | null {
  const p = phrase.trim().toLowerCase();
  if (VAGUE_QUANTIFIERS.has(p)) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const tok of p.match(NUMBER_TOKEN_RE) ?? []) {
    if (DIGIT_START_RE.test(tok)) {
      if (tok.includes('/')) {
        const [a, b] = tok.split('/').map(Number);
        if (!b) return null;
        current += a / b;
      } else current += Number(tok.split(',').join(''));
      seen = true;
      continue;
    }
    if (tok === 'and') continue;
    if (tok === 'half') {
      current += 0.5;
      seen = true;
      continue;
    }
    if (tok === 'a' && seen) continue; // "and a half"
    const v = NUMBER_WORDS.get(tok);
    if (v === undefined) return null;
    seen = true;
    if (v === 100 || tok === 'dozen') current = (current || 1) * v;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
  }
  if (!seen) return null;
  const n = total + current;
  return Number.isFinite(n) ? n : null;
}
