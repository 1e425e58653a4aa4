// Faults injected for real: a Meilisearch process killed with SIGKILL and restarted, a slow engine behind a
// stalling proxy, ingestion killed mid-run, and a full reindex swapped in under a load of searches.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import request from 'supertest';
import { startEmbeddedEngine, freePort, type EmbeddedEngine } from '../../src/engine/embedded.js';
import { connectEngine } from '../../src/search/engine.js';
import { reindexCorpus } from '../../src/ingest/reindex.js';
import { gatewayFor, ingestInto, sharedCorpusSample, silentLogger } from '../helpers/engine.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const scratch: string[] = [];
const engines: EmbeddedEngine[] = [];
after(async () => {
  for (const engine of engines) await engine.stop();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

async function engineAt(dataDir: string, port?: number) {
  const engine = await startEmbeddedEngine({ dataDir, ...(port ? { port } : {}) });
  engines.push(engine);
  const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 60_000 });
  return { ...engine, admin };
}

function killHard(engine: EmbeddedEngine): Promise<void> {
  return new Promise((resolve) => {
    engine.process.once('exit', () => resolve());
    engine.process.kill('SIGKILL');
  });
}

function corpusOf(count: number): { dir: string; ids: Set<string> } {
  const dir = tempDir('ans-faults-corpus-');
  return { dir, ids: sharedCorpusSample(dir, count) };
}

async function indexedIds(admin: ReturnType<typeof connectEngine>, indexUid: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await admin.index(indexUid).getDocuments<{ id: string }>({ fields: ['id'], limit: 1000, offset });
    ids.push(...page.results.map((d) => d.id));
    if (page.results.length < 1000) return ids;
  }
}

/** Exactly the corpus: every id once, none missing, none extra. */
async function assertHoldsExactly(admin: ReturnType<typeof connectEngine>, indexUid: string, ids: Set<string>): Promise<void> {
  const indexed = await indexedIds(admin, indexUid);
  assert.equal(indexed.length, new Set(indexed).size, 'an article is indexed twice');
  assert.deepEqual(new Set(indexed), ids);
}

test('engine killed while serving: 503 within a second, then search again without restarting the gateway', async () => {
  const dataDir = tempDir('ans-faults-kill-');
  const engine = await engineAt(dataDir);
  await ingestInto(engine.admin, 'kill');
  const app = await gatewayFor(engine, 'kill', 2000);
  await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
  await killHard(engine);
  for (const path of ['/api/search?q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7', '/readyz']) {
    const started = performance.now();
    const res = await request(app).get(path);
    const elapsed = performance.now() - started;
    assert.equal(res.status, 503, path);
    assert.equal(res.body.error.code, 'engine_unavailable');
    assert.ok(elapsed < 1000, `${path} took ${elapsed.toFixed(0)} ms`);
  }
  const port = Number(new URL(engine.url).port);
  await engineAt(dataDir, port); // same data, same port, same master key
  const res = await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
  assert.equal(res.body.totalHits, 5);
  await request(app).get('/readyz').expect(200);
});

test('a slow engine gives 504 at the gateway timeout, not a hung socket', async () => {
  const engine = await engineAt(tempDir('ans-faults-slow-'));
  await ingestInto(engine.admin, 'slow');
  // A proxy in front of the engine that can stop forwarding answers.
  let stall = false;
  const sockets: Socket[] = [];
  const proxy: Server = createServer((client) => {
    const upstream = connect(Number(new URL(engine.url).port), '127.0.0.1');
    sockets.push(client, upstream);
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (!stall) client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  const port = await freePort();
  await new Promise<void>((ok) => proxy.listen(port, '127.0.0.1', ok));
  try {
    const app = await gatewayFor({ url: `http://127.0.0.1:${port}`, admin: engine.admin }, 'slow', 500);
    await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
    stall = true;
    const started = performance.now();
    const res = await request(app).get('/api/search').query({ q: 'بوتين' });
    const elapsed = performance.now() - started;
    assert.equal(res.status, 504);
    assert.equal(res.body.error.code, 'engine_timeout');
    assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
    stall = false;
    await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise((ok) => proxy.close(ok));
  }
});

/** `npm run ingest` as a child process against an engine; resolves with its exit code and output. */
function ingestProcess(engine: { url: string; masterKey: string }, indexUid: string, corpusDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/ingest.ts'), '--corpus', corpusDir], {
    cwd: ROOT,
    env: { ...process.env, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, MEILI_INDEX: indexUid, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

async function waitForDocuments(admin: ReturnType<typeof connectEngine>, indexUid: string, atLeast: number, deadlineMs = 60_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      const stats = await admin.index(indexUid).getStats();
      if (stats.numberOfDocuments >= atLeast) return;
    } catch {
      // the index may not exist yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${atLeast} documents after ${deadlineMs} ms`);
}

test('ingestion killed with SIGKILL mid-run: re-running ends with exactly the corpus, stale article gone', async () => {
  const engine = await engineAt(tempDir('ans-faults-ingest-'));
  const { dir, ids } = corpusOf(1500);
  // A stale article from an earlier corpus that the re-run must delete.
  await engine.admin.index('killed').addDocuments([{ id: 'stale-article', title: 'x', body: 'x', hash: 'x' }], { primaryKey: 'id' }).waitTask();
  const first = ingestProcess(engine, 'killed', dir);
  await waitForDocuments(engine.admin, 'killed', 300);
  first.child.kill('SIGKILL');
  const killed = await first.done;
  assert.equal(killed.signal, 'SIGKILL');
  const partial = await indexedIds(engine.admin, 'killed');
  assert.ok(partial.length < ids.size + 1, `the kill came too late to test anything (${partial.length} documents)`);
  const second = await ingestProcess(engine, 'killed', dir).done;
  assert.equal(second.code, 0, second.output);
  await assertHoldsExactly(engine.admin, 'killed', ids);
});

test('Meilisearch killed with SIGKILL during ingestion: a clear failure, and a re-run after restart is exact', async () => {
  const dataDir = tempDir('ans-faults-enginekill-');
  const engine = await engineAt(dataDir);
  const { dir, ids } = corpusOf(1500);
  const run = ingestProcess(engine, 'enginekill', dir);
  await waitForDocuments(engine.admin, 'enginekill', 300);
  await killHard(engine);
  const failed = await run.done;
  assert.notEqual(failed.code, 0);
  assert.match(failed.output, /unavailable|ECONNREFUSED|ECONNRESET|failed/i);
  const restarted = await engineAt(dataDir, Number(new URL(engine.url).port));
  const rerun = await ingestProcess(restarted, 'enginekill', dir).done;
  assert.equal(rerun.code, 0, rerun.output);
  await assertHoldsExactly(restarted.admin, 'enginekill', ids);
});

test('a full reindex swaps in atomically: searches during it never fail and never see an empty or partial index', async () => {
  const engine = await engineAt(tempDir('ans-faults-swap-'));
  const { dir, ids } = corpusOf(400);
  await ingestInto(engine.admin, 'live', dir);
  const app = await gatewayFor(engine, 'live', 5000);
  let stop = false;
  const seen: number[] = [];
  const failures: string[] = [];
  const load = async () => {
    while (!stop) {
      const res = await request(app).get('/api/search').query({ hitsPerPage: '1' });
      if (res.status !== 200) failures.push(`${res.status} ${res.text.slice(0, 100)}`);
      else seen.push(res.body.totalHits);
    }
  };
  const loaders = Array.from({ length: 4 }, load);
  const report = await reindexCorpus({ corpusDir: dir, logger: silentLogger, engine: { client: engine.admin, indexUid: 'live' } });
  await new Promise((r) => setTimeout(r, 200));
  stop = true;
  await Promise.all(loaders);
  assert.equal(report.indexed, ids.size);
  assert.deepEqual(failures, []);
  assert.ok(seen.length > 20, `only ${seen.length} searches ran during the reindex`);
  const expected = Math.min(ids.size, 1000);
  assert.ok(seen.every((n) => n === expected), `totals seen: ${[...new Set(seen)].join(', ')}`);
  assert.deepEqual(new Set(await indexedIds(engine.admin, 'live')), ids);
  assert.equal((await engine.admin.getIndexes()).results.some((i) => i.uid === 'live__rebuild'), false);
});
