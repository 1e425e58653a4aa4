import { readFileSync } from 'node:fs';
import { startEmbeddedEngine } from '../src/engine/index.js';
import { connectEngine } from '../src/search/engine.js';
import { analyzeQuery } from '../src/search/query.js';
const engine = await startEmbeddedEngine({ dataDir: '/tmp/evaldata' });
const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 120_000 });
const idx = admin.index('articles-eval');
const topics = readFileSync('test/fixtures/eval/topics.tsv', 'utf8').trim().split('\n').map((l) => l.split('\t')[1]!);
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(1);
const variants: Record<string, any> = {
  'id only hpp20 all': { hitsPerPage: 20, page: 1, attributesToRetrieve: ['id'], matchingStrategy: 'all' },
  'id only hpp20 freq': { hitsPerPage: 20, page: 1, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' },
  'id only limit20 freq': { limit: 20, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' },
  'id limit200 freq': { limit: 200, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' },
  'terms limit200 freq': { limit: 200, attributesToRetrieve: ['id', 'title_terms', 'body_terms', 'title_len', 'body_len'], matchingStrategy: 'frequency' },
  'id limit20 freq facets': { limit: 20, attributesToRetrieve: ['id'], matchingStrategy: 'frequency', facets: ['source', 'year'] },
  'count "stem"': null,
};
for (const [name, opts] of Object.entries(variants)) {
  for (let round = 0; round < 2; round++) {
    const wall: number[] = [], proc: number[] = [];
    for (const q of topics) {
      const aq = analyzeQuery(q);
      const t0 = performance.now();
      const r = opts ? await idx.search(aq.engineQuery, opts) : await idx.search(`"${aq.terms[0]}"`, { limit: 0, facets: ['kind'] });
      wall.push(performance.now() - t0); proc.push(r.processingTimeMs);
    }
    if (round) console.log(name.padEnd(26), 'wall', med(wall), 'engine', med(proc));
  }
}
await engine.stop();
