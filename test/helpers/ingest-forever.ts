/** A child process for the kill test: commits batches of two documents forever, printing each batch number. */
import { ingestIntoStore } from '../../src/store/ingest-into-store.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

const store = openSqliteStore(process.argv[2]);
for (let i = 1; ; i++) {
  const doc = (n: number) => ({
    label: `b${i}-${n}`, source: { path: `b${i}-${n}`, url: null, outlet: null }, format: 'text' as const,
    raw: `Batch ${i}, document ${n}: rescuers found ${i * 10 + n} survivors in the rubble on Monday, officials said. ${'More details followed. '.repeat(50)}`,
    meta: { published: '2024-01-01' },
  });
  ingestIntoStore(store, [doc(1), doc(2)]);
  process.stdout.write(`${i}\n`);
}
