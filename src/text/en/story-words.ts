/**
 * English words and patterns of story clustering: which tokens say nothing about which event a report covers
 * (function words, newsroom verbs, weekdays), which ones date it (months), and how a text is cut into tokens.
 * Every pattern is linear-time (see test/patterns-redos.test.ts).
 */

/**
 * Links in a text: a link names a page, not the event, and its path words ("www", "html", the site's section
 * names) would make every report of one site look alike.
 *
 * @example 'see http://x.com/a-b.html now'.replace(STORY_URL, ' ') // 'see   now'
 */
export const STORY_URL = /\b(?:https?:\/\/|www\.)[^\s<>"]*/giu;

/** What every match of STORY_URL holds: no letter folds to h, t, p or w but those, whatever the case. */
const URL_HINT = /http|www\./i;

/**
 * The text with its links blanked out (see STORY_URL). Most texts have none: a plain search for what each link
 * holds tells, at a tenth of the cost of STORY_URL's scan (whose `\b` under `iu` takes each position in turn).
 * @example storyTextWithoutUrls('see http://x.com/a-b.html now') // 'see   now'
 */
export function storyTextWithoutUrls(text: string): string {
  return URL_HINT.test(text) ? text.replace(STORY_URL, ' ') : text;
}

/**
 * Tokens of a text: a number (with its decimal or thousands separators, so that "6.1" and "2,000" stay one
 * figure) or a word (letters, with inner apostrophes as in "O'Connor"). Hyphens split words, so that
 * "second-in-command" and "second in command" give the same tokens.
 *
 * @example 'A 6.1 quake hit O’Brien’s town'.match(STORY_TOKEN) // ['A', '6.1', 'quake', 'hit', 'O’Brien’s', 'town']
 */
export const STORY_TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;

/**
 * Whitespace only (no punctuation): two capitalised words separated by it belong to one name ("Betty Page"),
 * while "Paris, Texas" or "Obama. Then" are two.
 *
 * @example STORY_NAME_GAP.test(' ') // true
 */
export const STORY_NAME_GAP = /^[ \t]{1,3}$/u;

/** Words that say nothing about which event a report covers: function words and the newsroom's own verbs. */
export const STORY_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against ago all almost along already also although always am among an
and another any anyone anything are around as at back be became because become becomes been before being below
beside besides between beyond both but by can cannot could did do does doing done down due during each either else
even ever every few for former from further get gets getting got had has have having he her here hers herself him
himself his how however i if in including into is it its itself just last least less like made make many may me
meanwhile might mine more moreover most mostly much must my myself near neither never nevertheless new next no
nobody none nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps please put quite rather re really said same say saying says see seem seemed seems several she
should since so some somehow someone something sometime sometimes still such than that the their theirs them
themselves then there thereby therefore these they this those though through throughout thus to together too
toward towards under until up upon us very via was we well were what whatever when whenever where whereas whether
which while who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
told added according reported report reports reporting reporter reporters news told tell tells asked statement
mr mrs ms dr st jr inc ltd co percent http https www com html htm php asp org net
updated update posted published updates copyright rights reserved photo photos video videos image images caption
file click share email print comments comment read more story stories article articles page home subscribe`.split(/\s+/),
);

/** Clock times and time zones of datelines ("Last updated at 14:39 GMT"): when a page was touched, not what it reports. */
export const STORY_CLOCK_WORDS: ReadonlySet<string> = new Set(
  'am pm gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ist jst aest aedt hkt sgt msk'.split(' '),
);

/**
 * A clock time ("14:39", "1:12"): when a page was updated says nothing about the event.
 *
 * @example STORY_CLOCK_TIME.test('14:39') // true
 */
export const STORY_CLOCK_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

/** Weekday names: every story has a Tuesday, so they neither name nor date an event. */
export const STORY_WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight'.split(' '),
);

/** Month names (and their abbreviations): with a day or a year they date an event, like a figure does. */
export const STORY_MONTHS: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);
