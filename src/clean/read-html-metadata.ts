/**
 * Reads a page's own metadata before extraction: title (og/twitter/JSON-LD headline/<title>/<h1>),
 * publication date (article:published_time, JSON-LD datePublished, <time datetime>, common meta names),
 * outlet (og:site_name, JSON-LD publisher) and canonical URL.
 */

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.date', 'date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'originalpublicationdate',
];

type El = { getAttribute(n: string): string | null; textContent: string | null };
type DocLike = {
  querySelector(s: string): El | null;
  getElementsByTagName(tag: string): ArrayLike<El>;
  documentElement?: El | null;
};

/** Collects JSON-LD objects, flattening `@graph` and arrays. */
function jsonLd(doc: DocLike): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  // By tag, not by selector: a CSS selector over the whole page costs linkedom four times as much.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    if (scripts[i].getAttribute('type') !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; skip it.
    }
  }
  return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** @example readHtmlMetadata(parseHTML(html).document).published // '2024-10-24T09:00:00+03:00' */
export function readHtmlMetadata(doc: DocLike): HtmlMetadata {
  const metas = new Map<string, string>();
  const nodes = doc.getElementsByTagName('meta');
  for (let i = 0; i < nodes.length; i++) {
    const m = nodes[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, content.trim());
  }
  const ld = jsonLd(doc);
  const articleLd = ld.find((o) => /Article|Posting|Report|Blog/i.test(String(o['@type'] ?? ''))) ?? ld.find((o) => o.datePublished || o.headline);

  let published: string | null = str(articleLd?.datePublished) ?? null;
  for (const k of DATE_META) if (!published && metas.get(k)) published = metas.get(k)!;
  if (!published) {
    const t = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
    published = str(t?.getAttribute('datetime'));
  }
  const h1 = doc.querySelector('h1');
  const titleTag = str(doc.querySelector('title')?.textContent)?.replace(/\s+/g, ' ') ?? null;
  const title = str(metas.get('og:title')) ?? str(articleLd?.headline) ?? str(metas.get('twitter:title'))
    ?? str(h1?.textContent)?.replace(/\s+/g, ' ') ?? titleTag;
  const publisher = articleLd?.publisher as Record<string, unknown> | undefined;
  const outlet = str(metas.get('og:site_name')) ?? str(publisher?.name) ?? str(metas.get('application-name'));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = str(metas.get('og:url')) ?? str(canonical);
  const language = str(doc.documentElement?.getAttribute('lang')) ?? str(metas.get('og:locale'));
  return { title, published, outlet, url, language };
}
