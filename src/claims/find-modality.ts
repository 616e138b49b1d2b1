/**
 * How surely a claim is made: denied or questioned (negation, doubt; "did not deny" is no denial), planned or
 * expected (future), believed (hedged hearsay), estimated, reported (attributed), or asserted.
 */
import type { Modality } from '../model/report.ts';
import { BELIEVED, DENIAL, ESTIMATED, EXPECTED, NEGATION, PLANNED, QUESTIONED } from '../text/en/claim-patterns.ts';

/** "May" inside a sentence is the month ("conducted in May"), not the modal EXPECTED looks for. */
const MONTH_MAY = /(?<=\S\s+)May\b/g;

/**
 * @param clause the text of the claim's clause
 * @param beforePredicate the few words just before the claim's predicate (for "not sent")
 * @param attributed whether a source or hearsay cue applies to the claim
 * @param verbs lemmas of the reporting verbs that apply ("estimate", "believe", "expect")
 * @example findModality('North Korea is expected to deploy thousands of workers', '', true, ['inform']) // 'expected'
 */
export function findModality(clause: string, beforePredicate: string, attributed: boolean, verbs: string[]): Modality {
  const denial = DENIAL.exec(clause);
  if (denial) {
    const pre = clause.slice(Math.max(0, denial.index - 12), denial.index);
    if (!NEGATION.test(pre)) return 'denied';
  } else if (NEGATION.test(beforePredicate)) return 'denied';
  if (QUESTIONED.test(clause)) return 'questioned';
  if (EXPECTED.test(clause.replace(MONTH_MAY, 'May_')) || verbs.includes('expect') || verbs.includes('anticipate') || verbs.includes('predict') || verbs.includes('forecast')) return 'expected';
  if (PLANNED.test(clause)) return 'planned';
  if (BELIEVED.test(clause) || verbs.includes('believe') || verbs.includes('think') || verbs.includes('suspect')) return 'believed';
  if (ESTIMATED.test(clause) || verbs.includes('estimate') || verbs.includes('calculate') || verbs.includes('project')) return 'estimated';
  return attributed ? 'reported' : 'asserted';
}
