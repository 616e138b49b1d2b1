/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one document an item. Entity declarations (DTDs) are
 * refused outright, which closes XXE and entity-expansion ("billion laughs") attacks.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawInput } from '../model/doc.ts';
import type { InputError } from './input-error.ts';

/** True when the content looks like an RSS or Atom feed. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type Node = Record<string, unknown>;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The text of an element that may be a string, a number or `{ '#text': … }`. */
function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

function atomLink(v: unknown): string | null {
  for (const l of asArray(v as Node | Node[])) {
    if (typeof l === 'string') return l;
    const rel = l['@_rel'];
    if (!rel || rel === 'alternate') return textOf(l['@_href']);
  }
  return null;
}

/**
 * @param text the decoded feed
 * @param path the file's path as given (for `source.path` and messages)
 */
export function parseFeed(text: string, path: string): { inputs: RawInput[]; errors: InputError[] } {
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(text.slice(0, 65536))) {
    return { inputs: [], errors: [{ input: path, code: 'bad-feed', message: 'the feed declares entities in a DTD; refused (XML entity expansion is not allowed)' }] };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const e = valid.err;
    return { inputs: [], errors: [{ input: path, code: 'bad-feed', message: `broken XML at line ${e.line}, column ${e.col}: ${e.msg}` }] };
  }
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, trimValues: true, cdataPropName: false });
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (e) {
    return { inputs: [], errors: [{ input: path, code: 'bad-feed', message: `cannot read the feed: ${(e as Error).message}` }] };
  }
  const inputs: RawInput[] = [];
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = (rss ? rss.channel : rdf!.channel) as Node | undefined;
    const outlet = textOf(channel?.title);
    const items = asArray((rss ? channel?.item : rdf!.item) as Node | Node[]);
    items.forEach((item, i) => {
      const body = textOf(item['content:encoded']) ?? textOf(item.description) ?? '';
      inputs.push(feedInput(path, i, body, {
        title: textOf(item.title), url: textOf(item.link) ?? textOf(item.guid),
        published: textOf(item.pubDate) ?? textOf(item['dc:date']), outlet,
      }));
    });
  } else if (atom) {
    const outlet = textOf(atom.title);
    asArray(atom.entry as Node | Node[]).forEach((entry, i) => {
      const body = textOf(entry.content) ?? textOf(entry.summary) ?? '';
      inputs.push(feedInput(path, i, body, {
        title: textOf(entry.title), url: atomLink(entry.link), published: textOf(entry.published) ?? textOf(entry.updated), outlet,
      }));
    });
  } else {
    return { inputs: [], errors: [{ input: path, code: 'bad-feed', message: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)' }] };
  }
  const errors: InputError[] = [];
  const kept = inputs.filter((inp) => {
    if (inp.raw.trim()) return true;
    errors.push({ input: inp.label, code: 'empty', message: 'the feed item has no content or description' });
    return false;
  });
  return { inputs: kept, errors };
}

function feedInput(path: string, i: number, body: string, m: { title: string | null; url: string | null; published: string | null; outlet: string | null }): RawInput {
  const label = `${path}#${i + 1}`;
  return {
    label,
    source: { path: label, url: m.url, outlet: m.outlet },
    // Feed bodies are HTML fragments more often than not; plain text reads the same through the HTML path.
    format: /<[a-z][\s\S]*>/i.test(body) ? 'html' : 'text',
    raw: body,
    meta: { title: m.title, published: m.published, url: m.url, outlet: m.outlet },
  };
}
