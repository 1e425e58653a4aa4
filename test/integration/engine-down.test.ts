import assert from 'node:assert/strict';
import { test } from 'node:test';
import request from 'supertest';
import { gatewayFor, ingestInto, startTestEngine } from '../helpers/engine.js';

test('a stopped engine gives 503 with a JSON message on search (both APIs) and readiness; liveness stays up', async () => {
  const engine = await startTestEngine();
  try {
    await ingestInto(engine.admin, 'seeds_down');
    const app = await gatewayFor(engine, 'seeds_down', 2000);
    await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
    await engine.stop();
    const res = await request(app).get('/api/search').query({ q: 'سوريا' }).expect(503);
    assert.equal(res.body.error.code, 'engine_unavailable');
    assert.ok(res.headers['retry-after']);
    const compat = await request(app).post('/meili/multi-search').send({ queries: [{ indexUid: 'seeds_down', q: 'سوريا' }] }).expect(503);
    assert.deepEqual(Object.keys(compat.body).sort(), ['code', 'link', 'message', 'type'], 'Meilisearch clients read their error shape');
    assert.equal(compat.body.code, 'engine_unavailable');
    assert.equal(compat.body.type, 'system');
    await request(app).get('/readyz').expect(503);
    await request(app).get('/healthz').expect(200);
  } finally {
    await engine.cleanup();
  }
});
