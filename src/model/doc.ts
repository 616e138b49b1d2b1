/**
 * The working document: the one object that travels through every stage. Stages add to it and never pass
 * bare strings around. It is plain JSON (no class instances) so it round-trips through `JSON.stringify`.
 */
import type { PackedTokens } from './pack-tokens.ts';
import type { Claim, ClaimTime, Derivative, MentionTime, Published, Quantity, Removed, Span } from './report.ts';

/** Where an input came from and what its container said about it (manifest, JSONL fields, feed item). */
export interface SourceInfo {
  /** As given on the command line, or relative to the corpus folder. */
  path: string | null;
  url: string | null;
  outlet: string | null;
}

/** Metadata given with the input, before anything is read from the content itself. */
export interface GivenMeta {
  id?: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

/**
 * One raw input, decoded to a string, as the ingest stage hands it to the pipeline.
 * `format` says how to read `raw`.
 */
export interface RawInput {
  source: SourceInfo;
  format: 'text' | 'html';
  raw: string;
  meta: GivenMeta;
  /** A label for messages: the file name, `file.jsonl:12`, `feed.xml#3`, `-`. */
  label: string;
}

/** A problem on one document: never thrown, recorded. `fatal` stops that document only. */
export interface Message {
  stage: string;
  reason: string;
  severity: 'info' | 'warning' | 'fatal';
  span?: Span;
}

/**
 * Offsets of the cleaned text back into `raw`: sorted runs where `text.slice(start, start+length)`
 * equals `raw.slice(rawStart, rawStart+length)` when `exact`, or is the decoded form of it (HTML entities).
 */
export interface OffsetRun {
  start: number;
  rawStart: number;
  length: number;
  /** Length of the raw piece (differs from `length` where the raw text used entities). */
  rawLength: number;
  exact: boolean;
}

/** A paragraph-like block of the cleaned text. */
export interface Block {
  span: Span;
  kind: 'paragraph' | 'heading' | 'list-item';
}

export interface TimeAnnotation {
  span: Span;
  text: string;
  time: MentionTime;
  /** The calendar interval the expression denotes, when resolved (DATE/TIME only). */
  resolved: ClaimTime | null;
}

export interface QuantityAnnotation {
  span: Span;
  text: string;
  quantity: Quantity;
}

export interface EntityAnnotation {
  span: Span;
  text: string;
  /** A key into the corpus entity table (`Entity.id`), filled by entity linking. */
  entity: string | null;
  type: 'person' | 'organization' | 'country' | 'place' | 'other';
  /** The name the mention stands for, titles and possessives stripped ("Sergey Shoigu" for "Secretary Sergey Shoigu's"). */
  name?: string;
  /** True for demonyms ("North Korean") linked to their country. */
  demonym?: boolean;
}

/** The document object of the pipeline. */
export interface Doc {
  id: string;
  label: string;
  source: SourceInfo;
  format: 'text' | 'html';
  raw: string;
  /** sha256 of format and raw content: the same content twice is one document. */
  contentHash: string;
  meta: GivenMeta;
  title: string | null;
  published: Published;
  language: string;
  /** The cleaned body. */
  text: string;
  offsets: OffsetRun[];
  blocks: Block[];
  removed: Removed[];
  derivative: Derivative[];
  duplicateOf: string | null;
  /** Dates found in the page's own metadata (HTML meta, JSON-LD), before inference. */
  pageMeta: { title: string | null; published: string | null; outlet: string | null; url: string | null };
  sentences: Span[];
  /** Tokens with POS and lemma, spans into `text` (from the sentence stage). */
  tokens: Array<{ text: string; span: Span; pos: string; lemma: string }>;
  /**
   * The tokens packed, as they come from a worker thread (`tokens` is then empty): the stages that read tokens
   * unpack them one document at a time (`withTokens`), and stores never keep them.
   */
  packedTokens?: PackedTokens;
  times: TimeAnnotation[];
  quantities: QuantityAnnotation[];
  entities: EntityAnnotation[];
  claims: Claim[];
  /** The MinHash signature of `text` (near-duplicate stage), kept so later runs compare without the text. */
  minhash?: number[];
  /**
   * The story terms of `text` (joined by newlines) and their weights (story-terms stage, in the worker threads;
   * two objects cross threads faster than one per term), taken by the story stage, which removes them; stores
   * never keep them.
   */
  storyTerms?: { terms: string; weights: Float64Array };
  /** What reconciliation compares of each claim, parallel to `claims` (reconcile stage), kept for later runs. */
  claimKeys?: ClaimKeys[];
  messages: Message[];
}

/**
 * What reconciliation compares of one claim besides the claim itself, as plain JSON: the block it is grouped
 * in, the classes of its counted thing, event and object, the entities around it, and the content words of
 * its sentence (for shared wording). Stored with the claim so a later run need not rebuild it from tokens.
 */
export interface ClaimKeys {
  /** `q:<unit class>` or `t:<event class>`: claims are only ever grouped within one block; null for none. */
  block: string | null;
  unitClass: string | null;
  unitLabel: string | null;
  predicateClass: string | null;
  objectClass: string | null;
  ownEntities: string[];
  entities: string[];
  words: string[];
  /**
   * The cluster the claim joined when it was grouped (the id of the cluster's first claim). Claims are clustered
   * one after the other and never move, so a later run places stored claims back without comparing them again.
   */
  cluster?: string;
  /** The claim's place in its cluster (0 for the first): a later run reads back only a cluster's first claims. */
  rank?: number;
}
