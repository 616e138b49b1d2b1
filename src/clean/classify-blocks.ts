/**
 * Decides for each block of a page whether it is the article's body, page chrome to remove (navigation,
 * related links, advertising, reader comments, a repeated title), or a derivative passage that restates the
 * article (an appended summary, a teaser repeating the lede), which stays in the text but is marked.
 */
import type { RemovedReason } from '../model/report.ts';
import {
  ADVERTISING_LINE, AUTHOR_NOTE, BYLINE_START, COMMENTS_HEADER, DATELINE_START, FOLLOW_PROMPT, LIST_ITEM, NAVIGATION_LINE, RELATED_LINE,
  RELATED_LINK_WITH_TITLE, SHARE_ROW, SHORTCODE_LINE, SUBSCRIBE_LINE, SUMMARY_HEADER, TAG_LINE,
} from '../text/en/cleaning-patterns.ts';
import type { RawBlock } from './raw-block.ts';
import { containment, contentWords } from '../text/content-words.ts';

export type BlockDecision =
  | { action: 'keep' }
  | { action: 'title' }
  | { action: 'remove'; reason: RemovedReason }
  | { action: 'derivative'; reason: 'summary' | 'teaser' };

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** True for a line that reads like a headline: short, no closing full stop, mostly capitalised words. */
export function isHeadlineLike(s: string): boolean {
  if (s.length < 8 || s.length > 200 || /[.!:;,]$/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 24) return false;
  const content = words.filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (!content.length) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.6;
}

/** Ends like a sentence (a full stop that is not "p.m." or an initial, "!" or "?"). */
const endsSentence = (s: string) => /[!?]["”’']?$/.test(s) || (/\.["”’']?$/.test(s) && !/(?:\b[ap]\.m|\b\p{Lu})\.$/u.test(s));

/** A dateline alone on its line: short, with a digit, not a sentence ("Updated 11:21 pm CST, Nov. 19, 2019"). */
export function isDateline(s: string): boolean {
  return s.length <= 90 && DATELINE_START.test(s) && /\d/.test(s) && !endsSentence(s);
}

/**
 * A byline alone on its line: "By" and a few capitalised names, maybe a date ("By Justine Coleman - 11/18/19
 * 11:04 PM EST"), not a sentence that starts with "By" ("By Monday, the troops had…").
 */
export function isByline(s: string): boolean {
  if (s.length > 120 || !BYLINE_START.test(s) || endsSentence(s)) return false;
  const words = s.slice(3).split(/[\s,|·•–—-]+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:and|und|et|y|e|de|da|van|von|der|la|le|del|di|du)$/i.test(w));
  return words.length > 0 && words.length <= 10 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

/** Short, unpunctuated line: the shape of a link title in a related-links list. */
const isLinkTitle = (s: string) => !/[.!?]["”’']?$/.test(s) && s.split(/\s+/).length <= 16;


export interface ClassifyOptions {
  /** The title known from metadata, if any; blocks repeating it are removed. */
  title: string | null;
  /** Look for a headline in the first line (plain text has no markup to say where the title is). */
  findHeadline: boolean;
}

/**
 * The indexes of the kept blocks. (Arrays here and in `classifyBlocks` are built by loops: the result of `map`
 * had a different hidden class in optimised and unoptimised code, and V8 threw `classifyBlocks`'s optimised code
 * away again and again.)
 */
function keptIndexes(out: BlockDecision[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i < out.length; i++) if (out[i].action === 'keep') kept.push(i);
  return kept;
}

/**
 * @example classifyBlocks([{text:'Skip to content',kind:'paragraph',rawStart:0}], {title:null,findHeadline:true})
 *   // [{ action: 'remove', reason: 'navigation' }]
 */
export function classifyBlocks(blocks: RawBlock[], options: ClassifyOptions): BlockDecision[] {
  const out: BlockDecision[] = [];
  for (let i = 0; i < blocks.length; i++) out.push({ action: 'keep' });
  let title = options.title ? norm(options.title) : null;

  // Page chrome, line by line.
  let inRelated = false;
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i].text.replace(/^#{1,6} /, '');
    if (NAVIGATION_LINE.test(t) || SHARE_ROW.test(t)) out[i] = { action: 'remove', reason: ADVERTISING_LINE.test(t) ? 'advertising' : 'navigation' };
    else if (ADVERTISING_LINE.test(t)) out[i] = { action: 'remove', reason: 'advertising' };
    else if (SUBSCRIBE_LINE.test(t) || FOLLOW_PROMPT.test(t) || TAG_LINE.test(t)) out[i] = { action: 'remove', reason: 'navigation' };
    else if (isDateline(t) || isByline(t) || SHORTCODE_LINE.test(t)) out[i] = { action: 'remove', reason: 'other' };
    else if (RELATED_LINE.test(t)) {
      out[i] = { action: 'remove', reason: 'related-links' };
      inRelated = true;
      continue;
    } else if (RELATED_LINK_WITH_TITLE.test(t) && isLinkTitle(t)) out[i] = { action: 'remove', reason: 'related-links' };
    else if (inRelated && isLinkTitle(t) && !SUMMARY_HEADER.test(t) && !COMMENTS_HEADER.test(t)) out[i] = { action: 'remove', reason: 'related-links' };
    inRelated = inRelated && out[i].action === 'remove';
  }

  // An author's contact or promotion note among the last blocks of the article.
  const kept = keptIndexes(out);
  for (const i of kept.slice(-3)) {
    if (kept.length > 3 && blocks[i].text.length <= 500 && AUTHOR_NOTE.test(blocks[i].text)) out[i] = { action: 'remove', reason: 'other' };
  }

  // Reader comments: from the header to the end of the page. A header in the page's first lines is a menu
  // item, not a comment section.
  for (let i = Math.min(2, blocks.length); i < blocks.length; i++) {
    if (out[i].action === 'keep' && COMMENTS_HEADER.test(blocks[i].text) && i < blocks.length - 1) {
      for (let j = i; j < blocks.length; j++) out[j] = { action: 'remove', reason: 'comments' };
      break;
    }
  }

  // The headline of plain text: the first remaining line, when it reads like one.
  const first = out.findIndex((d) => d.action === 'keep');
  if (options.findHeadline && first >= 0 && blocks.length > 1) {
    const t = blocks[first].text.replace(/^#{1,6} /, '');
    if ((isHeadlineLike(t) || blocks[first].kind === 'heading') && (!title || norm(t) === title)) {
      out[first] = { action: 'title' };
      title = norm(t);
    }
  }
  // A title repeated inside the body.
  if (title) {
    for (let i = 0; i < blocks.length; i++) {
      if (out[i].action === 'keep' && norm(blocks[i].text.replace(/^#{1,6} /, '')) === title) out[i] = { action: 'remove', reason: 'duplicate-title' };
    }
  }

  // An appended summary: its header and the list that follows.
  let summaryEnd = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (out[i].action !== 'keep' || !SUMMARY_HEADER.test(blocks[i].text)) continue;
    let j = i + 1;
    while (j < blocks.length && (LIST_ITEM.test(blocks[j].text) || blocks[j].kind === 'list-item')) j++;
    if (j === i + 1) continue; // a header with nothing after it that restates anything
    for (let k = i; k < j; k++) if (out[k].action === 'keep') out[k] = { action: 'derivative', reason: 'summary' };
    summaryEnd = j;
  }

  // A teaser repeating the lede: a paragraph in the tail (after a summary, or the last body paragraph before
  // trailing chrome) whose content words mostly occur in the first paragraphs.
  const body = keptIndexes(out);
  if (body.length >= 4) {
    const lede = contentWords(blocks[body[0]].text + ' ' + blocks[body[1]].text);
    const lastBody = body[body.length - 1];
    const tail = body.filter((i) => (summaryEnd >= 0 && i >= summaryEnd) || (i === lastBody && i < blocks.length - 1));
    for (const i of tail) {
      if (i === body[0] || i === body[1]) continue;
      const words = contentWords(blocks[i].text);
      if (words.size >= 6 && containment(words, lede) >= 0.5) out[i] = { action: 'derivative', reason: 'teaser' };
    }
  }
  return out;
}
