/**
 * Infers a publication date from the text when metadata gives none: a dateline near the top ("June 17, 2025 —",
 * "Published 17 June 2025"), else the latest fully specified past date the text names (news reports the recent
 * past), moved forward to a weekday the text names ("on Tuesday") when that weekday follows it within a week.
 * Returns null when the text names no full date: relative expressions alone ("an hour ago", "two days later")
 * cannot place a text in time.
 */
import { chronoNode } from '../text/chrono.ts';

const FUTURE_CUE = /\b(?:will|shall|expected|scheduled|set to|plans? to|planned|due to|upcoming|next|to be held|would)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_REF = /\b(?:on|last|this|since|from|until)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * @param text the cleaned text
 * @param title the document's title, if any (datelines sometimes sit there)
 * @example inferPublished('WASHINGTON, March 3, 2024 — Officials said…', null) // '2024-03-03'
 */
export function inferPublished(text: string, title: string | null): string | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const full = (s: string) => {
    try {
      return chronoNode().strict.parse(s, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
        .filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day') && !fromReference(r));
    } catch {
      return [];
    }
  };
  const head = ((title ?? '') + '\n' + sample.slice(0, 300));
  const dateline = full(head)[0];
  if (dateline) return iso(utcDay(dateline.start.date()));

  let latest: Date | null = null;
  let latestAt = -1;
  for (const r of full(sample)) {
    const sentenceStart = Math.max(sample.lastIndexOf('.', r.index), sample.lastIndexOf('\n', r.index)) + 1;
    const sentenceEnd = sample.indexOf('.', r.index + r.text.length);
    const sentence = sample.slice(sentenceStart, sentenceEnd < 0 ? undefined : sentenceEnd);
    if (FUTURE_CUE.test(sentence)) continue;
    const d = utcDay(r.start.date());
    if (!latest || d > latest) {
      latest = d;
      latestAt = r.index;
    }
  }
  if (!latest) return null;
  // A weekday named after the latest date ("… on Tuesday") usually is the day of the news itself.
  for (const m of sample.slice(latestAt).matchAll(WEEKDAY_REF)) {
    const want = WEEKDAYS.indexOf(m[1].toLowerCase());
    const ahead = (want - latest.getUTCDay() + 7) % 7;
    if (ahead > 0 && ahead < 7) return iso(new Date(latest.getTime() + ahead * 86400000));
    break;
  }
  return iso(latest);
}

/**
 * Whether chrono worked a result out from the reference date alone: "about an hour ago", "two days later" come out
 * with every part certain, but they name no date (tagged relative, with no parser of a written date among their tags).
 */
function fromReference(r: { tags?: () => Set<string> }): boolean {
  const tags = [...(r.tags?.() ?? [])];
  return tags.some((t) => t.startsWith('result/relative')) && !tags.some((t) => t.startsWith('parser/'));
}

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}
