/**
 * English patterns and word lists of the temporal expression tagger (src/annotate/find-times.ts). Every RegExp is
 * linear-time: alternations of fixed words, bounded repetitions, no nested quantifiers over overlapping pieces
 * (checked by test/patterns-redos.test.ts). Matching is case-insensitive; the tagger checks capitalisation where a
 * word is ambiguous ("May", "March").
 */

// ---------------------------------------------------------------------------------------------------------------
// Word lists

/** Month names and their common abbreviations → month number (1–12). Keys are lower case, without the dot. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names → ISO weekday number (Monday 1 … Sunday 7). */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Number words → value ("twenty" → 20); compounds ("twenty-four") are summed by the parser. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90], ['hundred', 100], ['thousand', 1000], ['dozen', 12],
]);

/** Ordinal words → value ("third" → 3), for quarters, halves and centuries. */
export const ORDINAL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11],
  ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21],
]);

/** Vague quantity words before a unit: the duration gets an X ("several years" → PXY). */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'a few', 'few', 'several', 'some', 'many', 'a number of', 'numerous', 'a couple of', 'a couple', 'couple of',
  'dozens of', 'hundreds of', 'thousands of', 'a several',
]);

/** Duration units → TIMEX3 designator: `T` prefix for clock units, decades and centuries as years. */
export const UNIT_CODES: ReadonlyMap<string, { code: string; clock: boolean; factor: number }> = new Map([
  ['second', { code: 'S', clock: true, factor: 1 }], ['minute', { code: 'M', clock: true, factor: 1 }],
  ['hour', { code: 'H', clock: true, factor: 1 }], ['day', { code: 'D', clock: false, factor: 1 }],
  ['night', { code: 'D', clock: false, factor: 1 }], ['week', { code: 'W', clock: false, factor: 1 }],
  ['weekend', { code: 'WE', clock: false, factor: 1 }], ['fortnight', { code: 'W', clock: false, factor: 2 }],
  ['month', { code: 'M', clock: false, factor: 1 }], ['quarter', { code: 'Q', clock: false, factor: 1 }],
  ['year', { code: 'Y', clock: false, factor: 1 }], ['decade', { code: 'Y', clock: false, factor: 10 }],
  ['century', { code: 'Y', clock: false, factor: 100 }], ['millennium', { code: 'Y', clock: false, factor: 1000 }],
]);

/** Duration modifiers (left of the expression, inside the TIMEX3 extent) → TIMEX3 `mod`. */
export const DURATION_MODS: ReadonlyMap<string, string> = new Map([
  ['nearly', 'APPROX'], ['almost', 'APPROX'], ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'],
  ['roughly', 'APPROX'], ['some', 'APPROX'], ['an estimated', 'APPROX'], ['close to', 'APPROX'], ['circa', 'APPROX'],
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['well over', 'MORE_THAN'], ['just over', 'MORE_THAN'],
  ['upwards of', 'MORE_THAN'], ['longer than', 'MORE_THAN'], ['in excess of', 'MORE_THAN'],
  ['less than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['fewer than', 'LESS_THAN'], ['just under', 'LESS_THAN'],
  ['shorter than', 'LESS_THAN'], ['at least', 'EQUAL_OR_MORE'], ['no less than', 'EQUAL_OR_MORE'],
  ['no fewer than', 'EQUAL_OR_MORE'], ['a minimum of', 'EQUAL_OR_MORE'], ['up to', 'EQUAL_OR_LESS'],
  ['at most', 'EQUAL_OR_LESS'], ['no more than', 'EQUAL_OR_LESS'], ['not more than', 'EQUAL_OR_LESS'],
  ['a maximum of', 'EQUAL_OR_LESS'], ['within', 'EQUAL_OR_LESS'], ['only', 'EQUAL_OR_LESS'], ['just', 'EQUAL_OR_LESS'],
  ['barely', 'EQUAL_OR_LESS'], ['fully', 'EQUAL_OR_MORE'], ['a full', 'EQUAL_OR_MORE'],
]);

/** Point modifiers before a date (inside the extent) → TIMEX3 `mod`. */
export const POINT_MODS: ReadonlyMap<string, string> = new Map([
  ['early', 'START'], ['earlier', 'START'], ['the beginning of', 'START'], ['the start of', 'START'],
  ['the early part of', 'START'], ['the first part of', 'START'], ['the dawn of', 'START'],
  ['late', 'END'], ['later', 'END'], ['the end of', 'END'], ['the close of', 'END'], ['the latter part of', 'END'],
  ['the last part of', 'END'], ['the tail end of', 'END'],
  ['mid', 'MID'], ['the middle of', 'MID'], ['the mid', 'MID'],
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'], ['circa', 'APPROX'],
  ['nearly', 'APPROX'], ['almost', 'APPROX'], ['some', 'APPROX'],
]);

/** Decade words → their tens digit ("nineties" → 9). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8],
  ['nineties', 9],
]);

/** Seasons → TIMEX3 season code. */
export const SEASON_CODES: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day → TIMEX3 code appended to a date ("Friday morning" → 1998-02-13TMO). */
export const DAY_PART_CODES: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
  ['midday', 'MI'], ['mid-afternoon', 'AF'], ['mid afternoon', 'AF'], ['tonight', 'NI'],
]);

/** Adverbs and phrases whose TIMEX3 value is PRESENT_REF, PAST_REF or FUTURE_REF (lower case). */
export const REF_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['right now', 'PRESENT_REF'], ['just now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'],
  ['current', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['at the moment', 'PRESENT_REF'],
  ['at this time', 'PRESENT_REF'], ['at this point', 'PRESENT_REF'], ['the present', 'PRESENT_REF'],
  ['this time', 'PRESENT_REF'], ['the moment', 'PRESENT_REF'], ['today', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['recent', 'PAST_REF'], ['the past', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['formerly', 'PAST_REF'], ['previously', 'PAST_REF'], ['more recently', 'PAST_REF'], ['most recently', 'PAST_REF'],
  ['recent years', 'PAST_REF'], ['past years', 'PAST_REF'], ['years past', 'PAST_REF'],
  ['the future', 'FUTURE_REF'], ['future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'],
  ['the foreseeable future', 'FUTURE_REF'], ['the distant future', 'FUTURE_REF'], ['the near term', 'FUTURE_REF'],
  ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'], ['the longer term', 'FUTURE_REF'],
  ['the medium term', 'FUTURE_REF'], ['a later date', 'FUTURE_REF'], ['as soon as possible', 'FUTURE_REF'],
  ['soon', 'FUTURE_REF'], ['someday', 'FUTURE_REF'], ['some day', 'FUTURE_REF'], ['the years ahead', 'FUTURE_REF'],
  ['the months ahead', 'FUTURE_REF'], ['the days ahead', 'FUTURE_REF'], ['the weeks ahead', 'FUTURE_REF'],
  ['coming quarters', 'FUTURE_REF'], ['upcoming months', 'FUTURE_REF'],
]);

/** Words after "current" that make it no time at all ("current account", "electric current"). */
export const CURRENT_NOT_TIME: ReadonlySet<string> = new Set([
  'account', 'accounts', 'affairs', 'events', 'flow', 'flows', 'density', 'voltage', 'carrying', 'limit',
]);

/** Words after a bare "May" that show the modal verb, not the month ("May be", "May I"). */
export const MAY_MODAL_NEXT: ReadonlySet<string> = new Set([
  'be', 'have', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'not', 'also', 'well', 'never', 'still', 'even',
  'already', 'soon', 'take', 'make', 'need', 'want', 'come', 'go', 'get', 'do', 'seem', 'face', 'lose', 'help',
  'the', 'a', 'this', 'that', 'there', 'one', 'only', 'just', 'all', 'each', 'require', 'result', 'cause', 'become',
]);

/** Words after "March"/"march" that show the verb or the noun of marching, not the month. */
export const MARCH_NOT_MONTH_NEXT: ReadonlySet<string> = new Set([
  'on', 'to', 'through', 'toward', 'towards', 'into', 'against', 'past', 'in', 'for', 'from', 'of', 'and', 'was', 'were',
  'is', 'will', 'down', 'up', 'along', 'across', 'out', 'organizers', 'participants',
]);

/** Future-tense cues near a bare month or weekday: the nearest cue decides past or future. */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', "won't", 'expected', 'expects', 'scheduled', 'upcoming', 'coming', 'tomorrow', 'soon',
  'forecast', 'forecasts', 'projected', 'slated', 'intends', 'planning', 'would', 'going', 'await',
  'awaits', 'awaiting', 'preparing', 'hopes', 'vows', 'promises', 'threatens', 'aims', 'supposed', 'effective',
  'pending', 'later', 'could', 'might', 'should', 'must', 'may',
])

/** Words before "to" that make it a plan: "set to", "due to", "is to", "going to". */
export const TO_FUTURE_HEADS: ReadonlySet<string> = new Set([
  'set', 'due', 'is', 'are', 'going', 'scheduled', 'expected', 'plans', 'plan', 'planning', 'ready', 'poised', 'decided',
  'supposed', 'slated', 'intends', 'intended', 'wants', 'hopes', 'aims', 'agreed', 'promised', 'vowed', 'threatened',
]);

/** Auxiliaries that take a participle ("will be named", "was completed"): the participle is then no past cue. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'to', 'get', 'gets', 'got', "'s", 'am',
]);

/** Participles that point ahead after an auxiliary: "was planned for March", "is scheduled for Monday". */
export const FUTURE_PARTICIPLES: ReadonlySet<string> = new Set(['planned', 'scheduled', 'expected', 'set', 'slated', 'due', 'timed']);

/** Past-tense cues (irregular past forms; regular ones end in -ed and are recognised by the suffix). */
export const PAST_CUES: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'met', 'left', 'began', 'took', 'gave', 'made', 'held',
  'rose', 'fell', 'won', 'lost', 'sold', 'bought', 'paid', 'brought', 'thought', 'found', 'got', 'saw', 'became',
  'ran', 'spoke', 'wrote', 'broke', 'chose', 'drove', 'flew', 'grew', 'kept', 'led', 'meant', 'quit', 'sent', 'shot',
  'spent', 'stood', 'struck', 'swore', 'taught', 'threw', 'understood', 'woke', 'wore', 'ago', 'yesterday', 'earlier',
  'fought', 'hung', 'lay', 'laid', 'sought', 'shook', 'slid', 'sank', 'sprang', 'stole', 'swept', 'tore', 'withdrew',
  'overcame', 'undertook', 'forbade', 'foresaw', 'upheld', 'withheld', 'outlined', 'felt', 'heard', 'knew', 'dealt',
  'been', 'since', 'have',
])

/** Words ending in -ed that are not past-tense cues (adjectives and future-leaning participles). */
export const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'expected', 'scheduled', 'planned', 'projected', 'proposed', 'supposed', 'intended', 'slated', 'needed', 'red', 'bed', 'shed',
  'hundred', 'united', 'related', 'based', 'interested', 'limited', 'advanced', 'detailed', 'concerned', 'unexpected',
  'unprecedented', 'seed', 'speed', 'feed', 'need', 'deed', 'weed', 'breed', 'greed', 'indeed', 'bleed', 'ted', 'fred',
  'ned', 'ahmed', 'mohammed', 'muhammed', 'mohamed', 'hamed', 'reed', 'creed', 'steed', 'tweed', 'wed', 'led',
]);

// ---------------------------------------------------------------------------------------------------------------
// Regular expression pieces (strings), composed into the exported RegExps below

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Duration units, singular or plural. */
const UNIT = '(?:centur(?:y|ies)|millenni(?:um|a)|(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade)s?)';
const MONTH = '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\\.|\\b))';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
const YEAR_WORDS = `(?:nineteen(?: hundred)?(?: and)? (?:${TENS})(?:[- ](?:${ONES}))?|nineteen(?: hundred)?(?: and)? (?:${TEENS}|${ONES})|two thousand(?:(?: and)? (?:${TEENS}|${ONES}))?)`;
const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const DAY_PART = '(?:morning|afternoon|evening|night)';

// ---------------------------------------------------------------------------------------------------------------
// Exported RegExps (all global and case-insensitive unless noted)

/**
 * A duration unit word and what may follow it inside the extent ("-long", "-old", " and a half"); the count
 * before it ("two", "24", "nearly eight", "a couple of") is read backwards by the number reader. Groups `unit`,
 * `tail`.
 */
export const DURATION_UNIT_RE = new RegExp(`(?<=[ -])(?<unit>${UNIT})(?!\\w|'\\w)(?<tail>-long|-old| and a half\\b)?`, 'gi');

/** Digits at the end of a bounded slice: "24", "1,000", "2.5", "2 1/2" (groups `n`, `num`, `den`). */
export const DIGITS_AT_END_RE = /(?:^|[^\d,./])(?<n>\d{1,3}(?:,\d{3}){1,3}|\d{1,6}(?:\.\d{1,3})?)(?: (?<num>[13])\/(?<den>[24]))?$/;

/** A vague count at the end of a bounded slice: "several", "a few", "a couple of", "dozens of". Group `q`. */
export const VAGUE_AT_END_RE = /(?:^|[^\w'])(?<q>a few|a couple of|a couple|couple of|several|few|some|many|a number of|numerous|dozens of|hundreds of|thousands of)$/i;

/** Adjectives between a count and its unit: "20 more years", "eight trading days", "two full weeks". */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  'more', 'additional', 'full', 'straight', 'consecutive', 'trading', 'business', 'calendar', 'working', 'extra', 'long',
  'whole', 'solid', 'successive', 'remaining', 'further', 'short', 'single',
]);

/** "a year and a half", "an hour and a half": a unit and a half. Group `unit`. */
export const UNIT_AND_A_HALF_RE = new RegExp(`\\b(?:a|an|one) (?<unit>${UNIT}) and a half\\b`, 'gi');

/** Words of an earnings comparison ("net income of $5 million, or 10 cents a share, a year earlier"). */
export const FINANCIAL_WORDS_RE = /\b(?:net|profit|earn(?:ed|ings)?|revenues?|sales|loss|income|cents a share|a share|results)\b/i;

/**
 * Bare plural units after a determiner or preposition that makes them a vague duration: "for months", "in
 * years", "the years", "recent weeks", "coming years". Groups `pre` (the cue word, outside the extent unless it
 * is an adjective) and `unit`.
 */
export const VAGUE_UNITS_RE = new RegExp(
  `\\b(?<pre>for|over|in|within|after|recent|coming|the coming|the next|the past|the last|the first|the early|the last few|the past few|the next few|the past several|the next several|the first few|the last several|recent|long|many|weeks or|days or|months or|hours or)(?: few| several| many)? (?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)\\b`,
  'gi',
);

/** "N units ago|earlier|later|before|after|from now|back" or "a year ago": the suffix that makes a date. */
export const OFFSET_SUFFIX_RE = /^(?<sep>,? )(?<dir>ago|earlier|later|before|after|from now|back|hence|previously|prior|since|on)\b/i;

/** Left modifiers of a duration inside the extent: "nearly", "more than", "at least", "up to", "within". */
export const DURATION_MOD_LEFT_RE =
  /(?:^|[^\w'])(?<mod>nearly|almost|about|around|approximately|roughly|some|an estimated|close to|circa|more than|well over|just over|upwards of|longer than|in excess of|less than|under|fewer than|just under|shorter than|at least|no less than|no fewer than|a minimum of|up to|at most|no more than|not more than|a maximum of)\s$/i;

/**
 * Left determiners of a duration inside the extent: "the past", "the last", "the next", "the first", "the
 * previous", "another", "each of the past", "the", "past", "last", "next", "the latest", "the year-earlier".
 */
export const DURATION_DET_LEFT_RE =
  /(?:^|[^\w'-])(?<det>each of the past|each of the last|each of the next|the past|the last|the next|the first|the final|the previous|the preceding|the following|the coming|the remaining|the latest|the initial|the ensuing|the year-earlier|the year-ago|the same|the full|the entire|the whole|the better part of|the best part of|the|past|last|next|first|another|an additional|a further|an extra)\s$/i;

/**
 * Point modifiers before a date inside the extent: "early", "late", "mid-", "the end of", "the beginning of",
 * "the middle of", "around".
 */
export const POINT_MOD_LEFT_RE =
  /(?:^|[^\w'-])(?<mod>early|earlier|late|later|the beginning of|the start of|the early part of|the first part of|the end of|the close of|the latter part of|the last part of|the tail end of|the middle of|mid|the mid|about|around|approximately|roughly|circa|nearly|almost|some)(?<sep>\s|-)$/i;

/**
 * Relative calendar units: "last year", "this week", "next month", "the past year", "this past weekend", "the
 * coming year", "the following month", "the same week", "the previous day". Groups `rel` and `unit`.
 */
export const RELATIVE_UNIT_RE = new RegExp(
  `\\b(?<rel>last|this|next|this past|this coming|the past|the last|the next|the coming|the following|the previous|the preceding|the prior|the same|that|the current|the latest|the full|the entire|the whole|a|the|past)(?: (?<fiscal>fiscal|calendar|financial|school|academic|model))? (?<unit>week|weekend|month|year|quarter|decade|century|day|season)\\b(?!-\\w)`,
  'gi',
);

/** "earlier this year", "later this month", "early next week", "late last year", "earlier in the year". */
export const EARLY_LATE_RELATIVE_RE = new RegExp(
  `\\b(?<mod>earlier|later|early|late|mid)[ -](?:(?<rel>this|last|next|in the|that|the same)|in (?<rel2>the|this|that)) (?<unit>week|weekend|month|year|quarter|decade|century|season|day|morning|afternoon|evening)\\b`,
  'gi',
);

/** The days around publication: "today", "yesterday", "tomorrow", "tonight", "the day before yesterday". */
export const DEICTIC_DAY_RE =
  /\b(?<pre>the day before |the day after |earlier |later |early |late )?(?<day>today|yesterday|tomorrow|tonight|overnight)(?<part>'s)?(?: (?<dp>morning|afternoon|evening|night))?\b/gi;

/** "this morning", "last night", "this afternoon", "tomorrow night" handled by DEICTIC_DAY_RE; here "this|last …". */
export const DEICTIC_PART_RE = new RegExp(
  `\\b(?<pre>early |late |earlier |later |mid-?)?(?<rel>this|last|the|that) (?<dp>${DAY_PART})\\b`,
  'gi',
);

/**
 * A weekday, optionally with last/this/next and a part of the day: "Tuesday", "last Friday", "this coming
 * Sunday", "Friday morning", "early Tuesday", "Tuesday's", "Tuesday nights" (a set). Groups `pre`, `rel`, `wd`,
 * `pl` (plural s), `dp`.
 */
export const WEEKDAY_RE = new RegExp(
  `\\b(?<pre>early |late |earlier |later |mid-?)?(?<rel>last |this |next |this coming |this past |the previous |the following |the next |the last |on |every |each )?(?<wd>${WEEKDAY})(?<pl>s|'s)?(?: (?<dp>${DAY_PART})(?<dpl>s)?)?\\b`,
  'gi',
);

/**
 * A month without a day (days are chrono's): "July", "last July", "this September", "October of last year",
 * "June of this year", "January this year", "July 1997", "late November", "mid-1996"-style handled elsewhere.
 * Groups `rel`, `month`, `yrel` (this/last/next year), `year`.
 */
export const MONTH_RE = new RegExp(
  `\\b(?<rel>last |this |next |this past |this coming |the previous |the following |every |each )?(?<month>${MONTH})(?: (?:of )?(?<yrel>this|last|next|that|the same|the following|the previous) year|,? (?:of )?(?<year>${YEAR})\\b|,? (?:of )?'(?<yy>\\d\\d)\\b)?`,
  'gi',
);

/** Two months joined by "or" ("July or August"): one range. Groups `m1`, `m2`. */
export const MONTH_OR_MONTH_RE = new RegExp(`\\b(?<m1>${MONTH}) or (?<m2>${MONTH})(?:,? (?<year>${YEAR})\\b)?`, 'gi');

/** A four-digit year with an optional "fiscal"/"calendar"/"fiscal year"/"the year": "1990", "fiscal 1989", "the year 2000". */
export const YEAR_RE = new RegExp(
  `(?<![\\w$#£€.,/:]|(?<!\\d{4})-)(?<pre>(?:fiscal year|the fiscal year|fiscal|calendar year|calendar|the year|model year|FY) ?|(?:mid|early|late|pre|post)-)?(?<year>${YEAR})(?<post>'s)?(?![\\w%]|[.,/:]\\d|-\\d{1,2}(?!\\d)| ?percent\\b| ?per cent\\b)`,
  'gi',
);

/** The end of the year: "year-end", "year end", "year's end" (DATE, mod END). */
export const YEAR_END_RE = /(?<![\w-])(?<w>year-end|year end|year's end)\b(?!-)/gi;

/** "year-ago", "year-earlier" as adjectives ("year-earlier profit"): a year before the period under discussion. */
export const YEAR_AGO_ADJ_RE = /\b(?<w>year-ago|year-earlier|year-before)\b(?!-)/gi;

/**
 * Holidays: "Thanksgiving", "Election Day", "Christmas", "New Year's Day", "Easter week", "Victory Day".
 * Group `h` (looked up in HOLIDAYS) and optional `week`.
 */
export const HOLIDAY_RE = /\b(?<h>Thanksgiving(?: Day)?|Election Day|Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Independence Day|Memorial Day|Labor Day|Veterans Day|Halloween|Valentine's Day|Easter(?: Sunday)?|Good Friday|Boxing Day|Victory Day|Columbus Day|Mother's Day|Father's Day|Presidents' Day|Martin Luther King Day|Bastille Day)(?<week> week(?:end)?)?\b/g;

/** A year written in words: "nineteen ninety-six", "the year two thousand", "two thousand and one". */
export const YEAR_WORDS_RE = new RegExp(`\\b(?<pre>the year )?(?<words>${YEAR_WORDS})\\b`, 'gi');

/** A year with an apostrophe: "'98", "in '89" (group `yy`). */
export const SHORT_YEAR_RE = /(?<![\w'’])['’](?<yy>\d\d)(?![\w'’]|,\d|\.\d)/g;

/**
 * Decades: "the 1990s", "the '80s", "the nineties", "the mid-1990s", "the late 1970s", "1980s", "the
 * nineteen-nineties". Groups `mod`, `digits`, `short`, `words`.
 */
export const DECADE_RE = new RegExp(
  `(?<![\\w$])(?<det>the )?(?<mod>early|late|mid|middle)?[ -]?(?:(?<digits>1[5-9]\\d0|20\\d0)'?s|['’](?<short>\\d0)'?s|(?<words>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
  'gi',
);

/** Centuries: "the 20th century", "the nineteenth century", "this century", "the last century". */
export const CENTURY_RE = /\b(?<det>the |this |last |next |the last |the next |the past )?(?:(?<ord>\d{1,2})(?:st|nd|rd|th)[ -]|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[ -])?century\b/gi;

/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter", "the 1988 second
 * quarter", "this year's third quarter", "the third quarter of 1984", "the first half", "fourth quarters".
 * Groups `det`, `yrel`, `year1`, `ord`, `unit`, `year2`, `yrel2`.
 */
export const QUARTER_RE = new RegExp(
  `\\b(?<det>the |its |their |his |her |a |this |that )?(?:(?<yrel>this year's|last year's|next year's|the year-ago|the year-earlier|year-ago|year-earlier|the comparable year-ago|the comparable year-earlier|the corresponding) )?(?:(?<year1>${YEAR}) )?(?:(?<adj>latest|current|same|comparable|final|fiscal|flat|weak|strong|traditionally (?:strong|weak)|difficult|disappointing|record|calendar|seasonally (?:strong|weak)|tough|usually (?:strong|weak)) )?(?<fiscal>fiscal(?: year)?[ -])?(?<ord>${ORDINAL}|last|final)[ -](?:fiscal[ -])?(?<unit>quarter|half)(?<pl>s)?(?: of (?:(?:the |fiscal |calendar )?(?<year2>${YEAR})\\b|(?<yrel2>this|last|next|the (?:current|fiscal|same|previous) year|the year)))?`,
  'gi',
);

/**
 * Anaphoric quarters and periods: "the quarter", "the latest quarter", "this quarter", "the year-ago quarter",
 * "the year-earlier period", "the 1989 period", "the latest period", "the year-ago third quarter" is QUARTER_RE's.
 */
export const QUARTER_ANAPHOR_RE = new RegExp(
  `\\b(?<det>the|this|that|its|a|year-ago|year-earlier)(?: (?<adj>latest|latest fiscal|current|current fiscal|recent|most recent|same|comparable|corresponding|previous|prior|year-ago|year-earlier|comparable year-ago|comparable year-earlier|just-ended|just-completed|just completed|fiscal|(?<year>${YEAR})))? (?<unit>quarter|period)\\b(?<ly> a year (?:ago|earlier)| last year)?`,
  'gi',
);

/**
 * Seasons: "last fall", "this summer", "the summer", "the winter of nineteen ninety-four", "summer 2024", "the
 * early summer", "this past spring". Groups `rel`, `mod`, `season`, `year`, `ywords`, `yrel`.
 */
export const SEASON_RE = new RegExp(
  `\\b(?<rel>last|this|next|this past|this coming|the past|the coming|the|that|in|during|until|since|by|of|early|late|mid)?(?: (?<mod>early|late|mid|middle of(?: the)?))?[ -]?(?<season>${SEASON})(?<pl>s)?(?: (?:of )?(?<year>${YEAR})\\b| of (?<ywords>${YEAR_WORDS})\\b|,? (?:of )?(?<yrel>this|last|next) year)?`,
  'gi',
);

/** Sets with an adverb: "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly". */
export const SET_ADVERB_RE = /\b(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually|bimonthly|fortnightly)\b/gi;

/**
 * Sets with a quantifier: "every week", "each year", "every other day", "every three months", "per year",
 * "twice a month", "once a week", "a year" after an amount is SET_PER_RE's. Groups `q`, `n`, `unit`.
 */
export const SET_EVERY_RE = new RegExp(
  `\\b(?<q>every|each|per|twice a|once a|three times a|four times a|several times a|twice per|once per)(?: (?<other>other|second|single))?(?: (?<n>\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty))? (?<unit>${UNIT}|morning|afternoon|evening|night|summer|winter|spring|fall|autumn)\\b`,
  'gi',
);

/**
 * "a year" / "a day" after an amount ("$5 billion a year", "100 barrels a day"): a rate, TIMEX3 SET. The article
 * comes first and the amount is looked for behind it: a pattern that opens with the look-behind tries it at every
 * position of the text (a third of the time this way, the same matches).
 */
export const SET_PER_RE = /(?<a>a|an)(?<=(?:\d|million|billion|thousand|hundred|percent|%|dollars|cents|barrels|tons|people|times|units|cars|shares|CDs|more|less) (?:a|an)) (?<unit>year|month|week|day|hour|quarter)\b(?! (?:ago|earlier|later|before|after|from now|or two|or so|and a half))/gi;

/** Plural weekdays and weekends as sets: "Tuesdays", "weekends", "Sunday nights". */
export const SET_PLURAL_DAY_RE = new RegExp(`\\b(?<wd>${WEEKDAY}|weekend)s\\b(?: (?<dp>${DAY_PART})s?)?`, 'gi');

/** Times of day without chrono's help: "noon", "midnight", "noon Thursday", "midday", "mid-afternoon". */
export const CLOCK_WORD_RE = /\b(?<pre>around |about |shortly after |shortly before |just after |just before )?(?<w>noon|midnight|midday|mid-afternoon|mid afternoon|mid-morning|dawn|dusk|daybreak|nightfall|sunrise|sunset)\b/gi;

/** A clock time chrono may have missed: "10 p.m", "6 a.m", "4 in the morning", "9 a.m. EST". */
export const CLOCK_RE = /\b(?<h>[01]?\d|2[0-3])(?::(?<m>[0-5]\d))?(?: ?(?<ap>a\.m\.?|p\.m\.?|am\b|pm\b)| (?<inthe>in the (?:morning|afternoon|evening)|at night|o'clock))(?: (?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET)\b)?/gi;

/** PRESENT_REF / PAST_REF / FUTURE_REF phrases (looked up in REF_WORDS). Group `w`. */
export const REF_RE =
  /\b(?<w>right now|just now|now|currently|current|at present|presently|these days|nowadays|at the moment|recently|more recently|most recently|recent years|the past|lately|formerly|the near future|the foreseeable future|the distant future|the future|future quarters|the near term|the short term|the long term|the longer term|the medium term|a later date|as soon as possible|someday|the years ahead|the months ahead|the days ahead|the weeks ahead|coming quarters)\b(?!-\w)/gi;

/** An ISO-like date chrono handles too; kept for guarding spans: "2025-06-17", "2025-06". */
export const ISO_DATE_RE = /\b(?<y>\d{4})-(?<m>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\d|3[01]))?(?:T(?<hh>[01]\d|2[0-3]):(?<mm>[0-5]\d))?\b/g;

/** "the 17th", "on the 3rd": a day of the month without a month (group `d`). */
export const DAY_OF_MONTH_RE = /\b(?<det>the )(?<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?! (?:century|quarter|time|anniversary|floor|day|week|year|round|place|minute|birthday|amendment|district|division|army|street|avenue))/gi;

/**
 * What chrono's explicit-date and clock parsers need (a month name next to a number, an ISO or slashed date, a
 * clock time); windows without any are not given to chrono.
 */
export const CHRONO_TRIGGER_RE = new RegExp(
  `${MONTH}\\s?\\d|\\d\\s?(?:st|nd|rd|th)?(?: of)? ?${MONTH}|\\d{4}-\\d\\d|\\d\\/\\d\\d?\\/\\d|\\d:\\d\\d|\\d ?[ap]\\.?m\\b`,
  'i',
);

/** Paragraph-like breaks where the tagger splits its windows. */
export const WINDOW_BREAK_RE = /\n/g;

/** Tokens for tense cues: words (letters and apostrophes), commas, clause stops and sentence punctuation. */
export const CUE_TOKEN_RE = /[A-Za-z']+|[,;:()"“”!?.]|--/g;

/** A token of a number-word phrase, for the number parser. */
export const NUMBER_TOKEN_RE = /\d\/\d|\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+/gi;

/**
 * Holidays → their day: fixed (`m`, `d`), the `nth` weekday `wd` of month `m` (nth -1: the last) plus `offset`
 * days, or Easter plus `offset`.
 */
export const HOLIDAYS: ReadonlyMap<string, { m?: number; d?: number; wd?: number; nth?: number; offset?: number; easter?: boolean }> = new Map([
  ['thanksgiving', { m: 11, wd: 4, nth: 4 }], ['thanksgiving day', { m: 11, wd: 4, nth: 4 }],
  ['election day', { m: 11, wd: 1, nth: 1, offset: 1 }], ['christmas', { m: 12, d: 25 }], ['christmas day', { m: 12, d: 25 }],
  ['christmas eve', { m: 12, d: 24 }], ["new year's day", { m: 1, d: 1 }], ["new year's eve", { m: 12, d: 31 }],
  ['independence day', { m: 7, d: 4 }], ['memorial day', { m: 5, wd: 1, nth: -1 }], ['labor day', { m: 9, wd: 1, nth: 1 }],
  ['veterans day', { m: 11, d: 11 }], ['halloween', { m: 10, d: 31 }], ["valentine's day", { m: 2, d: 14 }],
  ['easter', { easter: true }], ['easter sunday', { easter: true }], ['good friday', { easter: true, offset: -2 }],
  ['boxing day', { m: 12, d: 26 }], ['victory day', { m: 5, d: 9 }], ['columbus day', { m: 10, wd: 1, nth: 2 }],
  ["mother's day", { m: 5, wd: 7, nth: 2 }], ["father's day", { m: 6, wd: 7, nth: 3 }],
  ["presidents' day", { m: 2, wd: 1, nth: 3 }], ['martin luther king day', { m: 1, wd: 1, nth: 3 }],
  ['bastille day', { m: 7, d: 14 }],
]);

/** Abbreviations whose dot does not end a sentence (lower case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'prof', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'ltd',
  'jr', 'sr', 'no', 'vs', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'ft', 'mt', 'ave', 'blvd', 'dept', 'est',
]);

// ---------------------------------------------------------------------------------------------------------------
// Small patterns and word lists of the tagger's passes

/** The word right after a position: group 1. */
export const NEXT_WORD_RE = /^\s*([A-Za-z']+)/;

/** The word right before a position (punctuation between allowed): group 1. */
export const PREV_WORD_RE = /(?<![A-Za-z'])([A-Za-z']{1,30})[^A-Za-z0-9_']{0,5}$/;

/** The last word of a slice, glued to its end: group 1. */
export const LAST_WORD_RE = /(?<![A-Za-z])([A-Za-z]{1,30})$/;

/** A capitalised word start. */
export const CAPITALISED_RE = /^[A-Z]/;

/** A trailing dot ("Sept." → "Sept"). */
export const TRAILING_DOT_RE = /\.$/;

/** A digit at the start. */
export const DIGIT_START_RE = /^\d/;

/** Any non-blank character. */
export const NON_BLANK_RE = /\S/;

/** The start of a sentence just before a position (for "May" the modal at a sentence start). */
export const SENTENCE_START_BEFORE_RE = /(?:^|[.!?"“]\s*)$/;

/** A publication date: "2025-06-17", "1998-02-13T14:26:00", "19980213" (groups 1–3: year, month, day). */
export const DCT_RE = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])/;

/** Words after a bare year that make it a count ("2000 troops"). */
export const YEAR_QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'people', 'troops', 'soldiers', 'workers', 'jobs', 'shares', 'employees', 'cars', 'homes', 'units', 'tons', 'barrels',
  'miles', 'feet', 'meters', 'kilometers', 'acres', 'pounds', 'dollars', 'members', 'students', 'cases', 'deaths', 'votes',
  'points', 'yards', 'residents', 'children', 'men', 'women', 'refugees', 'prisoners', 'civilians', 'years', 'hours',
  'days', 'times',
]);

/** A glued prefix of a year: "mid-1996", "post-1959" (year pattern group `pre`). */
export const YEAR_GLUED_PREFIX_RE = /^(?:mid|early|late|pre|post)-$/i;

/** "nineteen", "nineteen hundred and" before the rest of a year in words. */
export const NINETEEN_PREFIX_RE = /^nineteen(?: hundred)?(?: and)?\s*/;

/** Words before an apostrophe year that make it a year ("in '89"). */
export const SHORT_YEAR_CUE_BEFORE_RE = /(?:^|\s)(?:in|since|of|by|until|from|to|early|late|mid|fiscal|the)\s$/i;

/** Prepositions before a decade word without "the" ("in '80s", "since nineties"). */
export const DECADE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'since', 'during', 'by', 'until']);

/** A hyphenated quarter or half adjective ("third-quarter", "fiscal-first-quarter"). */
export const QUARTER_HYPHEN_RE = /-(?:fiscal-)?(?:quarter|half)\b/i;

/** Determiners kept outside a quarter's extent ("its fourth quarter" → "fourth quarter"). */
export const QUARTER_DET_OUTSIDE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'that']);

/** Phrases after "of" in "the second half of …" that mean the publication year. */
export const THIS_YEAR_PHRASES: ReadonlySet<string> = new Set(['this', 'the current year', 'the fiscal year', 'the year']);

/** Adjectives of an anaphoric quarter that mean a year before ("the year-ago quarter"). */
export const YEAR_AGO_ADJECTIVES: ReadonlySet<string> = new Set([
  'year-ago', 'year-earlier', 'comparable year-ago', 'comparable year-earlier', 'corresponding', 'previous', 'prior',
]);

/** Prepositions before a season, outside its extent ("in the fall" is "the fall"). */
export const SEASON_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'until', 'since', 'by', 'of']);

/** Point modifier words that double as a season's relation slot ("early summer"). */
export const EARLY_LATE_MID: ReadonlySet<string> = new Set(['early', 'late', 'mid']);

/** Quantifiers that make a month or weekday recurring ("every July"). */
export const SET_QUANTIFIERS: ReadonlySet<string> = new Set(['every', 'each']);

/** A day number right after a month word ("Jan. 14": a date for chrono). */
export const DAY_NUMBER_AFTER_RE = /^\s?\d/;

/** Prepositions before a month word that make it the month ("in May", "since March"). */
export const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'last', 'this', 'next', 'early', 'late', 'mid', 'from', 'through', 'before',
  'after', 'during', 'on', 'to', 'and', 'or', 'between', 'around', 'about', 'for',
]);

/** Month names and abbreviations inside a chrono result. */
export const MONTH_WORD_RE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?/i;

/** A preposition at the start of a chrono result, outside the TimeML extent. */
export const LEADING_PREPOSITION_RE = /^(?:at|on|in|by|from|until|since|before|after|of)\s+/i;

/** A four-digit or apostrophe year in a chrono result. */
export const EXPLICIT_YEAR_RE = /\d{4}|['’]\d\d/;

/** A short number chrono took for a year ("Nov. 6, 10 p.m." → ", 10"). */
export const TRAILING_SHORT_NUMBER_RE = /(?:,\s{0,3}|\s{1,3})\d{1,2}$/;

/** The joint of a chrono range written with words or spaced dashes ("9 a.m. to 5 p.m.", "June 3 – June 9"). */
export const RANGE_CONNECTOR_RE = /\s(?:to|until|till|through|and|-|–|—)\s|[–—]/;

/** The joint of a chrono range written with a bare dash between numbers ("June 3-5"; not inside ISO dates). */
export const RANGE_DASH_RE = /(?<=\d)-(?=\d)/;

/** An ISO-like date inside a chrono result, whose dashes are no range. */
export const ISO_LIKE_RE = /\d{4}-\d\d/;

/** What makes a chrono clock time a clock time: minutes or a.m./p.m. ("at 5" alone is not). */
export const CLOCK_MARK_RE = /:\d\d|[ap]\.?m\b\.?/i;

/** Words before a clock word that make it approximate ("around noon"). */
export const APPROX_WORDS: ReadonlySet<string> = new Set(['around', 'about']);

/** Text allowed between a clock time and the day after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6"). */
export const CLOCK_THEN_DAY_RE = /^(?:,? |,? on | (?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC),? )$/;

/** Text allowed between a day and the clock time after it ("Friday at 3 p.m."). */
export const DAY_THEN_CLOCK_RE = /^(?:,? at |, | )$/;

/** A day value a clock time can be appended to ("1998-02-13", "XXXX-WXX-5"). */
export const DAY_VALUE_RE = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-[1-7]|\d{2}-XX)$/;

/** Text between a weekday and the date it restates ("Saturday, April 25"). */
export const WEEKDAY_DATE_GAP_RE = /^,? $/;

/** A currency sign right before a count ("$5 a year" is money). */
export const CURRENCY_BEFORE_RE = /[$£€#]$/;

/** "a"/"an" leading a count before hundred/thousand/dozen ("a hundred years"). */
export const A_LEADS_COUNT_RE = /^(?:a|an) (?:hundred|thousand|dozen)\b/;

/** What follows a sentence end: space, then a capital, quote or digit. */
export const SENTENCE_START_AFTER_RE = /^["'”’)]?\s+["'“‘(]?[A-Z0-9]/;

/** The word (with inner dots) before a period, to tell abbreviations: group 1. */
export const ABBREVIATION_BEFORE_RE = /(?<![A-Za-z.])([A-Za-z.]{1,12})$/;

/** A single capital letter (an initial: "George W. Bush"). */
export const INITIAL_RE = /^[A-Z]$/;

/** A word token start. */
export const WORD_START_RE = /^[A-Za-z']/;

/** A hyphenated adjective form ("three-day", "eight-month-long"). */
export const HYPHENATED_RE = /^[^\s-]+(?:-[^\s-]+)+$/;

/** "a-" glued (not an adjective form). */
export const A_HYPHEN_RE = /^an?-/i;

/** An extent starting with "the". */
export const THE_START_RE = /^the\s/i;

/** Duration modifiers that are prepositions before a determiner ("over the past two years"). */
export const PREPOSITIONAL_MODS: ReadonlySet<string> = new Set(['over', 'under', 'in excess of']);

/** Counts of one ("a second", "one quarter"). */
export const SINGLE_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Counts before "quarter(s)" that make a fraction ("three quarters of"). */
export const FRACTION_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'three']);

/** What may follow "a second" when it is the unit ("a second later", "a second or two"). */
export const SECOND_FOLLOW_RE = /^\s+(?:ago|later|earlier|or|and)\b|^[.,;)]/;

/** "of" right after a unit ("a quarter of the shares"). */
export const OF_AFTER_RE = /^\s+of\b/;

/** The joint of a compound duration ("two hours and 30 minutes"). */
export const COMPOUND_JOIN_RE = /^,? and $/;

/** The head of a duration value ("P", "PT"). */
export const DURATION_HEAD_RE = /^PT?/;

/** Prepositions before a bare plural unit, outside the extent ("for months"). */
export const UNIT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'over', 'in', 'within', 'after']);

/** "weeks or months": an approximate vague duration. */
export const VAGUE_OR_RE = /^(?:weeks|days|months|hours) or$/;

/** Modifiers glued with a hyphen ("mid-November", "late-November"). */
export const GLUED_MODS: ReadonlySet<string> = new Set(['mid', 'late', 'early']);

/** Passes whose dates take "earlier"/"later" ("earlier this year", "later Tuesday"). */
export const EARLIER_LATER_SOURCES: ReadonlySet<string> = new Set(['relative-unit', 'weekday', 'deictic', 'day-part']);

/** Relations meaning the one before ("last year", "the past month"). */
export const REL_LAST: ReadonlySet<string> = new Set(['last', 'the past', 'the last', 'past', 'this past']);

/** Relations meaning the one after ("next year", "the coming week"). */
export const REL_NEXT: ReadonlySet<string> = new Set(['next', 'the next', 'the coming', 'this coming']);

/** Relations meaning the current one ("this year", "the current quarter"). */
export const REL_CURRENT: ReadonlySet<string> = new Set(['this', 'the current', 'the latest']);

/** Relations to a time mentioned before ("the following year", "that day"). */
export const REL_ANAPHORIC: ReadonlySet<string> = new Set(['the following', 'the previous', 'the preceding', 'the prior', 'the same', 'that']);

/** Anaphoric relations that step back ("the previous day"). */
export const REL_BACK: ReadonlySet<string> = new Set(['the previous', 'the preceding', 'the prior', 'the last']);

/** Relations that mean the whole unit ("the full year"): read as "the". */
export const REL_WHOLE: ReadonlySet<string> = new Set(['the full', 'the entire', 'the whole']);

/** Relations that point at publication ("last", "this", "next" and their variants). */
export const REL_DEICTIC: ReadonlySet<string> = new Set([
  'last', 'this', 'next', 'the past', 'the last', 'the next', 'the coming', 'this past', 'this coming', 'past', 'the current',
]);

/** Relations of "the … day" that make it a date ("the following day", "that day", "the day" + before/after). */
export const REL_DAY: ReadonlySet<string> = new Set(['the following', 'the previous', 'the preceding', 'the prior', 'the same', 'that', 'the next', 'the']);

/** Weekday relations meaning the last one ("last Friday", "the previous Friday"). */
export const WEEKDAY_REL_LAST: ReadonlySet<string> = new Set(['last', 'this past', 'the previous', 'the last']);

/** Weekday relations meaning the next one ("next Friday", "this coming Friday"). */
export const WEEKDAY_REL_NEXT: ReadonlySet<string> = new Set(['next', 'this coming', 'the following', 'the next']);

/** "the year ended June 30": a length, not the calendar year. */
export const YEAR_SPAN_AFTER_RE = /^\s*(?:ended|ending|to|through|beginning|starting)\b/i;

/** "the year before", "the day after" (group 1: the direction word). */
export const UNIT_SHIFT_AFTER_RE = /^ (before|earlier|after|later)\b/i;

/** Direction words of UNIT_SHIFT_AFTER_RE that step back. */
export const SHIFT_BACK_WORDS: ReadonlySet<string> = new Set(['before', 'earlier']);

/** Words after "future" that make it grammar or finance, not time ("future tense", "future contracts"). */
export const FUTURE_NOT_TIME_NEXT: ReadonlySet<string> = new Set(['tense', 'perfect', 'contract', 'contracts', 'generation', 'generations']);

/** "every other week", "every second day": twice the unit. */
export const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'second']);

/** TIMEX3 values: a day (optionally with a time): groups 1–3. */
export const VALUE_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

/** TIMEX3 values starting with a day (anchors): groups 1–3. */
export const VALUE_DAY_PREFIX_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** TIMEX3 values starting with a year (anchors): group 1. */
export const VALUE_YEAR_PREFIX_RE = /^(\d{4})(?:$|-)/;

/** TIMEX3 values: a month. */
export const VALUE_MONTH_RE = /^(\d{4})-(\d{2})$/;

/** TIMEX3 values: a year. */
export const VALUE_YEAR_RE = /^(\d{4})$/;

/** TIMEX3 values: a decade ("199"). */
export const VALUE_DECADE_RE = /^(\d{3})$/;

/** TIMEX3 values: a century ("19"). */
export const VALUE_CENTURY_RE = /^(\d{2})$/;

/** TIMEX3 values: a quarter. */
export const VALUE_QUARTER_RE = /^(\d{4})-Q([1-4])$/;

/** TIMEX3 values: a half year. */
export const VALUE_HALF_RE = /^(\d{4})-H([12])$/;

/** TIMEX3 values: a season. */
export const VALUE_SEASON_RE = /^(\d{4})-(SP|SU|FA|WI)$/;

/** TIMEX3 values: a week or its weekend. */
export const VALUE_WEEK_RE = /^(\d{4})-W(\d{2})(-WE)?$/;

/** Modifier words glued to or before a year or decade → TIMEX3 mod ("mid-1996", "the late 1970s", "post-1959"). */
export const YEAR_MOD_WORDS: ReadonlyMap<string, string> = new Map([
  ['mid', 'MID'], ['middle', 'MID'], ['early', 'START'], ['late', 'END'], ['pre', 'BEFORE'], ['post', 'AFTER'],
]);

/** chrono-node parsers the tagger keeps: explicit dates and clock times (by class name). */
export const CHRONO_PARSERS: ReadonlySet<string> = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENTimeExpressionParser', 'ENMonthNameParser',
]);

/** chrono-node refiners the tagger keeps: overlaps, time zones, year suffixes; no merging (by class name). */
export const CHRONO_REFINERS: ReadonlySet<string> = new Set([
  'OverlapRemovalRefiner', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENExtractYearSuffixRefiner',
  'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter',
]);

/** Clock words → the TIMEX3 time part and mod ("noon" → T12:00, "mid-afternoon" → TAF, MID). */
export const CLOCK_WORD_VALUES: ReadonlyMap<string, { clock: string; mod?: string }> = new Map([
  ['noon', { clock: 'T12:00' }], ['midday', { clock: 'T12:00' }], ['midnight', { clock: 'T24:00' }],
  ['mid-afternoon', { clock: 'TAF', mod: 'MID' }], ['mid afternoon', { clock: 'TAF', mod: 'MID' }],
  ['mid-morning', { clock: 'TMO', mod: 'MID' }],
]);

/** Words of a spelled-out count besides the number words ("one and a half"). */
export const COUNT_GLUE_WORDS: ReadonlySet<string> = new Set(['and', 'a', 'an', 'half']);

/** Suffixes that turn a counted unit into a date, their direction, and whether they count from publication. */
export const OFFSET_DIRECTIONS: ReadonlyMap<string, { dir: -1 | 1; fromDct: boolean }> = new Map([
  ['ago', { dir: -1, fromDct: true }], ['back', { dir: -1, fromDct: true }], ['earlier', { dir: -1, fromDct: false }],
  ['later', { dir: 1, fromDct: false }], ['from now', { dir: 1, fromDct: true }], ['hence', { dir: 1, fromDct: true }],
]);

/** Point modifiers the tagger puts inside a date's extent ("nearly" and "some" belong to durations). */
export const POINT_MODS_ALLOWED: ReadonlySet<string> = new Set([
  'early', 'earlier', 'late', 'later', 'the beginning of', 'the start of', 'the early part of', 'the first part of',
  'the end of', 'the close of', 'the latter part of', 'the last part of', 'the tail end of', 'the middle of', 'mid',
  'about', 'around', 'approximately', 'roughly', 'circa',
]);

/** Set adverbs → TIMEX3 SET value ("daily" → P1D). */
export const SET_ADVERB_VALUES: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['hourly', 'PT1H'],
  ['nightly', 'P1D'], ['biweekly', 'P2W'], ['fortnightly', 'P2W'], ['semiannually', 'P6M'], ['bimonthly', 'P2M'],
]);

// ---------------------------------------------------------------------------------------------------------------
// Pre-checks: lower-case words one of which every match of a case-insensitive pattern contains, so that a window
// without any of them skips the pattern (most windows name no quarter, season or century). Checked with
// `mentionsAny` on the window lower-cased: an ASCII letter matched case-insensitively is one of these, lower-cased.

/** Month names and abbreviations share their first three letters. */
export const MONTH_KEYS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Every match of YEAR_RE holds a year in digits. */
export const YEAR_DIGITS_RE = /1[6-9]\d\d|20\d\d/;
export const YEAR_WORDS_KEYS: readonly string[] = ['nineteen', 'two thousand'];
/** DECADE_RE: "1990s", "’80s", "1990's", "the nineties". */
export const DECADE_KEYS: readonly string[] = ['0s', "0's", 'ties'];
export const CENTURY_KEYS: readonly string[] = ['century'];
export const QUARTER_KEYS: readonly string[] = ['quarter', 'half'];
export const QUARTER_ANAPHOR_KEYS: readonly string[] = ['quarter', 'period'];
export const YEAR_KEYS: readonly string[] = ['year'];
export const SEASON_KEYS: readonly string[] = ['spring', 'summer', 'fall', 'autumn', 'winter'];
export const AND_A_HALF_KEYS: readonly string[] = ['and a half'];
/** SET_PLURAL_DAY_RE: "Mondays", "weekends". */
export const PLURAL_DAY_KEYS: readonly string[] = ['days', 'weekends'];
