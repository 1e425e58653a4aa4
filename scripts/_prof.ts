import { readFileSync } from 'node:fs';
import { startEmbeddedEngine } from '../src/engine/index.js';
import { connectEngine } from '../src/search/engine.js';
import { analyzeQuery } from '../src/search/query.js';
import { snippet, highlightText, HTML_MARK } from '../src/search/highlight.js';
import { ArticleSearch } from '../src/search/service.js';
const engine = await startEmbeddedEngine({ dataDir: '/tmp/evaldata' });
const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 120_000 });
const idx = admin.index('articles-eval');
const topics = readFileSync('test/fixtures/eval/topics.tsv', 'utf8').trim().split('\n').map((l) => l.split('\t')[1]!);
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(2);
const T: Record<string, number[]> = {};
const add = (k: string, v: number) => (T[k] ??= []).push(v);
for (let pass = 0; pass < 3; pass++) for (const q of topics) {
  const aq = analyzeQuery(q);
  let t = performance.now();
  const r1 = await admin.multiSearch({ queries: [{ indexUid: 'articles-eval', q: aq.engineQuery, facets: ['source', 'year'], page: 1, hitsPerPage: 100, attributesToRetrieve: ['id', 'title_terms', 'body_terms', 'lead_terms', 'title_len', 'body_len'], matchingStrategy: 'frequency' }] });
  add('window100+terms', performance.now() - t); add('window engine ms', r1.results[0]!.processingTimeMs);
  t = performance.now();
  await admin.multiSearch({ queries: [{ indexUid: 'articles-eval', q: aq.engineQuery, facets: ['source', 'year'], page: 1, hitsPerPage: 100, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' }] });
  add('window100 ids only', performance.now() - t);
  const ids = r1.results[0]!.hits.slice(0, 20).map((h: any) => h.id);
  t = performance.now();
  const r2 = await idx.search('', { filter: `id IN [${ids.map((i: string) => JSON.stringify(i)).join(',')}]`, limit: 20, attributesToRetrieve: ['id', 'title', 'source', 'date', 'date_ts', 'year', 'body'] });
  add('fetch 20 by id', performance.now() - t);
  t = performance.now();
  for (const h of r2.hits as any[]) { snippet(h.body, aq, HTML_MARK); highlightText(h.title, aq, HTML_MARK); }
  add('snippets 20', performance.now() - t);
  t = performance.now();
  await idx.search(aq.engineQuery, { facets: ['source', 'year'], page: 1, hitsPerPage: 20, attributesToRetrieve: ['id', 'title', 'source', 'date', 'date_ts', 'year', 'body'], matchingStrategy: 'frequency' });
  add('single query 20 bodies', performance.now() - t);
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(24), med(v));
await engine.stop();
