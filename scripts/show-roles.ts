// `node --import tsx scripts/show-roles.ts ID|PATH ...`: each line of a page with the role the cleaner gives it.
import { existsSync, readFileSync } from 'node:fs';
import { parsePage } from '../src/ingest/article.js';
for (const id of process.argv.slice(2)) {
  const p = parsePage(readFileSync(existsSync(id) ? id : `test/fixtures/cleaning/pages/${id}.txt`, 'utf8'));
  console.log('=== ' + id);
  for (const l of p.lines) console.log(`  [${l.role}] ${l.text.slice(0, 70)}`);
}
