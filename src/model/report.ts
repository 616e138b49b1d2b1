/**
 * The report format, version 1 (`shared/spec/report-format.md`), declared once as zod schemas.
 * Every TypeScript type of the report is inferred from these; `schema/report.schema.json` is generated
 * from them (`npm run schema`) and published with the package.
 */
import { z } from 'zod';

/** A UTF-16 span into `documents[].text`, end exclusive. */
export const SpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof SpanSchema>;

export const PublishedSchema = z.object({
  value: z.string().nullable(),
  origin: z.enum(['metadata', 'inferred', 'unknown']),
});
export type Published = z.infer<typeof PublishedSchema>;

export const RemovedReasonSchema = z.enum([
  'navigation', 'related-links', 'comments', 'duplicate-title', 'derivative-summary', 'advertising', 'other',
]);
export type RemovedReason = z.infer<typeof RemovedReasonSchema>;

export const RemovedSchema = z.object({ text: z.string(), reason: RemovedReasonSchema });
export type Removed = z.infer<typeof RemovedSchema>;

/** A passage kept in `text` but restating the article (appended summary, teaser). */
export const DerivativeSchema = z.object({ span: SpanSchema, reason: z.string() });
export type Derivative = z.infer<typeof DerivativeSchema>;

export const ReportDocumentSchema = z.object({
  id: z.string(),
  source: z.object({ path: z.string().nullable(), url: z.string().nullable(), outlet: z.string().nullable() }),
  title: z.string().nullable(),
  published: PublishedSchema,
  language: z.string(),
  text: z.string(),
  removed: z.array(RemovedSchema),
  duplicateOf: z.string().nullable(),
  derivative: z.array(DerivativeSchema).optional(),
  format: z.enum(['text', 'html']).optional(),
  /** What the pipeline noticed on this document: ignored dates, budgets, stages that failed. */
  messages: z.array(z.object({ stage: z.string(), reason: z.string(), severity: z.enum(['info', 'warning', 'fatal']) })).optional(),
});
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

export const EntityTypeSchema = z.enum(['person', 'organization', 'country', 'place', 'other']);
export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QuantitySchema = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  approximate: z.boolean(),
  vague: z.string().nullable(),
  unit: z.string().nullable(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const TimeTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const MentionTimeSchema = z.object({
  value: z.string().nullable(),
  type: TimeTypeSchema,
  mod: z.string().nullable().optional(),
});
export type MentionTime = z.infer<typeof MentionTimeSchema>;

/** A resolved time: TIMEX3-like `value` plus its calendar interval where one is known. */
export const ClaimTimeSchema = z.object({
  value: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
});
export type ClaimTime = z.infer<typeof ClaimTimeSchema>;

export const MentionSchema = z.object({
  id: z.string(),
  document: z.string(),
  type: z.enum(['time', 'quantity', 'entity']),
  text: z.string(),
  span: SpanSchema,
  time: MentionTimeSchema.nullable(),
  quantity: QuantitySchema.nullable(),
  entity: z.string().nullable(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ModalitySchema = z.enum(['asserted', 'reported', 'estimated', 'believed', 'expected', 'planned', 'denied', 'questioned']);
export type Modality = z.infer<typeof ModalitySchema>;

export const AttributionSchema = z.object({ source: z.string(), cue: z.string() });
export type Attribution = z.infer<typeof AttributionSchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  document: z.string(),
  kind: z.enum(['quantity', 'time']),
  text: z.string(),
  span: SpanSchema,
  sentence: SpanSchema,
  quantity: QuantitySchema.nullable(),
  time: ClaimTimeSchema.nullable(),
  event: z.object({
    predicate: z.string().nullable(),
    subject: z.string().nullable(),
    object: z.string().nullable(),
    place: z.string().nullable(),
  }),
  description: z.string(),
  attribution: z.array(AttributionSchema),
  modality: ModalitySchema,
  origin: z.enum(['body', 'derivative']),
  /** A key that stays the same across runs and re-ingests (content hash, kind, span): reviews point at it. */
  key: z.string().optional(),
  /** Analysts' reviews of this claim, newest last. */
  reviews: z.array(z.object({ status: z.enum(['confirmed', 'disputed', 'wrong']), note: z.string().nullable(), created: z.string() })).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const GroupSchema = z.object({
  id: z.string(),
  kind: z.enum(['quantity', 'time']),
  description: z.string(),
  claims: z.array(z.string()),
  consensus: z.union([
    z.object({ low: z.number().nullable(), high: z.number().nullable() }),
    z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  ]).nullable(),
  verdict: z.enum(['consistent', 'conflict', 'single-source']),
  independentSources: z.number().int().min(0),
  /** The distinct upstream origins behind the group (entity ids, free-text sources, or `outlet:…`). */
  origins: z.array(z.string()).optional(),
  /** The figure grew between reports days apart: an update, not a contradiction (its evolution says 'revised'). */
  revised: z.boolean().optional(),
  /**
   * How the figure or date was reported over time: one row per document, in publication order. Reports derive it
   * from the group's claims (see group-evolution.ts); stored groups do not keep it.
   */
  evolution: z.array(z.object({
    document: z.string(),
    published: z.string().nullable(),
    value: z.string(),
    claims: z.array(z.string()),
    change: z.enum(['first', 'same', 'revised', 'differs']),
  })).optional(),
  /** A key that stays the same across re-ingests while the group keeps its earliest claim. */
  key: z.string().optional(),
  reviews: z.array(z.object({ status: z.enum(['confirmed', 'disputed', 'wrong']), note: z.string().nullable(), created: z.string() })).optional(),
  /** A sentence for people: "figure revised from 10,000 (d1, 2024-10-24) to 11,000 (d5, 2025-06-19)". */
  note: z.string().nullable().optional(),
});
export type Group = z.infer<typeof GroupSchema>;

export const ContradictionSchema = z.object({
  claims: z.array(z.string()),
  field: z.string(),
  explanation: z.string(),
});
export type Contradiction = z.infer<typeof ContradictionSchema>;

export const TimelineEntrySchema = z.object({
  time: ClaimTimeSchema,
  description: z.string(),
  claims: z.array(z.string()),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const StorySchema = z.object({ id: z.string(), title: z.string(), documents: z.array(z.string()) });
export type Story = z.infer<typeof StorySchema>;

/** A problem met while reading or processing one input; the run goes on without it. */
export const ReportErrorSchema = z.object({
  input: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ReportError = z.infer<typeof ReportErrorSchema>;

export const ReportSchema = z.object({
  version: z.literal(1),
  documents: z.array(ReportDocumentSchema),
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  groups: z.array(GroupSchema),
  contradictions: z.array(ContradictionSchema),
  timeline: z.array(TimelineEntrySchema),
  mentions: z.array(MentionSchema),
  stories: z.array(StorySchema),
  errors: z.array(ReportErrorSchema).optional(),
});
export type Report = z.infer<typeof ReportSchema>;
