/**
 * Builds the public report (report-format.md, version 1) from the pipeline's documents.
 */
import type { Corpus } from '../model/corpus.ts';
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
  const reviewsOf = (target: 'claim' | 'group', key: string | undefined, id: string) => {
    const list = reviews.filter((r) => r.target === target && (r.key === key || r.key === id)).map((r) => ({ status: r.status, note: r.note, created: r.created }));
    return list.length ? { reviews: list } : {};
  };
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
    documents: docs.map((d) => ({
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
    })),
    entities: corpus.entities,
    claims: docs.flatMap((d) => d.claims.map((c) => ({ ...c, ...reviewsOf('claim', c.key, c.id) }))),
    groups: corpus.groups.map((g) => ({ ...g, evolution: evolution(g), ...reviewsOf('group', g.key, g.id) })),
    contradictions: corpus.contradictions,
    timeline: corpus.timeline,
    mentions,
    stories: corpus.stories,
    errors: [...errors, ...docErrors],
  };
}
