// Contract: @meilisearch/instant-meilisearch itself, the client the search page bundles, drives the
// gateway's /meili API in Node exactly as InstantSearch would call it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { startServer } from '../../src/gateway/index.js';
import { gatewayFor, ingestInto, startTestEngine } from '../helpers/engine.js';

const INDEX = 'contract';
let engine: Awaited<ReturnType<typeof startTestEngine>>;
let server: Awaited<ReturnType<typeof startServer>>;

before(async () => {
  engine = await startTestEngine();
  await ingestInto(engine.admin, INDEX);
  server = await startServer(await gatewayFor(engine, INDEX), 0, '127.0.0.1');
});
after(async () => {
  await server?.close({ drainMs: 0 });
  await engine?.cleanup();
});

// What InstantSearch's helper passes to a search client: Algolia-style parameters per index.
const params = (extra: Record<string, unknown> = {}) => ({
  query: 'الإرهابيين',
  facets: ['source', 'year'],
  hitsPerPage: 2,
  page: 0,
  highlightPreTag: '__ais-highlight__',
  highlightPostTag: '__/ais-highlight__',
  attributesToSnippet: ['body:25'],
  ...extra,
});

test('search: highlighted hits, totals, pages and facets as InstantSearch reads them', async () => {
  const { searchClient } = instantMeiliSearch(`${server.url}/meili`, '', { finitePagination: true });
  const { results } = await searchClient.search([{ indexName: INDEX, params: params() }]);
  const [result] = results as unknown as { hits: { id: string; _highlightResult: { title: { value: string } }; _snippetResult: { body: { value: string } } }[]; nbHits: number; nbPages: number; facets: Record<string, Record<string, number>>; query: string }[];
  assert.equal(result!.query, 'الإرهابيين');
  assert.equal(result!.nbHits, 4);
  assert.equal(result!.nbPages, 2);
  assert.equal(result!.hits.length, 2);
  for (const hit of result!.hits) assert.match(hit._snippetResult.body.value, /__ais-highlight__[^_]+__\/ais-highlight__/, hit.id);
  assert.deepEqual(Object.keys(result!.facets).sort(), ['source', 'year']);
  assert.equal(Object.values(result!.facets.source!).reduce((a, b) => a + b, 0), 4);
});

test('a refined source (a disjunctive facet) and a date range narrow the results', async () => {
  const { searchClient } = instantMeiliSearch(`${server.url}/meili`, '', { finitePagination: true });
  const { results } = await searchClient.search([
    { indexName: INDEX, params: params({ facetFilters: [['source:سانا']] }) },
    { indexName: INDEX, params: params({ facets: ['source'], hitsPerPage: 0 }) },
    { indexName: INDEX, params: params({ numericFilters: ['year>=2017', 'year<=2021'] }) },
  ]);
  const [refined, disjunctive, dated] = results as unknown as { nbHits: number; facets: Record<string, Record<string, number>>; hits: { year: number }[] }[];
  assert.equal(refined!.nbHits, 2);
  assert.deepEqual(refined!.facets.source, { سانا: 2 });
  assert.ok(Object.keys(disjunctive!.facets.source!).length > 1, 'the disjunctive query still counts every outlet');
  assert.ok(dated!.nbHits > 0 && dated!.nbHits < 4);
  for (const hit of dated!.hits) assert.ok(hit.year >= 2017 && hit.year <= 2021);
});

test('sort by date through the index-name suffix, and facet value search', async () => {
  const { searchClient } = instantMeiliSearch(`${server.url}/meili`, '', { finitePagination: true });
  const { results } = await searchClient.search([{ indexName: `${INDEX}:date_ts:desc`, params: params({ hitsPerPage: 4 }) }]);
  const dates = (results[0] as unknown as { hits: { date_ts: number }[] }).hits.map((h) => h.date_ts);
  assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  const facets = await searchClient.searchForFacetValues!([{ indexName: INDEX, params: { facetName: 'source', facetQuery: 'سان', query: '' } }] as never);
  const hits = (facets as unknown as { facetHits: { value: string; count: number }[] }[])[0]!.facetHits;
  assert.equal(hits[0]!.value, 'سانا');
});

test('the plain meilisearch client works against /meili too: health, index search, multi-search', async () => {
  const { Meilisearch } = await import('meilisearch');
  const client = new Meilisearch({ host: `${server.url}/meili` });
  assert.deepEqual(await client.health(), { status: 'available' });
  const result = await client.index(INDEX).search('الإرهابيين', { filter: 'source = سانا', attributesToRetrieve: ['id', 'source'] });
  assert.equal(result.estimatedTotalHits, 2);
  assert.deepEqual(new Set(result.hits.map((h) => h.source)), new Set(['سانا']));
  const { results } = await client.multiSearch({ queries: [{ indexUid: INDEX, q: 'بوتين', limit: 1 }] });
  assert.equal(results[0]!.hits.length, 1);
});

test('an error reaches the client with the gateway\'s message', async () => {
  const { searchClient } = instantMeiliSearch(`${server.url}/meili`, '');
  await assert.rejects(searchClient.search([{ indexName: 'missing', params: params() }]), /Index `missing` not found/);
});
