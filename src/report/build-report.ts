/**
 * Builds the public report (report-format.md, version 1) from the pipeline's documents.
 */
import type { Corpus } from '../model/corpus.ts';
import type { Mention, Report, ReportError } from '../model/report.ts';

/**
 * @param corpus the corpus after the pipeline
 * @param errors inputs that could not be read (they have no document)
 */
export function buildReport(corpus: Corpus, errors: ReportError[] = []): Report {
  const docs = corpus.documents;
  const mentions: Mention[] = [];
  let m = 0;
  for (const d of docs) {
    for (const t of d.times) mentions.push({ id: `m${++m}`, document: d.id, type: 'time', text: t.text, span: t.span, time: t.time, quantity: null, entity: null });
    for (const q of d.quantities) mentions.push({ id: `m${++m}`, document: d.id, type: 'quantity', text: q.text, span: q.span, time: null, quantity: q.quantity, entity: null });
    for (const e of d.entities) mentions.push({ id: `m${++m}`, document: d.id, type: 'entity', text: e.text, span: e.span, time: null, quantity: null, entity: e.entity });
  }
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
    })),
    entities: corpus.entities,
    claims: docs.flatMap((d) => d.claims),
    groups: corpus.groups,
    contradictions: corpus.contradictions,
    timeline: corpus.timeline,
    mentions,
    stories: corpus.stories,
    errors: [...errors, ...docErrors],
  };
}
