/** Analysts' reviews of claims and groups: declared once, used by the store, the report and the HTTP API. */
import { z } from 'zod';

export const ReviewStatusSchema = z.enum(['confirmed', 'disputed', 'wrong']);

/** What an analyst says about a claim or a group; kept across re-ingests by the target's stable key. */
export const ReviewInputSchema = z.object({
  target: z.enum(['claim', 'group']),
  /** The claim's or group's stable `key` (see the report), or its current id. */
  key: z.string().min(1).max(200),
  status: ReviewStatusSchema,
  note: z.string().max(4000).nullable().optional(),
}).strict();
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

export interface Review {
  id: number;
  target: 'claim' | 'group';
  key: string;
  status: z.infer<typeof ReviewStatusSchema>;
  note: string | null;
  created: string;
}
