/**
 * Invariants every output must keep: schema-valid, spans in bounds and equal to their text, results naming known
 * claims (each in one group at most), offset maps exact.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Doc } from '../../src/model/doc.ts';
import type { Report, Span } from '../../src/model/report.ts';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const inBounds = (s: Span, text: string) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;

/** Asserts that `report` is valid against the published schema and that every span is right. */
export function assertReportInvariants(report: Report): void {
  assert.ok(validate(report), `report not valid against schema: ${ajv.errorsText(validate.errors)}`);
  const text = new Map(report.documents.map((d) => [d.id, d.text]));
  assert.equal(text.size, report.documents.length, 'document ids are unique');
  for (const d of report.documents) {
    for (const x of d.derivative ?? []) assert.ok(inBounds(x.span, d.text), `derivative span out of bounds in ${d.id}`);
    if (d.duplicateOf) assert.ok(text.has(d.duplicateOf), `duplicateOf points at a known document`);
  }
  for (const m of [...report.mentions, ...report.claims]) {
    const t = text.get(m.document);
    assert.ok(t !== undefined, `${m.id} points at a known document`);
    assert.ok(inBounds(m.span, t!), `${m.id} span in bounds`);
    assert.equal(t!.slice(m.span.start, m.span.end), m.text, `${m.id} text equals its span`);
  }
  for (const c of report.claims) assert.ok(inBounds(c.sentence, text.get(c.document)!), `${c.id} sentence in bounds`);
  // Results name known claims, and a claim is in one group at most (reconciliation and describing a batch's
  // changes rely on it: see reconcileOnto's groupOf, describeChanges' kept groups).
  const claims = new Set(report.claims.map((c) => c.id));
  assert.equal(claims.size, report.claims.length, 'claim ids are unique');
  const groupOf = new Map<string, string>();
  for (const g of report.groups) {
    for (const id of g.claims) {
      assert.ok(claims.has(id), `${g.id} names a known claim (${id})`);
      assert.ok(!groupOf.has(id), `${id} is in one group at most (${groupOf.get(id)} and ${g.id})`);
      groupOf.set(id, g.id);
    }
  }
  for (const x of [...report.contradictions, ...report.timeline]) for (const id of x.claims) assert.ok(claims.has(id), `a contradiction or timeline entry names a known claim (${id})`);
}

/** Asserts that the offset map of a cleaned document points at the same characters in the raw input. */
export function assertOffsetMap(doc: Doc): void {
  let last = -1;
  for (const r of doc.offsets) {
    assert.ok(r.start > last - 1, 'runs are sorted');
    last = r.start + r.length;
    assert.ok(r.start >= 0 && r.start + r.length <= doc.text.length, 'run in the text');
    assert.ok(r.rawStart >= 0 && r.rawStart + r.rawLength <= doc.raw.length, 'run in the raw input');
    if (r.exact) assert.equal(doc.text.slice(r.start, r.start + r.length), doc.raw.slice(r.rawStart, r.rawStart + r.rawLength));
  }
}
