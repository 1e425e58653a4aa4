import express, { Router } from 'express';
import { IndexNotFoundError, NotFoundError } from '../../errors.js';
import type { ArticleSearch } from '../../search/service.js';
import { facetSearchSchema, multiSearchSchema, pagination, parseBody, searchSchema, toQuerySpec, type CompatSearch } from './request.js';
import { facetHits, searchResult } from './response.js';

/**
 * The Meilisearch search protocol over our analysis and ranking, so InstantSearch and any Meilisearch client
 * work unchanged (mounted at /meili, where errors take Meilisearch's shape). The engine's key never leaves
 * the gateway; clients send none.
 */
export function compatRouter(search: ArticleSearch): Router {
  const router = Router();
  router.use(express.json({ limit: '64kb' }));

  const checkIndex = (uid: string) => {
    if (uid !== search.indexUid) throw new IndexNotFoundError(uid);
  };
  const runSearch = async (request: CompatSearch) => {
    const started = performance.now();
    const paging = pagination(request);
    const spec = toQuerySpec(request, paging);
    const outcome = await search.query(spec);
    return searchResult(outcome, request, spec, paging, Math.round(performance.now() - started));
  };

  router.post('/multi-search', async (req, res) => {
    const { queries } = parseBody(multiSearchSchema, req.body);
    // Every query is checked before any runs, so one bad query fails the request as in Meilisearch.
    for (const { indexUid } of queries) checkIndex(indexUid);
    const results = await Promise.all(queries.map(async ({ indexUid, ...request }) => ({ indexUid, ...(await runSearch(request)) })));
    res.json({ results });
  });

  router.post('/indexes/:indexUid/search', async (req, res) => {
    checkIndex(req.params.indexUid);
    res.json(await runSearch(parseBody(searchSchema, req.body)));
  });

  router.post('/indexes/:indexUid/facet-search', async (req, res) => {
    checkIndex(req.params.indexUid);
    const started = performance.now();
    const { facetName, facetQuery, ...request } = parseBody(facetSearchSchema, req.body);
    const spec = { ...toQuerySpec(request, { finite: true, offset: 0, limit: 0, page: 1, hitsPerPage: 0 }), facets: [facetName] };
    const outcome = await search.query(spec);
    res.json({
      facetHits: facetHits(outcome.facetDistribution[facetName] ?? {}, facetQuery ?? ''),
      facetQuery: facetQuery ?? null,
      processingTimeMs: Math.round(performance.now() - started),
    });
  });

  // What clients probe before searching (meilisearch-js `health()`): available once our index answers.
  router.get('/health', async (_req, res) => {
    await search.ready();
    res.json({ status: 'available' });
  });

  router.use(() => {
    throw new NotFoundError('No such route in the Meilisearch-compatible API; it offers multi-search, search, facet-search and health.');
  });
  return router;
}
