import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { gatewayFor, ingestInto, startTestEngine } from '../helpers/engine.js';

const INDEX = 'seeds_search';
let engine: Awaited<ReturnType<typeof startTestEngine>>;
let app: Express;

before(async () => {
  engine = await startTestEngine();
  const report = await ingestInto(engine.admin, INDEX);
  assert.equal(report.indexed, 5);
  app = await gatewayFor(engine, INDEX);
});
after(async () => engine?.cleanup());

const ids = (body: { hits: { id: string }[] }) => body.hits.map((h) => h.id).sort();

test('الإرهابيين finds the four articles about terrorism, highlighted in the original text', async () => {
  const res = await request(app).get('/api/search').query({ q: 'الإرهابيين' }).expect(200);
  assert.deepEqual(ids(res.body), ['000_4314f0f1b7597100', '001_bf99efbfbe9b4f54', '002_d2e71cb321c96b8c', '004_ff4b96d53ad6441c']);
  assert.equal(res.body.totalHits, 4);
  for (const hit of res.body.hits) {
    assert.match(hit.snippet, /<mark>[^<]*(إرهاب|ارهاب)[^<]*<\/mark>/, `${hit.id}: ${hit.snippet}`);
  }
  const seed4 = res.body.hits.find((h: { id: string }) => h.id === '004_ff4b96d53ad6441c');
  // Seed 004 writes it الارهابيين, الإرهابيين and للإرهاب: the snippet marks the spelling it shows.
  assert.match(seed4.snippet, /<mark>(الارهابيين|الإرهابيين|للإرهاب)<\/mark>/);
  const article = await request(app).get('/api/search').query({ q: 'للإرهاب', hitsPerPage: '5' }).expect(200);
  assert.equal(article.body.totalHits, 4);
});

test('morphology: سوريا and سورية find each other', async () => {
  const a = await request(app).get('/api/search').query({ q: 'سوريا' }).expect(200);
  const b = await request(app).get('/api/search').query({ q: 'سورية' }).expect(200);
  assert.deepEqual(ids(a.body), ids(b.body));
  assert.equal(a.body.totalHits, 5);
});

test('the response has the documented shape and facets', async () => {
  const res = await request(app).get('/api/search').query({ q: 'بوتين', hitsPerPage: '2' }).expect(200);
  assert.equal(res.body.hitsPerPage, 2);
  assert.equal(res.body.page, 1);
  assert.equal(res.body.totalPages, Math.ceil(res.body.totalHits / 2));
  assert.equal(res.body.hits.length, 2);
  for (const key of ['id', 'title', 'source', 'date', 'snippet']) assert.ok(key in res.body.hits[0], key);
  assert.deepEqual(res.body.facets.source, { 'النهضة نيوز': 1, 'زنقة 20': 1, 'سانا': 2, 'يورو نيوز': 1 });
  assert.deepEqual(res.body.facets.year, { '2016': 2, '2017': 1, '2021': 1, '2025': 1 });
  assert.equal(typeof res.body.processingTimeMs, 'number');
});

test('an empty query lists everything, newest first', async () => {
  const res = await request(app).get('/api/search').expect(200);
  assert.equal(res.body.totalHits, 5);
  const dates = res.body.hits.map((h: { date: string }) => h.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('source and date filters narrow results and facet counts follow', async () => {
  const res = await request(app).get('/api/search').query({ q: 'بوتين', source: 'سانا' }).expect(200);
  assert.deepEqual(ids(res.body), ['001_bf99efbfbe9b4f54', '004_ff4b96d53ad6441c']);
  assert.deepEqual(res.body.facets.source, { 'سانا': 2 });
  const two = await request(app).get('/api/search').query({ source: ['سانا', 'يورو نيوز'] }).expect(200);
  assert.equal(two.body.totalHits, 3);
  const dated = await request(app).get('/api/search').query({ from: '2016-03-15', to: '2016-03-15' }).expect(200);
  assert.deepEqual(ids(dated.body), ['000_4314f0f1b7597100', '001_bf99efbfbe9b4f54']);
  assert.deepEqual(dated.body.facets.year, { '2016': 2 });
  const after2020 = await request(app).get('/api/search').query({ from: '2020-01-01' }).expect(200);
  assert.deepEqual(ids(after2020.body), ['002_d2e71cb321c96b8c', '003_dc8abb098d9da563']);
});

test('sort newest and oldest order by date', async () => {
  const newest = await request(app).get('/api/search').query({ q: 'بوتين', sort: 'newest' }).expect(200);
  assert.equal(newest.body.hits[0].id, '003_dc8abb098d9da563');
  const oldest = await request(app).get('/api/search').query({ q: 'بوتين', sort: 'oldest' }).expect(200);
  assert.ok(['000_4314f0f1b7597100', '001_bf99efbfbe9b4f54'].includes(oldest.body.hits[0].id));
});

test('a source value that tries to close its quotes matches nothing and escapes nothing', async () => {
  for (const source of ['x" OR source != "y', 'سانا" OR source != "x', 'trail\\', '\\" OR 1=1 OR "']) {
    const res = await request(app).get('/api/search').query({ source }).expect(200);
    assert.equal(res.body.totalHits, 0, source);
  }
});

test('bad parameters are a 400 with a JSON message, never a stack', async () => {
  for (const query of [{ page: '0' }, { hitsPerPage: 'lots' }, { from: 'yesterday' }, { sort: 'random' }, { unknown: '1' }]) {
    const res = await request(app).get('/api/search').query(query).expect(400);
    assert.equal(res.body.error.code, 'invalid_parameter');
    assert.equal(typeof res.body.error.message, 'string');
    assert.ok(!JSON.stringify(res.body).includes('at '), 'no stack trace');
  }
});

test('one article by id; unknown and malformed ids', async () => {
  const res = await request(app).get('/api/articles/002_d2e71cb321c96b8c').expect(200);
  assert.equal(res.body.title, 'مباحثات بين الرئيس بوتين والرئيس الأسد في موسكو لتعزيز التعاون');
  assert.ok(res.body.body.includes('\n'));
  await request(app).get('/api/articles/does-not-exist').expect(404);
  await request(app).get('/api/articles/' + encodeURIComponent('a"b')).expect(400);
});

test('health, readiness, security headers and the page', async () => {
  await request(app).get('/healthz').expect(200, { status: 'ok' });
  await request(app).get('/readyz').expect(200);
  const page = await request(app).get('/').expect(200);
  assert.match(page.text, /dir="rtl"/);
  assert.match(page.headers['content-security-policy'] ?? '', /script-src 'self'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['x-powered-by'], undefined);
  await request(app).get('/api/nothing').expect(404);
});

const RUE20 = '000_4314f0f1b7597100';
const SANA = '001_bf99efbfbe9b4f54';

test('same story, several outlets: seeds 000 and 001 share a story, named on each hit; collapse=story shows one', async () => {
  const all = await request(app).get('/api/search').query({ q: 'بوتين محمد السادس' }).expect(200);
  const byId = new Map(all.body.hits.map((h: { id: string }) => [h.id, h]));
  const rue20 = byId.get('000_4314f0f1b7597100') as { story: string; alsoReportedBy: string[] };
  const sana = byId.get('001_bf99efbfbe9b4f54') as { story: string; alsoReportedBy: string[] };
  assert.equal(rue20.story, sana.story);
  assert.deepEqual(rue20.alsoReportedBy, ['سانا']);
  assert.deepEqual(sana.alsoReportedBy, ['زنقة 20']);
  const others = all.body.hits.filter((h: { id: string }) => !['000_4314f0f1b7597100', '001_bf99efbfbe9b4f54'].includes(h.id));
  for (const hit of others) assert.deepEqual([hit.story, hit.alsoReportedBy], [hit.id, []], hit.id);

  const collapsed = await request(app).get('/api/search').query({ q: 'بوتين محمد السادس', collapse: 'story' }).expect(200);
  const storyHits = collapsed.body.hits.filter((h: { story: string }) => h.story === rue20.story);
  assert.equal(storyHits.length, 1);
  assert.equal(collapsed.body.totalHits, all.body.totalHits - 1);
  // The story is shown by whichever of its articles ranks higher without collapsing, in the same order.
  const firstOfStory = all.body.hits.find((h: { story: string }) => h.story === rue20.story).id;
  assert.equal(storyHits[0].id, firstOfStory);
  assert.deepEqual(collapsed.body.hits.map((h: { id: string }) => h.id), all.body.hits.map((h: { id: string }) => h.id).filter((id: string) => id !== ([RUE20, SANA].find((x) => x !== firstOfStory))));
  assert.equal(Object.values(collapsed.body.facets.source as Record<string, number>).reduce((a, b) => a + b, 0), collapsed.body.totalHits);
  // Sorted and placeholder searches collapse too; a bad value is a 400.
  const newest = await request(app).get('/api/search').query({ collapse: 'story', sort: 'newest' }).expect(200);
  assert.equal(newest.body.totalHits, 4);
  const bad = await request(app).get('/api/search').query({ q: 'بوتين', collapse: 'yes' }).expect(400);
  assert.match(bad.body.error.message, /collapse/);
});
