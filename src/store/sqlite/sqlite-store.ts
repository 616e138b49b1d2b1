/**
 * The SQLite store (better-sqlite3): WAL journal, one transaction per committed batch, numbered migrations,
 * FTS5 search over claims and document texts. One file the user names.
 */
import Database from 'better-sqlite3';
import type { CorpusResults, PastClaim, PastDocument } from '../../model/corpus.ts';
import type { ClaimKeys, Doc } from '../../model/doc.ts';
import type { Claim, Story } from '../../model/report.ts';
import { restoreTokens } from '../../model/pack-tokens.ts';
import { ANNOTATIONS, leaveOut, StoreError, storedDocument, type CommitBatch, type LoadOptions, type Review, type ReviewInput, type SearchHit, type Store, type StoredCorpus } from '../store.ts';
import { claimNumber } from '../../model/claim-number.ts';
import { MIGRATIONS } from './migrations.ts';
import { resultItems } from './result-items.ts';
import { clusterHeads, type ClusterHeads, type HeadRow } from './cluster-heads.ts';
import { storiesOf, type StoryState } from '../../reconcile/cluster-stories.ts';

type DB = Database.Database;

function storeError(e: unknown, file: string): StoreError {
  const code = (e as { code?: string }).code ?? '';
  const msg = (e as Error).message;
  if (code === 'SQLITE_READONLY' || /readonly/i.test(msg)) return new StoreError(`${file} is read-only: nothing was written (check the file's permissions)`, 'read-only');
  if (code === 'SQLITE_FULL' || /disk is full|database or disk is full/i.test(msg)) return new StoreError(`the disk holding ${file} is full: this batch was not written; everything committed before is intact`, 'disk-full');
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(msg)) return new StoreError(`${file} is not a Triangulate database (not SQLite)`, 'not-a-database');
  if (code === 'SQLITE_CANTOPEN' || /unable to open/i.test(msg)) return new StoreError(`cannot open ${file}: ${msg}`, 'cannot-open');
  if (code === 'SQLITE_CORRUPT') return new StoreError(`${file} is damaged: ${msg}`, 'corrupt');
  return new StoreError(`database error in ${file}: ${msg}`, 'database');
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
function migrate(db: DB): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)');
  const have = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  for (const [i, sql] of MIGRATIONS.entries()) {
    const version = i + 1;
    if (have.has(version)) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  }
  const newest = Math.max(0, ...have);
  if (newest > MIGRATIONS.length) throw new StoreError(`the database was written by a newer Triangulate (schema ${newest}, this one knows ${MIGRATIONS.length})`, 'too-new');
}

/**
 * Opens (creating if needed) a SQLite store.
 * @param file a path, or `:memory:`
 * @param options.readonly open without writing (for `report` and `serve` reads)
 * @param options.maxPages SQLite's max_page_count: a cap on the file's size (tests use it to stand for a full disk)
 * @example const store = openSqliteStore('story.db'); store.load().documents.length
 */
export function openSqliteStore(file: string, options: { readonly?: boolean; maxPages?: number } = {}): Store {
  let db: DB;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    if (options.maxPages) db.pragma(`max_page_count = ${Math.floor(options.maxPages)}`);
    else db.prepare('SELECT 1 FROM documents LIMIT 1').get();
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw storeError(e, file);
  }
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw storeError(e, file);
    }
  };

  // (Prepared on first use: a read-only store of an older schema has no raw column and never inserts.)
  let insertDocStatement: Database.Statement | null = null;
  const insertDoc = () => (insertDocStatement ??= db.prepare(`INSERT INTO documents (id, content_hash, title, published, text, raw, doc_json, duplicate_of, outlet, minhash)
    VALUES (@id, @hash, @title, @published, @text, @raw, @json, @duplicateOf, @outlet, @minhash)`));
  const insertClaim = db.prepare(`INSERT INTO claims (key, id, document, kind, text, description, claim_json, block, keys_json, cluster, rank)
    VALUES (@key, @id, @document, @kind, @text, @description, @json, @block, @keys, @cluster, @rank)`);
  const lastRows = db.prepare('SELECT (SELECT max(seq) FROM documents) AS doc, (SELECT max(rowid) FROM claims) AS claim');
  const indexDocs = db.prepare('INSERT INTO documents_fts(rowid, title, text) SELECT seq, title, text FROM documents WHERE seq > ?');
  const indexClaims = db.prepare('INSERT INTO claims_fts(rowid, text, description) SELECT rowid, text, description FROM claims WHERE rowid > ?');
  const items = options.readonly && !hasTable(db, 'result_items') ? null : resultItems(db);
  /** The stories: the story state's (stored once; databases written before kept them twice). */
  const storiesIn = (state: StoryState | null, stored: Story[] | undefined): Story[] => (state ? storiesOf(state) : stored ?? []);
  /** The results: those that grow with the corpus one per row (see result-items.ts), the others one JSON value each. */
  const results = (track = false): CorpusResults => {
    const r = new Map((db.prepare('SELECT name, json FROM results').all() as Array<{ name: string; json: string }>).map((x) => [x.name, JSON.parse(x.json)]));
    const rows = items?.read(track, r.size > 0);
    const storyState = (r.get('storyState') ?? null) as StoryState | null;
    return {
      entities: rows?.entities ?? r.get('entities') ?? [], stories: storiesIn(storyState, r.get('stories')), storyState,
      groups: rows?.groups ?? r.get('groups') ?? [], contradictions: rows?.contradictions ?? r.get('contradictions') ?? [], timeline: rows?.timeline ?? r.get('timeline') ?? [],
      reconcileState: rows?.reconcileState ?? r.get('reconcileState') ?? null,
    };
  };
  // What reconciliation reads back of stored clusters (see CorpusPast.clustersIn and claimsOfClusters). What it
  // reads of their documents comes from the documents past() keeps, not from a join: a document's row is mostly
  // its JSON.
  const claimColumns = 'claim_json, keys_json, document FROM claims';
  type ClaimRow = { claim_json: string; keys_json: string; document: string };
  const pastClaim = (r: ClaimRow, doc: PastDocument | undefined): PastClaim =>
    ({ claim: JSON.parse(r.claim_json), keys: JSON.parse(r.keys_json) as ClaimKeys, doc: { published: doc?.published ?? null, duplicateOf: doc?.duplicateOf ?? null, outlet: doc?.outlet ?? null } });
  const prepared = (() => {
    let q: { firstOf: Database.Statement; sizesOf: Database.Statement; ofClusters: Database.Statement } | null = null;
    // firstOf and sizesOf give each row's block: ClusterHeads keeps them by block.
    // Prepared on first use: a read-only store (report, serve) never needs them, and an old schema lacks the columns.
    return () => (q ??= {
      firstOf: db.prepare(`SELECT rowid, block, ${claimColumns} WHERE block IN (SELECT value FROM json_each(?)) AND rank < ? ORDER BY rowid`),
      sizesOf: db.prepare('SELECT block, cluster, count(*) AS n FROM claims WHERE block IN (SELECT value FROM json_each(?)) AND cluster IS NOT NULL GROUP BY block, cluster'),
      ofClusters: db.prepare(`SELECT ${claimColumns} WHERE cluster IN (SELECT value FROM json_each(?)) ORDER BY rowid`),
    });
  })();
  /** The first claims and cluster sizes of some blocks, from the database (see cluster-heads.ts). */
  const readHeads = (blocks: string[], first: number) => ({
    rows: (prepared().firstOf.all(JSON.stringify(blocks), first) as Array<ClaimRow & { rowid: number; block: string }>)
      .map((r): HeadRow => ({ rowid: r.rowid, block: r.block, claim: pastClaim(r, kept?.byId.get(r.document)) })),
    sizes: prepared().sizesOf.all(JSON.stringify(blocks)) as Array<{ block: string; cluster: string; n: number }>,
  });
  /** What past() last read, kept up to date by this connection's commits (see past). */
  let kept: {
    version: number; documents: PastDocument[]; byId: Map<string, PastDocument>; lastClaim: number; results: CorpusResults | null; memo: Map<string, unknown>;
    heads: ClusterHeads;
    /** Where the kept documents' signatures are. */
    signatures: ReturnType<typeof signaturePool>;
  } | null = null;
  const dropResult = db.prepare('DELETE FROM results WHERE name = ?');
  const putResult = db.prepare('INSERT INTO results (name, json) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET json = excluded.json');

  return {
    knownContent(hashes) {
      return wrap(() => {
        const known = new Set<string>();
        const q = db.prepare('SELECT 1 FROM documents WHERE content_hash = ?');
        for (const h of hashes) if (q.get(h)) known.add(h);
        return known;
      });
    },
    load(options: LoadOptions = {}) {
      return wrap(() => {
        // A document's claims, their keys and its signature are kept in their own columns (documents stored before
        // that have them in their JSON too).
        const claimsOf = new Map<string, ClaimsOfDocument>();
        for (const r of db.prepare(`SELECT document, ${claimColumnsOf(options)} FROM claims ORDER BY rowid`).iterate() as IterableIterator<ClaimColumns & { document: string }>) {
          let own = claimsOf.get(r.document);
          if (!own) claimsOf.set(r.document, (own = { claims: [], keys: [] }));
          addClaim(own, r);
        }
        // Row by row: each row's JSON can go once parsed (a store's document rows are several times its texts).
        const rows = db.prepare(`SELECT ${documentColumns(options, hasColumn(db, 'documents', 'raw'))} FROM documents ORDER BY seq`).iterate() as IterableIterator<DocumentRow>;
        const documents = Array.from(rows, (r) => storedDoc(r, options, (id) => claimsOf.get(id)));
        const out: StoredCorpus = { documents, ...results() };
        return out;
      });
    },
    findDocument(id, options = {}) {
      return wrap(() => {
        const row = db.prepare(`SELECT ${documentColumns(options, hasColumn(db, 'documents', 'raw'))} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
        if (!row) return null;
        const own: ClaimsOfDocument = { claims: [], keys: [] };
        for (const r of db.prepare(`SELECT ${claimColumnsOf(options)} FROM claims WHERE document = ? ORDER BY rowid`).iterate(id) as IterableIterator<ClaimColumns>) addClaim(own, r);
        return storedDoc(row, options, () => own);
      });
    },
    past() {
      return wrap(() => {
        // What the last past() read stays valid while no other connection commits (data_version tells): then only
        // this connection's commits changed the store, and commit() added them to it.
        const version = db.pragma('data_version', { simple: true }) as number;
        if (!kept || kept.version !== version) {
          const rows = db.prepare('SELECT id, published, duplicate_of, outlet, minhash FROM documents ORDER BY seq').all() as Array<{ id: string; published: string | null; duplicate_of: string | null; outlet: string | null; minhash: Buffer | null }>;
          // Claims are stored in the order they are numbered: the last row has the highest number.
          const last = db.prepare("SELECT CAST(substr(id, 2) AS INTEGER) AS n FROM claims WHERE id GLOB 'c[0-9]*' ORDER BY rowid DESC LIMIT 1").get() as { n: number | null } | undefined;
          const signatures = signaturePool();
          const documents = rows.map((r) => ({ id: r.id, published: r.published, duplicateOf: r.duplicate_of, outlet: r.outlet, minhash: r.minhash ? signatures(r.minhash) : null }));
          kept = { version, documents, byId: new Map(documents.map((d) => [d.id, d])), lastClaim: last?.n ?? 0, results: null, memo: new Map(), heads: clusterHeads(readHeads), signatures };
        }
        const { documents, byId, lastClaim, memo, heads } = kept;
        const toPast = (r: ClaimRow) => pastClaim(r, byId.get(r.document));
        // The results a commit left are given once (the run changes them); after that they are read again.
        const given = kept.results ?? results(true);
        kept.results = null;
        return {
          documents: documents.slice(),
          lastClaim,
          clustersIn: (blocks: string[], first: number) => wrap(() => heads.clustersIn(blocks, first)),
          claimsOfClusters: (clusters: string[]) => wrap(() => (prepared().ofClusters.all(JSON.stringify(clusters)) as ClaimRow[]).map(toPast)),
          results: given,
          memo,
        };
      });
    },
    stories() {
      return wrap(() => {
        const r = new Map((db.prepare("SELECT name, json FROM results WHERE name IN ('storyState', 'stories')").all() as Array<{ name: string; json: string }>).map((x) => [x.name, JSON.parse(x.json)]));
        return storiesIn(r.get('storyState') ?? null, r.get('stories'));
      });
    },
    commit(batch: CommitBatch) {
      /** The claims stored with a reconciliation block: the kept cluster heads take them once committed. */
      const stored: Parameters<ClusterHeads['added']>[0] = [];
      wrap(() => db.transaction(() => {
        const before = lastRows.get() as { doc: number | null; claim: number | null };
        for (const d of batch.newDocuments) {
          insertDoc().run({
            id: d.id, hash: d.contentHash, title: d.title, published: d.published.value, text: d.text, raw: d.raw,
            json: JSON.stringify({ ...storedDocument(d), text: undefined, raw: undefined, claims: [], claimKeys: undefined, minhash: undefined }),
            duplicateOf: d.duplicateOf, outlet: d.source.outlet, minhash: d.minhash ? writeUint32s(d.minhash) : null,
          });
          d.claims.forEach((c, i) => {
            const keys = d.claimKeys?.[i] ?? null;
            const json = JSON.stringify(c), keysJson = keys ? JSON.stringify(keys) : null;
            const info = insertClaim.run({ key: c.key ?? c.id, id: c.id, document: d.id, kind: c.kind, text: c.text, description: c.description, json, block: keys?.block ?? null, keys: keysJson, cluster: keys?.cluster ?? null, rank: keys?.rank ?? null });
            if (keys?.block && keysJson) {
              const row = { claim_json: json, keys_json: keysJson, document: d.id };
              stored.push({ rowid: Number(info.lastInsertRowid), block: keys.block, cluster: keys.cluster ?? null, rank: keys.rank ?? null, claim: () => pastClaim(row, kept?.byId.get(d.id)) });
            }
          });
        }
        // The new rows' full-text entries in one statement each (see migration 6).
        indexDocs.run(before.doc ?? 0);
        indexClaims.run(before.claim ?? 0);
        const r = batch.results;
        putResult.run('storyState', JSON.stringify(r.storyState ?? null));
        if (r.storyState) dropResult.run('stories');
        else putResult.run('stories', JSON.stringify(r.stories));
        return items!.write(r);
      })())();
      if (kept) {
        for (const d of batch.newDocuments) {
          const p = { id: d.id, published: d.published.value, duplicateOf: d.duplicateOf, outlet: d.source.outlet, minhash: d.minhash ? kept.signatures(d.minhash) : null };
          kept.documents.push(p);
          kept.byId.set(p.id, p);
          for (const c of d.claims) kept.lastClaim = Math.max(kept.lastClaim, claimNumber(c.id) ?? 0);
        }
        kept.results = batch.results;
        kept.heads.added(stored);
      }
    },
    search(query, limit = 50) {
      return wrap(() => {
        const q = ftsQuery(query);
        if (!q) return [];
        const claims = db.prepare(`SELECT c.key AS key, c.document AS document, snippet(claims_fts, -1, '[', ']', '…', 12) AS snippet
          FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid WHERE claims_fts MATCH ? ORDER BY bm25(claims_fts) LIMIT ?`).all(q, limit) as Array<{ key: string; document: string; snippet: string }>;
        const docs = db.prepare(`SELECT d.id AS key, d.id AS document, snippet(documents_fts, -1, '[', ']', '…', 12) AS snippet
          FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?`).all(q, limit) as Array<{ key: string; document: string; snippet: string }>;
        return [...claims.map((r) => ({ kind: 'claim' as const, ...r })), ...docs.map((r) => ({ kind: 'document' as const, ...r }))] satisfies SearchHit[];
      });
    },
    findClaim(idOrKey) {
      return wrap(() => {
        // By key (the primary key), else by id (migration 9 indexes it).
        const row = (db.prepare('SELECT claim_json FROM claims WHERE key = ?').get(idOrKey)
          ?? db.prepare('SELECT claim_json FROM claims WHERE id = ? ORDER BY rowid LIMIT 1').get(idOrKey)) as { claim_json: string } | undefined;
        return row ? JSON.parse(row.claim_json) as Claim : null;
      });
    },
    findGroup(idOrKey) {
      // (A read-only store of a schema before result items has its groups in one JSON value.)
      return wrap(() => items ? items.findGroup(idOrKey) : results().groups.find((g) => g.id === idOrKey || g.key === idOrKey) ?? null);
    },
    addReview(review: ReviewInput, now = new Date()) {
      return wrap(() => {
        const created = now.toISOString();
        const info = db.prepare('INSERT INTO reviews (target, key, status, note, created) VALUES (?, ?, ?, ?, ?)').run(review.target, review.key, review.status, review.note ?? null, created);
        return { id: Number(info.lastInsertRowid), target: review.target, key: review.key, status: review.status, note: review.note ?? null, created };
      });
    },
    reviews() {
      return wrap(() => db.prepare('SELECT id, target, key, status, note, created FROM reviews ORDER BY id').all() as Review[]);
    },
    close() {
      db.close();
    },
  };
}

/** A MinHash signature as 4-byte little-endian words. */
function writeUint32s(xs: number[]): Buffer {
  const b = Buffer.alloc(xs.length * 4);
  xs.forEach((x, i) => b.writeUInt32LE(x >>> 0, i * 4));
  return b;
}

type ClaimColumns = { claim_json: string; keys_json: string | null };
/** A document's claims and their keys (null where a claim has none, or they were left out), in stored order. */
type ClaimsOfDocument = { claims: Claim[]; keys: Array<ClaimKeys | null> };
type DocumentRow = { doc_json: string; text: string; raw: string | null; minhash: Buffer | null };

const addClaim = (own: ClaimsOfDocument, r: ClaimColumns) => {
  own.claims.push(JSON.parse(r.claim_json));
  own.keys.push(r.keys_json ? JSON.parse(r.keys_json) : null);
};

/** The columns a claim is read from, less its keys when `options` leave them out. */
const claimColumnsOf = (options: LoadOptions) => `claim_json, ${options.claimKeys !== false ? 'keys_json' : 'NULL AS keys_json'}`;

/**
 * The columns a document is read from, less the raw input when `options` leave it out (or the schema has none),
 * and its JSON without its annotations when they are left out (SQLite drops them before the JSON is parsed here).
 */
function documentColumns(options: LoadOptions, hasRaw: boolean): string {
  const json = options.annotations === false ? `json_remove(doc_json, ${[...ANNOTATIONS, 'packedTokens'].map((k) => `'$.${k}'`).join(', ')}) AS doc_json` : 'doc_json';
  return `${json}, text, ${options.raw !== false && hasRaw ? 'raw' : 'NULL AS raw'}, minhash`;
}

/** A stored document from its row and its claims, less what `options` leave out. */
function storedDoc(r: DocumentRow, options: LoadOptions, claimsOf: (id: string) => ClaimsOfDocument | undefined): Doc {
  const d = restoreTokens(JSON.parse(r.doc_json) as Doc); // (databases written before tokens were dropped still have them packed)
  // The text and the raw input have columns of their own (documents stored before keep them in the JSON).
  d.text ??= r.text;
  d.raw ??= r.raw ?? '';
  const own = claimsOf(d.id);
  if (own) {
    d.claims = own.claims;
    if (own.keys.every((k) => k !== null)) d.claimKeys = own.keys as ClaimKeys[];
  }
  if (r.minhash) d.minhash = [...readUint32s(r.minhash)];
  // Older rows keep the raw input, claim keys or tokens in their JSON: what is left out goes here too.
  return leaveOut(d, options);
}

/** A stored signature as a typed array (4 bytes a word, where an array of numbers takes 8 or more). */
function readUint32s(b: Buffer): Uint32Array {
  const out = new Uint32Array(b.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(i * 4);
  return out;
}

/**
 * Signatures as views into shared blocks of memory: a typed array of its own costs each one a buffer and its
 * backing store besides its 256 bytes. Takes a stored signature (4-byte little-endian words) or the words.
 */
function signaturePool(block = 1 << 18): (words: Buffer | ArrayLike<number>) => Uint32Array {
  let buf = new Uint32Array(block);
  let used = 0;
  return (words) => {
    const n = Buffer.isBuffer(words) ? words.length >> 2 : words.length;
    if (used + n > buf.length) {
      buf = new Uint32Array(Math.max(block, n));
      used = 0;
    }
    const out = buf.subarray(used, used + n);
    used += n;
    if (Buffer.isBuffer(words)) for (let i = 0; i < n; i++) out[i] = words.readUInt32LE(i * 4);
    else out.set(words);
    return out;
  };
}

/** Turns what a user types into a safe FTS5 query: words quoted, joined with AND; an empty query is null. */
export function ftsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!words.length) return null;
  return words.slice(0, 20).map((w) => `"${w.replace(/"/g, '')}"`).join(' AND ');
}

/** Whether the database has a table of that name (a read-only store opens older databases as they are). */
function hasTable(db: DB, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Whether a table has a column (a read-only store may be of an older schema). */
function hasColumn(db: DB, table: string, column: string): boolean {
  return (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as Array<{ name: string }>).some((c) => c.name === column);
}
