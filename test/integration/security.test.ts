import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { gatewayFor, ingestInto, startTestEngine } from '../helpers/engine.js';

const INDEX = 'seeds_security';
let engine: Awaited<ReturnType<typeof startTestEngine>>;

before(async () => {
  engine = await startTestEngine();
  await ingestInto(engine.admin, INDEX);
});
after(async () => engine?.cleanup());

test('rate limiting per client: a 429 with Retry-After and a JSON message past the limit', async () => {
  const app = await gatewayFor(engine, INDEX, 5000, { rateLimitPerMinute: 3 });
  for (let i = 0; i < 3; i++) await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
  const res = await request(app).get('/api/search').query({ q: 'سوريا' }).expect(429);
  assert.equal(res.body.error.code, 'rate_limited');
  assert.equal(res.headers['retry-after'], '60');
  assert.ok(res.headers['ratelimit-policy']);
  // The page and health checks are not API calls and stay reachable.
  await request(app).get('/healthz').expect(200);
});

test('CORS is closed by default, and open only to configured origins', async () => {
  const closed = await gatewayFor(engine, INDEX);
  const a = await request(closed).get('/api/search').set('Origin', 'https://evil.example').query({ q: 'سوريا' }).expect(200);
  assert.equal(a.headers['access-control-allow-origin'], undefined);
  const open = await gatewayFor(engine, INDEX, 5000, { corsOrigins: ['https://tool.example'] });
  const b = await request(open).get('/api/search').set('Origin', 'https://tool.example').query({ q: 'سوريا' }).expect(200);
  assert.equal(b.headers['access-control-allow-origin'], 'https://tool.example');
  const c = await request(open).get('/api/search').set('Origin', 'https://evil.example').query({ q: 'سوريا' }).expect(200);
  assert.equal(c.headers['access-control-allow-origin'], undefined);
});

test('the master key never appears in a response, the page or an error', async () => {
  const app = await gatewayFor(engine, INDEX);
  const responses = await Promise.all([
    request(app).get('/'),
    request(app).get('/app.js'),
    request(app).get('/api/search').query({ q: 'سوريا' }),
    request(app).get('/api/search').query({ source: 'x" OR source != "y' }),
    request(app).get('/api/search').query({ page: '-1' }),
    request(app).get('/api/articles/nope'),
    request(app).get('/readyz'),
  ]);
  responses.forEach((res, i) => assert.ok(!res.text.includes(engine.masterKey), `response ${i} leaks the master key`));
});

test('request bodies are not read: a large POST gets a small JSON 404, not a 5xx', async () => {
  const app = await gatewayFor(engine, INDEX);
  const res = await request(app).post('/api/search').set('Content-Type', 'application/json').send(JSON.stringify({ q: 'x'.repeat(2_000_000) }));
  assert.equal(res.status, 404);
  assert.equal(res.body.error.code, 'not_found');
});

test("the gateway's key can search its one index and nothing else", async () => {
  const { ensureSearchKey } = await import('../../src/search/keys.js');
  const { connectEngine } = await import('../../src/search/engine.js');
  await ingestInto(engine.admin, 'seeds_other');
  const key = await ensureSearchKey(engine.admin, INDEX);
  assert.equal(await ensureSearchKey(engine.admin, INDEX), key, 'restarts reuse the key');
  const client = connectEngine({ url: engine.url, apiKey: key, timeoutMs: 5000 });
  assert.equal((await client.index(INDEX).search('', { limit: 0, hitsPerPage: 0, page: 1 })).totalHits, 5);
  const refused = async (what: string, call: () => Promise<unknown>) => {
    await assert.rejects(call, (error: Error & { cause?: { cause?: { code?: string } } }) => /invalid_api_key|forbidden/i.test(JSON.stringify(error.cause?.cause ?? error.message)), what);
  };
  await refused('search another index', () => client.index('seeds_other').search('سوريا'));
  await refused('add documents', () => client.index(INDEX).addDocuments([{ id: 'x' }]));
  await refused('read documents', () => client.index(INDEX).getDocuments());
  await refused('change settings', () => client.index(INDEX).updateSettings({ rankingRules: ['words'] }));
  await refused('list keys', () => client.getKeys());
  await refused('delete the index', () => client.deleteIndex(INDEX));
});
