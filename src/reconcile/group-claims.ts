/**
 * Groups claims that state the same figure or date the same event, across documents.
 *
 * Figures: claims are blocked by the class of what they count, then clustered complete-link: a claim joins a
 * group only when it is compatible with every member (values overlap as intervals, events and times do not
 * disagree, the groups named in the figure agree). Groups of one counted thing, one event and one time whose
 * values do not overlap are then merged: that is a conflict, or an update when the figure grew from one report
 * to a later one. Vague magnitudes ("thousands") never join a group: they are compatible with too much.
 *
 * Event times: claims with the same kind of event (predicate class) about the same kind of object or the same
 * entities form one group whatever their times; differing times are what a conflict is.
 */
import { nested, overlaps } from './claim-interval.ts';
import type { ClaimSignature } from './claim-signature.ts';
import { figureIndex } from './figure-index.ts';
import { addToList } from '../model/add-to-list.ts';

export interface ClaimCluster {
  kind: 'quantity' | 'time';
  members: ClaimSignature[];
  /** True when the cluster joins figures that do not overlap (a conflict or an update). */
  merged: boolean;
}

const FUTURE = new Set(['expected', 'planned']);

/**
 * Complete link, checked against at most this many members of a cluster (its first ones): beyond that a
 * cluster is one figure repeated, and checking every member would make the cost quadratic.
 */
export const LINK_CHECK = 64;
const allLink = <T>(members: T[], ok: (m: T) => boolean) => {
  for (let i = 0; i < members.length && i < LINK_CHECK; i++) if (!ok(members[i])) return false;
  return true;
};

/** Order of magnitude of a figure's interval (by its finite end). */
function magnitude(s: ClaimSignature): number {
  const v = Number.isFinite(s.value![0]) && s.value![0] > 0 ? s.value![0] : Math.abs(s.value![1]);
  return Number.isFinite(v) && v > 0 ? Math.floor(Math.log10(v)) : 0;
}

/** The calendar year of a day number (days since 1970). */
const yearOf = (day: number) => new Date(day * 86400000).getUTCFullYear();

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** True when two figures can be the same figure. */
export function sameFigure(a: ClaimSignature, b: ClaimSignature): boolean {
  if (a.claim.id === b.claim.id || !a.value || !b.value || a.vague || b.vague) return false;
  if (a.unitClass !== b.unitClass || a.unitClass === null) return false;
  if (a.claim.document === b.claim.document && a.claim.sentence.start === b.claim.sentence.start) return false;
  if (!overlaps(a.value, b.value)) return false;
  return sameSetting(a, b);
}

/** Events, times and named groups do not disagree. */
function sameSetting(a: ClaimSignature, b: ClaimSignature): boolean {
  if (a.predicateClass && b.predicateClass && a.predicateClass !== b.predicateClass) return false;
  if (a.time && b.time && !overlaps(a.time, b.time)) return false;
  if (disjoint(a.ownEntities, b.ownEntities)) return false;
  return true;
}

/**
 * Days between two time intervals beyond which two dates of the same kind of event are two occurrences
 * (a first and a second deployment), not two reports of one event that disagree.
 */
export const SAME_EVENT_MAX_GAP_DAYS = 62;

const gapDays = (a: [number, number], b: [number, number]) => Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1]));

/** True when two dated claims date the same event. */
export function sameEvent(a: ClaimSignature, b: ClaimSignature): boolean {
  if (a.claim.id === b.claim.id || !a.time || !b.time || !a.predicateClass || a.predicateClass !== b.predicateClass) return false;
  if (gapDays(a.time, b.time) > SAME_EVENT_MAX_GAP_DAYS) return false;
  // What is expected or planned is not the same occurrence as what has happened.
  if (FUTURE.has(a.claim.modality) !== FUTURE.has(b.claim.modality)) return false;
  if (a.claim.document === b.claim.document && a.claim.sentence.start === b.claim.sentence.start) return false;
  if (a.objectClass && b.objectClass) return a.objectClass === b.objectClass;
  let shared = 0;
  for (const e of a.entities) if (b.entities.has(e)) shared++;
  return shared >= 1 && (a.objectClass === b.objectClass || shared >= 2);
}

function score(c: ClaimSignature, members: ClaimSignature[]): number {
  let s = 0;
  const some = members.slice(0, LINK_CHECK);
  for (const m of some) {
    if (c.predicateClass && c.predicateClass === m.predicateClass) s += 2;
    if (c.time && m.time && nested(c.time, m.time)) s += 2;
    if (c.unitLabel && c.unitLabel === m.unitLabel) s += 1;
    if (c.claim.document !== m.claim.document) s += 1;
  }
  return s / some.length;
}

/** Clusters figure claims (see the module comment). Returns clusters of two or more claims. */
export function groupFigures(sigs: ClaimSignature[]): ClaimCluster[] {
  const blocks = new Map<string, ClaimSignature[]>();
  for (const s of sigs) {
    if (s.claim.kind !== 'quantity' || !s.unitClass || s.vague || !s.value) continue;
    addToList(blocks, s.unitClass, s);
  }
  const out: ClaimCluster[] = [];
  for (const block of blocks.values()) {
    const clusters: ClaimSignature[][] = [];
    // Candidate clusters by order of magnitude (this one and its neighbours) and by the interval of their first
    // figure, so that a claim is compared with a handful of clusters, not all of them: cost grows near-linearly
    // with the number of claims.
    const clustersByFigure = figureIndex();
    const known = new Map<string, ClaimSignature[]>();
    for (const s of block) {
      // A claim clustered by an earlier run goes back where it was.
      const was = s.keys.cluster ? known.get(s.keys.cluster) : undefined;
      if (was) {
        was.push(s);
        continue;
      }
      if (s.keys.cluster === s.claim.id) {
        const c = [s];
        clusters.push(c);
        known.set(s.claim.id, c);
        clustersByFigure.add(magnitude(s), c);
        continue;
      }
      let best: ClaimSignature[] | null = null;
      let bestScore = -1;
      const m = magnitude(s);
      for (const c of clustersByFigure.meeting(m, s.value!)) {
        if (!allLink(c, (m) => sameFigure(s, m))) continue;
        const sc = score(s, c);
        if (sc > bestScore) {
          bestScore = sc;
          best = c;
        }
      }
      if (best) {
        best.push(s);
        s.keys.cluster = best[0].claim.id;
      } else {
        const c = [s];
        clusters.push(c);
        known.set(s.claim.id, c);
        s.keys.cluster = s.claim.id;
        clustersByFigure.add(m, c);
      }
    }
    // Same counted thing, same event, same known time, values apart: one figure reported differently.
    const merged = clusters.map((c) => ({ members: c, merged: false }));
    // Only clusters with a known time and event can merge; compare those of one event class and nearby years.
    const timed = new Map<string, typeof merged>();
    for (const c of merged) {
      const f = c.members[0];
      if (!f.time || !f.predicateClass) continue;
      const key = `${f.predicateClass}|${yearOf(f.time[0])}`;
      addToList(timed, key, c);
    }
    for (const [key, list] of timed) {
      const [pc, y] = key.split('|');
      const pool = [...list, ...(timed.get(`${pc}|${Number(y) + 1}`) ?? [])];
      for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < pool.length; j++) {
        const a = list[i], b = pool[j];
        if (a === b) continue;
        if (!a.members.length || !b.members.length) continue;
        const ok = a.members.slice(0, LINK_CHECK).every((x) => b.members.slice(0, LINK_CHECK).every((y) => x.predicateClass !== null && x.predicateClass === y.predicateClass
          && x.time && y.time && overlaps(x.time, y.time) && nested(x.time, y.time) && sameSetting(x, y) && x.claim.document !== y.claim.document));
        if (ok) {
          a.members.push(...b.members);
          a.merged = true;
          b.members = [];
        }
      }
      }
    }
    for (const c of merged) if (c.members.length >= 2) out.push({ kind: 'quantity', members: c.members, merged: c.merged });
  }
  return out;
}

/** Clusters dated claims by event, complete-link over `sameEvent` (no chaining from one occurrence to the next), blocked by predicate class. */
export function groupEvents(sigs: ClaimSignature[]): ClaimCluster[] {
  const blocks = new Map<string, ClaimSignature[]>();
  for (const s of sigs) {
    if (s.claim.kind !== 'time' || !s.predicateClass || !s.time) continue;
    addToList(blocks, s.predicateClass, s);
  }
  const out: ClaimCluster[] = [];
  for (const block of blocks.values()) {
    const clusters: ClaimSignature[][] = [];
    const byYear = new Map<number, ClaimSignature[][]>();
    const known = new Map<string, ClaimSignature[]>();
    for (const s of block) {
      const y = yearOf(s.time![0]);
      // A claim clustered by an earlier run goes back where it was.
      const was = s.keys.cluster ? known.get(s.keys.cluster) : undefined;
      const home = was ?? (s.keys.cluster === s.claim.id ? undefined
        : [y - 1, y, y + 1].flatMap((k) => byYear.get(k) ?? []).find((c) => allLink(c, (m) => sameEvent(s, m))));
      if (home) {
        home.push(s);
        s.keys.cluster = home[0].claim.id;
      } else {
        const c = [s];
        clusters.push(c);
        known.set(s.claim.id, c);
        s.keys.cluster = s.claim.id;
        addToList(byYear, y, c);
      }
    }
    for (const c of clusters) if (c.length >= 2) out.push({ kind: 'time', members: c, merged: false });
  }
  return out;
}
