// `npm run eval`: retrieval quality of the service on the judged topic set, beside the Lucene anchor.
// Ingests a corpus into a throw-away index of an embedded Meilisearch, sends every topic through
// GET /api/search (the service exactly as users meet it), writes a TREC run, and scores it and the
// anchor's run with ../shared/tools/trec-score.py. A development tool, not a test.
//
//   npm run eval [-- --per-query] [--data DIR (keep the index between runs)] [--corpus DIR]
//                [--topics FILE] [--qrels FILE] [--anchor RUNFILE (skip running Lucene)] [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { startEmbeddedEngine } from '../src/engine/index.js';
import { createApp } from '../src/gateway/index.js';
import { buildSharedCorpus } from './lib/corpus.js';
import { ingestCorpus } from '../src/ingest/pipeline.js';
import { connectEngine } from '../src/search/engine.js';
import { ensureSearchKey } from '../src/search/keys.js';
import { ArticleSearch } from '../src/search/service.js';

const root = new URL('..', import.meta.url).pathname;
const shared = resolve(root, '../shared');
const { values: args } = parseArgs({
  options: {
    'per-query': { type: 'boolean', default: false },
    data: { type: 'string' },
    corpus: { type: 'string' },
    topics: { type: 'string', default: join(root, 'test/fixtures/eval/topics.tsv') },
    qrels: { type: 'string', default: join(root, 'test/fixtures/eval/qrels.txt') },
    anchor: { type: 'string' },
    out: { type: 'string' },
  },
});

const logger = pino({ level: 'warn' });
const scratch = mkdtempSync(join(tmpdir(), 'ans-eval-'));
const outDir = resolve(args.out ?? scratch);
mkdirSync(outDir, { recursive: true });

function evalCorpus(): string {
  return args.corpus ? resolve(args.corpus) : buildSharedCorpus(scratch);
}

function luceneAnchorRun(corpusDir: string): string {
  if (args.anchor) return resolve(args.anchor);
  const run = join(outDir, 'lucene-arabic.run');
  execFileSync('bash', [join(shared, 'tools/lucene-anchor/run.sh'), 'search', '--corpus', corpusDir, '--queries', args.topics!, '--out', run, '--analyzer', 'arabic', '--limit', '100'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return run;
}

const topics = readFileSync(args.topics!, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((parts): parts is [string, string] => parts.length >= 2 && parts[0]!.trim() !== '')
  .map(([qid, query]) => ({ qid: qid.trim(), query: query.trim() }));

const corpusDir = evalCorpus();
const dataDir = args.data ? resolve(args.data) : join(scratch, 'data');
const engine = await startEmbeddedEngine({ dataDir });
try {
  const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 120_000 });
  const indexUid = 'articles-eval';
  const started = performance.now();
  const report = await ingestCorpus({ corpusDir, logger, engine: { client: admin, indexUid } });
  console.error(`ingested ${report.indexed} (unchanged ${report.unchanged}, skipped ${report.skipped.length}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const key = await ensureSearchKey(admin, indexUid);
  const client = connectEngine({ url: engine.url, apiKey: key, timeoutMs: 10_000 });
  const runs: string[] = [];
  const latency: string[] = [];
  for (const ranking of ['gateway', 'engine'] as const) {
    const app = createApp({ search: new ArticleSearch(client, indexUid, { ranking }), logger, rateLimitPerMinute: 0 });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((ok) => server.once('listening', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const search = async (q: string, hitsPerPage: number) => {
      const response = await fetch(`${base}/api/search?${new URLSearchParams({ q, hitsPerPage: String(hitsPerPage) })}`);
      if (!response.ok) throw new Error(`${q}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as { hits: { id: string }[] };
    };
    const lines: string[] = [];
    for (const { qid, query } of topics) {
      const body = await search(query, 100);
      body.hits.forEach((hit, i) => lines.push(`${qid} Q0 ${hit.id} ${i + 1} ${1000 - i} ${ranking}`));
    }
    const run = join(outDir, ranking === 'gateway' ? 'service.run' : 'service-engine-order.run');
    writeFileSync(run, lines.join('\n') + '\n');
    runs.push(run);
    // Latency as users meet it: one page of 20, term statistics warm (second pass), through HTTP.
    const times: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const { query } of topics) {
        const t0 = performance.now();
        await search(query, 20);
        if (pass > 0) times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    latency.push(`${ranking.padEnd(8)} ranking: GET /api/search, 20 hits, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (${times.length} requests)`);
    await new Promise((ok) => server.close(ok));
  }
  const [serviceRun, engineOrderRun] = runs as [string, string];

  const anchorRun = luceneAnchorRun(corpusDir);
  const scorer = join(shared, 'tools/trec-score.py');
  const score = execFileSync('python3', [scorer, args.qrels!, anchorRun, serviceRun, engineOrderRun, ...(args['per-query'] ? ['--per-query'] : [])], { encoding: 'utf8' });
  console.log(score.trimEnd());
  console.log(`\nruns: ${anchorRun} ${serviceRun} ${engineOrderRun}`);
  printRatio(score);
  console.log(latency.join('\n'));
} finally {
  await engine.stop();
  if (!args.data) rmSync(join(scratch, 'data'), { recursive: true, force: true });
}

/** The target of issue 3, read off the scorer's summary: service nDCG@10 over the anchor's. */
function printRatio(scoreText: string): void {
  const rows = scoreText.split('\n').map((l) => l.trim().split(/\s+/));
  const header = rows.find((r) => r.includes('ndcg10'));
  if (!header) return;
  const col = header.indexOf('ndcg10');
  const r100 = header.indexOf('r100');
  const find = (tag: string) => rows.find((r) => r.some((c) => c.endsWith(tag)) && r.length === header.length);
  const anchor = find('lucene-arabic.run');
  const service = find('service.run');
  if (!anchor || !service) return;
  const ratio = Number(service[col]) / Number(anchor[col]);
  console.log(`nDCG@10 service/anchor = ${ratio.toFixed(3)} (target ≥ 1.10); recall@100 ${service[r100]} vs ${anchor[r100]}`);
}
