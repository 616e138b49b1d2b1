/**
 * English words and patterns of the quantity extractor (src/annotate/find-quantities.ts): number words, scales,
 * hedges, bounds, vague magnitudes, currencies and unit aliases. Word lists are lower case unless they say
 * otherwise. Every RegExp is linear-time (test/patterns-redos.test.ts); the sticky ones (`y`) are applied at one
 * position by the extractor, which bounds every scan, so a 5 MB input costs one pass.
 */

// ---- where a quantity can start -----------------------------------------------------------------

/**
 * Everything that can begin a quantity: a digit, a spelled-out number, a vague magnitude, a fraction word, or
 * "a"/"an" before a scale or a period of time ("a dozen", "about a month").
 */
export const QUANTITY_ANCHOR =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|millions|billions|trillions|tens|scores|half|an?(?=[ \t]{1,3}(?:dozen|hundred|thousand|million|billion|trillion|half|third|quarter|fifth|tenth|second|minute|hour|day|week|fortnight|month|year|decade|century)\b))\b/gi;

// ---- digits ---------------------------------------------------------------------------------------

/** A written number: 12, 10,000, 1,234.5, 0.68, .001 (a comma group must have three digits). */
export const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+/y;

/** Digit groups glued by dots, commas, colons or slashes: times, dates, versions, odd lists ("10:27", "1.2.3"). */
export const DIGIT_CHAIN = /(?:[.,:/]\d+)+/y;

/** Digit groups glued by dashes ("9-9-9", "555-123-4567"): read as one identifier when there are two dashes or more. */
export const DASH_CHAIN = /(?:[-–]\d+)+/y;

/** A phone number from its "+" or "(": "+44 20 7946 0958", "(212) 555-1234". */
export const PHONE_AT = /(?:\+\d{1,3}|\(\d{2,4}\))(?:[ .-]\d{2,4}){2,5}(?!\d)/y;

/** A numeric date at a number's start: 2024-10-24, 10/24/2024, 24.10.2024. */
export const NUMERIC_DATE = /\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)/y;

/** A time of day right after a number: ":30", "pm", " a.m.", " PM". */
export const TIME_OF_DAY_AFTER = /:\d\d(?!\d)|[ \t]?[aApP]\.?[mM](?![A-Za-z])\.?/y;

/** Time zone abbreviations after a clock figure ("1500 GMT"). */
export const TIME_ZONES = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'MST', 'MDT', 'ET', 'PT', 'IST', 'JST', 'AEST', 'AEDT', 'MSK', 'HKT', 'SGT']);

/** Ordinal and decade suffixes glued to digits: 3rd, 21st, 1990s ("s" alone: a decade or an age group). */
export const ORDINAL_SUFFIX = /(?:st|nd|rd|th|s|'s|’s)(?![A-Za-z])/y;

/** Scientific notation after a mantissa: "×10−30", "x 10^9", "*10^-3". */
export const TIMES_TEN_POWER = /[ \t]?[×xX*][ \t]?10(?:\^|[ \t]?(?=[−-]))[ \t]?([−-]?\d{1,3})/y;

/** A fraction written with a slash: 1/16, 1⁄32 (fraction slash). */
export const SLASH_FRACTION = /(\d{1,3})[/⁄](\d{1,4})(?![\d/⁄])/y;

/** Unicode vulgar fractions and their values. */
export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

// ---- words and scales -----------------------------------------------------------------------------

/** A dotted abbreviation in capitals: "U.S.", "U.N.", "E.U." (a name inside a counted noun phrase). */
export const DOTTED_ABBREVIATION = /(?:[A-Z]\.){2,4}/y;

/** One word at a position (letters, inner hyphens and apostrophes): the unit of every word-level look-up. */
export const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/y;

/** Spelled-out numbers below one hundred. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words that multiply the number before them ("1.5 million", "four hundred"); "dozen" counts twelve. */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
};

/** A scale word after digits: " million", " bn", " billion". */
export const SCALE_WORD_AFTER = /[ \t]?(hundred|thousand|million|billion|trillion|mln|bln|mn|bn|tn|trn)(?![A-Za-z])/iy;

/** A one-letter scale glued to digits: 10k, 4.3M, $3b, $13.6m ("m", "b", "K" only after a currency). */
export const SCALE_LETTER_AFTER = /([kKmMbB])(?![A-Za-z0-9])/y;

/** The values of scale abbreviations (lower case). */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};

/** Fraction words and their denominators ("a third", "two-thirds", "half of"). */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/**
 * Vague magnitudes as the extractor reports them (`vague`), by the plural word: "thousands", and with a
 * multiplier "tens of thousands", "hundreds of millions".
 */
export const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'scores']);

/** A vague magnitude at a position: "tens of thousands", "hundreds", "dozens", "scores of". */
export const VAGUE_AT =
  /(?:(tens|hundreds|dozens)[ \t]{1,3}of[ \t]{1,3})?(dozens|hundreds|thousands|millions|billions|trillions|scores(?=[ \t]{1,3}of\b))(?![A-Za-z])/iy;

// ---- between and after amounts -------------------------------------------------------------------

/** A dash between the two ends of a range: "10,000-12,000", "25 – 40min". */
export const RANGE_DASH_AT = /[ \t]?[-–—][ \t]?/y;

/** A word between the two ends of a range: "3,000 to 4,000", "between 5% and 6%", "three or four years". */
export const RANGE_WORD_AT = /[ \t]{1,2}(to|and|or)(?:[ \t]{1,2}|-(?=\d))/iy;

/** The second year of a season or span: "2018-19", "2014-2017", "2018/19". */
export const YEAR_SPAN_AFTER = /[-–/](?:\d{4}|\d{2})(?!\d)/y;

/** A proportion: "one out of three Germans", "1 in 5 adults". */
export const RATIO_AT = /[ \t]{1,3}(out[ \t]{1,3}of|in)[ \t]{1,3}/iy;

/** After a figure: "or so" (approximate), "or more" (lower bound), "or less" (upper bound). */
export const OR_MORE_AT = /[ \t]{1,3}(?:or[ \t]{1,3}(so|more|above|over|higher|greater|less|fewer|under|below)|and[ \t]{1,3}(up|above|over))(?![A-Za-z])(?![ \t]{1,3}(?:than|to)\b)/iy;

// ---- words before a number ------------------------------------------------------------------------

/** Hedges that make a figure approximate, as phrases of words ending just before the number. */
export const APPROXIMATE_PHRASES = [
  'approximately', 'approx', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'circa', 'ca', 'an estimated',
  'estimated', 'close to', 'just about', 'an approximate', 'approaching', 'in the region of', 'on the order of',
  'the equivalent of', 'give or take', 'somewhere around', 'an average of', 'averaging',
];

/** Bounds from below ("more than 10,000" → low 10,000, high open). */
export const LOWER_BOUND_PHRASES = [
  'more than', 'over', 'at least', 'above', 'in excess of', 'upwards of', 'upward of', 'greater than', 'no fewer than',
  'no less than', 'well over', 'just over', 'well above', 'north of', 'a minimum of', 'exceeding', 'beyond',
  'more then', 'over than',
];

/** Bounds from above ("up to 400 jobs" → low open, high 400). */
export const UPPER_BOUND_PHRASES = [
  'up to', 'fewer than', 'less than', 'under', 'below', 'at most', 'no more than', 'as many as', 'as much as',
  'just under', 'just below', 'well under', 'well below', 'a maximum of', 'not more than', 'as few as', 'as little as',
  'a max of', 'shy of', 'short of', 'south of',
];

/** Symbols right before a number: approximately, or an open bound. */
export const HEDGE_SYMBOLS: Record<string, 'approximate' | 'low' | 'high'> = {
  '~': 'approximate', '≈': 'approximate', '∼': 'approximate', '>': 'low', '≥': 'low', '<': 'high', '≤': 'high',
};

/** Words that open a range: "between 3,000 and 4,000", "from 4.7 to 4.8". */
export const RANGE_OPENERS = new Set(['between', 'from']);

/**
 * Words of change right before a figure: after them "X to Y" is a change and a new level ("rose 4% to $13.60",
 * "increased by $43.6 billion to $419.2 billion"), not a range.
 */
export const CHANGE_WORDS = new Set([
  'by', 'up', 'down', 'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling',
  'gained', 'gain', 'gains', 'lost', 'lose', 'loses', 'added', 'add', 'adds', 'jumped', 'jump', 'jumps', 'climbed',
  'climb', 'climbs', 'dropped', 'drop', 'drops', 'slid', 'slide', 'slides', 'slipped', 'slips', 'plunged', 'plunges',
  'increased', 'increase', 'increases', 'decreased', 'decrease', 'decreases', 'grew', 'grow', 'grows', 'soared',
  'soars', 'surged', 'surges', 'sank', 'sinks', 'tumbled', 'tumbles', 'declined', 'declines', 'decline', 'advanced',
  'advances', 'shed', 'sheds', 'cut', 'cuts', 'raised', 'raises', 'lowered', 'lowers', 'boosted', 'trimmed', 'eased',
  'eases', 'edged', 'dipped', 'dips', 'slumped', 'slumps', 'rallied', 'spiked', 'higher', 'lower', 'widened',
  'narrowed', 'shrank', 'expanded', 'revised',
]);

/** Words that make a following bare integer an identifier: "Section 427", "page 5", "Flight 17", "category 4". */
export const IDENTIFIER_NOUNS = new Set([
  'section', 'article', 'chapter', 'page', 'pages', 'pp', 'p', 'no', 'nos', 'number', 'flight', 'route', 'highway',
  'interstate', 'room', 'suite', 'apt', 'apartment', 'unit', 'level', 'grade', 'category', 'type', 'phase', 'stage',
  'round', 'game', 'week', 'episode', 'volume', 'vol', 'version', 'v', 'line', 'gate', 'terminal', 'row', 'seat',
  'figure', 'fig', 'table', 'item', 'rule', 'clause', 'paragraph', 'verse', 'district', 'ward', 'zone', 'channel',
  'station', 'studio', 'amendment', 'exhibit', 'model', 'series', 'season', 'division', 'tier', 'lane', 'pier', 'platform',
  'floor', 'road', 'street', 'avenue', 'regulation', 'resolution', 'ios', 'android', 'windows', 'iphone', 'galaxy',
  'pixel', 'gen', 'generation', 'matchday', 'covid', 'apollo', 'ps', 'xbox', 'windows', 'f', 'mk',
]);

/** Street words after a house number ("575 Wilbraham Road", "22 Ave Foch"): the number is an address. */
export const STREET_WORDS = new Set([
  'Road', 'Rd', 'Street', 'St', 'Avenue', 'Ave', 'Av', 'Drive', 'Dr', 'Lane', 'Ln', 'Way', 'Boulevard', 'Blvd',
  'Place', 'Pl', 'Court', 'Ct', 'Square', 'Sq', 'Terrace', 'Close', 'Crescent', 'Highway', 'Hwy', 'Parkway', 'Pkwy',
  'Circle', 'Plaza', 'Row', 'Walk', 'Park', 'Gardens', 'Grove', 'Hill', 'Broadway', 'Strasse', 'Straße', 'Rue',
]);

/** Month names and abbreviations (capitalised in text): "August 6", "6 August", "Oct. 31". */
export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Words after which a four-digit number is a year even before a noun ("in 2018 sales rose", "the 2019 season"). */
export const YEAR_PREPOSITIONS = new Set([
  'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'last', 'next', 'each', 'every',
  'in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'during', 'through', 'of', 'to', 'circa', 'early',
  'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'between', 'and', 'year', 'season', 'fiscal', 'fy',
]);

/** Words before "one" that make it a pronoun, not a count ("each one", "the same one", "no one"). */
export const PRONOUN_ONE_BEFORE = new Set([
  'the', 'each', 'every', 'no', 'any', 'this', 'that', 'which', 'same', 'another', 'other', 'little', 'big', 'new',
  'old', 'right', 'wrong', 'last', 'first', 'next', 'loved', 'ones', 'someone', 'anyone', 'everyone', 'younger',
  'older', 'good', 'bad', 'better', 'best', 'lucky', 'chosen', 'special', 'what', 'a',
]);

/** Words after "one" that make it a pronoun or an idiom ("one another", "one by one"). */
export const PRONOUN_ONE_AFTER = new Set(['another', 'by', 'way', 'and', 'day', 'upon', 'such', 'who', 'whose']);

// ---- currencies -----------------------------------------------------------------------------------

/**
 * Currency signs and codes written before a number, longest first, with the unit they give ("US$", "$A",
 * "HK $", "€", "USD", "RM", and "PS"/"Y=" as text converters write £ and ¥).
 */
export const CURRENCY_PREFIXES: Array<[string, string]> = [
  ['US $', 'dollar'], ['US$', 'dollar'], ['$US', 'dollar'], ['U.S.$', 'dollar'], ['USD', 'dollar'], ['USD ', 'dollar'],
  ['HK $', 'hong kong dollar'], ['HK$', 'hong kong dollar'], ['HKD', 'hong kong dollar'], ['HKD ', 'hong kong dollar'],
  ['A$', 'australian dollar'], ['AU$', 'australian dollar'], ['$A', 'australian dollar'], ['AUD', 'australian dollar'], ['AUD ', 'australian dollar'],
  ['C$', 'canadian dollar'], ['CA$', 'canadian dollar'], ['CAD', 'canadian dollar'], ['CAD ', 'canadian dollar'],
  ['NZ$', 'new zealand dollar'], ['S$', 'singapore dollar'], ['R$', 'real'],
  ['$', 'dollar'], ['€', 'euro'], ['EUR', 'euro'], ['EUR ', 'euro'], ['£', 'pound sterling'], ['GBP', 'pound sterling'], ['GBP ', 'pound sterling'],
  ['PS', 'pound sterling'], ['¥', 'yen'], ['Y=', 'yen'], ['JPY', 'yen'], ['JPY ', 'yen'], ['₹', 'rupee'], ['Rs.', 'rupee'], ['Rs', 'rupee'],
  ['Rs ', 'rupee'], ['INR', 'rupee'], ['INR ', 'rupee'], ['RM', 'ringgit'], ['₩', 'won'], ['₽', 'rouble'], ['₪', 'shekel'], ['NIS', 'shekel'],
  ['NIS ', 'shekel'], ['CHF', 'franc'], ['CHF ', 'franc'], ['CNY', 'yuan'], ['RMB', 'yuan'], ['RMB ', 'yuan'], ['₦', 'naira'], ['₱', 'peso'], ['₺', 'lira'],
];

/** Prefixes that are a currency only before a money-shaped figure (separators, decimals or a scale): "PS2.7m", not "PS5". */
export const CURRENCY_PREFIXES_NEEDING_MONEY_SHAPE = new Set(['PS']);

/** Currency signs and codes written after a number ("1,200€", "110 JPY", "$31.20 US"). */
export const CURRENCY_SUFFIX_AT = /[ \t]?(€|£|\$|USD|EUR|GBP|JPY|CNY|CHF|AUD|CAD|HKD|INR|U\.S\.(?![A-Za-z])|US(?![A-Za-z]))/y;

/** The units currency codes written after a number stand for. */
export const CURRENCY_SUFFIX_UNITS: Record<string, string> = {
  '€': 'euro', '£': 'pound sterling', '$': 'dollar', USD: 'dollar', EUR: 'euro', GBP: 'pound sterling', JPY: 'yen',
  CNY: 'yuan', CHF: 'franc', AUD: 'australian dollar', CAD: 'canadian dollar', HKD: 'hong kong dollar', INR: 'rupee',
  'U.S.': '', US: '',
};

/** Currency nouns: after a number they are the unit whatever follows ("a million dollar house"). */
export const CURRENCY_NOUNS = new Set([
  'dollar', 'euro', 'pound', 'yen', 'yuan', 'renminbi', 'rupee', 'ringgit', 'shekel', 'crown', 'krone', 'kroner',
  'krona', 'kronor', 'franc', 'rouble', 'ruble', 'won', 'peso', 'real', 'reais', 'lira', 'rand', 'naira', 'dirham',
  'riyal', 'baht', 'cent', 'pence', 'penny', 'sen', 'rupiah', 'dinar', 'zloty', 'forint', 'hryvnia', 'bitcoin',
]);

// ---- units ----------------------------------------------------------------------------------------

/** A unit token after a number: "%", "°C", "km/h", "A/cm2", "m²", or a word. */
export const UNIT_TOKEN_AT =
  /[ \t]?(%|[″′](?![A-Za-z])|°[ \t]?[CFK]?(?![A-Za-z])|[A-Za-zµμ][A-Za-z0-9µμ²³]*(?:\/[A-Za-z][A-Za-z0-9²³]*)?)/y;

/**
 * Unit abbreviations and unit words, lower case (singular and plural), with the unit reported: "km" →
 * "kilometre", "per cent" → "percent". Multi-word keys are joined with one space.
 */
export const UNIT_ALIASES: Record<string, string> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', pc: 'percent', pct: 'percent', 'per-cent': 'percent',
  'percentage point': 'percentage point', 'percentage points': 'percentage point', 'basis point': 'basis point',
  'basis points': 'basis point', bps: 'basis point', bp: 'basis point', ppt: 'percentage point', pts: 'point',
  km: 'kilometre', kms: 'kilometre', cm: 'centimetre', mm: 'millimetre', 'µm': 'micrometre', 'μm': 'micrometre',
  nm: 'nanometre', mi: 'mile', ft: 'foot', yd: 'yard', yds: 'yard', kg: 'kilogram', kgs: 'kilogram', mg: 'milligram',
  lb: 'pound', lbs: 'pound', oz: 'ounce', ml: 'millilitre', cl: 'centilitre', gal: 'gallon', cc: 'cubic centimetre',
  mph: 'mile per hour', kph: 'kilometre per hour', kmh: 'kilometre per hour', 'km/h': 'kilometre per hour',
  'km/hr': 'kilometre per hour', kmph: 'kilometre per hour', 'm/s': 'metre per second', mpg: 'mile per gallon',
  hp: 'horsepower', bhp: 'horsepower', kw: 'kilowatt', mw: 'megawatt', gw: 'gigawatt', kwh: 'kilowatt hour',
  mwh: 'megawatt hour', gwh: 'gigawatt hour', twh: 'terawatt hour', wh: 'watt hour', mah: 'milliampere hour',
  kv: 'kilovolt', hz: 'hertz', khz: 'kilohertz', mhz: 'megahertz', ghz: 'gigahertz', kb: 'kilobyte', gb: 'gigabyte',
  tb: 'terabyte', mbps: 'megabit per second', gbps: 'gigabit per second', kbps: 'kilobit per second', db: 'decibel',
  rpm: 'revolution per minute', nm2: 'square nanometre', m2: 'square metre', 'm²': 'square metre', km2: 'square kilometre',
  'km²': 'square kilometre', cm2: 'square centimetre', 'sq m': 'square metre', sqm: 'square metre', 'sq ft': 'square foot',
  'sq km': 'square kilometre', 'sq mi': 'square mile', sqft: 'square foot', ha: 'hectare', gpa: 'gigapascal',
  mpa: 'megapascal', kpa: 'kilopascal', psi: 'pound per square inch', ppm: 'part per million', ppb: 'part per billion',
  kcal: 'kilocalorie', kj: 'kilojoule', nm3: 'cubic metre', 'lb-ft': 'pound-foot', 'pound-feet': 'pound-foot',
  'pound-foot': 'pound-foot', 'newton metre': 'newton metre', 'newton meters': 'newton metre', sec: 'second',
  secs: 'second', min: 'minute', mins: 'minute', hr: 'hour', hrs: 'hour', yr: 'year', yrs: 'year', ms: 'millisecond',
  '°': 'degree', '°c': 'celsius', '°f': 'fahrenheit', '°k': 'kelvin', 'degrees celsius': 'celsius', 'degree celsius': 'celsius',
  'degrees centigrade': 'celsius', 'degrees fahrenheit': 'fahrenheit', 'degree fahrenheit': 'fahrenheit',
  'degrees c': 'celsius', 'degrees f': 'fahrenheit', 'degree c': 'celsius', 'degree f': 'fahrenheit',
  'square feet': 'square foot', 'square foot': 'square foot', 'square metres': 'square metre', 'square meters': 'square metre',
  'square metre': 'square metre', 'square meter': 'square metre', 'square miles': 'square mile', 'square mile': 'square mile',
  'square kilometres': 'square kilometre', 'square kilometers': 'square kilometre', 'square kilometre': 'square kilometre',
  'square kilometer': 'square kilometre', 'cubic feet': 'cubic foot', 'cubic foot': 'cubic foot', 'cubic metres': 'cubic metre',
  'cubic meters': 'cubic metre', 'cubic metre': 'cubic metre', 'cubic meter': 'cubic metre', 'light years': 'light year',
  'light-years': 'light year', 'light year': 'light year', 'metric tons': 'tonne', 'metric tonnes': 'tonne', 'metric ton': 'tonne',
  'miles per hour': 'mile per hour', 'kilometres per hour': 'kilometre per hour', 'kilometers per hour': 'kilometre per hour',
  'miles per gallon': 'mile per gallon', 'barrels per day': 'barrel per day', 'barrels a day': 'barrel per day',
  times: 'time', '″': 'inch', '′': 'foot', fahrenheit: 'fahrenheit', celsius: 'celsius', centigrade: 'celsius',
  kelvin: 'kelvin',
};

/**
 * Case-sensitive unit abbreviations that are too ambiguous in lower case or with a space (a single letter):
 * only glued to the number ("45g", "100m", "5W", "2L", "118.5p"). "PS" after a number is metric horsepower.
 */
export const GLUED_UNIT_ALIASES: Record<string, string> = {
  g: 'gram', m: 'metre', W: 'watt', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', V: 'volt', A: 'ampere', L: 'litre',
  l: 'litre', t: 'tonne', p: 'pence', c: 'cent', h: 'hour', in: 'inch', C: 'celsius', F: 'fahrenheit', x: 'time', X: 'time',
  Nm: 'newton metre', PS: 'horsepower', MB: 'megabyte', Mb: 'megabit', Gb: 'gigabit', MP: 'megapixel', mp: 'megapixel',
};

/** Case-sensitive unit abbreviations that count with a space too ("450 Nm", "300 PS", "120 Hz", "5 W"). */
export const CASED_UNIT_ALIASES: Record<string, string> = {
  Hz: 'hertz', Nm: 'newton metre', PS: 'horsepower', W: 'watt', MW: 'megawatt', GW: 'gigawatt', kW: 'kilowatt',
  MB: 'megabyte', Mb: 'megabit', Gb: 'gigabit', MP: 'megapixel', '°C': 'celsius', '°F': 'fahrenheit', C: 'celsius',
  F: 'fahrenheit', p: 'pence',
};

/** Words that end a counted noun phrase: function words, pronouns, auxiliaries, frequent adverbs. */
export const NOUN_PHRASE_STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'without',
  'into', 'onto', 'upon', 'over', 'under', 'after', 'before', 'since', 'until', 'till', 'during', 'per', 'as', 'than',
  'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'why', 'how',
  'if', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', 'no', 'it', 'its', 'their', 'they',
  'them', 'he', 'she', 'we', 'you', 'i', 'his', 'her', 'our', 'your', 'my', 'me', 'us', 'him', 'there', 'here', 'then',
  'so', 'also', 'just', 'only', 'even', 'still', 'ago', 'later', 'earlier', 'each', 'every', 'all', 'both', 'some',
  'any', 'such', 'about', 'around', 'between', 'against', 'among', 'amongst', 'through', 'across', 'behind', 'beyond',
  'within', 'including', 'says', 'said', 'say', 'according', 'up', 'down', 'out', 'off', 'away', 'back', 'ahead',
  'apart', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'too', 'very', 'almost', 'nearly', 'respectively',
  'apiece', 'via', 'toward', 'towards', 'despite', 'plus', 'minus', 'versus', 'vs', 'like', 'unlike', 'near', 'amid',
  'whereas', 'although', 'though', 'because', 'unless', 'whether', 'yet', 'either', 'neither', 'etc', 'ie', 'eg',
  'worth', 'last', 'next', 'above', 'below', 'along', 'inside', 'outside', 'onwards', 'instead', 'already', 'again',
  'ever', 'never', 'once', 'twice', 'altogether', 'overall', 'worldwide', 'nationwide', 'annually', 'alone', 'each',
  'get', 'got', 'gets', 'make', 'made', 'makes', 'take', 'took', 'takes', 'go', 'went', 'goes', 'come', 'came',
  'comes', 'see', 'saw', 'sees', 'remain', 'remains', 'remained', 'became', 'become', 'becomes', 'seem',
  'seems', 'seemed', 'stand', 'stands', 'stood', 'sit', 'sits', 'sat', 'live', 'lives', 'lived', 'die', 'dies',
  'think', 'know', 'knew', 'want', 'need', 'needs', 'give', 'gave', 'gives', 'puts', 'let', 'keep',
  'tell', 'ask', 'asks', 'asked', 'show', 'shows', 'hits', 'win', 'wins', 'lose',
  'lead', 'leads', 'run', 'ran', 'runs', 'reach', 'rise', 'fall', 'fell', 'rose', 'grew', 'hold', 'holds',
  'pay', 'pays', 'cost', 'costs', 'mean', 'means', 'meant', 'include', 'includes', 'per', 'or',
  'apart', 'old', 'young', 'long', 'wide', 'tall', 'high', 'deep', 'thick', 'away', 'ahead', 'behind', 'later',
  'thereafter', 'afterwards', 'altogether', 'together', 'total', 'combined', 'in', 'across', 'versus', 'enough',
]);

/** Adjectives that may stand before a counted noun but are never its head or a compound part of it. */
export const NOUN_PHRASE_ADJECTIVES = new Set([
  'more', 'less', 'fewer', 'other', 'additional', 'extra', 'further', 'new', 'old', 'big', 'small', 'large', 'major',
  'minor', 'top', 'first', 'same', 'own', 'key', 'main', 'good', 'best', 'better', 'high', 'low', 'long', 'short',
  'young', 'full', 'real', 'free', 'open', 'local', 'foreign', 'few', 'many', 'several', 'different', 'separate',
  'straight', 'consecutive', 'successive', 'previous', 'recent', 'current', 'former', 'future', 'whole', 'entire',
  'average', 'typical', 'total', 'potential', 'possible', 'active', 'senior', 'junior', 'elite', 'armed', 'private',
  'public', 'civilian', 'live', 'dead', 'wounded', 'injured', 'missing', 'ordinary', 'regular', 'special', 'general',
  'annual', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'military', 'record', 'estimated', 'approximately',
  'roughly', 'about', 'around', 'registered', 'eligible', 'known', 'confirmed', 'reported', 'suspected', 'alleged',
  'unnamed', 'individual', 'single', 'double', 'triple', 'key', 'prime', 'basic', 'standard', 'premium',
]);

/** Suffixes of adjectives (a word ending so is not taken as a compound part of the counted noun). */
export const ADJECTIVE_SUFFIX = /(?:al|ic|ive|ous|ful|able|ible|less|ish|ese|ian|ean|ary|ory|est|ular|ent|ant|ed|ing|ly)$/;

/** Irregular plurals and their singular, plus nouns that are the same in both numbers. */
export const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', personnel: 'personnel', staff: 'staff', police: 'police', series: 'series', species: 'species',
  news: 'news', aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', deer: 'deer', cattle: 'cattle', data: 'data',
  media: 'media', criteria: 'criterion', phenomena: 'phenomenon', lives: 'life', wives: 'wife', knives: 'knife',
  halves: 'half', wolves: 'wolf', shelves: 'shelf', leaves: 'leaf', thieves: 'thief', viruses: 'virus',
  buses: 'bus', bonuses: 'bonus', campuses: 'campus', statuses: 'status', censuses: 'census', surpluses: 'surplus',
  analyses: 'analysis', crises: 'crisis', theses: 'thesis', bases: 'base', kroner: 'krone', kronor: 'krona',
  reais: 'real', pence: 'pence', yen: 'yen', yuan: 'yuan', baht: 'baht', won: 'won', rand: 'rand', livestock: 'livestock',
  troops: 'troop', headquarters: 'headquarters', means: 'means', gas: 'gas', bus: 'bus', lens: 'lens', us: 'us',
  plus: 'plus', status: 'status', chassis: 'chassis', mass: 'mass', times: 'time',
};

/** Words ending in -s that are not plurals: -ss, -us, -is ("mass", "bonus", "analysis"). */
export const NOT_PLURAL_S = /(?:ss|us|is)$/;

/** Plurals in -ies after a consonant: "batteries" → "battery". */
export const IES_PLURAL = /[^aeiou]ies$/;

/** Plurals in -es after a sibilant: "boxes", "churches", "glasses". */
export const ES_PLURAL = /(?:ss|x|z|ch|sh)es$/;

/** Plural nouns without a final s, which end a counted noun phrase like any plural. */
export const PLURALS_WITHOUT_S = new Set(['people', 'men', 'women', 'children', 'feet', 'teeth', 'mice', 'geese', 'personnel', 'police', 'staff', 'cattle', 'livestock', 'kroner', 'kronor', 'yen', 'yuan', 'pence', 'crew']);

/** Singular nouns ending in -ing (other -ing words after a number are verbs or adjectives: "50 remaining"). */
export const ING_NOUNS = new Set([
  'building', 'meeting', 'hearing', 'wedding', 'ceiling', 'offering', 'listing', 'morning', 'evening', 'thing',
  'king', 'ring', 'wing', 'string', 'spring', 'painting', 'recording', 'filing', 'opening', 'finding', 'warning',
  'shooting', 'bombing', 'killing', 'sibling', 'crossing', 'landing', 'booking', 'setting', 'beginning', 'funding',
  'clothing', 'housing', 'training', 'outing', 'inning', 'serving', 'helping', 'lightning', 'feeling', 'dwelling',
  'pudding', 'bedding', 'swing', 'sting', 'sling', 'thing', 'earring', 'offspring', 'viewing', 'screening',
]);

/**
 * Irregular past participles: inside a counted noun phrase they are modifiers ("197 paid employees"), at its end
 * they are verbs ("300 held", "5 sent") and no unit.
 */
export const IRREGULAR_PARTICIPLES = new Set([
  'paid', 'held', 'kept', 'led', 'made', 'told', 'put', 'set', 'hit', 'left', 'lost', 'built', 'sold', 'bought',
  'brought', 'caught', 'taught', 'sent', 'spent', 'found', 'shot', 'cut', 'hurt', 'taken', 'given', 'seen', 'known',
  'shown', 'grown', 'born', 'thrown', 'written', 'driven', 'chosen', 'stolen', 'frozen', 'broken', 'spoken', 'hidden',
  'beaten', 'eaten', 'fallen', 'drawn', 'worn', 'torn', 'sworn', 'fled', 'slain', 'bound', 'won',
]);

/** Singular nouns ending in -ly (other -ly words end a counted noun phrase as adverbs). */
export const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'ally', 'rally', 'belly', 'anomaly', 'monopoly', 'reply', 'butterfly', 'fly', 'lily', 'jelly', 'bully']);

/** Hyphen tails that describe a measure without being a unit: "year-old", "month-long", "percent-owned". */
export const MEASURE_TAILS = new Set(['old', 'long', 'wide', 'tall', 'high', 'deep', 'thick', 'owned', 'plus', 'odd', 'strong', 'something', 'ish', 'stake', 'term', 'run']);

/**
 * Units of measure written as words (singular): after a number they are the unit even when a noun follows,
 * as in "a 30 degree homer", "the 40 yard dash", "a 20 kilometer bike ride".
 */
export const MEASURE_WORDS = new Set([
  'degree', 'metre', 'meter', 'kilometre', 'kilometer', 'centimetre', 'centimeter', 'millimetre', 'millimeter',
  'micrometre', 'micrometer', 'nanometre', 'nanometer', 'mile', 'yard', 'foot', 'inch', 'gram', 'kilogram', 'milligram',
  'tonne', 'ton', 'pound', 'ounce', 'litre', 'liter', 'millilitre', 'milliliter', 'gallon', 'barrel', 'acre', 'hectare',
  'second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century', 'millennium', 'percent',
  'volt', 'watt', 'kilowatt', 'megawatt', 'gigawatt', 'horsepower', 'calorie', 'decibel', 'knot', 'lap', 'storey', 'story',
]);

/** Words after "a year", "a month" that make it a time reference, not a rate ("$10 million a year ago"). */
export const RELATIVE_TIME_WORDS = new Set(['ago', 'earlier', 'before', 'later', 'after', 'prior', 'previously', 'back', 'on', 'since']);

/** Days of the week: a name, never part of a counted noun ("one senior official Monday"). */
export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun']);

/** Time units that count as periods after "a"/"an" ("about a month" → 1 month). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);
