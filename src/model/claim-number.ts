/**
 * The number in a claim id: the pipeline names claims `c1`, `c2`, … in the order it makes them, so the number
 * orders claims and tells which was made last.
 */

/** The number of a claim id the pipeline made (`c12` → 12), or null for any other id. */
export function claimNumber(id: string | undefined): number | null {
  return id !== undefined && /^c\d+$/.test(id) ? Number(id.slice(1)) : null;
}
