/**
 * English cues of the entity layer: title words, organisation head words, place cue words, event words and
 * the capitalised common words that are not names. Word lists hold lower-cased surfaces; every RegExp is
 * linear-time (test/patterns-redos.test.ts checks them with recheck).
 */

/**
 * Title heads that may stand capitalised inside a name run before a person's name ("Russian President
 * Vladimir Putin", "Security Council Secretary Sergey Shoigu"): the name after the last one is the person.
 */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'secretary', 'minister', 'chancellor', 'premier', 'governor', 'mayor', 'senator',
  'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'general',
  'gen', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'speaker',
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan', 'ayatollah', 'judge', 'justice',
  'prosecutor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame',
  'lord', 'lady', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'lawmaker', 'legislator', 'mp', 'deputy',
  'head', 'marshal', 'field', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'father', 'sister',
  'brother', 'coach', 'officer', 'official', 'ceo', 'founder', 'correspondent', 'gov', 'gov.', 'govs.', 'justices',
  'sens.', 'reps.', 'senators', 'lt', 'sgt', 'cpl', 'pvt', 'supt.', 'insp.', 'det.', 'rev.', 'fr.', 'msgr.',
  'presidents', 'ministers', 'secretaries', 'generals', 'leaders', 'sens', 'reps', 'govs', 'attorney',
]);

/** Modifiers that belong to a title rather than a name ("Defense Minister", "Prime Minister", "Deputy Chief"). */
export const TITLE_MODIFIERS = new Set([
  'prime', 'deputy', 'vice', 'foreign', 'defense', 'defence', 'interior', 'finance', 'home', 'state', 'acting',
  'former', 'first', 'top', 'senior', 'supreme', 'chief', 'executive', 'attorney', 'assistant', 'associate',
  'undersecretary', 'under', 'permanent', 'press', 'security', 'economy', 'trade', 'justice', 'health', 'education',
  'energy', 'culture', 'labour', 'labor', 'agriculture', 'transport', 'environment', 'intelligence', 'military',
  'opposition', 'majority', 'minority', 'party', 'army', 'navy', 'air', 'force', 'national', 'general', 'special',
  'presidential', 'the', 'of', 'for', 'and', 'ex', 'late', 'new',
]);

/**
 * Lower-case words that, just before a capitalised name, say it is a person ("leader Kim Jong Un",
 * "lawmaker Lee Seong-kweun", "top Russian security official Sergei Shoigu").
 */
export const PERSON_CUES = new Set([
  'leader', 'lawmaker', 'legislator', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'chairman', 'chairwoman', 'chief', 'general', 'commander', 'envoy', 'ambassador',
  'official', 'analyst', 'researcher', 'professor', 'journalist', 'correspondent', 'reporter', 'editor', 'director',
  'governor', 'mayor', 'premier', 'chancellor', 'king', 'queen', 'prince', 'dictator', 'strongman', 'boss', 'head',
  'deputy', 'adviser', 'advisor', 'aide', 'diplomat', 'negotiator', 'prosecutor', 'judge', 'lawyer', 'attorney',
  'officer', 'colonel', 'captain', 'lieutenant', 'sergeant', 'soldier', 'pilot', 'activist', 'dissident', 'defector',
  'expert', 'scholar', 'economist', 'historian', 'author', 'writer', 'columnist', 'blogger', 'candidate', 'rival',
  'successor', 'predecessor', 'counterpart', 'mp', 'congressman', 'congresswoman', 'representative', 'speaker',
  'founder', 'ceo', 'executive', 'owner', 'coach', 'player', 'actor', 'singer', 'artist', 'sister', 'brother',
  'wife', 'husband', 'daughter', 'son', 'mother', 'father', 'resident', 'witness', 'student', 'teacher', 'doctor',
  'spy', 'agent', 'mr.', 'ms.', 'mrs.', 'dr.',
]);

/**
 * Capitalised head words that make a name run an organisation ("Security Council", "Ministry of Defence",
 * "National Intelligence Service", "State Duma", "Agence France-Presse" is caught by the alias table).
 */
export const ORG_HEADS = new Set([
  'agency', 'service', 'services', 'council', 'ministry', 'department', 'duma', 'parliament', 'party', 'army',
  'forces', 'force', 'navy', 'command', 'committee', 'commission', 'bank', 'union', 'university', 'institute',
  'institution', 'news', 'press', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'daily', 'telegraph',
  'guardian', 'monitor', 'broadcasting', 'television', 'tv', 'radio', 'media', 'network', 'channel', 'company',
  'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings', 'association',
  'federation', 'organization', 'organisation', 'office', 'bureau', 'directorate', 'administration', 'authority',
  'court', 'tribunal', 'assembly', 'congress', 'senate', 'cabinet', 'government', 'rada', 'knesset', 'majlis',
  'guard', 'guards', 'corps', 'brigade', 'battalion', 'regiment', 'division', 'fleet', 'police', 'gendarmerie',
  'center', 'centre', 'foundation', 'fund', 'trust', 'society', 'academy', 'college', 'school', 'hospital', 'church',
  'movement', 'front', 'alliance', 'coalition', 'league', 'club', 'team', 'board', 'secretariat', 'mission',
  'embassy', 'consulate', 'delegation', 'staff', 'headquarters', 'intelligence', 'kremlin', 'pentagon',
  'parliamentary', 'inc', 'airlines', 'airways', 'motors', 'industries', 'systems', 'technologies', 'labs',
  'laboratory', 'observatory', 'survey', 'reserve', 'exchange', 'business', 'magazine', 'wire', 'weekly',
  'insider', 'studios', 'global', 'customs', 'workers', 'steelworkers', 'teamsters', 'watch', 'initiative', 'program', 'programme', 'project', 'council', 'chamber',
  'commissariat', 'militia', 'legion', 'regime', 'junta', 'politburo', 'presidium', 'secretariat',
]);

/**
 * Words after which a capitalised complement with "of"/"for"/"on" continues the same name ("Ministry of
 * Defence", "Treaty on Comprehensive Strategic Partnership", "Bank of England", "Republic of Korea").
 */
export const OF_TAKING_HEADS = new Set([
  'ministry', 'department', 'bank', 'university', 'institute', 'republic', 'kingdom', 'union', 'federation',
  'treaty', 'council', 'commission', 'committee', 'office', 'bureau', 'directorate', 'court', 'school', 'college',
  'academy', 'museum', 'church', 'order', 'league', 'association', 'organization', 'organisation', 'agency',
  'service', 'secretary', 'minister', 'state', 'states', 'party', 'house', 'duchy', 'principality', 'emirate',
  'sultanate', 'commonwealth', 'federation', 'center', 'centre', 'society', 'foundation', 'fund', 'battle', 'siege',
  'bay', 'gulf', 'sea', 'strait', 'isle', 'island', 'islands', 'city', 'province', 'region', 'convention',
  'agreement', 'declaration', 'charter', 'statute', 'protocol', 'program', 'programme', 'conference', 'summit',
  'forces', 'army', 'navy', 'people', 'peoples',
]);

/** Capitalised first words of named events ("Hurricane Milton", "Operation Barbarossa"): the run is `other`. */
export const EVENT_OPENERS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation', 'battle', 'siege', 'treaty', 'wildfire']);

/** Capitalised head words of named events and documents: the run is `other` ("Cold War", "Victory Day"). */
export const EVENT_HEADS = new Set([
  'war', 'day', 'treaty', 'agreement', 'accord', 'accords', 'summit', 'games', 'olympics', 'cup', 'act', 'law',
  'convention', 'declaration', 'charter', 'protocol', 'pact', 'plan', 'doctrine', 'crisis', 'revolution',
  'operation', 'offensive', 'battle', 'siege', 'conference', 'forum', 'festival', 'election', 'elections', 'award',
  'prize', 'week', 'year', 'era', 'strategy', 'partnership', 'memorandum', 'resolution', 'sanctions', 'deal',
  'tax', 'bill', 'budget', 'reform', 'amendment', 'clause', 'rule', 'index', 'case', 'scandal', 'attack', 'attacks',
  'massacre', 'bombing', 'shooting', 'fire', 'flood', 'earthquake', 'pandemic', 'outbreak', 'virus', 'fair', 'expo',
]);

/** First words that make a capitalised run an organisation ("United Auto Workers", "International Brotherhood"). */
export const ORG_OPENERS = new Set(['united', 'international', 'national', 'federal', 'royal', 'global', 'american', 'allied', 'associated', 'consolidated', 'general']);

/** Lower-case or capitalised words after a name that make it a place ("Kursk region", "Donetsk Oblast"). */
export const PLACE_CUES = new Set([
  'region', 'regions', 'province', 'oblast', 'oblasts', 'city', 'district', 'districts', 'county', 'state',
  'territory', 'territories', 'area', 'areas', 'village', 'town', 'peninsula', 'island', 'islands', 'governorate',
  'prefecture', 'municipality', 'krai', 'raion', 'valley', 'river', 'mountains', 'desert', 'coast', 'strait',
  'sea', 'gulf', 'bay', 'airport', 'airbase', 'base', 'port', 'harbor', 'harbour', 'front', 'sector', 'axis',
  'canton', 'borough', 'neighbourhood', 'neighborhood', 'suburb', 'enclave', 'corridor', 'basin', 'plain',
  'street', 'avenue', 'square', 'road', 'boulevard', 'bridge', 'park', 'highway', 'dam', 'plant', 'hill', 'hills',
  'heights', 'beach', 'springs', 'lake', 'mountain', 'canal', 'forest', 'desert', 'strip', 'ave', 'ave.', 'blvd',
  'blvd.', 'rd.', 'hwy', 'mall', 'market', 'courthouse', 'stadium', 'arena', 'hotel', 'station', 'village',
]);

/**
 * Place words that are also common surnames ("Capitol Hill" but "Kellie Hill", "Central Park" but "Jim
 * Park"): they make a place only after a common word or a place preposition.
 */
export const SURNAME_PLACE_CUES = new Set(['hill', 'hills', 'park', 'lake', 'bridge', 'field', 'brook', 'ford', 'wood', 'woods', 'springs', 'station', 'market']);

/**
 * Place cues that name the kind of area rather than being part of the name: "Kursk region", "Donetsk
 * Oblast" stand for Kursk and Donetsk, while "Wall Street" and "Litani River" keep their last word.
 */
export const AREA_CUES = new Set([
  'region', 'regions', 'province', 'oblast', 'oblasts', 'district', 'districts', 'county', 'territory',
  'territories', 'area', 'areas', 'governorate', 'prefecture', 'municipality', 'krai', 'raion',
]);

/** Lower-case words that may stand between a name and its place cue ("Kursk border region"). */
export const PLACE_CUE_MODIFIERS = new Set(['border', 'frontier', 'frontline', 'front-line', 'eastern', 'western', 'northern', 'southern', 'central', 'industrial', 'occupied', 'coastal', 'mountainous', 'southwestern', 'southeastern', 'northwestern', 'northeastern']);

/** Lower-case nouns before "of X" that make X a place ("the border region of Kursk", "the city of Bakhmut"). */
export const PLACE_OF_CUES = new Set([
  'region', 'province', 'oblast', 'city', 'district', 'county', 'state', 'territory', 'village', 'town',
  'capital', 'port', 'outskirts', 'suburbs', 'island', 'peninsula', 'area', 'regions', 'provinces', 'cities',
  'districts', 'counties', 'states', 'territories', 'villages', 'towns', 'islands', 'areas', 'parts', 'streets',
]);

/** First words that make a multi-word name a place rather than a person ("New Mexico", "San Diego"). */
export const PLACE_PREFIXES = new Set([
  'new', 'san', 'santa', 'santo', 'sao', 'são', 'los', 'las', 'el', 'la', 'le', 'st.', 'st', 'saint', 'sainte',
  'port', 'fort', 'mount', 'mt.', 'lake', 'cape', 'gulf', 'bay', 'north', 'south', 'east', 'west', 'northern',
  'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'great', 'little', 'old',
]);

/** Prepositions after which a name that is not a person or organisation is a place ("in Kursk", "into Kursk"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'into', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'throughout', 'within']);

/** Verbs of motion after which "to X" names a place ("sent to Kursk", "traveled to Minsk"). */
export const MOTION_VERBS = new Set([
  'send', 'deploy', 'travel', 'move', 'fly', 'go', 'come', 'return', 'arrive', 'dispatch', 'transfer', 'head',
  'relocate', 'evacuate', 'flee', 'march', 'advance', 'withdraw', 'retreat', 'drive', 'sail', 'ship', 'redeploy',
]);

/**
 * Lower-case words after a name that make it a company or body ("Goldman Sachs economists", "JPMorgan Chase
 * chief executive Jamie Dimon"): people have no economists or shareholders.
 */
export const ORG_MEMBER_CUES = new Set([
  'economists', 'analysts', 'executives', 'employees', 'workers', 'shares', 'stock', 'shareholders', 'customers',
  'investors', 'subsidiary', 'unit', 'division', 'ceo', 'executive', 'chairman', 'board', 'researchers',
  'scientists', 'engineers', 'staff', 'members', 'lawmakers', 'officials', 'headquarters', 'shareholder',
  'group', 'militants', 'fighters', 'movement', 'militia', 'rebels',
]);

/** Lemmas of speech verbs after a bare surname that make it a person ("Zelensky said"). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'announce', 'state', 'add', 'note', 'warn', 'write', 'argue', 'claim', 'insist', 'explain',
  'elaborate', 'indicate', 'remark', 'declare', 'deny', 'admit', 'acknowledge', 'reply', 'respond', 'ask',
  'urge', 'vow', 'pledge', 'promise', 'tweet', 'post', 'stress', 'emphasize', 'emphasise', 'suggest', 'agree',
  'meet', 'visit', 'sign', 'call', 'speak', 'thank', 'praise', 'criticize', 'criticise', 'accuse', 'order',
]);

/** Month and weekday names (and their usual abbreviations): never entities, and they end a name run. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.',
  'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.',
  'sun.',
]);

/**
 * Capitalised words that are never names on their own, however they are tagged: determiners, pronouns,
 * conjunctions, sentence adverbs and the boilerplate of news pages ("Latest", "References", "Read").
 */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'nor', 'so', 'if', 'as', 'by',
  'with', 'from', 'to', 'of', 'after', 'before', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'whom',
  'which', 'meanwhile', 'however', 'also', 'yet', 'still', 'some', 'many', 'most', 'more', 'other', 'others',
  'another', 'both', 'each', 'every', 'all', 'any', 'no', 'not', 'there', 'here', 'then', 'than', 'thus', 'hence',
  'although', 'though', 'because', 'since', 'until', 'unless', 'whether', 'despite', 'during', 'under', 'over',
  'about', 'against', 'between', 'among', 'through', 'without', 'within', 'according', 'following', 'given',
  'unlike', 'like', 'besides', 'beyond', 'toward', 'towards', 'upon', 'onto', 'amongst', 'throughout', 'whereas',
  'whilst', 'albeit', 'except', 'including', 'regarding', 'concerning', 'asked', 'told', 'says', 'said', 'adds',
  'should', 'would', 'could', 'will', 'can', 'must', 'might', 'shall', 'did', 'does', 'do', 'was', 'were', 'is',
  'are', 'has', 'have', 'had', 'be', 'been', 'being', 'let', 'why', 'yet', 'nevertheless', 'nonetheless',
  'furthermore', 'moreover', 'otherwise', 'therefore', 'still', 'rather', 'quite', 'anyway', 'overall',
  "i'm", "i'll", "i've", "i'd", 'im', 'no.', 'nos.', 'vol.', 'p.', 'pp.', 'fig.',
  'latest', 'breaking', 'update', 'updated', 'read', 'related', 'references', 'reference', 'comments', 'comment',
  'share', 'advertisement', 'editor', 'note', 'source', 'sources',
  'reporting', 'additional', 'listen', 'subscribe', 'login', 'skip', 'previous',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'last', 'yes', 'oh', 'ok', 'okay', 'please', 'thanks', 'thank', 'dear', 'hello', 'hi', 'madam',
  'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'kst', 'msk',
  'faq', 'rss', 'pdf', 'url', 'html',
  'such', 'even', 'just', 'only', 'very', 'much', 'well', 'again', 'instead', 'indeed',
  'perhaps', 'maybe', 'already', 'recently', 'currently', 'finally', 'earlier', 'later', 'soon', 'once', 'twice',
  'caption', 'credit', 'credits', 'copyright', 'amid',
  'via', 'per', 'vs', 'vs.', 'etc', 'etc.', 'i.e.', 'e.g.', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/**
 * Capitalised adjectives of regions, blocs, faiths and peoples that are not countries: inside a name they
 * belong to it ("European Union", "Arab League"), alone they are no entity ("European leaders").
 */
export const GROUP_ADJECTIVES = new Set([
  'european', 'african', 'asian', 'western', 'eastern', 'northern', 'southern', 'arab', 'arabic', 'middle',
  'latin', 'nordic', 'baltic', 'balkan', 'soviet', 'slavic', 'muslim', 'christian', 'jewish', 'catholic',
  'orthodox', 'protestant', 'sunni', 'shia', 'shiite', 'islamic', 'islamist', 'kurdish', 'kurd', 'kurds',
  'palestinians', 'hindu', 'buddhist', 'atlantic', 'pacific', 'mediterranean', 'caucasian', 'indigenous',
  'allied', 'communist', 'socialist', 'democrat', 'democrats', 'republican', 'republicans', 'conservative',
  'conservatives', 'liberal', 'liberals', 'labour', 'tory', 'tories', 'english', 'scottish', 'welsh', 'korean',
  'europeans', 'africans', 'asians', 'arabs', 'muslims', 'christians', 'jews', 'westerners',
]);

/** Words that may be capitalised inside a name and join its parts ("Ministry of Defence", "Bank of the …"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'al-', 'y']);

/** Lower-case particles hyphened to a surname ("al-Assad", "el-Sisi", "bin-Laden"): part of the name. */
export const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'bin', 'ibn', 'bint', 'ben', 'abd', 'abu']);

/** Words whose possessive belongs to a name ("Democratic People's Republic", "People's Liberation Army"). */
export const POSSESSIVE_NAME_WORDS = new Set(['people', 'peoples', 'women', 'men', 'children', 'workers', 'veterans', 'farmers', 'soldiers', 'citizens', 'nations']);

/**
 * Lower-case generic organisation phrases that, after a demonym or a country's possessive, describe that
 * country's institution ("South Korean intelligence", "Ukraine's defence ministry"). Value: the kind key used
 * to find the named organisation of that country and kind.
 */
export const GENERIC_ORG_PHRASES = new Map<string, string>([
  ['intelligence', 'intelligence'], ['intelligence agency', 'intelligence'], ['intelligence service', 'intelligence'],
  ['intelligence services', 'intelligence'], ['spy agency', 'intelligence'], ['military intelligence', 'military intelligence'],
  ['security service', 'security service'], ['security services', 'security service'],
  ['military', 'military'], ['armed forces', 'military'], ['army', 'army'], ['navy', 'navy'], ['air force', 'air force'],
  ['defense ministry', 'defense ministry'], ['defence ministry', 'defense ministry'], ['ministry of defense', 'defense ministry'],
  ['ministry of defence', 'defense ministry'], ['foreign ministry', 'foreign ministry'], ['government', 'government'],
  ['state media', 'state media'], ['state news agency', 'news agency'], ['news agency', 'news agency'],
  ['state television', 'state media'], ['state broadcaster', 'state media'], ['parliament', 'parliament'],
  ['central bank', 'central bank'], ['embassy', 'embassy'], ['police', 'police'], ['presidential office', 'presidency'],
  ['joint chiefs of staff', 'joint chiefs'], ['general staff', 'general staff'], ['coast guard', 'coast guard'],
  ['border guard', 'border guard'], ['border guards', 'border guard'], ['border service', 'border guard'],
]);

/** Nouns that stand for the country of the paragraph before a generic body ("the nation's intelligence agency"). */
export const HOME_NOUNS = new Set(['nation', 'country']);

/** Longest generic organisation phrase, in words (bounds the look-ahead after a demonym). */
export const GENERIC_ORG_MAX_WORDS = 4;

/** An organisation name that is an intelligence body ("Intelligence", "Spy"). */
export const INTELLIGENCE_NAME = /\b(?:intelligence|spy)\b/i;
/** A security service ("Security Service", "Federal Security Service"). */
export const SECURITY_SERVICE_NAME = /\bsecurity service\b/i;
/** A defence ministry ("Ministry of Defence", "Defense Ministry", "Department of Defense"). */
export const DEFENSE_MINISTRY_NAME = /\b(?:ministry|department) of defen[cs]e\b|\bdefen[cs]e (?:ministry|department)\b/i;
/** A foreign ministry ("Foreign Ministry", "Ministry of Foreign Affairs", "State Department"). */
export const FOREIGN_MINISTRY_NAME = /\bforeign (?:ministry|office)\b|\bministry of foreign affairs\b|\bstate department\b/i;
/** A news agency ("News Agency", "Press Agency"). */
export const NEWS_AGENCY_NAME = /\b(?:news|press) agency\b/i;
/** A parliament ("Parliament", "Duma", "Assembly", "Congress", "Knesset", "Rada", "Majlis"). */
export const PARLIAMENT_NAME = /\b(?:parliament|duma|national assembly|congress|knesset|rada|majlis|diet|bundestag)\b/i;
/** A central bank ("Central Bank", "National Bank", "Federal Reserve"). */
export const CENTRAL_BANK_NAME = /\b(?:central bank|national bank|federal reserve|reserve bank)\b/i;
/** An army, or armed forces as a whole ("Army", "Armed Forces", "Defense Forces"). */
export const MILITARY_NAME = /\b(?:armed forces|defen[cs]e forces|army)\b/i;

/**
 * An all-caps acronym token: two or more capitals, optionally with digits or "&" ("NIS", "G7", "AT&T"), or
 * dotted initials ("U.S.", "U.N.").
 */
export const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,4})$/;

/** A Roman numeral after a name ("Charles III", "World War II"): continues a name, never a name alone. */
export const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;

/**
 * The lower-case piece of a hyphened adjective after a name ("Florida-based", "Hamas-run", "U.S.-led",
 * "Rubio-backing"): the name stands alone, the compound is no part of it. Pieces of names ("Jong-un",
 * "Seong-kweun") do not match.
 */
export const COMPOUND_ADJECTIVE_TAIL = /^(?:\p{Ll}+(?:ing|ed)|based|style|run|led|era|like|born|wide|bound|made|type|esque|ish|ist|ists|itis|nesia|ers|ites|centric|leaning|friendly|speaking|majority|minority|proof|free)$/u;

/** Upper-case abbreviations of common things, not of bodies: alone they are no entity ("TV", "ID", "GDP"). */
export const COMMON_ACRONYMS = new Set([
  'tv', 'id', 'ok', 'pc', 'dj', 'diy', 'gps', 'atm', 'vip', 'pr', 'hr', 'ad', 'ac', 'mp3', 'usb', 'ufo', 'suv',
  'lol', 'omg', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'cpi', 'ipo', 'ai', 'vr', 'ev', 'evs', 'dna', 'hiv', 'aids', 'covid',
  'iq', 'pm', 'am', 'rsvp', 'asap', 'fyi', 'mph', 'kph', 'km', 'kg', 'lb', 'lbs', 'ft', 'st', 'rd', 'nd', 'th', 'ps',
  'faq', 'url', 'pdf', 'rss', 'html', 'sms', 'pin', 'sim', 'wifi', 'led', 'lcd', 'cd', 'dvd', 'nb', 'etc', 'aka',
  'mps', 'ceos', 'pms',
]);

/** A party-and-state tag after a US politician's name ("R-Ala.", "D-N.Y."): no entity. */
export const PARTY_STATE_TAG = /^[RDI]-[A-Z][A-Za-z.]{0,8}$/;

/** A plural group noun opening a run of names ("Floridians Jeb Bush and …", "Texans Ted Cruz"): not part of them. */
export const GROUP_PLURAL = /^\p{Lu}\p{Ll}{2,}(?:ians|ans|ites)$/u;

/** A token that starts with a capital letter (any script that has case). */
export const CAPITALISED = /^\p{Lu}/u;

/** A token that holds at least one letter. */
export const HAS_LETTER = /\p{L}/u;

/** Sentence-final punctuation at the end of a line: the line is prose, not a headline. */
export const PROSE_LINE_END = /[.!?…"”’')\]]$/u;

/** An opening bracket right before an acronym ("National Intelligence Service (NIS)"). */
export const OPEN_BRACKET_GAP = /^\s*[([]\s*$/;

/** A closing bracket right after an acronym. */
export const CLOSE_BRACKET = /^\s*[)\]]/;

/** A possessive between a country and what it owns ("Ukraine's", "Ukraine’s"). */
export const POSSESSIVE_GAP = /^['’]s\s+$/;

/** An apostrophe-s possessive token. */
export const POSSESSIVE = /^['’]s$/i;
