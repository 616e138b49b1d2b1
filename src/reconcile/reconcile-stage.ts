/**
 * The reconciliation stage: groups of claims stating one figure or dating one event across documents, with
 * their consensus, verdict, independent origins and evolution; the contradictions between them; the timeline.
 */
import type { CorpusPast } from '../model/corpus.ts';
import type { ClaimKeys, Doc } from '../model/doc.ts';
import type { Claim, Contradiction, Group, TimelineEntry } from '../model/report.ts';
import type { CorpusStage } from '../model/stage.ts';
import { overlaps } from './claim-interval.ts';
import { claimKeys, docInfo, signatureOf, type ClaimSignature, type DocInfo } from './claim-signature.ts';
import { countOrigins } from './count-origins.ts';
import { formatQuantity, formatTime } from './format-values.ts';
import { groupEvents, groupFigures, type ClaimCluster } from './group-claims.ts';

/** Order of two ISO dates (or null, first): plain code-unit order, much cheaper than localeCompare. */
const byDate = (a: string | null | undefined, b: string | null | undefined) => {
  const x = a ?? '', y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/**
 * Above this many members a group's clashing pairs are looked for between at most this many of its distinct
 * values, spread from the lowest to the highest.
 */
const ALL_PAIRS_UP_TO = 64;
/** Contradictions listed for one group at most: the pairs furthest apart (the note still counts them all). */
export const MAX_CONTRADICTIONS_PER_GROUP = 20;

/** The keys of every claim of a document, a figure without a unit inheriting the unit of the figure before it in the sentence. */
export function keysOf(d: Doc): ClaimKeys[] {
  let prev: Claim | null = null;
  return d.claims.map((c) => {
    const inherited = c.kind === 'quantity' && !c.quantity?.unit && prev && prev.sentence.start === c.sentence.start ? prev.quantity?.unit ?? null : null;
    if (c.kind === 'quantity') prev = c;
    return claimKeys(c, d, inherited);
  });
}

function formatValue(c: Claim): string {
  return c.kind === 'quantity' ? formatQuantity(c.quantity) : formatTime(c.time);
}

/** The number of a claim id (`c12` → 12): claims are numbered in the order they were made. */
const ordinal = (id: string) => Number(id.slice(1)) || 0;
const firstOf = (ids: string[]) => ids.reduce((m, id) => Math.min(m, ordinal(id)), Infinity);

/**
 * Groups, contradictions and timeline in a fixed order (figures then events, each by its first claim; the
 * timeline by time), with groups numbered g1, g2, … in that order: the same whether made in one run or several.
 */
function inOrder(r: Reconciled): Reconciled {
  const first = new Map<object, number>();
  const at = (x: { claims: string[] }) => first.get(x) ?? first.set(x, firstOf(x.claims)).get(x)!;
  const groups = [...r.groups].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'quantity' ? -1 : 1) || at(a) - at(b));
  groups.forEach((g, i) => { g.id = `g${i + 1}`; });
  const contradictions = [...r.contradictions].sort((a, b) => at(a) - at(b) || ordinal(a.claims[0]) - ordinal(b.claims[0]) || ordinal(a.claims[1]) - ordinal(b.claims[1]));
  const timeline = [...r.timeline].sort((a, b) => byDate(a.time.start, b.time.start) || byDate(a.time.end, b.time.end) || at(a) - at(b));
  return { groups, contradictions, timeline };
}

interface Reconciled {
  groups: Group[];
  contradictions: Contradiction[];
  timeline: TimelineEntry[];
}

/** Reconciles the claims of `docs` (one run) into groups, contradictions and a timeline; sets their `claimKeys`. */
export function reconcile(docs: Doc[]): Reconciled {
  const sigs: ClaimSignature[] = [];
  for (const d of docs) {
    d.claimKeys = keysOf(d);
    const info = docInfo(d);
    d.claims.forEach((c, i) => sigs.push(signatureOf(c, d.claimKeys![i], info)));
  }
  return inOrder(reconcileSignatures(sigs));
}

/**
 * Adds the claims of a run's documents to what earlier runs reconciled: only the blocks the new claims fall in
 * are read back and grouped again (with the new claims); groups, contradictions and timeline entries of the
 * other blocks are kept as they were. Sets the documents' `claimKeys`.
 */
export function reconcileOnto(past: CorpusPast, before: Reconciled, docs: Doc[]): Reconciled {
  const fresh: ClaimSignature[] = [];
  for (const d of docs) {
    d.claimKeys = keysOf(d);
    const info = docInfo(d);
    d.claims.forEach((c, i) => fresh.push(signatureOf(c, d.claimKeys![i], info)));
  }
  const blocks = [...new Set(fresh.map((s) => s.block).filter((b): b is string => b !== null))];
  const infos = new Map<string, DocInfo>(past.documents.map((d) => [d.id, { id: d.id, published: d.published?.slice(0, 10) ?? null, duplicateOf: d.duplicateOf, outlet: d.outlet }]));
  const earlier = blocks.length ? past.claimsIn(blocks) : [];
  const again = earlier.map(({ claim, keys }) => signatureOf(claim, keys, infos.get(claim.document) ?? { id: claim.document, published: null, duplicateOf: null, outlet: null }));
  const r = reconcileSignatures([...again, ...fresh]);
  const touched = new Set(again.map((s) => s.claim.id));
  const untouched = (ids: string[]) => !ids.some((id) => touched.has(id));
  return inOrder({
    groups: [...before.groups.filter((g) => untouched(g.claims)), ...r.groups],
    contradictions: [...before.contradictions.filter((x) => untouched(x.claims)), ...r.contradictions],
    timeline: [...before.timeline.filter((t) => untouched(t.claims)), ...r.timeline],
  });
}

/** Groups, contradictions and timeline of a set of claim signatures (given in the order the claims were made). */
export function reconcileSignatures(sigs: ClaimSignature[]): Reconciled {
  const clusters: ClaimCluster[] = [...groupFigures(sigs), ...groupEvents(sigs)];
  const groups: Group[] = [];
  const contradictions: Contradiction[] = [];
  const grouped = new Set<string>();
  const timeline: TimelineEntry[] = [];

  const values = new Map<Claim, string>();
  const valueOf = (c: Claim) => {
    let v = values.get(c);
    if (v === undefined) values.set(c, (v = formatValue(c)));
    return v;
  };
  for (const cl of clusters) {
    const members = [...cl.members].sort((a, b) => byDate(a.doc.published, b.doc.published) || a.claim.span.start - b.claim.span.start);
    const claims = members.map((m) => m.claim);
    for (const c of claims) grouped.add(c.id);
    const first = members[0];
    const label = cl.kind === 'quantity'
      ? `${first.unitLabel ?? 'figure'}${first.claim.event.predicate ? ` (${first.claim.event.predicate})` : ''}`
      : `${first.claim.event.predicate ?? 'event'}${first.objectClass ? ` ${first.objectClass}` : ''}`;
    const description = `${label}: ${clip(first.claim.description, 90)}`;

    // Pairs that cannot both be true.
    // In a large group (one figure repeated by many reports), between the first claims of each distinct value.
    const clash: Array<[ClaimSignature, ClaimSignature]> = [];
    const reps = members.length <= ALL_PAIRS_UP_TO ? members : spread(distinctValues(members, cl.kind), cl.kind, ALL_PAIRS_UP_TO);
    for (let i = 0; i < reps.length; i++) {
      for (let j = i + 1; j < reps.length; j++) {
        const a = reps[i], b = reps[j];
        const apart = cl.kind === 'quantity' ? !overlaps(a.value!, b.value!) : !overlaps(a.time!, b.time!);
        if (apart) clash.push([a, b]);
      }
    }
    // A figure that grew between reports days apart is an update, not a contradiction.
    const isUpdate = cl.kind === 'quantity' && clash.length > 0 && clash.every(([a, b]) => {
      const pa = a.doc.published, pb = b.doc.published;
      return pa && pb && pa !== pb && (pa < pb ? b.value![0] >= a.value![0] : a.value![0] >= b.value![0]);
    });
    const body = members.filter((m) => m.claim.origin === 'body');
    const { count, origins } = countOrigins(body.length ? body : members);
    const documents = new Set(claims.map((c) => c.document));
    let verdict: Group['verdict'] = clash.length && !isUpdate ? 'conflict' : documents.size === 1 ? 'single-source' : 'consistent';
    if (!isUpdate) {
      const listed = clash.length <= MAX_CONTRADICTIONS_PER_GROUP ? clash
        : [...clash].sort((x, y) => gap(y, cl.kind) - gap(x, cl.kind)).slice(0, MAX_CONTRADICTIONS_PER_GROUP);
      for (const [a, b] of listed) {
        contradictions.push({
          claims: [a.claim.id, b.claim.id],
          field: cl.kind === 'quantity' ? 'value' : 'time',
          explanation: `${valueOf(a.claim)} (${a.claim.document}) against ${valueOf(b.claim)} (${b.claim.document}) for ${label}: "${clip(a.claim.description, 70)}"`,
        });
      }
    }
    // Evolution: the value each document gave, in publication order.
    const evolution: NonNullable<Group['evolution']> = [];
    const byDocument = new Map<string, ClaimSignature[]>();
    for (const m of members) byDocument.set(m.claim.document, [...(byDocument.get(m.claim.document) ?? []), m]);
    for (const [d, own] of byDocument) {
      const value = [...new Set(own.map((m) => valueOf(m.claim)))].join(' / ');
      evolution.push({ document: d, published: own[0].doc.published, value, claims: own.map((m) => m.claim.id), change: 'first' });
    }
    evolution.sort((a, b) => byDate(a.published, b.published));
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
        : { low: lows.length ? lows.reduce((m, x) => Math.min(m, x)) : null, high: highs.length ? highs.reduce((m, x) => Math.max(m, x)) : null };
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
      id: '',
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
  }

  // Every other dated event of the body is a timeline entry of its own.
  for (const s of sigs) {
    const c = s.claim;
    if (c.kind !== 'time' || grouped.has(c.id) || c.origin !== 'body' || !c.time?.start) continue;
    timeline.push({ time: c.time, description: clip(c.description, 120), claims: [c.id] });
  }
  return { groups, contradictions, timeline };
}

/** How far apart two clashing claims are (relative for figures, in days for times). */
function gap([a, b]: [ClaimSignature, ClaimSignature], kind: ClaimCluster['kind']): number {
  const x = kind === 'quantity' ? a.value! : a.time!, y = kind === 'quantity' ? b.value! : b.time!;
  const d = Math.max(0, Math.max(x[0], y[0]) - Math.min(x[1], y[1]));
  return kind === 'quantity' ? d / Math.max(1, Math.min(Math.abs(x[1]), Math.abs(y[1])) || 1) : d;
}

/** At most `n` members, evenly spread over them ordered by value (the lowest and the highest always in). */
function spread(members: ClaimSignature[], kind: ClaimCluster['kind'], n: number): ClaimSignature[] {
  if (members.length <= n) return members;
  const low = (m: ClaimSignature) => (kind === 'quantity' ? m.value![0] : m.time![0]);
  const sorted = [...members].sort((a, b) => low(a) - low(b));
  return Array.from({ length: n }, (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (n - 1))]);
}

/** The first member of each distinct value (figure interval or time). */
function distinctValues(members: ClaimSignature[], kind: ClaimCluster['kind']): ClaimSignature[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const k = String(kind === 'quantity' ? m.value : m.time);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The reconciliation stage over the corpus. */
export function reconcileStage(): CorpusStage {
  return {
    name: 'reconcile',
    needs: ['claims'],
    adds: ['groups', 'contradictions', 'timeline'],
    runAll(corpus) {
      const r = corpus.past ? reconcileOnto(corpus.past, corpus, corpus.documents) : reconcile(corpus.documents);
      corpus.groups = r.groups;
      corpus.contradictions = r.contradictions;
      corpus.timeline = r.timeline;
    },
  };
}

