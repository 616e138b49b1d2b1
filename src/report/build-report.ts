/**
 * Builds the public report (report-format.md, version 1) from the pipeline's documents.
 */
import type { Corpus } from '../model/corpus.ts';
import type { Doc } from '../model/doc.ts';
import type { Mention, Report, ReportError } from '../model/report.ts';
import type { Review } from '../model/review.ts';
import type { Claim } from '../model/report.ts';
import { groupEvolution } from '../reconcile/group-evolution.ts';

/**
 * @param corpus the corpus after the pipeline
 * @param errors inputs that could not be read (they have no document)
 * @param reviews analysts' reviews, attached to the claims and groups they name (by stable key or id)
 */
export function buildReport(corpus: Corpus, errors: ReportError[] = [], reviews: Review[] = []): Report {
  const docs = corpus.documents;
  const reviewsOf = reviewIndex(reviews);
  const mentions: Mention[] = [];
  let m = 0;
  for (const d of docs) {
    for (const t of d.times) mentions.push({ id: `m${++m}`, document: d.id, type: 'time', text: t.text, span: t.span, time: t.time, quantity: null, entity: null });
    for (const q of d.quantities) mentions.push({ id: `m${++m}`, document: d.id, type: 'quantity', text: q.text, span: q.span, time: null, quantity: q.quantity, entity: null });
    for (const e of d.entities) mentions.push({ id: `m${++m}`, document: d.id, type: 'entity', text: e.text, span: e.span, time: null, quantity: null, entity: e.entity });
  }
  const claimById = new Map<string, Claim>();
  for (const d of docs) for (const c of d.claims) claimById.set(c.id, c);
  const publishedOf = new Map(docs.map((d) => [d.id, d.published.value]));
  const evolution = (g: Report['groups'][number]) =>
    groupEvolution(g, (id) => claimById.get(id), (d) => publishedOf.get(d) ?? null);
  const docErrors: ReportError[] = docs.flatMap((d) =>
    d.messages.filter((x) => x.severity === 'fatal').map((x) => ({ input: d.label, code: 'failed', message: `${x.stage}: ${x.reason}` })));
  return {
    version: 1,
    documents: docs.map(reportDocument),
    entities: corpus.entities,
    claims: docs.flatMap((d) => d.claims.map((c) => ({ ...c, ...reviewsOf('claim', c) }))),
    groups: corpus.groups.map((g) => ({ ...g, evolution: evolution(g), ...reviewsOf('group', g) })),
    contradictions: corpus.contradictions,
    timeline: corpus.timeline,
    mentions,
    stories: corpus.stories,
    errors: [...errors, ...docErrors],
  };
}

/** A document as the report gives it: its text, what cleaning removed and its messages, without its annotations. */
export function reportDocument(d: Doc): Report['documents'][number] {
  return {
    id: d.id,
    source: { path: d.source.path, url: d.source.url, outlet: d.source.outlet },
    title: d.title,
    published: d.published,
    language: d.language,
    text: d.text,
    removed: d.removed,
    duplicateOf: d.duplicateOf,
    derivative: d.derivative,
    format: d.format,
    messages: d.messages.filter((m) => m.severity !== 'info').map((m) => ({ stage: m.stage, reason: m.reason, severity: m.severity })),
  };
}

type Reviewed = { id: string; key?: string };

/** The names a review may give a claim or group by: its stable key, and its id (which a re-ingest may change). */
const reviewNames = (item: Reviewed): string[] => (item.key === undefined || item.key === item.id ? [item.id] : [item.key, item.id]);

/**
 * The reviews of a claim or group (`{ reviews }`, or nothing): those naming it (`reviewNames`), in the order
 * they were made. Indexed once: a store's report has hundreds of thousands of claims.
 */
function reviewIndex(reviews: Review[]): (target: Review['target'], item: Reviewed) => { reviews?: ReportReview[] } {
  /** By target and name, the places of its reviews in `reviews`. */
  const byName = new Map<string, number[]>();
  reviews.forEach((r, i) => {
    const k = `${r.target}:${r.key}`;
    const list = byName.get(k);
    if (list) list.push(i);
    else byName.set(k, [i]);
  });
  return (target, item) => {
    const at = reviewNames(item).flatMap((n) => byName.get(`${target}:${n}`) ?? []).sort((a, b) => a - b);
    return at.length ? { reviews: at.map((i) => reportReview(reviews[i])) } : {};
  };
}

type ReportReview = NonNullable<Report['claims'][number]['reviews']>[number];

const reportReview = (r: Review): ReportReview => ({ status: r.status, note: r.note, created: r.created });

/** Adds a new review to a report built before it, as building the report again would: to the claims or groups it names. */
export function attachReview(report: Report, review: Review): void {
  const list: Array<Reviewed & { reviews?: ReportReview[] }> = review.target === 'claim' ? report.claims : report.groups;
  for (const item of list) {
    if (!reviewNames(item).includes(review.key)) continue;
    (item.reviews ??= []).push(reportReview(review));
  }
}
