// The Meilisearch-compatible API (/meili) against a real engine: the shapes InstantSearch reads, the same
// analysis and ranking as /api/search, and strict validation with Meilisearch's error shape.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { gatewayFor, ingestInto, sharedCorpusSample, startTestEngine } from '../helpers/engine.js';

const INDEX = 'compat';
const AIS = { highlightPreTag: '__ais-highlight__', highlightPostTag: '__/ais-highlight__' };
let engine: Awaited<ReturnType<typeof startTestEngine>>;
let app: Express;
let corpus: string;
let articles: number;

before(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'ans-compat-'));
  sharedCorpusSample(corpus, 300, 29);
  engine = await startTestEngine();
  articles = (await ingestInto(engine.admin, INDEX, corpus)).indexed;
  assert.ok(articles > 290);
  app = await gatewayFor(engine, INDEX);
});
after(async () => {
  await engine?.cleanup();
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

type Hit = { id: string; title: string; _formatted?: Record<string, string> };
const multi = (...queries: object[]) => request(app).post('/meili/multi-search').send({ queries: queries.map((q) => ({ indexUid: INDEX, ...q })) });
const single = (body: object) => request(app).post(`/meili/indexes/${INDEX}/search`).send(body);
const ids = (hits: Hit[]) => hits.map((h) => h.id);

test('a search as instant-meilisearch sends it: hits, highlights on the original text with its tags, totals, facets and date stats', async () => {
  const res = await multi({ q: 'بوتين', facets: ['source', 'year', 'date_ts'], attributesToHighlight: ['*'], attributesToCrop: ['body:20'], ...AIS, hitsPerPage: 5, page: 1 }).expect(200);
  const [result] = res.body.results;
  assert.equal(result.indexUid, INDEX);
  assert.equal(result.query, 'بوتين');
  assert.equal(result.hits.length, 5);
  const api = await request(app).get('/api/search').query({ q: 'بوتين', hitsPerPage: '5' }).expect(200);
  // Same analysis, same ranking, same totals and facets as the native API.
  assert.deepEqual(ids(result.hits), api.body.hits.map((h: Hit) => h.id));
  assert.equal(result.totalHits, api.body.totalHits);
  assert.equal(result.totalPages, Math.ceil(api.body.totalHits / 5));
  assert.deepEqual(result.facetDistribution.source, api.body.facets.source);
  for (const hit of result.hits as Hit[]) {
    const body = hit._formatted!.body!;
    assert.match(body, /__ais-highlight__[^_]*بوتين[^_]*__\/ais-highlight__/, `${hit.id}: ${body}`);
    assert.ok(body.split(/\s+/).length <= 20 + 12, `cropped to about 20 words: ${body}`);
    assert.doesNotMatch(body, /<mark>|&#/, 'client tags only, nothing HTML-escaped');
    assert.equal(hit._formatted!.title!.replace(/__\/?ais-highlight__/g, ''), hit.title, 'the title, marked, in its original spelling');
  }
  const stats = result.facetStats.date_ts;
  assert.ok(Number.isInteger(stats.min) && Number.isInteger(stats.max) && stats.min <= stats.max, JSON.stringify(result.facetStats));
});

test('the first-search and disjunctive facet queries: empty q, limit 0/1, one facet, no filter', async () => {
  const res = await multi({ q: '', facets: ['source', 'year'], limit: 0 }, { q: '', facets: ['source'], hitsPerPage: 0, page: 1 }, { q: '', facets: ['year'], limit: 1, offset: 0 }).expect(200);
  const [first, disjunctive, infinite] = res.body.results;
  assert.deepEqual(first.hits, []);
  assert.equal(first.estimatedTotalHits, articles);
  const sum = (d: Record<string, number>) => Object.values(d).reduce((a, b) => a + b, 0);
  const dated = (await multi({ q: '', filter: 'year IS NOT NULL', limit: 0 }).expect(200)).body.results[0].estimatedTotalHits;
  assert.equal(sum(first.facetDistribution.year), dated, 'every dated article counted once by year');
  assert.ok(Object.keys(first.facetDistribution.source).length >= 4);
  assert.deepEqual(disjunctive.hits, []);
  assert.equal(disjunctive.totalHits, articles);
  assert.equal(disjunctive.totalPages, 0);
  assert.deepEqual(Object.keys(disjunctive.facetDistribution), ['source']);
  assert.equal(infinite.hits.length, 1);
});

test('refining by source changes the counts, and a source plus its negation add up to the whole', async () => {
  const all = (await multi({ q: 'الحكومة', facets: ['source'], hitsPerPage: 1 }).expect(200)).body.results[0];
  const [source, count] = Object.entries(all.facetDistribution.source as Record<string, number>).sort((a, b) => b[1] - a[1])[0]!;
  const [only, others] = (await multi({ q: 'الحكومة', facets: ['source'], hitsPerPage: 1, filter: [[`"source"="${source}"`]] }, { q: 'الحكومة', hitsPerPage: 1, filter: `NOT source = "${source}"` }).expect(200)).body.results;
  assert.equal(only.totalHits, count);
  assert.deepEqual(Object.keys(only.facetDistribution.source), [source]);
  assert.equal(only.totalHits + others.totalHits, all.totalHits);
  assert.ok(others.totalHits > 0);
});

test('date filters: a range of timestamps, a year list and IN give what /api/search gives for the same dates', async () => {
  const from = Date.parse('2016-01-01T00:00:00Z') / 1000;
  const to = Date.parse('2018-12-31T23:59:59Z') / 1000;
  const api = await request(app).get('/api/search').query({ q: 'سوريا', from: '2016-01-01', to: '2018-12-31', hitsPerPage: '10' }).expect(200);
  const [range, years, list] = (
    await multi(
      { q: 'سوريا', filter: [`"date_ts">=${from}`, `"date_ts"<=${to}`], hitsPerPage: 10 },
      { q: 'سوريا', filter: 'year 2016 TO 2018', hitsPerPage: 10 },
      { q: 'سوريا', filter: 'year IN [2016, 2017, 2018] AND year IS NOT NULL', hitsPerPage: 10 },
    ).expect(200)
  ).body.results;
  assert.ok(api.body.totalHits > 0);
  for (const result of [range, years, list]) {
    assert.equal(result.totalHits, api.body.totalHits);
    assert.deepEqual(ids(result.hits), api.body.hits.map((h: Hit) => h.id));
  }
});

test('pagination: pages and limit/offset walk the same order without gaps or repeats; sort by date', async () => {
  const pages = [];
  for (const page of [1, 2, 3]) pages.push(...(await single({ q: 'الرئيس', hitsPerPage: 4, page }).expect(200)).body.hits);
  const window = (await single({ q: 'الرئيس', limit: 12, offset: 0, attributesToRetrieve: ['id'] }).expect(200)).body;
  assert.deepEqual(ids(pages), ids(window.hits));
  assert.deepEqual(Object.keys(window.hits[0]), ['id'], 'attributesToRetrieve is honoured');
  assert.equal(new Set(ids(pages)).size, 12);
  const shifted = (await single({ q: 'الرئيس', limit: 5, offset: 3 }).expect(200)).body;
  assert.deepEqual(ids(shifted.hits), ids(pages).slice(3, 8));
  assert.equal(typeof shifted.estimatedTotalHits, 'number');
  const newest = (await single({ q: 'الرئيس', sort: ['date_ts:desc'], limit: 20 }).expect(200)).body.hits as { date_ts: number }[];
  assert.deepEqual(newest.map((h) => h.date_ts), [...newest.map((h) => h.date_ts)].sort((a, b) => b - a));
  const page0 = (await single({ q: 'الرئيس', hitsPerPage: 5, page: 0 }).expect(200)).body;
  assert.deepEqual(page0.hits, []);
  // Past maxTotalHits a page is empty, not an error, as in Meilisearch (a shared deep link keeps working).
  const deep = (await single({ q: 'الرئيس', hitsPerPage: 20, page: 5000 }).expect(200)).body;
  assert.deepEqual(deep.hits, []);
  assert.equal(deep.totalHits, page0.totalHits);
  assert.deepEqual((await single({ q: 'الرئيس', offset: 999_999, limit: 5 }).expect(200)).body.hits, []);
});

test('facet search finds outlets by a folded prefix, within the query and filter', async () => {
  const res = await request(app).post(`/meili/indexes/${INDEX}/facet-search`).send({ facetName: 'source', facetQuery: 'سان', q: '' }).expect(200);
  assert.equal(res.body.facetHits[0].value, 'سانا');
  assert.ok(res.body.facetHits[0].count >= 2);
  const all = await request(app).post(`/meili/indexes/${INDEX}/facet-search`).send({ facetName: 'source', q: 'بوتين', ...AIS, attributesToHighlight: ['*'] }).expect(200);
  const api = await request(app).get('/api/search').query({ q: 'بوتين' }).expect(200);
  assert.deepEqual(Object.fromEntries(all.body.facetHits.map((h: { value: string; count: number }) => [h.value, h.count])), api.body.facets.source);
});

test('bad requests are 400s in Meilisearch error shape, and nothing unchecked reaches the engine', async () => {
  const cases: [object, number, string, RegExp][] = [
    [{ queries: [{ indexUid: INDEX, filter: 'body = x' }] }, 400, 'invalid_search_filter', /`body` is not filterable/],
    [{ queries: [{ indexUid: INDEX, filter: ['"source"="x"', ['kind = article']] }] }, 400, 'invalid_search_filter', /`kind`/],
    [{ queries: [{ indexUid: INDEX, filter: 'source = "x" OR (' }] }, 400, 'invalid_search_filter', /filter/],
    [{ queries: [{ indexUid: INDEX, sort: ['title:asc'] }] }, 400, 'invalid_search_sort', /title:asc/],
    [{ queries: [{ indexUid: INDEX, facets: ['body'] }] }, 400, 'invalid_search_facets', /body/],
    [{ queries: [{ indexUid: INDEX, attributesToRetrieve: ['hash'] }] }, 400, 'invalid_search_attributes_to_retrieve', /hash/],
    [{ queries: [{ indexUid: INDEX, limit: -1 }] }, 400, 'invalid_search_limit', /limit/],
    [{ queries: [{ indexUid: INDEX, q: 5 }] }, 400, 'invalid_search_q', /q/],
    [{ queries: [{ indexUid: INDEX, showRankingScore: true }] }, 400, 'bad_request', /showRankingScore/],
    [{ queries: [{ indexUid: INDEX, attributesToCrop: ['body:0'] }] }, 400, 'invalid_search_attributes_to_crop', /from 1 to 500/],
    [{ queries: [{ indexUid: INDEX, sort: ['constructor'] }] }, 400, 'invalid_search_sort', /constructor/],
    [{ queries: [{ indexUid: INDEX, filter: `year > ${'9'.repeat(400)}` }] }, 400, 'invalid_search_filter', /at most 15 digits/],
    [{ queries: Array.from({ length: 3 }, () => ({ indexUid: INDEX, limit: 500 })) }, 400, 'invalid_search_queries', /at most 1000 hits/],
    [{ queries: [{ indexUid: 'other' }] }, 404, 'index_not_found', /other/],
    [{ queries: [] }, 400, 'invalid_search_queries', /queries/],
    [{ queries: [{ indexUid: INDEX }], federation: {} }, 400, 'bad_request', /federation/],
    [[1, 2], 400, 'bad_request', /JSON object/],
  ];
  for (const [body, status, code, message] of cases) {
    const res = await request(app).post('/meili/multi-search').send(body);
    assert.equal(res.status, status, JSON.stringify(body));
    assert.equal(res.body.code, code, JSON.stringify(res.body));
    assert.match(res.body.message, message);
    assert.equal(res.body.type, 'invalid_request');
    assert.equal(res.body.link, `https://docs.meilisearch.com/errors#${code}`);
  }
  const json = await request(app).post('/meili/multi-search').set('content-type', 'application/json').send('{"queries": [').expect(400);
  assert.equal(json.body.code, 'malformed_payload');
  const route = await request(app).post('/meili/keys').send({}).expect(404);
  assert.equal(route.body.type, 'invalid_request');
  const native = await request(app).get('/api/search').query({ page: '0' }).expect(400);
  assert.equal(native.body.error.code, 'invalid_parameter', 'the native API keeps its own error shape');
});
