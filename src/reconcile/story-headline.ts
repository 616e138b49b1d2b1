/**
 * A readable label for a story from one of its documents when the document has no title: its first line that
 * reads like a headline. Scraped and wire texts often open with a link, a dateline or a timestamp ("Last updated
 * at 14:39 GMT", "27 NOVEMBER, 2005"); those are skipped, since they would label every story alike.
 */
import { STORY_CLOCK_WORDS, STORY_MONTHS, STORY_STOP_WORDS, STORY_TOKEN, STORY_WEEKDAYS, storyTextWithoutUrls } from '../text/en/story-words.ts';

/** Longest label, in characters; a longer first line is a whole lede, not a headline. */
export const HEADLINE_MAX_LENGTH = 160;

/** Fewest words of content (not dates, times, function words) that a line needs to read as a headline. */
export const HEADLINE_MIN_WORDS = 2;

/**
 * The first line of `text` that reads like a headline (a few words of content, not a link or a timestamp), or
 * null when the first such line is too long to be one.
 *
 * @example storyHeadline('http://x.com/a\n\n27 NOVEMBER, 2005\n\nQuake hits Chile\n\nA strong quake…') // 'Quake hits Chile'
 */
export function storyHeadline(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (contentWords(storyTextWithoutUrls(line)) < HEADLINE_MIN_WORDS) continue;
    return line.length <= HEADLINE_MAX_LENGTH ? line : null;
  }
  return null;
}

/** Words of a line that are neither function words nor parts of a date or a time. */
function contentWords(line: string): number {
  let n = 0;
  for (const m of line.matchAll(STORY_TOKEN)) {
    const w = m[0].toLowerCase();
    if (/^\p{L}/u.test(w) && w.length > 1 && !STORY_STOP_WORDS.has(w) && !STORY_MONTHS.has(w) && !STORY_WEEKDAYS.has(w) && !STORY_CLOCK_WORDS.has(w)) n++;
  }
  return n;
}
