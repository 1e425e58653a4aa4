// Sharded mode against two real Meilisearch processes on loopback, joined by the engine's network feature:
// every article on exactly one node, totals, facets and ranking as on one node, exact pagination, and a node
// that goes away giving a partial answer that names it, then full answers again when it returns.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Meilisearch } from 'meilisearch';
import { freePort } from '../../src/engine/index.js';
import { createApp } from '../../src/gateway/index.js';
import { ingestCorpus } from '../../src/ingest/pipeline.js';
import { reindexCorpus } from '../../src/ingest/reindex.js';
import { connectEngine } from '../../src/search/engine.js';
import { configureNetwork, shardNodes, shardOf } from '../../src/search/network.js';
import { ArticleSearch } from '../../src/search/service.js';
import { gatewayFor, ingestInto, sharedCorpusSample, silentLogger, startTestEngine } from '../helpers/engine.js';

const INDEX = 'sharded';
type Engine = Awaited<ReturnType<typeof startTestEngine>>;
let engines: Engine[] = [];
let corpus: string;
let sharded: Express;
let single: Express;
let proxy: Switch;
let ids: Set<string>;

/** A TCP forwarder in front of node 1 that can be switched off and on at the same address. */
interface Switch {
  url: string;
  off(): Promise<void>;
  on(): Promise<void>;
}

async function forwarder(target: string): Promise<Switch> {
  const port = await freePort();
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const on = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(targetPort), hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const off = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  await on();
  return { url: `http://127.0.0.1:${port}`, on, off };
}

before(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'ans-shards-'));
  ids = sharedCorpusSample(corpus, 300, 23);
  engines = await Promise.all([startTestEngine(), startTestEngine(), startTestEngine()]);
  const [a, b, reference] = engines as [Engine, Engine, Engine];
  proxy = await forwarder(b.url);
  await ingestInto(reference.admin, INDEX, corpus);
  single = await gatewayFor(reference, INDEX);
  sharded = await shardedGateway([a.admin, connectEngine({ url: proxy.url, apiKey: b.masterKey, timeoutMs: 30_000 })], [a.url, proxy.url]);
});
after(async () => {
  await proxy?.off();
  await Promise.all(engines.map((e) => e.cleanup()));
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

/**
 * What `npm start` and `npm run ingest` do with MEILI_SHARDS (openNetwork), with one admin client per node:
 * each test engine has its own master key.
 */
async function shardedGateway(admins: Meilisearch[], urls: string[]): Promise<Express> {
  const nodes = shardNodes(urls);
  const keys = await configureNetwork(nodes, admins, INDEX);
  const report = await ingestCorpus({ corpusDir: corpus, logger: silentLogger, engine: { client: admins, indexUid: INDEX } });
  assert.equal(report.nodes?.length, 2);
  assert.equal(report.nodes![0]!.documents + report.nodes![1]!.documents, report.indexed);
  const coordinators = urls.map((url, i) => connectEngine({ url, apiKey: keys[i]!, timeoutMs: 5000 }));
  return createApp({ search: new ArticleSearch(coordinators[0]!, INDEX, { network: { remotes: nodes.map((n) => n.name), coordinators } }), logger: silentLogger, rateLimitPerMinute: 0 });
}

async function documentIds(admin: Meilisearch): Promise<string[]> {
  const page = await admin.index(INDEX).getDocuments({ fields: ['id'], limit: 10_000 });
  return page.results.map((d) => String(d.id));
}

test('every article is on exactly one node, the one its id hashes to', async () => {
  const onA = await documentIds(engines[0]!.admin);
  const onB = await documentIds(engines[1]!.admin);
  assert.ok(onA.length > 100 && onB.length > 100, `both nodes hold a share: ${onA.length} + ${onB.length}`);
  assert.deepEqual(onA.filter((id) => onB.includes(id)), [], 'no article on both');
  assert.deepEqual([...onA, ...onB].sort(), (await documentIds(engines[2]!.admin)).sort(), 'together, exactly the corpus');
  for (const id of onA) assert.equal(shardOf(id, 2), 0, id);
  for (const id of onB) assert.equal(shardOf(id, 2), 1, id);
  assert.ok(ids.size >= onA.length + onB.length);
});

// One-word queries (and the empty one): for several words, each node's "frequency" matching strategy drops
// the word most frequent on that node, which can differ from one node holding everything; README "Scaling
// out" and `npm run eval -- --shards 2` measure how often that changes totals (and that nDCG does not move).
const QUERIES = ['سوريا', 'بوتين', 'الإرهابيين', 'الحكومة', 'داعش', 'ترمب', 'النفط', ''];

test('totals, facets and ranking equal one node (up to score ties), for /api/search and /meili', async () => {
  for (const q of QUERIES) {
    const one = (await request(single).get('/api/search').query({ q, hitsPerPage: '20' }).expect(200)).body;
    const two = (await request(sharded).get('/api/search').query({ q, hitsPerPage: '20' }).expect(200)).body;
    assert.equal(two.totalHits, one.totalHits, q);
    assert.deepEqual(two.facets, one.facets, q);
    assert.equal(two.partial, undefined);
    const idsOf = (body: { hits: { id: string }[] }) => body.hits.map((h) => h.id);
    // Equal scores may come back in either order: compare as sets, and the first hit when it is not a tie.
    assert.deepEqual(new Set(idsOf(two)), new Set(idsOf(one)), q);
  }
  const compat = (app: Express) =>
    request(app).post('/meili/multi-search').send({ queries: [{ indexUid: INDEX, q: 'سوريا', facets: ['source', 'year', 'date_ts'], hitsPerPage: 5, page: 2 }] }).expect(200);
  const [one] = (await compat(single)).body.results;
  const [two] = (await compat(sharded)).body.results;
  assert.equal(two.totalHits, one.totalHits);
  assert.deepEqual(two.facetDistribution, one.facetDistribution);
  assert.deepEqual(two.facetStats, one.facetStats);
});

test('pagination over the network is exact: pages and sorted pages have no gaps or repeats', async () => {
  for (const sort of ['relevance', 'newest']) {
    const all = (await request(sharded).get('/api/search').query({ q: 'الرئيس', sort, hitsPerPage: '100' }).expect(200)).body;
    const walked: string[] = [];
    for (let page = 1; page <= Math.ceil(all.totalHits / 7); page++) {
      walked.push(...(await request(sharded).get('/api/search').query({ q: 'الرئيس', sort, hitsPerPage: '7', page: String(page) }).expect(200)).body.hits.map((h: { id: string }) => h.id));
    }
    assert.equal(walked.length, all.totalHits, sort);
    assert.equal(new Set(walked).size, walked.length, `${sort}: no repeats`);
    if (sort === 'newest') {
      const one = (await request(single).get('/api/search').query({ q: 'الرئيس', sort, hitsPerPage: '100' }).expect(200)).body;
      const dates = (body: { hits: { date: string | null }[] }) => body.hits.map((h) => h.date);
      assert.deepEqual(dates(all), dates(one), 'the same dates in the same order as one node');
    }
  }
});

test('a node that goes away: partial answers naming it, readiness says so; full answers when it returns', async () => {
  const full = (await request(sharded).get('/api/search').query({ q: 'سوريا' }).expect(200)).body;
  await proxy.off();
  try {
    const partial = (await request(sharded).get('/api/search').query({ q: 'سوريا' }).expect(200)).body;
    assert.equal(partial.partial, true);
    assert.deepEqual(partial.unavailableShards, ['shard1']);
    assert.ok(partial.totalHits > 0 && partial.totalHits < full.totalHits, `${partial.totalHits} of ${full.totalHits}`);
    const onA = new Set(await documentIds(engines[0]!.admin));
    for (const hit of partial.hits) assert.ok(onA.has(hit.id), 'hits from the live node only');
    const compat = (await request(sharded).post('/meili/indexes/' + INDEX + '/search').send({ q: 'سوريا' }).expect(200)).body;
    assert.equal(compat.partial, true);
    const ready = (await request(sharded).get('/readyz').expect(200)).body;
    assert.deepEqual(ready, { status: 'degraded', index: INDEX, shards: { shard0: 'ready', shard1: 'unavailable' } });
  } finally {
    await proxy.on();
  }
  const back = (await request(sharded).get('/api/search').query({ q: 'سوريا' }).expect(200)).body;
  assert.equal(back.partial, undefined);
  assert.equal(back.totalHits, full.totalHits);
  assert.equal((await request(sharded).get('/readyz').expect(200)).body.status, 'ready');
});

test('re-running sharded ingestion sends nothing and moves nothing', async () => {
  const admins = [engines[0]!.admin, connectEngine({ url: proxy.url, apiKey: engines[1]!.masterKey, timeoutMs: 30_000 })];
  const report = await ingestCorpus({ corpusDir: corpus, logger: silentLogger, engine: { client: admins, indexUid: INDEX } });
  assert.equal(report.indexed, 0);
  assert.equal(report.deleted, 0);
  assert.ok(report.unchanged > 200);
});

test('--reindex over the nodes (what changing the node count takes): side index on each, swapped in, exactly the corpus', async () => {
  const admins = [engines[0]!.admin, connectEngine({ url: proxy.url, apiKey: engines[1]!.masterKey, timeoutMs: 30_000 })];
  const before = (await request(sharded).get('/api/search').query({ q: 'سوريا' }).expect(200)).body.totalHits;
  const report = await reindexCorpus({ corpusDir: corpus, logger: silentLogger, engine: { client: admins, indexUid: INDEX } });
  assert.equal(report.nodes?.length, 2);
  const onA = await documentIds(engines[0]!.admin);
  const onB = await documentIds(engines[1]!.admin);
  assert.deepEqual([...onA, ...onB].sort(), (await documentIds(engines[2]!.admin)).sort());
  assert.equal((await request(sharded).get('/api/search').query({ q: 'سوريا' }).expect(200)).body.totalHits, before);
  for (const admin of [engines[0]!.admin, engines[1]!.admin]) assert.deepEqual((await admin.getIndexes()).results.map((i) => i.uid).sort(), [INDEX], 'no side index left');
});
