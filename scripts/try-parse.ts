import { readFileSync, readdirSync } from 'node:fs';
import { parsePage } from '../src/ingest/article.js';
const dir = process.argv[2] ?? 'corpus';
for (const f of readdirSync(dir).filter(f => f.endsWith('.txt')).slice(0, Number(process.argv[3] ?? 99))) {
  const p = parsePage(readFileSync(`${dir}/${f}`, 'utf8'));
  console.log(`=== ${f}\nTITLE: ${p.title} ${p.titleFromLead ? '(lead)' : ''}\nSOURCE: ${p.source}  DATE: ${p.date}`);
  for (const l of p.lines) if (l.role !== 'content') console.log(`  [${l.role}] ${l.text.slice(0, 100)}`);
}
