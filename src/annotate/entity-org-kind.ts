/**
 * The kind of an organisation, read from its name: lets a description such as "South Korean intelligence"
 * find the named body of the same country and kind ("National Intelligence Service").
 */
import {
  CENTRAL_BANK_NAME, DEFENSE_MINISTRY_NAME, FOREIGN_MINISTRY_NAME, INTELLIGENCE_NAME, MILITARY_NAME, NEWS_AGENCY_NAME,
  PARLIAMENT_NAME, SECURITY_SERVICE_NAME,
} from '../text/en/entity-patterns.ts';

/** Checked in order: the first that matches gives the kind (intelligence before ministry: "Defence Intelligence"). */
const KINDS: Array<[RegExp, string]> = [
  [INTELLIGENCE_NAME, 'intelligence'],
  [SECURITY_SERVICE_NAME, 'security service'],
  [DEFENSE_MINISTRY_NAME, 'defense ministry'],
  [FOREIGN_MINISTRY_NAME, 'foreign ministry'],
  [NEWS_AGENCY_NAME, 'news agency'],
  [PARLIAMENT_NAME, 'parliament'],
  [CENTRAL_BANK_NAME, 'central bank'],
  [MILITARY_NAME, 'military'],
];

/**
 * The kind of the organisation a name denotes, or null when the name does not say.
 * @example entityOrgKind('National Intelligence Service') // 'intelligence'
 * @example entityOrgKind('State Duma') // 'parliament'
 */
export function entityOrgKind(name: string): string | null {
  for (const [re, kind] of KINDS) if (re.test(name)) return kind;
  return null;
}

/** Kinds a description may match besides its own ("military intelligence" is also "intelligence"). */
export const RELATED_KINDS: Record<string, string[]> = {
  'military intelligence': ['intelligence'],
  intelligence: ['military intelligence', 'security service'],
  army: ['military'],
  military: ['army'],
  'state media': ['news agency'],
  'news agency': ['state media'],
};
