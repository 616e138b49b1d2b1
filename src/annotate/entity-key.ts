/**
 * The comparison key of a name: case, accents, spaces, hyphens, dots and apostrophes do not matter, so the
 * spellings news outlets mix up meet on one key.
 */

/**
 * Lower case, accents off, letters and digits only.
 * @example entityKey('Kim Jong-un') === entityKey('Kim Jong Un') // both 'kimjongun'
 * @example entityKey('U.S.') // 'us'
 */
export function entityKey(s: string): string {
  // ASCII (most words): nothing to decompose, and the letters and digits are [A-Za-z0-9].
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) plain = false;
  }
  return plain ? s.toLowerCase() : s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The words of a name, each keyed, without connectors and possessives ("Democratic People's Republic of
 * Korea" → democratic, people, republic, korea): for initials and surname look-ups.
 * @example nameWords('Kim Jong-un') // ['kim', 'jongun']
 * @example nameWords('Bashar al-Assad') // ['bashar', 'assad']
 */
export function nameWords(s: string): string[] {
  return s.split(/\s+/).map((w) => w.replace(/['’]s$/i, '').replace(PARTICLE_PREFIX, '')).map(entityKey).filter((w) => w !== '' && !CONNECTOR_KEYS.has(w));
}

/** A lower-case particle hyphened to a surname: "al-Assad" is filed under "assad", as "Assad" alone is. */
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar|bin|ibn|bint|ben)[-‐]/;

/** Connectors, and suffixes after a surname ("Jr.", "III"), that are not words of the name proper. */
const CONNECTOR_KEYS = new Set(['of', 'the', 'for', 'on', 'and', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', 's', 'jr', 'sr', 'ii', 'iii', 'iv']);
