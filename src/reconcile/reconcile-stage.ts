/**
 * The reconciliation stage: groups of claims stating one figure or dating one event across documents, with
 * their consensus, verdict, independent origins and evolution; the contradictions between them; the timeline.
 */
import type { CorpusPast, CorpusResults } from '../model/corpus.ts';
import type { ClaimKeys, Doc } from '../model/doc.ts';
import { withTokens } from '../model/pack-tokens.ts';
import type { Claim, Contradiction, Group, TimelineEntry } from '../model/report.ts';
import type { CorpusStage } from '../model/stage.ts';
import { claimKeys, docInfo, signatureOf, type ClaimSignature } from './claim-signature.ts';
import { groupEvents, groupFigures, LINK_CHECK, type ClaimCluster } from './group-claims.ts';
import { contradictionOrder, groupOrder, sortBy, timelineOrder } from '../model/result-order.ts';
import { EXACT_UP_TO, extendGroup, summariseGroup, valueFormatter, type GroupState, type GroupSummary } from './summarise-group.ts';
import { clip } from '../text/clip.ts';

/** The keys of every claim of a document, a figure without a unit inheriting the unit of the figure before it in the sentence. */
export function keysOf(d: Doc): ClaimKeys[] {
  let prev: Claim | null = null;
  const wordsOf = new Map<string, string[]>();
  return d.claims.map((c) => {
    const inherited = c.kind === 'quantity' && !c.quantity?.unit && prev && prev.sentence.start === c.sentence.start ? prev.quantity?.unit ?? null : null;
    if (c.kind === 'quantity') prev = c;
    return claimKeys(c, d, inherited, wordsOf);
  });
}

/** What reconciliation keeps between runs: the state of each large group, by its clusters (their first claims, joined by spaces). */
interface ReconcileState {
  groups: Record<string, GroupState>;
}

export interface Reconciled {
  groups: Group[];
  contradictions: Contradiction[];
  timeline: TimelineEntry[];
  state: ReconcileState;
}

/**
 * Groups, contradictions and timeline in a fixed order (figures then events, each by its first claim; the
 * timeline by time), with groups numbered g1, g2, … in that order: the same whether made in one run or several.
 */
function inOrder(r: Reconciled): Reconciled {
  const groups = sortBy(r.groups, groupOrder);
  groups.forEach((g, i) => { g.id = `g${i + 1}`; });
  return { groups, contradictions: sortBy(r.contradictions, contradictionOrder), timeline: sortBy(r.timeline, timelineOrder), state: r.state };
}

/** The signatures of the claims of `docs`, setting the documents' `claimKeys`. */
function signaturesOf(docs: Doc[]): ClaimSignature[] {
  const sigs: ClaimSignature[] = [];
  for (const d of docs) {
    d.claimKeys = withTokens(d, () => keysOf(d));
    const info = docInfo(d);
    d.claims.forEach((c, i) => sigs.push(signatureOf(c, d.claimKeys![i], info)));
  }
  return sigs;
}

/**
 * Numbers each new claim within its cluster (`keys.rank`), after the `sizes` claims each cluster already holds.
 * Claims are numbered in the order they were made, so a cluster's first claims are those of lowest rank.
 */
function rank(sigs: ClaimSignature[], sizes: Map<string, number>): void {
  const next = new Map(sizes);
  for (const s of sigs) {
    const head = s.keys.cluster;
    if (!head) continue;
    const r = next.get(head) ?? 0;
    s.keys.rank = r;
    next.set(head, r + 1);
  }
}

/** Reconciles the claims of `docs` (one run) into groups, contradictions and a timeline; sets their `claimKeys`. */
export function reconcile(docs: Doc[]): Reconciled {
  const sigs = signaturesOf(docs);
  const clusters = [...groupFigures(sigs), ...groupEvents(sigs)];
  rank(sigs, new Map());
  const valueOf = valueFormatter();
  const summaries = clusters.map((cl) => summariseGroup(cl, valueOf));
  return inOrder(assemble(summaries, sigs));
}

/**
 * Groups, contradictions, timeline and state from group summaries, with a timeline entry for each dated claim of
 * `sigs` in no group (but those grouped elsewhere, and those that have an entry of their own already).
 */
function assemble(summaries: GroupSummary[], sigs: ClaimSignature[], groupedElsewhere: (id: string) => boolean = () => false, hasEntry: (id: string) => boolean = () => false, asked?: ReadonlySet<string>): Reconciled & { grouped: Set<string> } {
  // `grouped` lists every claim of the summaries, or, when the caller names the claims that will be asked about
  // (`asked`, which must hold those of `sigs`), only those: a changed group can hold a hundred thousand claims,
  // and a batch changes the same large groups again and again.
  const grouped = new Set<string>();
  const out: Reconciled = { groups: [], contradictions: [], timeline: [], state: { groups: {} } };
  for (const s of summaries) {
    for (const id of s.group.claims) if (!asked || asked.has(id)) grouped.add(id);
    out.groups.push(s.group);
    out.contradictions.push(...s.contradictions);
    if (s.timeline) out.timeline.push(s.timeline);
    if (s.state) out.state.groups[s.state.heads.join(' ')] = s.state;
  }
  // Every other dated event of the body is a timeline entry of its own.
  for (const s of sigs) {
    const c = s.claim;
    if (c.kind !== 'time' || grouped.has(c.id) || groupedElsewhere(c.id) || hasEntry(c.id) || c.origin !== 'body' || !c.time?.start) continue;
    timeline(out, c);
  }
  return { ...out, grouped };
}

const timeline = (out: Reconciled, c: Claim) => out.timeline.push({ time: c.time!, description: clip(c.description, 120), claims: [c.id] });

/**
 * Adds the claims of a run's documents to what earlier runs reconciled. Only the clusters of the blocks the new
 * claims fall in are read back, and of each only its first claims (all that grouping compares). A group the new
 * claims do not change is kept as it was; a small one that changes is summarised again from all its members; a
 * large one is extended from its kept state (see summarise-group.ts). Sets the documents' `claimKeys`.
 */
export function reconcileOnto(past: CorpusPast, before: Pick<CorpusResults, 'groups' | 'contradictions' | 'timeline' | 'reconcileState'>, docs: Doc[]): Reconciled {
  const fresh = signaturesOf(docs);
  const isFresh = new Set(fresh);
  const blocks = [...new Set(fresh.map((s) => s.block).filter((b): b is string => b !== null))];
  const { claims: earlier, sizes } = blocks.length ? past.clustersIn(blocks, LINK_CHECK) : { claims: [], sizes: new Map<string, number>() };
  const sigOf = ({ claim, keys, doc }: (typeof earlier)[number]) =>
    signatureOf(claim, keys, { id: claim.document, published: doc.published?.slice(0, 10) ?? null, duplicateOf: doc.duplicateOf, outlet: doc.outlet });
  const again = earlier.map(sigOf);
  const all = [...again, ...fresh];
  const clusters = [...groupFigures(all), ...groupEvents(all)];
  rank(fresh, sizes);
  const valueOf = valueFormatter();

  // The claims asked about below (the batch's claims and their clusters' first claims, large groups' states, and
  // stored contradictions and timeline entries by their first claim), and where they were grouped: a map of every
  // stored claim would be rebuilt in every batch, hundreds of thousands of entries. And the kept state of each
  // large group.
  const states = (before.reconcileState?.groups ?? {}) as Record<string, GroupState>;
  const asked = new Set<string>();
  for (const s of all) {
    asked.add(s.claim.id);
    if (s.keys.cluster) asked.add(s.keys.cluster);
  }
  for (const st of Object.values(states)) asked.add(st.heads[0]);
  for (const x of before.contradictions) asked.add(x.claims[0]);
  for (const t of before.timeline) asked.add(t.claims[0]);
  const groupOf = new Map<string, Group>();
  for (const g of before.groups) for (const id of g.claims) if (asked.has(id)) groupOf.set(id, g);
  const stateOf = new Map<Group, GroupState>();
  for (const st of Object.values(states)) {
    const g = groupOf.get(st.heads[0]);
    if (g) stateOf.set(g, st);
  }
  const sizeOf = (h: string) => sizes.get(h) ?? 0;
  // Every stored member of some clusters: those read back already, and the rest of the larger ones.
  const readBackOf = new Map<string, ClaimSignature[]>();
  for (const s of again) {
    const h = s.keys.cluster ?? s.claim.id;
    const list = readBackOf.get(h);
    if (list) list.push(s);
    else readBackOf.set(h, [s]);
  }
  const whole = (heads: string[]) => {
    const larger = heads.filter((h) => sizeOf(h) > LINK_CHECK);
    const rest = larger.length ? past.claimsOfClusters(larger).map(sigOf) : [];
    return [...heads.filter((h) => sizeOf(h) <= LINK_CHECK).flatMap((h) => readBackOf.get(h) ?? []), ...rest];
  };

  const kept = new Set<Group>();
  const summaries: GroupSummary[] = [];
  for (const cl of clusters) {
    const heads = [...new Set(cl.members.map((m) => m.keys.cluster ?? m.claim.id))].sort();
    const added = cl.members.filter((m) => isFresh.has(m));
    const stored = heads.reduce((n, h) => n + sizeOf(h), 0);
    const prevs = new Set(heads.map((h) => groupOf.get(h)).filter((g): g is Group => g !== undefined));
    const [prev] = prevs;
    const state = prev ? stateOf.get(prev) : undefined;
    // Unchanged: no new member, and made of the same clusters as before.
    if (!added.length && prevs.size === 1 && (state ? state.heads.join(' ') === heads.join(' ') : prev.claims.length === stored)) {
      kept.add(prev);
      continue;
    }
    let summary: GroupSummary | null = null;
    if (stored > EXACT_UP_TO && prevs.size >= 1) {
      // One large group as before, joined by new claims and by small clusters read back whole.
      const large = [...prevs].filter((g) => stateOf.has(g));
      const st = large.length === 1 ? stateOf.get(large[0])! : null;
      const extra = st ? heads.filter((h) => !st.heads.includes(h)) : [];
      if (st && st.heads.every((h) => heads.includes(h)) && extra.every((h) => sizeOf(h) <= LINK_CHECK)) {
        const extraSet = new Set(extra);
        const joining = cl.members.filter((m) => isFresh.has(m) || extraSet.has(m.keys.cluster ?? m.claim.id));
        summary = extendGroup(large[0], st, joining, cl.kind, valueOf);
      }
    }
    summary ??= summariseGroup({ ...cl, members: [...whole(heads), ...added] }, valueOf);
    summaries.push(summary);
  }

  // Groups of the blocks read back that were not kept are replaced, with their contradictions and timeline entries.
  const dropped = new Set<Group>();
  for (const s of again) {
    const g = groupOf.get(s.claim.id) ?? groupOf.get(s.keys.cluster ?? '');
    if (g && !kept.has(g)) dropped.add(g);
  }
  const readBack = new Set(again.map((s) => s.claim.id));
  /** A result made of claims is replaced when its first claim's group is, or, in no group, when its claim is in `redone`. */
  const replacedWith = (redone: Set<string>) => (ids: string[]) => {
    const g = groupOf.get(ids[0]);
    return g ? dropped.has(g) : redone.has(ids[0]);
  };
  // A claim read back that was in no group has its own timeline entry: it stays while the claim is still in none
  // (rewriting the entries of every claim read back would make each commit grow with the corpus).
  const r = assemble(summaries, [...again, ...fresh], (id) => {
    const g = groupOf.get(id);
    return g !== undefined && kept.has(g);
  }, (id) => readBack.has(id) && !groupOf.has(id), asked);
  // A contradiction between claims in no group goes with them when they are read back; a timeline entry of a
  // claim in no group only when the claim is now grouped.
  const contradictionGone = replacedWith(readBack);
  const entryGone = replacedWith(r.grouped);
  const keptStates: Record<string, GroupState> = {};
  for (const [key, st] of Object.entries(states)) {
    const g = groupOf.get(st.heads[0]);
    if (g && !dropped.has(g)) keptStates[key] = st;
  }
  return inOrder({
    groups: [...before.groups.filter((g) => !dropped.has(g)), ...r.groups],
    contradictions: [...before.contradictions.filter((x) => !contradictionGone(x.claims)), ...r.contradictions],
    timeline: [...before.timeline.filter((t) => !entryGone(t.claims)), ...r.timeline],
    state: { groups: { ...keptStates, ...r.state.groups } },
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
      corpus.reconcileState = r.state;
    },
  };
}
