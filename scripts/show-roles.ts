import { readFileSync } from 'node:fs';
import { parsePage } from '../src/ingest/article.js';
for (const id of process.argv.slice(2)) {
  const p = parsePage(readFileSync(`test/fixtures/cleaning/pages/${id}.txt`, 'utf8'));
  console.log('=== ' + id);
  for (const l of p.lines) console.log(`  [${l.role}] ${l.text.slice(0, 70)}`);
}
