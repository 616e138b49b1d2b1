/**
 * A readable label for a story from its first document when the document has no title: its first line, when
 * that line reads like a headline (a few words, not a link, not a whole paragraph).
 */
import { STORY_URL } from '../text/en/story-words.ts';

/** Longest headline, in characters; a longer first line is the lede, not a headline. */
export const HEADLINE_MAX_LENGTH = 160;

/**
 * The first line of `text` that reads like a headline, or null.
 *
 * @example storyHeadline('http://x.com/a\n\nQuake hits Chile\n\nA strong quake…') // 'Quake hits Chile'
 */
export function storyHeadline(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.replace(STORY_URL, '').trim() === '') continue;
    const words = line.split(/\s+/).length;
    if (words >= 2 && line.length <= HEADLINE_MAX_LENGTH) return line;
    return null;
  }
  return null;
}
