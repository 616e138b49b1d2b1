/**
 * The quantity extractor (src/annotate/find-quantities.ts): a table of texts and the mentions expected in them,
 * the things that are not quantities, span invariants on random text (fast-check), and long odd inputs that must
 * return.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findQuantities } from '../src/annotate/find-quantities.ts';
import type { Quantity } from '../src/model/report.ts';

/** An expected mention: its text, and the quantity fields that matter for the row. */
type Expected = { text: string } & Partial<Quantity>;

const q = (text: string, fields: Partial<Quantity> = {}): Expected => ({ text, ...fields });
const exact = (v: number) => ({ low: v, high: v });

const ROWS: Array<[string, Expected[]]> = [
  // Digits, separators, decimals, negatives.
  ['The army has 10,000 soldiers.', [q('10,000 soldiers', { ...exact(10000), unit: 'soldier', approximate: false, vague: null })]],
  ['Inflation rose to 1.9% next year.', [q('1.9%', { ...exact(1.9), unit: 'percent' })]],
  ['The index fell 0.68 percent.', [q('0.68 percent', { ...exact(0.68), unit: 'percent' })]],
  ['The rate fell to .001 per cent.', [q('.001 per cent', { ...exact(0.001), unit: 'percent' })]],
  ['The total offense was minus-5 yards.', [q('minus-5 yards', { ...exact(-5), unit: 'yard' })]],
  ['It can dip to -130 degrees Fahrenheit.', [q('-130 degrees Fahrenheit', { ...exact(-130), unit: 'fahrenheit' })]],
  ['The deficit hit $-50.8bn in April.', [q('$-50.8bn', { ...exact(-50.8e9), unit: 'dollar' })]],
  // Number words.
  ['He visited four times.', [q('four times', { ...exact(4), unit: 'time' })]],
  ['They hired twelve engineers.', [q('twelve engineers', { ...exact(12), unit: 'engineer' })]],
  ['Some twenty-five people came.', [q('Some twenty-five people', { ...exact(25), approximate: true, unit: 'person' })]],
  ['She bought a dozen eggs.', [q('a dozen eggs', { ...exact(12), unit: 'egg' })]],
  ['He said it a hundred times.', [q('a hundred times', { ...exact(100), unit: 'time' })]],
  ['The flight took one and a half hours.', [q('one and a half hours', { ...exact(1.5), unit: 'hour' })]],
  ['They waited about a month.', [q('about a month', { ...exact(1), approximate: true, unit: 'month' })]],
  ['The visit came approximately one month after.', [q('approximately one month', { ...exact(1), approximate: true, unit: 'month' })]],
  ['There were 4 hundred million people.', [q('4 hundred million people', { ...exact(4e8), unit: 'person' })]],
  ['Nearly two-thirds of voters agreed.', [q('Nearly two-thirds of voters', { low: 2 / 3, approximate: true, unit: 'voter' })]],
  ['One out of three Germans has housing problems.', [q('One out of three Germans', { low: 1 / 3 })]],
  // Scales.
  ['It would cost $3bn.', [q('$3bn', { ...exact(3e9), unit: 'dollar' })]],
  ['Some 1.5 million people fled.', [q('Some 1.5 million people', { ...exact(1.5e6), approximate: true, unit: 'person' })]],
  ['The fund holds 3 billion euros.', [q('3 billion euros', { ...exact(3e9), unit: 'euro' })]],
  ['The race drew 10k runners.', [q('10k runners', { ...exact(10000), unit: 'runner' })]],
  ['The yacht was quoted at USD10m.', [q('USD10m', { ...exact(1e7), unit: 'dollar' })]],
  ['Shares hit US $58.24 per barrel.', [q('US $58.24 per barrel', { ...exact(58.24), unit: 'dollar per barrel' })]],
  ['A notebook for 1,200€ was bought.', [q('1,200€', { ...exact(1200), unit: 'euro' })]],
  // Ranges.
  ['Between 10,000-12,000 troops were sent.', [q('Between 10,000-12,000 troops', { low: 10000, high: 12000, unit: 'troop' })]],
  ['An estimated 10,000–12,000 troops were sent.', [q('An estimated 10,000–12,000 troops', { low: 10000, high: 12000, approximate: true, unit: 'troop' })]],
  ['They sent between 3,000 and 4,000 troops.', [q('between 3,000 and 4,000 troops', { low: 3000, high: 4000, unit: 'troop' })]],
  ['They sent 3,000 to 4,000 troops.', [q('3,000 to 4,000 troops', { low: 3000, high: 4000, unit: 'troop' })]],
  ['Growth will slow from 4.8 to 4.7 percent.', [q('from 4.8 to 4.7 percent', { low: 4.7, high: 4.8, unit: 'percent' })]],
  ['A fine of $3 billion to $5 billion.', [q('$3 billion to $5 billion', { low: 3e9, high: 5e9, unit: 'dollar' })]],
  ['Guidance was $89 to $93 billion.', [q('$89 to $93 billion', { low: 89e9, high: 93e9, unit: 'dollar' })]],
  ['There are 1 to 2 thousand people.', [q('1 to 2 thousand people', { low: 1000, high: 2000, unit: 'person' })]],
  ['Over the past three or four years.', [q('three or four years', { low: 3, high: 4, unit: 'year' })]],
  ['Temperatures dropped by 1 to 1.5 degrees Celsius.', [q('1 to 1.5 degrees Celsius', { low: 1, high: 1.5, unit: 'celsius' })]],
  ['Bitcoin fell from $36,040 at 10.45pm to $34,935.', [q('from $36,040 at 10.45pm to $34,935', { low: 34935, high: 36040, unit: 'dollar' })]],
  // A change and a level are two figures, not a range.
  ['The deficit increased by $43.6 billion to $419.2 billion.', [q('$43.6 billion', exact(43.6e9)), q('$419.2 billion', exact(419.2e9))]],
  ['Blackmores rose 9.4 per cent to $84.', [q('9.4 per cent', { ...exact(9.4), unit: 'percent' }), q('$84', { ...exact(84), unit: 'dollar' })]],
  // Hedges.
  ['approximately 12,000 North Korean troops', [q('approximately 12,000 North Korean troops', { ...exact(12000), approximate: true, unit: 'troop' })]],
  ['about 19 per cent', [q('about 19 per cent', { ...exact(19), approximate: true, unit: 'percent' })]],
  ['nearly eight months', [q('nearly eight months', { ...exact(8), approximate: true, unit: 'month' })]],
  ['around 600 people', [q('around 600 people', { ...exact(600), approximate: true, unit: 'person' })]],
  ['roughly 8 billion people', [q('roughly 8 billion people', { ...exact(8e9), approximate: true, unit: 'person' })]],
  ['almost 4 hours', [q('almost 4 hours', { ...exact(4), approximate: true, unit: 'hour' })]],
  ['some seven miles', [q('some seven miles', { ...exact(7), approximate: true, unit: 'mile' })]],
  ['an estimated 1,200 homes', [q('an estimated 1,200 homes', { ...exact(1200), approximate: true, unit: 'home' })]],
  ['up to ~25 km', [q('up to ~25 km', { low: null, high: 25, approximate: true, unit: 'kilometre' })]],
  // Bounds.
  ['more than 10,000 soldiers', [q('more than 10,000 soldiers', { low: 10000, high: null, unit: 'soldier' })]],
  ['over two years', [q('over two years', { low: 2, high: null, unit: 'year' })]],
  ['at least 100 km', [q('at least 100 km', { low: 100, high: null, unit: 'kilometre' })]],
  ['10,000+ troops', [q('10,000+ troops', { low: 10000, high: null, unit: 'troop' })]],
  ['up to 400 jobs', [q('up to 400 jobs', { low: null, high: 400, unit: 'job' })]],
  ['fewer than 20 people', [q('fewer than 20 people', { low: null, high: 20, unit: 'person' })]],
  ['less than 5%', [q('less than 5%', { low: null, high: 5, unit: 'percent' })]],
  ['under 18 years', [q('under 18 years', { low: null, high: 18, unit: 'year' })]],
  ['at most 3 times', [q('at most 3 times', { low: null, high: 3, unit: 'time' })]],
  ['chips of sub-7 nanometer size', [q('sub-7 nanometer', { low: null, high: 7, unit: 'nanometer' })]],
  // Vague magnitudes.
  ['thousands of additional military personnel', [q('thousands of additional military personnel', { low: null, high: null, vague: 'thousands', unit: 'personnel' })]],
  ['hundreds of miles into space', [q('hundreds of miles', { vague: 'hundreds', unit: 'mile' })]],
  ['millions of artillery shells', [q('millions of artillery shells', { vague: 'millions', unit: 'artillery shell' })]],
  ['Dozens of people were killed.', [q('Dozens of people', { vague: 'dozens', unit: 'person' })]],
  ['tens of thousands of students', [q('tens of thousands of students', { vague: 'tens of thousands', unit: 'student' })]],
  ['hundreds of thousands of refugees', [q('hundreds of thousands of refugees', { vague: 'hundreds of thousands', unit: 'refugee' })]],
  ['thousands more have been injured', [q('thousands', { vague: 'thousands', unit: null })]],
  // Units and counted nouns.
  ['6,000 North Korean troops', [q('6,000 North Korean troops', { ...exact(6000), unit: 'troop' })]],
  ['1,000 of these troops', [q('1,000 of these troops', { ...exact(1000), unit: 'troop' })]],
  ['5,000 combat engineers', [q('5,000 combat engineers', { ...exact(5000), unit: 'combat engineer' })]],
  ['11,000 personnel', [q('11,000 personnel', { ...exact(11000), unit: 'personnel' })]],
  ['a second wave of 4,000 troops', [q('4,000 troops', { ...exact(4000), unit: 'troop' })]],
  ['approximately 600 North Korean soldiers', [q('approximately 600 North Korean soldiers', { ...exact(600), approximate: true, unit: 'soldier' })]],
  ['with an additional 3,000-4,000 deployed', [q('3,000-4,000', { low: 3000, high: 4000, unit: null })]],
  ['four times in the past twelve months', [q('four times', { ...exact(4), unit: 'time' }), q('twelve months', { ...exact(12), unit: 'month' })]],
  ['It lasted two years.', [q('two years', { ...exact(2), unit: 'year' })]],
  ['the eight-month-long conflict', [q('eight-month-long', { ...exact(8), unit: 'month' })]],
  ['a 50 year-old man', [q('50 year-old', { ...exact(50), unit: 'year' })]],
  ['a 6.1-inch display', [q('6.1-inch', { ...exact(6.1), unit: 'inch' })]],
  ['87 mph (140 km/h)', [q('87 mph', { ...exact(87), unit: 'mile per hour' }), q('140 km/h', { ...exact(140), unit: 'kilometre per hour' })]],
  ['a 640bhp 5.2 litre V10', [q('640bhp', { ...exact(640), unit: 'horsepower' }), q('5.2 litre', { ...exact(5.2), unit: 'litre' })]],
  ['a $3500 a month mortgage', [q('$3500 a month', { ...exact(3500), unit: 'dollar per month' })]],
  ['a 60 basis point improvement', [q('60 basis point', { ...exact(60), unit: 'basis point' })]],
  ['a 30 degree homer', [q('30 degree', { ...exact(30), unit: 'degree' })]],
  ['It is a million dollar house.', [q('a million dollar', { ...exact(1e6), unit: 'dollar' })]],
  ['He has one solution for that.', [q('one solution', { ...exact(1), unit: 'solution' })]],
  ['1/16 of a US pint', [q('1/16 of a US pint', { ...exact(0.0625), unit: 'pint' })]],
  ['about 1.99×10−30 kilograms', [q('about 1.99×10−30 kilograms', { low: 1.99e-30, approximate: true, unit: 'kilogram' })]],
  ['Shares rose 10%-15% in a week.', [q('10%-15%', { low: 10, high: 15, unit: 'percent' })]],
  ['It took 3 1/2 years.', [q('3 1/2 years', { ...exact(3.5), unit: 'year' })]],
  ['It took two-and-a-half years.', [q('two-and-a-half years', { ...exact(2.5), unit: 'year' })]],
  ['Williams will pay $27 a share.', [q('$27 a share', { ...exact(27), unit: 'dollar per share' })]],
  ['Profit was $10 million a year ago.', [q('$10 million', { ...exact(1e7), unit: 'dollar' })]],
  ['10 or more people came.', [q('10 or more people', { low: 10, high: null, unit: 'person' })]],
  ['The company had 197 paid employees.', [q('197 paid employees', { ...exact(197), unit: 'employee' })]],
  ['At least 50,000 U.S. troops', [q('At least 50,000 U.S. troops', { low: 50000, high: null, unit: 'troop' })]],
  ['Sea levels could rise 11 FEET per century.', [q('11 FEET per century', { ...exact(11), unit: 'foot per century' })]],
  // Not quantities: years, dates, times, ordinals, identifiers, list markers, page numbers, pronouns.
  ['It happened in 2019.', []],
  ['2023 was a hard year.', []],
  ['On August 6, Ukraine attacked.', []],
  ['He arrived on 6 August 2024.', []],
  ['The report is dated 2024-10-24.', []],
  ['in October of last year, 2024, on November 6', []],
  ["Shoigu's visit to Pyongyang", []],
  ['The meeting starts at 10:30 and ends at 5pm or 6 p.m.', []],
  ['It was the first time, the 3rd attempt, the 21st century.', []],
  ['Section 427 of the code', []],
  ['Flight MH17 was shot down.', []],
  ['COVID-19 spread.', []],
  ['The F-16 and the G7 summit.', []],
  ['Call 555-123-4567 or (212) 555-1234 or +44 20 7946 0958.', []],
  ['1. Troops arrived.\n2. They left.', []],
  ['See page 5 and chapter 3, p. 12.', []],
  ['He played in the Big 12.', []],
  ['In the 1990s prices rose.', []],
  ['Each one they lose counts.', []],
  ['It was 575 Wilbraham Road.', []],
  ['The two are vying for the job; she wanted a tactical one.', []],
  ['Through the first half of the century.', []],
  ['He watched BBC One and the iPhone 11 Pro.', []],
  ['In 2018 sales rose, as in the 2019 season.', []],
];

for (const [text, expected] of ROWS) {
  test(`quantities: ${JSON.stringify(text)}`, () => {
    const found = findQuantities(text);
    assert.deepEqual(found.map((m) => m.text), expected.map((e) => e.text), `mentions of ${JSON.stringify(text)}`);
    found.forEach((m, i) => {
      const { text: _t, ...fields } = expected[i];
      for (const [k, v] of Object.entries(fields)) {
        const got = m.quantity[k as keyof Quantity];
        if (typeof v === 'number' && typeof got === 'number') assert.ok(Math.abs(got - v) <= 1e-9 * Math.max(1, Math.abs(v)), `${k} of "${m.text}": ${got} ≠ ${v}`);
        else assert.equal(got, v, `${k} of "${m.text}"`);
      }
    });
  });
}

/** Spans are in bounds, ordered, disjoint, and `text` is the slice they cover. */
function assertSpans(text: string): void {
  let last = 0;
  for (const m of findQuantities(text)) {
    assert.ok(m.span.start >= last && m.span.start < m.span.end && m.span.end <= text.length, `span ${m.span.start}-${m.span.end} of ${text.length}`);
    assert.equal(m.text, text.slice(m.span.start, m.span.end));
    last = m.span.end;
  }
}

test('quantities: spans equal their text on random strings', () => {
  const pieces = [
    '0', '1', '9', '12', '2019', '10,000', '1.5', '.', ',', '-', '–', ' ', ' ', '\n', '$', '€', '%', '~', '+', '/', ':', '(', ')', '×',
    'a', 'one', 'two', 'twenty', 'hundred', 'million', 'bn', 'k', 'm', 'thousands', 'of', 'the', 'to', 'and', 'or', 'between',
    'from', 'about', 'more than', 'up to', 'troops', 'per cent', 'km', 'August', 'Section', 'COVID', 'minus', 'half', 'a month',
    'É', 'ß', '½', '″', '\u00a0', '😀',
  ];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => assertSpans(parts.join(''))), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => assertSpans(s)), { numRuns: 1000 });
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('1', '9', '.', ',', '-', ' ', '$', 'a'), maxLength: 300 }), (s) => assertSpans(s)), { numRuns: 1000 });
});

test('quantities: long runs of digits, dots, commas and dashes return', () => {
  for (const text of ['1,'.repeat(50_000), '9-'.repeat(50_000), '9'.repeat(100_000), '1.'.repeat(50_000), '-'.repeat(100_000), '1 - '.repeat(25_000), 'one '.repeat(25_000), `${'a'.repeat(100_000)}1${'b'.repeat(100_000)}`]) {
    assertSpans(text);
  }
});
