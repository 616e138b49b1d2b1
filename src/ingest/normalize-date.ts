/**
 * Normalises a publication date given in metadata (ISO 8601, RFC 822 as in RSS, or a loose date) to
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM(:SS)`, keeping the writer's local date. Returns null for what is not a
 * real calendar date ("0000-00-00", "2024-13-45", "yesterday").
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * @example normalizeDate('Tue, 17 Jun 2025 09:00:00 +0900') // '2025-06-17T09:00:00'
 * @example normalizeDate('2025-06-17') // '2025-06-17'
 * @example normalizeDate('0000-00-00') // null
 */
export function normalizeDate(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s || s.length > 64) return null;
  let m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!validDay(y, mo, d)) return null;
    if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
    if (+m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 59)) return `${m[1]}-${m[2]}-${m[3]}`;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] !== undefined ? ':' + m[6] : ''}`;
  }
  if ((m = YMD_SLASH.exec(s))) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  // RFC 822 / loose dates: let Date parse, then keep the local wall-clock time of the stated offset.
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const off = /([+-])(\d{2}):?(\d{2})\s*$/.exec(s);
  const shift = off ? (off[1] === '-' ? -1 : 1) * (+off[2] * 60 + +off[3]) * 60000 : 0;
  const d = new Date(t + shift);
  const hasTime = /\d{1,2}:\d{2}/.test(s);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCFullYear() < 1000) return null;
  return hasTime ? `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : date;
}
