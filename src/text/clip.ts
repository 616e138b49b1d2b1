/**
 * A text cut to at most `n` characters, ending in "…" where it was cut.
 * @example clip('North Korean troops sent to Kursk', 12) // 'North Korea…'
 */
export const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);
