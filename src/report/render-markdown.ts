/**
 * Renders a report as Markdown a person can read. It leads with the story: the key figures with each source's
 * value and the consensus, the contradictions, the timeline; then every document with its title, date, outlet,
 * what was removed, which passages restate the article, and its claims with source chain and modality.
 */
import type { Claim, Report } from '../model/report.ts';
import { clip } from '../text/clip.ts';

/** Escapes Markdown control characters in untrusted text so it renders as written. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*[\]<>|#]/g, (c) => '\\' + c).replace(/(^|\s)([_~])/g, '$1\\$2').replace(/\s+/g, ' ').trim();
}

const plural = (n: number, w: string) => `${n} ${n === 1 ? w : w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`}`;

function quantityText(c: Claim): string {
  const q = c.quantity;
  if (!q) return c.time?.value ?? '?';
  if (q.low === null && q.high === null) return q.vague ?? '?';
  const f = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const v = q.low !== null && q.high === null ? `> ${f(q.low)}` : q.low === null ? `≤ ${f(q.high!)}` : q.low === q.high ? f(q.low) : `${f(q.low)}–${f(q.high!)}`;
  return (q.approximate ? '~' : '') + v;
}

/** @example renderMarkdown(report).startsWith('# Triangulate report') // true */
export function renderMarkdown(report: Report): string {
  const out: string[] = ['# Triangulate report', ''];
  const docs = report.documents;
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const entity = new Map(report.entities.map((e) => [e.id, e.name]));
  // Each document's claims, in the report's order, found once: filtering every claim for every document made a
  // store's report quadratic (100,000 claims of 6,000 documents: 12 s).
  const claimsOf = new Map<string, Claim[]>();
  for (const c of report.claims) {
    const list = claimsOf.get(c.document);
    if (list) list.push(c);
    else claimsOf.set(c.document, [c]);
  }
  const sourceName = (s: string) => entity.get(s) ?? s;
  const docLabel = (id: string) => {
    const d = docOf.get(id);
    return `${id}${d?.source.outlet ? ` ${escapeMarkdown(d.source.outlet)}` : ''}${d?.published.value ? `, ${d.published.value.slice(0, 10)}` : ''}`;
  };
  out.push(`${plural(docs.length, 'document')}, ${plural(report.claims.length, 'claim')}, ${plural(report.groups.length, 'group')}, ${plural(report.contradictions.length, 'contradiction')}, ${plural(report.entities.length, 'entity')}.`, '');

  for (const s of report.stories) out.push(`**Story ${s.id}: ${escapeMarkdown(s.title)}** (${s.documents.join(', ')})`, '');

  const figures = report.groups.filter((g) => g.kind === 'quantity');
  if (figures.length) {
    out.push('## Key figures', '', '| figure | consensus | verdict | independent sources | per source |', '|---|---|---|---|---|');
    for (const g of figures) {
      const c = g.consensus as { low: number | null; high: number | null } | null;
      const f = (x: number | null) => (x === null ? '…' : x.toLocaleString('en-US'));
      const cons = c ? (c.low === c.high ? f(c.low) : `${f(c.low)}–${f(c.high)}`) : '';
      const per = g.claims.map((id) => byId.get(id)).filter(Boolean).map((cl) => `${quantityText(cl!)} (${docLabel(cl!.document)}${cl!.origin === 'derivative' ? ', derivative' : ''})`).join('; ');
      out.push(`| ${escapeMarkdown(g.description)} | ${cons} | ${g.verdict}${g.note ? `: ${escapeMarkdown(g.note)}` : ''} | ${g.independentSources} | ${escapeMarkdown(per)} |`);
    }
    out.push('');
  }
  if (report.contradictions.length) {
    out.push('## Contradictions', '');
    for (const x of report.contradictions) out.push(`- ${escapeMarkdown(x.explanation)} (${x.claims.join(', ')})`);
    out.push('');
  }
  const events = report.groups.filter((g) => g.kind === 'time');
  if (events.length) {
    out.push('## Dated events across sources', '');
    for (const g of events) {
      const per = g.claims.map((id) => byId.get(id)).filter(Boolean).map((c) => `${c!.time?.value ?? '?'} (${docLabel(c!.document)})`).join('; ');
      out.push(`- ${escapeMarkdown(g.description)}: ${g.verdict}; ${escapeMarkdown(per)}`);
    }
    out.push('');
  }
  if (report.timeline.length) {
    out.push('## Timeline', '');
    for (const t of report.timeline) out.push(`- **${t.time.value ?? '?'}** ${escapeMarkdown(clip(t.description, 140))} (${t.claims.join(', ')})`);
    out.push('');
  }

  out.push('## Documents', '');
  for (const d of docs) {
    out.push(`### ${d.id}: ${d.title ? escapeMarkdown(d.title) : '(untitled)'}`, '');
    const date = d.published.value ? `${d.published.value} (${d.published.origin})` : 'unknown';
    out.push(`- Source: ${escapeMarkdown(d.source.path ?? d.source.url ?? '-')}${d.source.url ? ` <${escapeMarkdown(d.source.url)}>` : ''}`);
    out.push(`- Published: ${date}`);
    out.push(`- Outlet: ${d.source.outlet ? escapeMarkdown(d.source.outlet) : 'unknown'}`);
    out.push(`- Language: ${d.language}; ${d.text.length} characters of text`);
    if (d.duplicateOf) out.push(`- Nearly repeats ${d.duplicateOf}`);
    for (const m of d.messages ?? []) out.push(`- ${m.severity === 'fatal' ? 'Failed' : 'Note'} (${m.stage}): ${escapeMarkdown(m.reason)}`);
    if (d.removed.length) {
      out.push(`- Removed (${d.removed.length}):`);
      for (const r of d.removed) out.push(`  - ${r.reason}: "${escapeMarkdown(clip(r.text, 100))}"`);
    } else out.push('- Removed: nothing');
    const der = d.derivative ?? [];
    if (der.length) {
      out.push(`- Restates the article (${plural(der.length, 'passage')}, kept but not counted as sources):`);
      for (const x of der) out.push(`  - ${x.reason}: "${escapeMarkdown(clip(d.text.slice(x.span.start, x.span.end), 100))}"`);
    }
    const claims = claimsOf.get(d.id) ?? [];
    if (claims.length) {
      out.push(`- Claims (${claims.length}):`);
      for (const c of claims) {
        const chain = c.attribution.length ? c.attribution.map((a) => `${escapeMarkdown(sourceName(a.source))} (${escapeMarkdown(a.cue)})`).join(' ← ') : 'the outlet';
        const when = c.kind === 'quantity' && c.time?.value ? `, refers to ${c.time.value}` : c.kind === 'time' ? ` = ${c.time?.value ?? '?'}` : '';
        out.push(`  - ${c.id} "${escapeMarkdown(c.text)}"${when}; ${c.modality}; source: ${chain}${c.origin === 'derivative' ? '; derivative' : ''}`);
      }
    }
    out.push('');
  }
  const errors = report.errors ?? [];
  if (errors.length) {
    out.push('## Inputs that failed', '');
    for (const e of errors) out.push(`- ${escapeMarkdown(e.input)}: ${escapeMarkdown(e.message)} (${e.code})`);
    out.push('');
  }
  return out.join('\n');
}
