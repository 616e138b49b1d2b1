/**
 * The cleaning stage: main text from HTML or scraped text, page chrome removed, derivative passages marked,
 * title, publication date and language found.
 */
import type { Doc } from '../model/doc.ts';
import type { Context, DocStage } from '../model/stage.ts';
import { normalizeDate } from '../ingest/normalize-date.ts';
import { assembleText } from './assemble-text.ts';
import { classifyBlocks } from './classify-blocks.ts';
import { detectLanguage } from './detect-language.ts';
import { extractHtmlBlocks } from './extract-html-blocks.ts';
import { inferPublished } from './infer-published.ts';
import { splitTextBlocks, type RawBlock } from './raw-block.ts';

/** A date is usable when it is a real calendar date no later than the day after the run (time zones). */
function usableDate(value: string | null | undefined, ctx: Context, doc: Doc, what: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const d = normalizeDate(value);
  if (!d) {
    doc.messages.push({ stage: 'clean', reason: `${what} "${String(value).slice(0, 40)}" is not a valid date; ignored`, severity: 'warning' });
    return null;
  }
  if (Date.parse(d.slice(0, 10)) > ctx.now.getTime() + 2 * 86400000) {
    doc.messages.push({ stage: 'clean', reason: `${what} ${d} is in the future; ignored`, severity: 'warning' });
    return null;
  }
  return d;
}

/** Creates the cleaning stage. */
export function cleanStage(): DocStage {
  return {
    name: 'clean',
    needs: ['raw'],
    adds: ['text', 'offsets', 'blocks', 'removed', 'derivative', 'title', 'published', 'language', 'pageMeta'],
    run(doc, ctx) {
      let blocks: RawBlock[];
      let knownTitle = doc.meta.title?.trim() || null;
      if (doc.format === 'html') {
        const x = extractHtmlBlocks(doc.raw);
        blocks = x.blocks;
        doc.pageMeta = { title: x.meta.title, published: x.meta.published, outlet: x.meta.outlet, url: x.meta.url };
        knownTitle ??= x.title ?? x.meta.title;
        doc.language = x.meta.language ?? '';
        if (x.method === 'fallback') doc.messages.push({ stage: 'clean', reason: 'no article found by Readability; used the page body', severity: 'info' });
      } else {
        blocks = splitTextBlocks(doc.raw);
      }
      const decisions = classifyBlocks(blocks, { title: knownTitle, findHeadline: doc.format === 'text' });
      const a = assembleText(doc.raw, blocks, decisions);
      doc.text = a.text;
      doc.blocks = a.blocks;
      doc.removed = a.removed;
      doc.derivative = a.derivative;
      doc.offsets = a.offsets;
      doc.title = knownTitle ?? a.title;
      doc.source.url ??= doc.pageMeta.url;
      doc.source.outlet ??= doc.pageMeta.outlet;
      if (!doc.text.trim()) doc.messages.push({ stage: 'clean', reason: 'no article text found', severity: 'warning' });

      const given = usableDate(doc.meta.published, ctx, doc, 'the given publication date')
        ?? usableDate(doc.pageMeta.published, ctx, doc, "the page's publication date");
      if (given) doc.published = { value: given, origin: 'metadata' };
      else {
        const inferred = usableDate(inferPublished(doc.text, doc.title), ctx, doc, 'the inferred publication date');
        doc.published = inferred ? { value: inferred, origin: 'inferred' } : { value: null, origin: 'unknown' };
      }
      doc.language = detectLanguage(doc.text, doc.language || null);
    },
  };
}
