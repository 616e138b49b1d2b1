/**
 * The SQLite schema as numbered migrations: each runs once, in order, in its own transaction. Never edit a
 * migration that has shipped; add the next one.
 */
export const MIGRATIONS: string[] = [
  // 1: documents, claims, corpus results, reviews, full-text indexes.
  `
  CREATE TABLE documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL,
    doc_json TEXT NOT NULL,
    ingested TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE TABLE claims (
    key TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    description TEXT NOT NULL,
    claim_json TEXT NOT NULL
  );
  CREATE INDEX claims_document ON claims(document);
  CREATE TABLE results (name TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL CHECK (target IN ('claim', 'group')),
    key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'disputed', 'wrong')),
    note TEXT,
    created TEXT NOT NULL
  );
  CREATE INDEX reviews_key ON reviews(target, key);
  CREATE VIRTUAL TABLE claims_fts USING fts5(text, description, content='claims', content_rowid='rowid', tokenize='porter unicode61');
  CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text, description) VALUES (new.rowid, new.text, new.description);
  END;
  CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text, description) VALUES ('delete', old.rowid, old.text, old.description);
  END;
  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61');
  CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  `,
  // 2: what the next ingest reads without loading documents: duplicates, outlets and MinHash signatures of
  // documents; the reconciliation block and keys of claims.
  `
  ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
  ALTER TABLE documents ADD COLUMN outlet TEXT;
  ALTER TABLE documents ADD COLUMN minhash BLOB;
  UPDATE documents SET duplicate_of = json_extract(doc_json, '$.duplicateOf'), outlet = json_extract(doc_json, '$.source.outlet');
  ALTER TABLE claims ADD COLUMN block TEXT;
  ALTER TABLE claims ADD COLUMN keys_json TEXT;
  CREATE INDEX claims_block ON claims(block);
  `,
  // 3: each claim's cluster and its rank in it, so that a later ingest reads back only the first claims of
  // the clusters it adds to (and counts the rest).
  `
  ALTER TABLE claims ADD COLUMN cluster TEXT;
  ALTER TABLE claims ADD COLUMN rank INTEGER;
  UPDATE claims SET cluster = json_extract(keys_json, '$.cluster') WHERE keys_json IS NOT NULL;
  UPDATE claims SET rank = (SELECT r FROM (SELECT rowid AS id, row_number() OVER (PARTITION BY cluster ORDER BY rowid) - 1 AS r FROM claims WHERE cluster IS NOT NULL) AS x WHERE x.id = claims.rowid)
    WHERE cluster IS NOT NULL;
  CREATE INDEX claims_block_rank ON claims(block, rank);
  CREATE INDEX claims_block_cluster ON claims(block, cluster);
  CREATE INDEX claims_cluster ON claims(cluster);
  `,
  // 4: what past() reads of every document, in an index of its own: the columns added by migration 2 sit after
  // doc_json in the table's rows, so reading them from the table walks every document's JSON.
  `
  CREATE INDEX documents_past ON documents(seq, id, published, duplicate_of, outlet, minhash);
  `,
  // 5: the results that grow with the corpus, one per row (see result-items.ts), so that a commit writes only
  // those a run made anew. Their old single values in \`results\` are read until the next commit moves them.
  `
  -- AUTOINCREMENT: a row id is never given again, so a connection that kept an item's row never mistakes another
  -- connection's new row for it.
  CREATE TABLE result_items (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, a, b, c, json TEXT NOT NULL);
  CREATE INDEX result_items_order ON result_items(kind, a, b, c);
  `,
  // 6: full-text rows are added once per commit, by one statement over the commit's new rows (see commit in
  // sqlite-store.ts), not by a trigger per row: FTS5 flushes its pending terms at every statement of a
  // transaction, so a row at a time wrote one index segment per claim (16,000 claims took 0.8 s, now 0.06 s).
  `
  DROP TRIGGER claims_ai;
  DROP TRIGGER documents_ai;
  `,
  // 7: claims_block is the first column of claims_block_rank and claims_block_cluster, which the queries by block
  // use; kept up to date on every claim inserted, it served none (a commit of 18,000 claims: 3–7 % of its time).
  `
  DROP INDEX claims_block;
  `,
  // 8: a document's raw input (a page's HTML) in a column of its own, like its text: inside its JSON it was escaped
  // and written through JSON.stringify (200 article pages: a 0.53 s commit, 0.21 s without it), and parsed again
  // by every load. Documents stored before keep it in their JSON, where it is read from.
  `
  ALTER TABLE documents ADD COLUMN raw TEXT;
  `,
  // 9: claims by id, for finding the one a review names (\`triangulate review claim c123\`) without reading them all.
  `
  CREATE INDEX claims_id ON claims(id);
  `,
];
