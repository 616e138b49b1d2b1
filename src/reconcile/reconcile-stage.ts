/**
 * The reconciliation stage: groups of claims stating one figure or dating one event across documents, with
 * their consensus, verdict, independent origins and evolution; the contradictions between them; the timeline.
 */
import type { Doc } from '../model/doc.ts';
import type { Claim, Contradiction, Group, TimelineEntry } from '../model/report.ts';
import type { CorpusStage } from '../model/stage.ts';
import { overlaps } from './claim-interval.ts';
import { claimSignature, type ClaimSignature } from './claim-signature.ts';
import { countOrigins } from './count-origins.ts';
import { formatQuantity, formatTime } from './format-values.ts';
import { groupEvents, groupFigures, type ClaimCluster } from './group-claims.ts';

const published = (d: Doc) => d.published.value?.slice(0, 10) ?? null;
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/** Signatures of every claim, figures without a unit inheriting the unit of the figure before them in the sentence. */
function signatures(docs: Doc[]): ClaimSignature[] {
  const out: ClaimSignature[] = [];
  for (const d of docs) {
    let prev: Claim | null = null;
    for (const c of d.claims) {
      const inherited = c.kind === 'quantity' && !c.quantity?.unit && prev && prev.sentence.start === c.sentence.start ? prev.quantity?.unit ?? null : null;
      out.push(claimSignature(c, d, inherited));
      if (c.kind === 'quantity') prev = c;
    }
  }
  return out;
}

function valueOf(c: Claim): string {
  return c.kind === 'quantity' ? formatQuantity(c.quantity) : formatTime(c.time);
}

/** Reconciles the claims of `docs` into groups, contradictions and a timeline. */
export function reconcile(docs: Doc[]): { groups: Group[]; contradictions: Contradiction[]; timeline: TimelineEntry[] } {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sigs = signatures(docs);
  const clusters: ClaimCluster[] = [...groupFigures(sigs), ...groupEvents(sigs)];
  const groups: Group[] = [];
  const contradictions: Contradiction[] = [];
  const grouped = new Set<string>();
  const timeline: TimelineEntry[] = [];

  clusters.forEach((cl, gi) => {
    const members = [...cl.members].sort((a, b) => (published(a.doc) ?? '').localeCompare(published(b.doc) ?? '') || a.claim.span.start - b.claim.span.start);
    const claims = members.map((m) => m.claim);
    for (const c of claims) grouped.add(c.id);
    const first = members[0];
    const label = cl.kind === 'quantity'
      ? `${first.unitLabel ?? 'figure'}${first.claim.event.predicate ? ` (${first.claim.event.predicate})` : ''}`
      : `${first.claim.event.predicate ?? 'event'}${first.objectClass ? ` ${first.objectClass}` : ''}`;
    const description = `${label}: ${clip(first.claim.description, 90)}`;

    // Pairs that cannot both be true.
    const clash: Array<[ClaimSignature, ClaimSignature]> = [];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i], b = members[j];
        const apart = cl.kind === 'quantity' ? !overlaps(a.value!, b.value!) : !overlaps(a.time!, b.time!);
        if (apart) clash.push([a, b]);
      }
    }
    // A figure that grew between reports days apart is an update, not a contradiction.
    const isUpdate = cl.kind === 'quantity' && clash.length > 0 && clash.every(([a, b]) => {
      const pa = published(a.doc), pb = published(b.doc);
      return pa && pb && pa !== pb && (pa < pb ? b.value![0] >= a.value![0] : a.value![0] >= b.value![0]);
    });
    const body = claims.filter((c) => c.origin === 'body');
    const { count, origins } = countOrigins(body.length ? body : claims, byId);
    const documents = new Set(claims.map((c) => c.document));
    let verdict: Group['verdict'] = clash.length && !isUpdate ? 'conflict' : documents.size === 1 ? 'single-source' : 'consistent';
    if (!isUpdate) {
      for (const [a, b] of clash) {
        contradictions.push({
          claims: [a.claim.id, b.claim.id],
          field: cl.kind === 'quantity' ? 'value' : 'time',
          explanation: `${valueOf(a.claim)} (${a.claim.document}) against ${valueOf(b.claim)} (${b.claim.document}) for ${label}: "${clip(a.claim.description, 70)}"`,
        });
      }
    }
    // Evolution: the value each document gave, in publication order.
    const evolution: NonNullable<Group['evolution']> = [];
    for (const d of [...documents]) {
      const own = claims.filter((c) => c.document === d);
      const value = [...new Set(own.map(valueOf))].join(' / ');
      evolution.push({ document: d, published: published(byId.get(d)!), value, claims: own.map((c) => c.id), change: 'first' });
    }
    evolution.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
    evolution.forEach((e, i) => {
      if (i === 0) return;
      const prev = evolution[i - 1];
      e.change = e.value === prev.value ? 'same' : isUpdate ? 'revised' : clash.length ? 'differs' : 'same';
    });
    let note: string | null = null;
    if (isUpdate) {
      const a = evolution[0], b = evolution[evolution.length - 1];
      note = `figure revised from ${a.value} (${a.document}, ${a.published}) to ${b.value} (${b.document}, ${b.published}): an update, not a contradiction`;
    } else if (clash.length) note = `${clash.length} pair${clash.length > 1 ? 's' : ''} of claims disagree`;

    let consensus: Group['consensus'] = null;
    if (cl.kind === 'quantity') {
      const qs = claims.map((c) => c.quantity!).filter(Boolean);
      const lows = qs.map((q) => q.low).filter((x): x is number => x !== null);
      const highs = qs.map((q) => q.high ?? q.low).filter((x): x is number => x !== null);
      consensus = isUpdate
        ? { low: qs[qs.length - 1].low, high: qs[qs.length - 1].high }
        : { low: lows.length ? Math.min(...lows) : null, high: highs.length ? Math.max(...highs) : null };
    } else {
      const ts = claims.map((c) => c.time!).filter((t) => t?.start);
      const start = ts.reduce((m, t) => (t.start! < m.start! ? t : m), ts[0]);
      const end = ts.reduce((m, t) => (t.end! > m.end! ? t : m), ts[0]);
      consensus = { start: start?.value ?? null, end: end?.value ?? null };
      const agreed = verdict !== 'conflict';
      timeline.push({
        time: { value: start.value, start: start.start, end: end.end },
        description: agreed ? clip(first.claim.description, 120) : `${clip(first.claim.description, 100)} (sources disagree: ${[...new Set(claims.map((c) => formatTime(c.time)))].join(' / ')})`,
        claims: claims.map((c) => c.id),
      });
    }
    const keys = claims.map((c) => c.key ?? c.id).sort();
    groups.push({
      id: `g${gi + 1}`,
      key: `${cl.kind}:${keys[0]}`,
      kind: cl.kind,
      description,
      claims: claims.map((c) => c.id),
      consensus,
      verdict,
      independentSources: count,
      origins: [...new Set(origins.values())],
      evolution,
      note,
    });
  });

  // Every other dated event of the body is a timeline entry of its own.
  for (const s of sigs) {
    const c = s.claim;
    if (c.kind !== 'time' || grouped.has(c.id) || c.origin !== 'body' || !c.time?.start) continue;
    timeline.push({ time: c.time, description: clip(c.description, 120), claims: [c.id] });
  }
  timeline.sort((a, b) => (a.time.start ?? '').localeCompare(b.time.start ?? '') || (a.time.end ?? '').localeCompare(b.time.end ?? ''));
  return { groups, contradictions, timeline };
}

/** The reconciliation stage over the corpus. */
export function reconcileStage(): CorpusStage {
  return {
    name: 'reconcile',
    needs: ['claims'],
    adds: ['groups', 'contradictions', 'timeline'],
    runAll(corpus) {
      const r = reconcile(corpus.documents);
      corpus.groups = r.groups;
      corpus.contradictions = r.contradictions;
      corpus.timeline = r.timeline;
    },
  };
}

