/**
 * Triangulate's public API: the pipeline for programmatic use, the report types and schema, and the pure
 * input parsers. File-system reading lives in the CLI (`readInputs`), exported here for convenience.
 *
 * @example
 *   import { readInputs, runPipeline, buildReport } from 'triangulate';
 *   const { inputs, errors } = readInputs(['examples/kursk']);
 *   const report = buildReport(runPipeline(inputs), errors);
 */
export { runPipeline, defaultStages, checkStages, createDoc, type PipelineOptions } from './pipeline.ts';
export { buildReport } from './report/build-report.ts';
export { reportSlice } from './report/report-slice.ts';
export { renderMarkdown } from './report/render-markdown.ts';
export { reportJsonSchema } from './model/report-json-schema.ts';
export { ReportSchema } from './model/report.ts';
export type * from './model/report.ts';
export type { Doc, RawInput, Message, OffsetRun } from './model/doc.ts';
export type { Stage, DocStage, CorpusStage, Context } from './model/stage.ts';
export { decodeBytes } from './ingest/decode-bytes.ts';
export { parseJsonl } from './ingest/parse-jsonl.ts';
export { parseFeed } from './ingest/parse-feed.ts';
export { normalizeDate } from './ingest/normalize-date.ts';
export { toRawOffset } from './clean/align-to-raw.ts';
export { inputsOf, readInputs } from './cli/read-inputs.ts';
export { runPipelineParallel, closePool } from './parallel/run-pipeline-parallel.ts';
export { openSqliteStore } from './store/sqlite/sqlite-store.ts';
export { openMemoryStore } from './store/memory/memory-store.ts';
export { ingestIntoStore } from './store/ingest-into-store.ts';
export { ingestInBatches } from './parallel/ingest-in-batches.ts';
export type { Store, StoredCorpus, CommitBatch, SearchHit } from './store/store.ts';
export type { Review, ReviewInput } from './model/review.ts';
export type { Corpus, CorpusPast } from './model/corpus.ts';
export { createApp } from './server/create-app.ts';
export { renderCsv } from './report/render-csv.ts';
