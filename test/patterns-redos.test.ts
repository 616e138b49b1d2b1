/**
 * Every regular expression exported by the language pattern modules (`src/text/<lang>/*.ts`) is checked with
 * recheck, a ReDoS analyser: none may backtrack catastrophically. New pattern modules are picked up by folder.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { checkSync } from 'recheck';

const root = new URL('../src/text/', import.meta.url);

for (const lang of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(new URL(`${lang.name}/`, root)).filter((f) => f.endsWith('.ts'))) {
    test(`patterns in text/${lang.name}/${file} cannot backtrack catastrophically`, async () => {
      const mod = await import(new URL(`${lang.name}/${file}`, root).href);
      const patterns = Object.entries(mod).filter(([, v]) => v instanceof RegExp) as Array<[string, RegExp]>;
      for (const [name, re] of patterns) {
        const result = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
        const attack = (result as { attack?: { pattern?: string } }).attack;
        assert.notEqual(result.status, 'vulnerable', `${name} is vulnerable to ReDoS (${(result as { complexity?: { type?: string } }).complexity?.type ?? ''}), attack: ${String(attack?.pattern ?? '').slice(0, 120)}`);
      }
    });
  }
}
