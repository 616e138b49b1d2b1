/**
 * Runs the app on a real socket (@hono/node-server). Reads are open only on loopback; on any other interface
 * every request needs the token.
 */
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.ts';
import { createApp } from './create-app.ts';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/;

export interface ServeOptions {
  store: Store;
  token: string | null;
  host: string;
  port: number;
  quiet?: boolean;
}

/** Starts the server and resolves once it listens; it closes the store on SIGINT/SIGTERM. */
export function serveApp(o: ServeOptions): Promise<{ close: () => void; port: number }> {
  const loopback = LOOPBACK.test(o.host);
  if (!loopback && !o.token) {
    return Promise.reject(new Error(`refusing to serve on ${o.host} without a token: set TRIANGULATE_TOKEN or --token-file`));
  }
  const app = createApp({ store: o.store, token: o.token, protectReads: !loopback });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, (info) => {
      if (!o.quiet) process.stderr.write(`triangulate: serving http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${info.port}/ (writes ${o.token ? 'need the token' : 'disabled: no token'})\n`);
      const close = () => {
        server.close();
        o.store.close();
      };
      process.once('SIGINT', () => { close(); process.exit(0); });
      process.once('SIGTERM', () => { close(); process.exit(0); });
      resolve({ close, port: info.port });
    });
  });
}
