/**
 * A report cut down to some documents (a story, or one document), in the report's own shape: what the web UI
 * shows of them, without the rest of a store that may hold thousands of stories. It keeps the documents' claims,
 * the groups, contradictions and timeline entries with a claim among them, every claim those name (a group's
 * other sources included) with its document, the entities all of these refer to, and the stories the documents
 * are in.
 */
import type { Report } from '../model/report.ts';

/**
 * @param documents the ids of the documents to keep
 * @example reportSlice(report, new Set(story.documents)).groups // the groups the story's documents take part in
 */
export function reportSlice(report: Report, documents: ReadonlySet<string>): Report {
  const own = new Set(report.claims.filter((c) => documents.has(c.document)).map((c) => c.id));
  const touches = (x: { claims: string[] }) => x.claims.some((id) => own.has(id));
  const groups = report.groups.filter(touches);
  const contradictions = report.contradictions.filter(touches);
  const timeline = report.timeline.filter(touches);
  const named = new Set(own);
  for (const x of [...groups, ...contradictions, ...timeline]) for (const id of x.claims) named.add(id);
  const claims = report.claims.filter((c) => named.has(c.id));
  const shownDocs = new Set([...documents, ...claims.map((c) => c.document)]);
  // Entities by id: attribution sources and event roles are entity ids or free text, group origins `source:<id>`.
  const refs = new Set<string>();
  for (const c of claims) {
    for (const a of c.attribution) refs.add(a.source);
    if (c.event.subject) refs.add(c.event.subject);
    if (c.event.place) refs.add(c.event.place);
  }
  for (const g of groups) for (const o of g.origins ?? []) refs.add(o.replace(/^source:/, ''));
  return {
    ...report,
    documents: report.documents.filter((d) => shownDocs.has(d.id)),
    entities: report.entities.filter((e) => refs.has(e.id)),
    claims,
    groups,
    contradictions,
    timeline,
    mentions: report.mentions.filter((m) => shownDocs.has(m.document)),
    stories: report.stories.filter((s) => s.documents.some((d) => documents.has(d))),
    errors: report.errors,
  };
}

/**
 * The part of a report one story or one document shows (`reportSlice`), the report itself when neither is named,
 * or a message naming what is not there. (Callers refuse a story and a document given together.)
 * @example reportPart(report, { story: 's2' }) // reportSlice of story s2's documents
 */
export function reportPart(report: Report, part: { story?: string; document?: string }): Report | string {
  if (part.story !== undefined) {
    const story = report.stories.find((s) => s.id === part.story);
    if (!story) return `no story ${part.story}`;
    return reportSlice(report, new Set(story.documents));
  }
  if (part.document !== undefined) {
    if (!report.documents.some((d) => d.id === part.document)) return `no document ${part.document}`;
    return reportSlice(report, new Set([part.document]));
  }
  return report;
}
