/**
 * English cues of the claims layer: who says a claim (attribution) and how surely (modality). Word lists are
 * lemmas or lower-cased surfaces; every RegExp is linear-time (test/patterns-redos.test.ts).
 */

/** Lemmas of verbs that introduce reported content ("X said that …", "…, X said"). */
export const REPORTING_VERBS = new Set([
  'say', 'tell', 'announce', 'claim', 'estimate', 'state', 'report', 'indicate', 'note', 'add', 'warn', 'confirm',
  'reveal', 'believe', 'suggest', 'insist', 'assert', 'argue', 'acknowledge', 'admit', 'explain', 'elaborate',
  'mention', 'write', 'inform', 'testify', 'allege', 'predict', 'anticipate', 'tweet', 'post', 'disclose',
  'emphasize', 'emphasise', 'stress', 'remark', 'describe', 'show', 'find', 'conclude', 'assess', 'calculate',
  'declare', 'observe', 'recall', 'reiterate', 'concede', 'contend', 'maintain', 'signal', 'brief', 'deny',
  'dispute', 'question', 'project', 'forecast', 'expect', 'think', 'fear', 'caution', 'boast', 'charge', 'accuse',
  'complain', 'predict', 'speculate', 'tell', 'relay', 'relate', 'record', 'document', 'cite', 'quote', 'point',
  'declare', 'vow', 'pledge', 'promise', 'urge', 'lament', 'intimate', 'recount', 'announce', 'allege', 'acknowledge',
  'continue', 'ask', 'respond', 'reply', 'quip', 'joke', 'shout', 'scream', 'write', 'exclaim', 'retort', 'muse',
  'mock', 'criticize', 'criticise', 'praise', 'blame', 'demand', 'recommend', 'propose', 'doubt', 'hope', 'worry',
  'feel', 'know', 'counter', 'rebut', 'dismiss', 'reject', 'confess', 'brag', 'condemn',
  'applaud', 'welcome', 'request', 'plead', 'threaten', 'imply', 'hint', 'highlight', 'underscore', 'repeat',
  'affirm', 'verify', 'attest', 'swear', 'clarify', 'specify', 'detail', 'outline', 'summarize', 'determine',
  'discover', 'demonstrate', 'prove', 'reckon', 'deem', 'notice', 'comment', 'answer',
  'inquire', 'wonder', 'notify', 'advise', 'alert', 'remind', 'assure', 'reassure', 'guarantee', 'foretell', 'publish',
  'rule',
]);

/** Reporting verbs only when they introduce a quotation ("“…,” he continued"): elsewhere they mean something else. */
export const QUOTE_ONLY_VERBS = new Set(['rule', 'continue', 'ask', 'respond', 'reply', 'quip', 'joke', 'shout', 'scream', 'exclaim', 'retort', 'muse', 'add', 'point', 'write', 'post', 'record', 'document', 'relate', 'show', 'find']);

/** Documents that can stand as a source when a specific one is meant. */
export const DOCUMENT_SOURCES = new Set(['result', 'finding', 'law', 'number', 'report', 'survey', 'poll', 'study', 'analysis', 'filing', 'record', 'document', 'data', 'memo', 'letter', 'book', 'statement', 'investigation', 'audit', 'review', 'assessment', 'estimate', 'census', 'figure', 'count', 'tally', 'release', 'complaint', 'indictment', 'lawsuit', 'ruling', 'statistic', 'interview', 'transcript', 'excerpt', 'website', 'article', 'projection', 'forecast', 'calculation', 'disclosure', 'testimony', 'email', 'tweet', 'video', 'footage', 'paper', 'return', 'timeline', 'polling']);

/** Reporting verbs whose subject speaks (a person or a body, not a poll or an event that "shows"). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'announce', 'claim', 'state', 'add', 'warn', 'confirm', 'insist', 'assert', 'argue', 'acknowledge',
  'admit', 'explain', 'testify', 'allege', 'predict', 'tweet', 'write', 'declare', 'recall', 'reiterate', 'concede',
  'contend', 'deny', 'complain', 'vow', 'pledge', 'promise', 'report', 'call', 'rule', 'point', 'note',
]);

/** Reporting verbs whose object is the listener, not what is said. */
export const ADDRESSEE_VERBS = new Set(['tell', 'ask', 'inform', 'brief', 'assure', 'warn', 'remind', 'urge', 'notify', 'advise', 'address', 'thank']);

/** A listener of up to eight words, then perhaps "that": "told reporters ", "told a cheering crowd in West Virginia that ". */
export const LISTENER_THEN = /^\s+(?:[\p{L}\p{N}.'’-]+\s+){1,8}(?:that\s+)?$/u;

/** Verbs that link a speaker to an upstream source ("X, citing Y", "X who referenced Y", "X quoted Y"). */
export const UPSTREAM_VERBS = new Set(['cite', 'reference', 'quote', 'refer', 'source']);

/** Phrases after which the source follows: "according to X", "citing X", "a report from X", "a briefing by X". */
export const SOURCE_BEFORE =
  /\b(?:according to|citing|quoting|as reported by|as told to|in (?:an? )?(?:statement|report|interview|briefing|post|tweet) (?:from|by|to|with)|(?:a|the) (?:report|statement|briefing|assessment|estimate|analysis) (?:from|by|of)|reported by|said by|sources? (?:close to|in|at|within))\s/gi;

/** Human-group nouns that can stand as a source on their own ("officials said", "analysts suggest"). */
export const GROUP_SOURCES = new Set([
  'official', 'officials', 'analyst', 'analysts', 'expert', 'experts', 'diplomat', 'diplomats', 'witness', 'witnesses',
  'resident', 'residents', 'police', 'investigators', 'investigator', 'authorities', 'observers', 'lawmakers', 'lawmaker',
  'spokesman', 'spokeswoman', 'spokesperson', 'researchers', 'critics', 'activists', 'prosecutors', 'military',
  'government', 'ministry', 'agency', 'intelligence', 'army', 'commander', 'commanders', 'source', 'sources',
  'organizer', 'organizers', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'strategist', 'strategists',
  'staffer', 'staffers', 'economist', 'economists', 'pollster', 'pollsters', 'tracker', 'trackers',
]);

/** A personal pronoun standing for a speaker ("he said", "…, they say"). */
export const PERSONAL_PRONOUN = /^(?:he|she|they|we|i|you|it)$/i;

/** Adjectives between a group of people and its preposition: "people close to …", "officials familiar with …". */
export const GROUP_ADJECTIVES = new Set(['close', 'familiar', 'aware', 'knowledgeable', 'loyal', 'allied', 'opposed']);

/** Unnamed hearsay that marks a claim as reported but names nobody ("reports indicate", "media reported"). */
export const UNNAMED_SOURCES = new Set(['report', 'reports', 'media', 'rumours', 'rumors', 'sources', 'source', 'it', 'there']);

/** A negation just before a verb: "did not", "has not", "never", "no longer". */
export const NEGATION = /\b(?:not|n't|never|no longer|neither|nor)\b/i;

/** Verbs of denial: the content is denied, unless the denial is itself negated ("did not deny"). */
export const DENIAL = /\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)? (?:claims?|reports?)|dismiss(?:es|ed|ing)? (?:claims?|reports?)|false)\b/i;

/** Doubt about the content: questioned. */
export const QUESTIONED =
  /\b(?:question(?:s|ed|ing)? (?:whether|the)|doubt(?:s|ed|ful)?|disput(?:e|es|ed|ing)|unclear whether|unconfirmed|could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|cannot (?:be )?(?:verif(?:y|ied)|confirm(?:ed)?)|whether)\b/i;

/** Intentions and decisions about the future: planned. */
export const PLANNED =
  /\b(?:will|shall|would|plans? to|planned|planning to|intends? to|intended to|agreed to|agrees to|decided to|pledged to|promised to|vowed to|is to|are to|to be (?:sent|deployed|dispatched|built|delivered)|set to|scheduled|due to)\b/i;

/** Expectations and possibilities about the future: expected. */
export const EXPECTED =
  /\b(?:expected|expects?|anticipat(?:e|es|ed)|likely to|could|may|might|possibly|potentially|as (?:early|soon) as|is considering|are considering|considering|projected to|forecast to|poised to|on the horizon|upcoming)\b/i;

/** Hedges of belief and hearsay: believed. */
export const BELIEVED =
  /\b(?:(?:is|are|was|were|been|be) (?:believed|thought|said|reported|understood|suspected|alleged|rumou?red|presumed) to|reportedly|allegedly|purportedly|apparently|suspect(?:s|ed)? that|suspicions?)\b/i;

/** Estimation: estimated. */
export const ESTIMATED = /\b(?:estimat(?:e|es|ed|ing|ion|ions)|projected|calculated|extrapolated|put the (?:number|figure|toll) at)\b/i;

/** Clause boundaries inside a sentence: cues and hedges of one clause do not reach into the next. */
export const CLAUSE_BOUNDARY =
  /(?:[;:—–]|,\s(?=(?:where|while|whereas|which|who|although|though|but|and|as|with|when|after|before|since|because|thus|leaving|making|adding)\b)|\s(?:while|whereas|but)\s)/gi;

/** Determiners and titles dropped from the front of a free-text source ("the officials" → "officials"). */
export const SOURCE_LEADING_WORDS = /^(?:(?:the|a|an|some|several|many|two|three|other|senior|top|local|unnamed|anonymous|both)\s)+/i;

/**
 * A poll a figure is found in, inside the sentence: "… held a 24-point lead among black voters in a CNN national
 * poll", "… near 10 percent of the vote in New Hampshire surveys". Group 1 is the poll.
 */
export const POLL_IN = /\bin ((?:(?!in )[^\s,;:.()]+ ){0,7}?(?:poll|polls|survey|surveys))\b/gi;

/**
 * A poll POLL_IN found that is named as one ("a CNN national poll", "the same poll", "New Hampshire surveys"), not
 * the polls of an election ("in the polls", "in state and national polls").
 */
export const SPECIFIC_POLL = /^an? |(?:^| )(?:\p{Lu}|(?:same|earlier|latest|recent|similar|previous|new|this|that) |mid-)/u;

/** A document introduced at the start of a sentence: "In an NBC News/Wall Street Journal poll released Monday, …". */
export const DOCUMENT_INTRO =
  /^(?:In|From) (?:a |an |the |its |their |his |her |this |these )?(?:new |recent |latest )?([^,;]{0,60}?\b(?:poll|survey|report|study|statement|interview|analysis|letter|memo|filing|review|assessment|census|data)(?: [^,;]{0,40})?),/;
