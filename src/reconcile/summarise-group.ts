/**
 * A group's summary (consensus, verdict, contradictions, independent origins, timeline entry) from
 * its members, and the same summary extended by new members without reading the old ones again.
 *
 * A group of up to EXACT_UP_TO claims is always summarised from all its members. A larger one keeps a bounded
 * state (the first claim of each distinct value, the extremes, the latest figure, how its first origins were
 * merged by shared wording), so a later run adds its new members to it at a cost that does not grow with the
 * group. Two things are then approximate: among claims published the same day, new ones come after old ones; and
 * the wording of new claims is not compared with the group's first ones (a group this large settled its origins
 * among its first MAX_WORDING_PAIRS_OF claims). The group's documents are counted, not listed: a stored cluster
 * that joins it may count a document twice (which only matters to tell a single source).
 */
import type { Contradiction, Group, TimelineEntry } from '../model/report.ts';
import { overlaps, type Interval } from './claim-interval.ts';
import type { ClaimSignature } from './claim-signature.ts';
import { countOrigins, MAX_WORDING_PAIRS_OF, originLabel } from './count-origins.ts';
import { byDate } from './by-date.ts';
import { formatTime } from './format-values.ts';
import { claimValue, evolutionRows, type EvolutionRow } from './group-evolution.ts';
import type { ClaimCluster } from './group-claims.ts';
import { clip } from '../text/clip.ts';
import { emptyDictionary } from '../model/empty-dictionary.ts';

/** Groups of up to this many claims are summarised from all their members, every time they change. */
export const EXACT_UP_TO = 128;

/**
 * Above this many members a group's clashing pairs are looked for between at most this many of its distinct
 * values, spread from the lowest to the highest.
 */
const ALL_PAIRS_UP_TO = 64;
/** Contradictions listed for one group at most: the pairs furthest apart (the note still counts them all). */
export const MAX_CONTRADICTIONS_PER_GROUP = 20;
/** Distinct values a large group's state keeps (spread from the lowest to the highest beyond that). */
const MAX_KEPT_VALUES = 256;
/**
 * Characters of a member's description a contradiction quotes, and of the first member's description a group and
 * its timeline entry give at most: a state keeps no more of them (clipping twice gives what clipping once does).
 */
const QUOTED = 70;
const FIRST_DESCRIBED = 120;

/** A member as a summary reads it. */
export interface Rep {
  id: string;
  document: string;
  published: string | null;
  /** The value as an interval (figure or days). */
  iv: Interval;
  /** The value in words ("about 10,000", "July 2024"). */
  value: string;
  /** Its claim's description, as far as a contradiction quotes it. */
  description: string;
  quantity: { low: number | null; high: number | null } | null;
  time: { value: string | null; start: string | null; end: string | null } | null;
}

/** What a large group keeps to take new members (plain JSON). */
export interface GroupState {
  /** The clusters it is made of (their first claims), sorted. */
  heads: string[];
  size: number;
  bodyCount: number;
  /** The first member of each distinct value, in member order (at most MAX_KEPT_VALUES, spread). */
  values: Rep[];
  /** The last member (by publication). */
  last: Rep;
  /** Lowest low and highest high of its figures. */
  low: number | null;
  high: number | null;
  /** The members with the earliest start and the latest end (time groups). */
  start: Rep | null;
  end: Rep | null;
  /** Origin labels merged by shared wording, with their root (labels not listed are their own root). */
  roots: Record<string, string>;
  label: string;
  first: { published: string | null; description: string };
  /** The least claim key (the group's key is `kind:` and it). */
  keyMin: string;
  /** Its documents (counted, not listed), and the first and last rows of its evolution. */
  documents: number;
  firstRow: RowInfo;
  lastRow: RowInfo;
  /** The publication days of its claims in member order, as runs: [day, how many claims]. */
  days: Array<[string | null, number]>;
}

/** An evolution row without its claims. */
type RowInfo = Pick<EvolutionRow, 'document' | 'published' | 'value'>;

export interface GroupSummary {
  group: Group;
  contradictions: Contradiction[];
  timeline: TimelineEntry | null;
  /** Kept for groups above EXACT_UP_TO members. */
  state: GroupState | null;
}

const byMember = (a: ClaimSignature, b: ClaimSignature) => byDate(a.doc.published, b.doc.published) || a.claim.span.start - b.claim.span.start;
const valueKey = (iv: Interval) => `${iv[0]},${iv[1]}`;

/** A member as a Rep. */
function repOf(m: ClaimSignature, kind: ClaimCluster['kind'], valueOf: (s: ClaimSignature) => string): Rep {
  const c = m.claim;
  return {
    id: c.id, document: c.document, published: m.doc.published, iv: (kind === 'quantity' ? m.value : m.time)!, value: valueOf(m), description: clip(c.description, QUOTED),
    quantity: c.quantity ? { low: c.quantity.low, high: c.quantity.high } : null,
    time: c.time ? { value: c.time.value, start: c.time.start, end: c.time.end } : null,
  };
}

/** The label of a group by its first member: "troop (send)", "deploy troops". */
function labelOf(first: ClaimSignature, kind: ClaimCluster['kind']): string {
  return kind === 'quantity'
    ? `${first.unitLabel ?? 'figure'}${first.claim.event.predicate ? ` (${first.claim.event.predicate})` : ''}`
    : `${first.claim.event.predicate ?? 'event'}${first.objectClass ? ` ${first.objectClass}` : ''}`;
}

/** The formatted value of a member, once per member. */
export function valueFormatter(): (s: ClaimSignature) => string {
  const values = new Map<ClaimSignature, string>();
  return (s) => {
    let v = values.get(s);
    if (v === undefined) values.set(s, (v = claimValue(s.claim)));
    return v;
  };
}

/** Summarises a group from all its members. */
export function summariseGroup(cl: ClaimCluster, valueOf: (s: ClaimSignature) => string): GroupSummary {
  const kind = cl.kind;
  const members = [...cl.members].sort(byMember);
  const claims = members.map((m) => m.claim);
  const first = members[0];
  const distinct = distinctValues(members, kind);
  const body = members.filter((m) => m.claim.origin === 'body');
  const { count, origins } = countOrigins(body.length ? body : members);
  // Labels are as many as entities (see emptyDictionary).
  const roots = emptyDictionary<string>();
  for (const m of body.length ? body : members) {
    const l = originLabel(m), r = origins.get(m.claim.id);
    if (r !== undefined && r !== l) roots[l] = r;
  }
  const rows = evolutionRows(members.map((m) => ({ id: m.claim.id, document: m.claim.document, published: m.doc.published, value: valueOf(m) })));
  const days: GroupState['days'] = [];
  for (const m of members) addDay(days, m.doc.published, 1);

  const qs = claims.map((c) => c.quantity!).filter(Boolean);
  const lows = qs.map((q) => q.low).filter((x): x is number => x !== null);
  const highs = qs.map((q) => q.high ?? q.low).filter((x): x is number => x !== null);
  const timed = members.filter((m) => m.claim.time?.start);
  const start = timed.reduce<ClaimSignature | null>((m, t) => (!m || t.claim.time!.start! < m.claim.time!.start! ? t : m), null);
  const end = timed.reduce<ClaimSignature | null>((m, t) => (!m || t.claim.time!.end! > m.claim.time!.end! ? t : m), null);
  const state: GroupState = {
    heads: [...new Set(members.map((m) => m.keys.cluster ?? m.claim.id))].sort(),
    size: members.length,
    bodyCount: body.length,
    values: keep(distinct.map((m) => repOf(m, kind, valueOf))),
    last: repOf(members[members.length - 1], kind, valueOf),
    low: lows.length ? lows.reduce((m, x) => Math.min(m, x)) : null,
    high: highs.length ? highs.reduce((m, x) => Math.max(m, x)) : null,
    start: start ? repOf(start, kind, valueOf) : null,
    end: end ? repOf(end, kind, valueOf) : null,
    roots,
    label: labelOf(first, kind),
    first: { published: first.doc.published, description: clip(first.claim.description, FIRST_DESCRIBED) },
    keyMin: claims.reduce((min, c) => { const k = c.key ?? c.id; return k < min ? k : min; }, claims[0].key ?? claims[0].id),
    documents: rows.length,
    firstRow: rowInfo(rows[0]),
    lastRow: rowInfo(rows[rows.length - 1]),
    days,
  };
  // In a small group every pair of members is compared; in a large one, its distinct values.
  const pairs = members.length <= ALL_PAIRS_UP_TO ? members.map((m) => repOf(m, kind, valueOf)) : spread(distinct.map((m) => repOf(m, kind, valueOf)), ALL_PAIRS_UP_TO);
  const disagree = kind === 'time' ? [...new Set(claims.map((c) => formatTime(c.time)))] : [];
  const out = render(kind, state, pairs, claims.map((c) => c.id), [...new Set(origins.values())], count, disagree);
  return { ...out, state: members.length > EXACT_UP_TO ? state : null };
}

/**
 * Adds members to a large group summarised before, from its kept state; null when the state cannot take them
 * (the group settled too few origins to leave new members out of the wording comparison): then the caller
 * summarises the group from all its members.
 */
export function extendGroup(prev: Group, before: GroupState, added: ClaimSignature[], kind: ClaimCluster['kind'], valueOf: (s: ClaimSignature) => string): GroupSummary | null {
  if (before.bodyCount < MAX_WORDING_PAIRS_OF) return null;
  // A state kept before it listed its days (or out of step with the group) cannot place new members.
  if (!before.days || before.days.reduce((n, [, k]) => n + k, 0) !== prev.claims.length) return null;
  const state: GroupState = structuredClone(before);
  const fresh = [...added].sort(byMember);
  state.heads = [...new Set([...state.heads, ...fresh.map((m) => m.keys.cluster ?? m.claim.id)])].sort();
  state.size += fresh.length;

  // Claims in member order: new ones placed by publication day, after the old ones of their day.
  const claims: string[] = [];
  const days: GroupState['days'] = [];
  let i = 0, k = 0;
  const take = (m: ClaimSignature) => {
    claims.push(m.claim.id);
    addDay(days, m.doc.published, 1);
  };
  for (const [day, n] of before.days) {
    while (i < fresh.length && byDate(fresh[i].doc.published, day) < 0) take(fresh[i++]);
    for (let j = 0; j < n; j++) claims.push(prev.claims[k++]);
    addDay(days, day, n);
  }
  while (i < fresh.length) take(fresh[i++]);
  state.days = days;
  if (fresh.length && claims[0] === fresh[0].claim.id) {
    state.label = labelOf(fresh[0], kind);
    state.first = { published: fresh[0].doc.published, description: clip(fresh[0].claim.description, FIRST_DESCRIBED) };
  }

  // The evolution's first and last rows, and how many documents it has (a new member's document may have a row).
  for (const row of evolutionRows(fresh.map((m) => ({ id: m.claim.id, document: m.claim.document, published: m.doc.published, value: valueOf(m) })))) {
    const own = [state.firstRow, state.lastRow].filter((r) => r.document === row.document);
    for (const r of own) r.value = [...new Set([...r.value.split(' / '), ...row.value.split(' / ')])].join(' / ');
    if (own.length) continue;
    state.documents++;
    if (byDate(row.published, state.firstRow.published) < 0) state.firstRow = rowInfo(row);
    if (byDate(row.published, state.lastRow.published) >= 0) state.lastRow = rowInfo(row);
  }

  // Values, extremes, the latest figure.
  const index = new Map(state.values.map((r, k) => [valueKey(r.iv), k]));
  for (const m of fresh) {
    const rep = repOf(m, kind, valueOf);
    const k = index.get(valueKey(rep.iv));
    if (k === undefined) {
      index.set(valueKey(rep.iv), state.values.length);
      state.values.push(rep);
    } else if (byDate(rep.published, state.values[k].published) < 0) state.values[k] = rep;
    if (byDate(rep.published, state.last.published) >= 0) state.last = rep;
    const q = m.claim.quantity;
    if (q) {
      const lo = q.low, hi = q.high ?? q.low;
      if (lo !== null) state.low = state.low === null ? lo : Math.min(state.low, lo);
      if (hi !== null) state.high = state.high === null ? hi : Math.max(state.high, hi);
    }
    const t = m.claim.time;
    if (t?.start) {
      if (!state.start || t.start < state.start.time!.start!) state.start = rep;
      if (!state.end || t.end! > state.end.time!.end!) state.end = rep;
    }
  }
  state.values = keep(state.values);
  state.keyMin = [state.keyMin, ...fresh.map((m) => m.claim.key ?? m.claim.id)].sort()[0];

  // Origins: a new body claim adds its origin unless the group has it already.
  const origins = new Set(prev.origins ?? []);
  for (const m of fresh) {
    if (m.claim.origin !== 'body') continue;
    state.bodyCount++;
    const l = originLabel(m);
    origins.add(state.roots[l] ?? l);
  }
  const disagree = kind === 'time' ? [...new Set(state.values.map((r) => r.value))] : [];
  return { ...render(kind, state, spread(state.values, ALL_PAIRS_UP_TO), claims, [...origins], origins.size, disagree), state };
}

/** The group, its contradictions and its timeline entry from its state and member lists. */
function render(
  kind: ClaimCluster['kind'], state: GroupState, pairs: Rep[], claims: string[], origins: string[], count: number, disagree: string[],
): Omit<GroupSummary, 'state'> {
  const label = state.label;
  // Pairs that cannot both be true.
  const clash: Array<[Rep, Rep]> = [];
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) if (!overlaps(pairs[i].iv, pairs[j].iv)) clash.push([pairs[i], pairs[j]]);
  }
  // A figure that grew between reports days apart is an update, not a contradiction.
  const isUpdate = kind === 'quantity' && clash.length > 0 && clash.every(([a, b]) => {
    const pa = a.published, pb = b.published;
    return pa && pb && pa !== pb && (pa < pb ? b.iv[0] >= a.iv[0] : a.iv[0] >= b.iv[0]);
  });
  const verdict: Group['verdict'] = clash.length && !isUpdate ? 'conflict' : state.documents === 1 ? 'single-source' : 'consistent';
  const contradictions: Contradiction[] = [];
  if (!isUpdate) {
    const listed = clash.length <= MAX_CONTRADICTIONS_PER_GROUP ? clash
      : [...clash].sort((x, y) => gap(y, kind) - gap(x, kind)).slice(0, MAX_CONTRADICTIONS_PER_GROUP);
    for (const [a, b] of listed) {
      contradictions.push({
        claims: [a.id, b.id],
        field: kind === 'quantity' ? 'value' : 'time',
        explanation: `${a.value} (${a.document}) against ${b.value} (${b.document}) for ${label}: "${clip(a.description, QUOTED)}"`,
      });
    }
  }
  let note: string | null = null;
  if (isUpdate) {
    const a = state.firstRow, b = state.lastRow;
    note = `figure revised from ${a.value} (${a.document}, ${a.published}) to ${b.value} (${b.document}, ${b.published}): an update, not a contradiction`;
  } else if (clash.length) note = `${clash.length} pair${clash.length > 1 ? 's' : ''} of claims disagree`;

  let consensus: Group['consensus'];
  let timeline: TimelineEntry | null = null;
  const description = `${label}: ${clip(state.first.description, 90)}`;
  if (kind === 'quantity') {
    consensus = isUpdate ? { low: state.last.quantity?.low ?? null, high: state.last.quantity?.high ?? null } : { low: state.low, high: state.high };
  } else {
    const start = state.start?.time ?? null, end = state.end?.time ?? null;
    consensus = { start: start?.value ?? null, end: end?.value ?? null };
    if (start && end) {
      timeline = {
        time: { value: start.value, start: start.start, end: end.end },
        description: verdict !== 'conflict' ? clip(state.first.description, FIRST_DESCRIBED) : `${clip(state.first.description, 100)} (sources disagree: ${disagree.join(' / ')})`,
        claims,
      };
    }
  }
  const group: Group = {
    id: '', key: `${kind}:${state.keyMin}`, kind, description, claims, consensus, verdict, independentSources: count, origins, note, ...(isUpdate ? { revised: true } : {}),
  };
  return { group, contradictions, timeline };
}

/** How far apart two clashing values are (relative for figures, in days for times). */
function gap([a, b]: [Rep, Rep], kind: ClaimCluster['kind']): number {
  const x = a.iv, y = b.iv;
  const d = Math.max(0, Math.max(x[0], y[0]) - Math.min(x[1], y[1]));
  return kind === 'quantity' ? d / Math.max(1, Math.min(Math.abs(x[1]), Math.abs(y[1])) || 1) : d;
}

/** At most `n` values, evenly spread over them ordered by value (the lowest and the highest always in). */
function spread(reps: Rep[], n: number): Rep[] {
  if (reps.length <= n) return reps;
  const sorted = [...reps].sort((a, b) => a.iv[0] - b.iv[0]);
  return Array.from({ length: n }, (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (n - 1))]);
}

/** The kept values of a state, in member order. */
function keep(reps: Rep[]): Rep[] {
  if (reps.length <= MAX_KEPT_VALUES) return reps;
  const kept = new Set(spread(reps, MAX_KEPT_VALUES));
  return reps.filter((r) => kept.has(r));
}

/** The first member of each distinct value (figure interval or time). */
function distinctValues(members: ClaimSignature[], kind: ClaimCluster['kind']): ClaimSignature[] {
  // By low end, the high ends met (numbers: a key string per member cost more than the rest of the pass).
  const seen = new Map<number, number[]>();
  return members.filter((m) => {
    const [low, high] = (kind === 'quantity' ? m.value : m.time)!;
    const highs = seen.get(low);
    if (!highs) seen.set(low, [high]);
    else if (highs.includes(high)) return false;
    else highs.push(high);
    return true;
  });
}

/** Adds `n` claims of publication day `day` to the runs of days. */
function addDay(days: GroupState['days'], day: string | null, n: number): void {
  const last = days[days.length - 1];
  if (last && last[0] === day) last[1] += n;
  else days.push([day, n]);
}

const rowInfo = (r: EvolutionRow): RowInfo => ({ document: r.document, published: r.published, value: r.value });
