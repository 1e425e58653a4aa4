import { readFileSync } from 'node:fs';
import { startEmbeddedEngine } from '../src/engine/index.js';
import { connectEngine } from '../src/search/engine.js';
import { analyzeQuery } from '../src/search/query.js';
const engine = await startEmbeddedEngine({ dataDir: '/tmp/evaldata' });
const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 120_000 });
const idx = admin.index('articles-eval');
const topics = readFileSync('test/fixtures/eval/topics.tsv', 'utf8').trim().split('\n').map((l) => l.split('\t')[1]!);
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(2);
const T: Record<string, number[]> = {};
const add = (k: string, v: number) => (T[k] ??= []).push(v);
const F = ['id', 'title', 'source', 'date', 'date_ts', 'year', 'body'];
for (let pass = 0; pass < 3; pass++) for (const q of topics) {
  const aq = analyzeQuery(q);
  for (const [name, opts] of Object.entries({
    'K100 terms facets': { facets: ['source', 'year'], page: 1, hitsPerPage: 100, attributesToRetrieve: ['id', 'title_terms', 'body_terms', 'lead_terms', 'title_len', 'body_len'] },
    'K100 terms nofacets': { limit: 100, attributesToRetrieve: ['id', 'title_terms', 'body_terms', 'lead_terms', 'title_len', 'body_len'] },
    'K100 ids nofacets': { limit: 100, attributesToRetrieve: ['id'] },
    'K100 ids facets': { facets: ['source', 'year'], page: 1, hitsPerPage: 100, attributesToRetrieve: ['id'] },
    'K20 bodies facets': { facets: ['source', 'year'], page: 1, hitsPerPage: 20, attributesToRetrieve: F },
    'K20 ids facets': { facets: ['source', 'year'], page: 1, hitsPerPage: 20, attributesToRetrieve: ['id'] },
    'K20 ids nofacets limit': { limit: 20, attributesToRetrieve: ['id'] },
  } as Record<string, any>)) {
    const t = performance.now();
    const r = await idx.search(aq.engineQuery, { ...opts, matchingStrategy: 'frequency' });
    if (pass) { add(name, performance.now() - t); add(name + ' (engine)', r.processingTimeMs); }
  }
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(30), med(v));
await engine.stop();
