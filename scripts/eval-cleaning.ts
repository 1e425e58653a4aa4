// `npm run eval:cleaning`: line-level precision/recall of boilerplate removal and accuracy of title,
// source and date on the labelled development set in test/fixtures/cleaning/ (see its README).
// Corpus pages get their manifest row, as ingestion would; written pages get none.
// `--only TEXT` scores the pages whose id holds TEXT (`--only _h15`: one probe part).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../src/ingest/article.js';
import { cleanArticle } from '../src/ingest/document.js';
import { readManifest } from '../src/ingest/manifest.js';
import { sanitizeLines } from '../src/ingest/sanitize.js';
import { SourceCanonicalizer } from '../src/ingest/sources.js';

const dir = new URL('../test/fixtures/cleaning/', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const rawManifest = readManifest(new URL('../../shared/corpus/raw-with-boilerplate/', import.meta.url).pathname);
const aliases = new Map<string, string>();
for (const line of readFileSync(join(dir, 'sources.tsv'), 'utf8').split('\n').slice(1)) {
  const [canonical, alias] = line.split('\t');
  if (canonical && alias) aliases.set(alias.trim(), canonical.trim());
}
const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .filter((g) => only === undefined || g.id.includes(only));

let goldContent = 0, contentKept = 0, goldBoiler = 0, boilerRemoved = 0;
type Tally = [hits: number, total: number];
const acc: Record<'title' | 'titleLead' | 'source' | 'date' | 'dateText', Tally> = { title: [0, 0], titleLead: [0, 0], source: [0, 0], date: [0, 0], dateText: [0, 0] };
const sameSource = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && (aliases.get(a) ?? a) === (aliases.get(b) ?? b));

for (const g of gold) {
  const text = readFileSync(join(dir, 'pages', `${g.id}.txt`), 'utf8');
  const fromCorpus = !g.id.startsWith('web-');
  const manifest = fromCorpus ? rawManifest.get(g.id) : undefined;
  const page = parsePage(text);
  const article = cleanArticle({ id: g.id, text, manifest, sources: new SourceCanonicalizer() });
  const out = new Set(article.body.split('\n'));
  const goldBody = new Set<string>(g.body);
  for (const line of g.body) {
    goldContent++;
    if (out.has(line)) contentKept++;
    else if (verbose) console.log(`LOST    ${g.id}: ${line.slice(0, 90)}`);
  }
  for (const line of sanitizeLines(text)) {
    if (goldBody.has(line) || line === g.title) continue;
    goldBoiler++;
    if (!out.has(line)) boilerRemoved++;
    else if (verbose) console.log(`KEPT BP ${g.id}: ${line.slice(0, 90)}`);
  }
  if (g.title !== null) {
    acc.title[1]++;
    if (article.title === g.title) acc.title[0]++;
    else if (verbose) console.log(`TITLE   ${g.id}: got "${article.title.slice(0, 60)}" want "${g.title.slice(0, 60)}"`);
  } else {
    acc.titleLead[1]++;
    if (page.titleFromLead) acc.titleLead[0]++;
  }
  acc.source[1]++;
  if (sameSource(article.source, g.source)) acc.source[0]++;
  else if (verbose) console.log(`SOURCE  ${g.id}: got ${article.source} want ${g.source}`);
  acc.date[1]++;
  if (article.date === g.date) acc.date[0]++;
  else if (verbose) console.log(`DATE    ${g.id}: got ${article.date} want ${g.date}`);
  if (!fromCorpus) {
    acc.dateText[1]++;
    if (article.date === g.date) acc.dateText[0]++;
  }
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
console.log(`pages: ${gold.length}`);
console.log(`boilerplate lines removed: ${pct(boilerRemoved, goldBoiler)}   (target >= 98%)`);
console.log(`content lines lost:        ${pct(goldContent - contentKept, goldContent)}   (target <= 1%)`);
console.log(`title exact (headline pages): ${pct(acc.title[0], acc.title[1])}; lead-sentence title used where no headline: ${pct(acc.titleLead[0], acc.titleLead[1])}`);
console.log(`source exact: ${pct(acc.source[0], acc.source[1])}   date exact: ${pct(acc.date[0], acc.date[1])}   (date on written pages, text only: ${pct(acc.dateText[0], acc.dateText[1])})`);
