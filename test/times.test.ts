/**
 * The temporal expression tagger (src/annotate/find-times.ts): TIMEX3 values and types of the cases it is meant
 * to handle, unresolved patterns without a publication date, words that are not times, and invariants of spans
 * on random input.
 *
 * Table rows are `[text, published, expectedValue, expectedType?]`; `[[…]]` marks the expected expression in the
 * text (the markers are removed before tagging): an annotation overlapping it must carry the value (and type).
 * An expected value of `null` means that nothing may be tagged there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findTimes } from '../src/annotate/find-times.ts';
import { timeResolvedInterval } from '../src/annotate/time-resolved-interval.ts';

type Row = [text: string, published: string | null, value: string | null, type?: 'DATE' | 'TIME' | 'DURATION' | 'SET'];

const ROWS: Row[] = [
  // Absolute dates and times.
  ['The deal closed on [[June 17, 2025]].', null, '2025-06-17', 'DATE'],
  ['The deal closed on [[17 June 2025]].', null, '2025-06-17', 'DATE'],
  ['The deal closed on [[2025-06-17]].', null, '2025-06-17', 'DATE'],
  ['Prices rose in [[June 2024]].', null, '2024-06', 'DATE'],
  ['Prices rose in [[2023]].', '2025-06-17', '2023', 'DATE'],
  ['Output doubled in [[the 1990s]].', '2025-06-17', '199', 'DATE'],
  ['Output doubled in [[the mid-1990s]].', '2025-06-17', '199', 'DATE'],
  ['Sales fell in [[fiscal 1998]].', '1998-06-01', '1998', 'DATE'],
  ['He was arrested at [[2:30 p.m. Friday]].', '1998-02-13T14:26:00', '1998-02-13T14:30', 'TIME'],
  ['The vote was held at [[10 p.m. Wednesday]].', '1998-02-13T14:26:00', '1998-02-11T22:00', 'TIME'],
  ['Net income rose in [[the third quarter]].', '1998-10-20', '1998-Q3', 'DATE'],
  ['Profit was flat in [[the first half of 1997]].', '1998-10-20', '1997-H1', 'DATE'],
  ['Stores close on [[Thanksgiving Day]].', '1999-11-20', '1999-11-25', 'DATE'],
  ['[[Early 1990]] was hard.', '1998-10-20', '1990', 'DATE'],
  // Relative to publication (the development corpus phrases).
  ['Russia said on [[Tuesday]] that it had withdrawn.', '2025-06-17', '2025-06-17', 'DATE'],
  ['[[Last July]], troops entered Kursk.', '2025-06-17', '2024-07', 'DATE'],
  ['Fighting went on until [[late 2023]].', '2025-06-17', '2023', 'DATE'],
  ['The offensive lasted [[nearly eight months]].', '2025-06-17', 'P8M', 'DURATION'],
  ['Until [[last year]], the border was calm.', '2025-06-17', '2024', 'DATE'],
  ['Losses rose in [[the past twelve months]].', '2025-06-17', 'P12M', 'DURATION'],
  ['Over [[the past two years]], 600 died.', '2025-06-17', 'P2Y', 'DURATION'],
  ['The bill passed in [[June of this year]].', '2024-10-24', '2024-06', 'DATE'],
  ['[[On August 6]], troops crossed the border.', '2024-10-24', '2024-08-06', 'DATE'],
  ['[[In June]], the number was 11,000.', '2024-10-24', '2024-06', 'DATE'],
  ['Just [[yesterday]], he said so.', '2024-10-24', '2024-10-23', 'DATE'],
  ['[[Today]] the Senate voted.', '2024-10-24', '2024-10-24', 'DATE'],
  ['The Senate is expected to pass the measure on [[November 6]].', '2024-10-24', '2024-11-06', 'DATE'],
  ['Deliveries could begin as early as [[July or August]], officials said.', '2025-06-19', '2025-07/2025-08', 'DATE'],
  ['[[Last year]], 11,000 troops arrived.', '2025-06-19', '2024', 'DATE'],
  ['More came [[last fall]].', '2025-06-19', '2024-FA', 'DATE'],
  ['[[Earlier this year]] the army said 3,000 had died.', '2025-06-19', '2025', 'DATE'],
  ['[[In April]], Ukraine launched an attack.', '2025-06-19', '2025-04', 'DATE'],
  ['The plant could reopen as soon as [[July]].', '2025-06-19', '2025-07', 'DATE'],
  ['In [[October of last year]], 500 were captured.', '2025-06-19', '2024-10', 'DATE'],
  ['Kyiv said on [[Thursday]] that it hit a depot.', '2025-06-19', '2025-06-19', 'DATE'],
  ['The ministry said on [[Monday]] that talks stalled.', '2025-04-28', '2025-04-28', 'DATE'],
  ['The ministry said on [[Friday]] that talks stalled.', '2025-04-28', '2025-04-25', 'DATE'],
  ['The talks will resume on [[Friday]].', '2025-04-28', '2025-05-02', 'DATE'],
  // An irregular participle after an auxiliary ("will be held", "was held"): the auxiliary tells the tense.
  ['The convention will be held in [[July]].', '2016-05-20', '2016-07', 'DATE'],
  ['The convention was held in [[July]].', '2016-05-20', '2015-07', 'DATE'],
  ['He left [[yesterday]].', '2025-06-17', '2025-06-16', 'DATE'],
  ['He arrives [[tomorrow]].', '2025-06-17', '2025-06-18', 'DATE'],
  ['Prices rose [[last year]].', '2025-06-17', '2024', 'DATE'],
  ['Prices will rise [[next month]].', '2025-06-17', '2025-07', 'DATE'],
  ['Talks resume [[this week]].', '2025-06-17', '2025-W25', 'DATE'],
  ['He left [[two weeks ago]].', '2025-06-17', '2025-W23', 'DATE'],
  ['He left [[three days ago]].', '2025-06-17', '2025-06-14', 'DATE'],
  ['Prices are [[now]] higher.', '2025-06-17', 'PRESENT_REF', 'DATE'],
  ['Prices are [[currently]] higher.', '2025-06-17', 'PRESENT_REF', 'DATE'],
  ['Prices [[recently]] rose.', '2025-06-17', 'PAST_REF', 'DATE'],
  ['Prices will rise in [[the future]].', '2025-06-17', 'FUTURE_REF', 'DATE'],
  ['Sales rose 5% from [[a year earlier]].', '2025-06-17', '2024', 'DATE'],
  ['The stock fell [[this morning]].', '1998-02-13', '1998-02-13TMO', 'TIME'],
  ['Shots were heard [[last night]].', '1998-02-13', '1998-02-12TNI', 'TIME'],
  ['Sales fell [[last quarter]].', '1998-02-13', '1997-Q4', 'DATE'],
  ['It happened [[over the weekend]].', '1990-08-13', '1990-W32-WE', 'DATE'],
  ['The Victory Day parade was held on [[May 9]].', '2025-06-17', '2025-05-09', 'DATE'],
  // Without a publication date relative expressions stay patterns.
  ['Troops entered Kursk in [[July]].', null, 'XXXX-07', 'DATE'],
  ['He left [[yesterday]].', null, 'XXXX-XX-XX', 'DATE'],
  ['Prices rose [[last year]].', null, 'XXXX', 'DATE'],
  ['Russia said on [[Tuesday]] that it had withdrawn.', null, 'XXXX-WXX-2', 'DATE'],
  ['The vote is on [[June 17]].', null, 'XXXX-06-17', 'DATE'],
  ['More came [[last fall]].', null, 'XXXX-FA', 'DATE'],
  ['The war lasted [[two years]].', null, 'P2Y', 'DURATION'],
  ['Prices rose in [[2023]].', null, '2023', 'DATE'],
  // Durations.
  ['The war lasted [[two years]].', '2025-06-17', 'P2Y', 'DURATION'],
  ['An [[eight-month-long]] siege ended.', '2025-06-17', 'P8M', 'DURATION'],
  ['They waited [[for months]].', '2025-06-17', 'PXM', 'DURATION'],
  ['Fighting raged for [[24 hours]].', '2025-06-17', 'PT24H', 'DURATION'],
  ['It took [[a decade]] to build.', '2025-06-17', 'P10Y', 'DURATION'],
  ['A [[three-day]] visit began.', '2025-06-17', 'P3D', 'DURATION'],
  ['It took [[2 1/2 years]].', '2025-06-17', 'P2Y6M', 'DURATION'],
  ['He spoke for [[a minute and a half]].', '2025-06-17', 'PT1M30S', 'DURATION'],
  ['The contract runs for [[several years]].', '2025-06-17', 'PXY', 'DURATION'],
  ['He served [[more than four hours]].', '2025-06-17', 'PT4H', 'DURATION'],
  // Sets.
  ['Meetings are held [[every week]].', '2025-06-17', 'P1W', 'SET'],
  ['The paper appears [[weekly]].', '2025-06-17', 'P1W', 'SET'],
  ['Prices are reviewed [[each year]].', '2025-06-17', 'P1Y', 'SET'],
  ['Prices are reviewed [[annually]].', '2025-06-17', 'P1Y', 'SET'],
  ['Flights leave [[daily]].', '2025-06-17', 'P1D', 'SET'],
  ['Exports earn $5 billion [[a year]].', '2025-06-17', 'P1Y', 'SET'],
  ['The wells pump 100 barrels [[an hour]].', '2025-06-17', 'PT1H', 'SET'],
  // Not times.
  ['You [[may]] go now.', '2025-06-17', null],
  ['[[May]] I ask a question?', '2025-06-17', null],
  ['They will [[march]] on the capital.', '2025-06-17', null],
  ['The [[Sun]] rose over the hills.', '2025-06-17', null],
  ['He scored [[42]] points.', '2025-06-17', null],
  ['The army has [[2000]] troops there.', '2025-06-17', null],
  ['A [[27-year-old]] man was arrested.', '2025-06-17', null],
  ['They own [[a quarter]] of the company.', '2025-06-17', null],
  // A programme's or a film's title in quotation marks.
  ['Rubio said on ABC\'s “[[This Week]] With George Stephanopoulos” that he agreed.', '2025-06-17', null],
  ['Trump told NBC’s "[[Today]]" that he won.', '2025-06-17', null],
  ['The film “The Day After [[Tomorrow]]” opened.', '2025-06-17', null],
  ['He said “[[Today]] we won.”', '2025-06-17', '2025-06-17', 'DATE'],
];

/** The text without markers and the marked span. */
function unmark(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  return { text: marked.replace('[[', '').replace(']]', ''), start, end };
}

for (const [marked, published, value, type] of ROWS) {
  test(`${marked} (${published ?? 'no date'}) → ${value ?? 'nothing'}`, () => {
    const { text, start, end } = unmark(marked);
    const found = findTimes(text, published);
    const hits = found.filter((t) => t.span.start < end && start < t.span.end);
    if (value === null) {
      assert.deepEqual(hits, [], `tagged ${JSON.stringify(hits.map((h) => h.text))}`);
      return;
    }
    assert.equal(hits.length, 1, `expected one expression over "${text.slice(start, end)}", got ${JSON.stringify(found.map((t) => [t.text, t.time.value]))}`);
    assert.equal(hits[0].time.value, value, `value of "${hits[0].text}"`);
    if (type) assert.equal(hits[0].time.type, type, `type of "${hits[0].text}"`);
  });
}

test('mods: nearly → APPROX, late → END, earlier this year → START', () => {
  const [a] = findTimes('It lasted nearly eight months.', '2025-06-17');
  assert.equal(a.time.mod, 'APPROX');
  const [b] = findTimes('It ended in late 2023.', '2025-06-17');
  assert.equal(b.time.mod, 'END');
  const [c] = findTimes('Earlier this year, it rained.', '2025-06-17');
  assert.equal(c.time.mod, 'START');
});

test('resolved intervals of DATE values', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['2024-07', '2024-07-01', '2024-07-31'],
    ['2024-FA', '2024-09-01', '2024-11-30'],
    ['2024-WI', '2024-12-01', '2025-02-28'],
    ['2025-07/2025-08', '2025-07-01', '2025-08-31'],
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['199', '1990-01-01', '1999-12-31'],
    ['1998-Q3', '1998-07-01', '1998-09-30'],
    ['1997-H2', '1997-07-01', '1997-12-31'],
    ['2025-W25', '2025-06-16', '2025-06-22'],
    ['1998-02-13T14:30', '1998-02-13', '1998-02-13'],
  ];
  for (const [value, start, end] of cases) assert.deepEqual(timeResolvedInterval(value), { value, start, end }, value);
  for (const value of ['PRESENT_REF', 'XXXX-07', 'P2Y', null]) assert.equal(timeResolvedInterval(value), null);
  const [t] = findTimes('Last July, it rained.', '2025-06-17');
  assert.deepEqual(t.resolved, { value: '2024-07', start: '2024-07-01', end: '2024-07-31' });
  const [d] = findTimes('It lasted two years.', '2025-06-17');
  assert.equal(d.resolved, null);
});

test('never resolves against the current date without a publication date', () => {
  for (const t of findTimes('Yesterday, last year, on Tuesday, in July, this week and two weeks ago.', null)) {
    assert.ok(t.time.value === null || /X/.test(t.time.value), `${t.text} → ${t.time.value}`);
    assert.equal(t.resolved, null);
  }
});

test('an odd publication value is treated as missing', () => {
  const [t] = findTimes('He left yesterday.', 'sometime');
  assert.equal(t.time.value, 'XXXX-XX-XX');
});

/** Spans in bounds, equal to their text, sorted and disjoint. */
function checkSpans(text: string, published: string | null): void {
  const found = findTimes(text, published);
  let last = 0;
  for (const t of found) {
    assert.ok(Number.isInteger(t.span.start) && Number.isInteger(t.span.end));
    assert.ok(t.span.start >= last && t.span.end > t.span.start && t.span.end <= text.length);
    assert.equal(text.slice(t.span.start, t.span.end), t.text);
    last = t.span.end;
  }
}

const TIME_WORDS = ['May', 'June 17', ', 2025', 'last', 'year', 'Tuesday', ' ', '\n', 'two', 'weeks', 'ago', '2:30 p.m.',
  'the', 'past', '1990s', 'quarter', 'third', '-', '.', 'nearly', 'every', 'day', '😀', 'é', 'fall', 'of'];

test('spans stay in bounds and equal their text on random strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.constant('2025-06-17')), (s, p) => checkSpans(s, p)), { numRuns: 300 });
  fc.assert(fc.property(fc.array(fc.constantFrom(...TIME_WORDS), { maxLength: 80 }), fc.option(fc.constant('1998-02-13T14:26:00')), (parts, p) => checkSpans(parts.join(' '), p)), { numRuns: 500 });
});

test('long inputs of digits, dots and dashes return', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('1', '9', '0', '.', '-', ' ', '/', ':'), minLength: 5000, maxLength: 20000 }), (s) => {
    checkSpans(s, '2025-06-17');
  }), { numRuns: 20 });
  const long = '1.2-3.'.repeat(200_000) + '2025-06-17' + '-1'.repeat(100_000);
  const found = findTimes(long, null);
  assert.ok(Array.isArray(found));
});
