// Sharded mode against two real Meilisearch processes on loopback, joined by the engine's network feature:
// every article on exactly one node, totals, facets and ranking as on one node, exact pagination, and a node
// that goes away giving a partial answer that names it, then full answers again when it returns.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Meilisearch } from 'meilisearch';
import { freePort } from '../../src/engine/index.js';
import { createApp } from '../../src/gateway/index.js';
import { ingestCorpus, NodeCountChangedError } from '../../src/ingest/pipeline.js';
import { reindexCorpus } from '../../src/ingest/reindex.js';
import { connectEngine } from '../../src/search/engine.js';
import { configureNetwork, gatewayClients, shardNodes, shardOf } from '../../src/search/network.js';
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

/** A TCP forwarder in front of node 1 that can be switched off, made to hang, and on again at the same address. */
interface Switch {
  url: string;
  off(): Promise<void>;
  on(): Promise<void>;
  /** Accepts connections and never answers: a node that is up but stuck. */
  hang(): Promise<void>;
}

async function forwarder(target: string): Promise<Switch> {
  const port = await freePort();
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = (stuck: boolean) =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.on('error', () => client.destroy());
        if (stuck) return;
        const upstream = connect(Number(targetPort), hostname);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const off = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  const on = () => (server?.listening ? Promise.resolve() : listen(false));
  await on();
  return { url: `http://127.0.0.1:${port}`, on, off, hang: async () => (await off(), await listen(true)) };
}

before(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'ans-shards-'));
  ids = sharedCorpusSample(corpus, 300, 23);
  engines = await Promise.all([startTestEngine(), startTestEngine(), startTestEngine()]);
  const [a, b, reference] = engines as [Engine, Engine, Engine];
  proxy = await forwarder(b.url);
  await ingestInto(reference.admin, INDEX, corpus);
  // Sharded search does not widen (src/search/service.ts, SearchOptions.widening): compared like for like.
  single = await gatewayFor(reference, INDEX, 5000, {}, { widening: false });
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
  // Longer than Meilisearch 1.21's own wait for a remote (5 s), as `npm start` sets it (src/main.ts).
  const coordinators = urls.map((url, i) => connectEngine({ url, apiKey: keys[i]!, timeoutMs: 10_000 }));
  return createApp({ search: new ArticleSearch(coordinators[0]!, INDEX, { network: { remotes: nodes.map((n) => n.name), coordinators } }), logger: silentLogger, rateLimitPerMinute: 0 });
}

/** Searches until the answer is no longer partial, or the time is up; returns the last answer. */
async function untilFull(app: Express, q: string, withinMs: number): Promise<{ partial?: true; totalHits: number }> {
  const ask = async () => (await request(app).get('/api/search').query({ q }).expect(200)).body;
  let body = await ask();
  for (let waited = 0; body.partial && waited < withinMs; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    body = await ask();
  }
  return body;
}

/** A search answered without node 1: partial, and naming it. */
async function partialAnswer(app: Express, q: string): Promise<{ partial?: true; totalHits: number; hits: { id: string }[] }> {
  const body = (await request(app).get('/api/search').query({ q }).expect(200)).body;
  assert.equal(body.partial, true, q);
  assert.deepEqual(body.unavailableShards, ['shard1'], q);
  return body;
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

// One-word queries, the empty one, and the judged topics (2–5 words): the gateway orders a query's words by
// their count over all nodes, so no node drops a different word than one node holding everything would.
const TOPICS = readFileSync(new URL('../fixtures/eval/topics.tsv', import.meta.url), 'utf8')
  .split('\n')
  .flatMap((line) => line.split('\t')[1]?.trim() || []);
const QUERIES = ['سوريا', 'بوتين', 'الإرهابيين', 'الحكومة', 'داعش', 'ترمب', 'النفط', '', ...TOPICS];

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
    const partial = await partialAnswer(sharded, 'سوريا');
    assert.ok(partial.totalHits > 0 && partial.totalHits < full.totalHits, `${partial.totalHits} of ${full.totalHits}`);
    const onA = new Set(await documentIds(engines[0]!.admin));
    for (const hit of partial.hits) assert.ok(onA.has(hit.id), 'hits from the live node only');
    const compat = (await request(sharded).post('/meili/indexes/' + INDEX + '/search').send({ q: 'سوريا' }).expect(200)).body;
    assert.equal(compat.partial, true);
    assert.deepEqual(compat.metadata, { partial: true, unavailableShards: ['shard1'] }, 'what the page reads through instant-meilisearch');
    const ready = (await request(sharded).get('/readyz').expect(200)).body;
    assert.deepEqual(ready, { status: 'degraded', index: INDEX, shards: { shard0: 'ready', shard1: 'unavailable' } });
  } finally {
    await proxy.on();
  }
  // A node that failed is left out for a few seconds (one timeout, not one per search), then asked again.
  const back = await untilFull(sharded, 'سوريا', 15_000);
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

test('ingesting over a changed node list is refused with the command that fixes it, before anything is sent', async () => {
  // An index built on node 0 alone, then ingested over two nodes: about half its articles now belong elsewhere.
  await ingestCorpus({ corpusDir: corpus, logger: silentLogger, engine: { client: engines[0]!.admin, indexUid: 'moved' } });
  const before = await engines[0]!.admin.index('moved').getStats();
  const admins = [engines[0]!.admin, connectEngine({ url: proxy.url, apiKey: engines[1]!.masterKey, timeoutMs: 30_000 })];
  await assert.rejects(ingestCorpus({ corpusDir: corpus, logger: silentLogger, engine: { client: admins, indexUid: 'moved' } }), (e: unknown) => e instanceof NodeCountChangedError && /--reindex/.test(e.message) && e.misplaced > 50);
  assert.equal((await engines[0]!.admin.index('moved').getStats()).numberOfDocuments, before.numberOfDocuments);
  for (const admin of admins) await admin.deleteIndex('moved').then((t) => admin.tasks.waitForTask(t.taskUid));
});

test('a node that hangs costs one timeout: later searches answer at once, partially, until it answers again', async () => {
  const full = (await request(sharded).get('/api/search').query({ q: 'بوتين' }).expect(200)).body;
  await proxy.hang();
  try {
    await partialAnswer(sharded, 'بوتين');
    const started = performance.now();
    for (const q of ['بوتين', 'سوريا', 'الحكومة']) {
      await partialAnswer(sharded, q);
    }
    assert.ok(performance.now() - started < 3000, 'no further waits on the stuck node');
  } finally {
    await proxy.off();
    await proxy.on();
  }
  const back = await untilFull(sharded, 'بوتين', 15_000);
  assert.equal(back.totalHits, full.totalHits);
});

test('a gateway started while a node is down serves partial answers, then full ones once it reaches the node', async () => {
  const full = (await request(sharded).get('/api/search').query({ q: 'سوريا' }).expect(200)).body;
  await proxy.off();
  let clients: Awaited<ReturnType<typeof gatewayClients>> | undefined;
  try {
    clients = await gatewayClients({ urls: [engines[0]!.url, proxy.url], masterKeys: [engines[0]!.masterKey, engines[1]!.masterKey] }, INDEX, { timeoutMs: 10_000 });
    const search = new ArticleSearch(clients.coordinators[0]!, INDEX, { network: { remotes: clients.nodes.map((n) => n.name), coordinators: clients.coordinators } });
    const late = createApp({ search, logger: silentLogger, rateLimitPerMinute: 0 });
    await partialAnswer(late, 'سوريا');
    await proxy.on();
    const back = await untilFull(late, 'سوريا', 30_000);
    assert.equal(back.partial, undefined, 'the node is searched again without a restart');
    assert.equal(back.totalHits, full.totalHits);
  } finally {
    clients?.stop();
    await proxy.on();
  }
});

test('stories span the nodes: each article is told the same story as on one node; collapsing says it is not available', async () => {
  const story = async (engine: (typeof engines)[number], id: string) =>
    (await engine.admin.index(INDEX).getDocument(id, { fields: ['story', 'also_reported_by'] }).catch(() => undefined)) as { story?: string; also_reported_by?: string[] } | undefined;
  const grouped = (await engines[2]!.admin.index(INDEX).getDocuments({ fields: ['id', 'story', 'also_reported_by'], limit: 1000 })).results.filter((d) => d.story !== d.id || (d.also_reported_by as string[]).length > 0);
  assert.ok(grouped.length > 0, 'the sample holds stories told by several outlets');
  for (const doc of grouped.slice(0, 50)) {
    const onNode = (await story(engines[0]!, doc.id as string)) ?? (await story(engines[1]!, doc.id as string));
    assert.deepEqual([onNode?.story, onNode?.also_reported_by], [doc.story, doc.also_reported_by], doc.id as string);
  }
  const res = await request(sharded).get('/api/search').query({ q: 'سوريا', collapse: 'story' }).expect(400);
  assert.match(res.body.error.message, /sharded/);
});
