/**
 * The UI's static files (script and style), read once from this folder, with their CSP hashes. The server
 * serves exactly these (a fixed map: no path from a URL ever reaches the file system).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

export const APP_SCRIPT = read('app.js');
export const APP_STYLE = read('app.css');

/** `sha256-…` of a script or style, for a Content-Security-Policy. */
export const cspHash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
