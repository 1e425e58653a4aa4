import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { EngineUnavailableError } from '../errors.js';
import { engineCall } from './engine.js';
import type { FacetStats } from './service.js';
import { INDEX_SETTINGS } from './settings.js';

/** One node never counts past pagination.maxTotalHits; a network sums its nodes' counts, so it is capped alike. */
const MAX_TOTAL_HITS = INDEX_SETTINGS.pagination?.maxTotalHits ?? 1000;

/** One search's answer, the same whether one node or a network of nodes gave it. */
export interface EngineAnswer {
  hits: Record<string, unknown>[];
  totalHits: number;
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: FacetStats;
}

export interface BackendAnswer {
  answers: EngineAnswer[];
  /** Nodes that did not answer: the answers hold the other nodes' articles only. */
  unavailable: string[];
}

/** How ArticleSearch reaches the engine: a batch of searches in, one answer per search out. */
export interface SearchBackend {
  run(queries: MultiSearchQuery[]): Promise<BackendAnswer>;
  /**
   * The same batch on one node's own index only, no fan-out (a network knows where an article lives:
   * src/search/network.ts shardOf); one node: the same as run.
   */
  runOnNode(node: number, queries: MultiSearchQuery[]): Promise<BackendAnswer>;
}

type RawResult = {
  hits: Record<string, unknown>[];
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  facetStats?: FacetStats;
  remoteErrors?: Record<string, unknown>;
};

const toAnswer = (result: RawResult): EngineAnswer => ({
  hits: result.hits,
  totalHits: result.totalHits ?? result.estimatedTotalHits ?? result.hits.length,
  facetDistribution: result.facetDistribution ?? {},
  facetStats: result.facetStats ?? {},
});

/** One Meilisearch: the batch is one multi-search. */
export function singleNode(client: Meilisearch): SearchBackend {
  const run = async (queries: MultiSearchQuery[]) => {
    const { results } = await engineCall(() => client.multiSearch({ queries }));
    return { answers: (results as unknown as RawResult[]).map(toAnswer), unavailable: [] };
  };
  return { run, runOnNode: (_node, queries) => run(queries) };
}

/**
 * A network of nodes (src/search/network.ts): each search becomes one federated multi-search with a query
 * per remote, sent to one node, which fans out and merges hits, totals and facets. Paging moves to the
 * federation (it pages the merged list); a node that is down comes back in remoteErrors, so the answer is
 * partial and names it. When the node asked is itself down, the next one is asked.
 */
export function networkOfNodes(coordinators: readonly Meilisearch[], remotes: readonly string[], onPartial?: (unavailable: string[]) => void): SearchBackend {
  let turn = 0;
  const federated = async (client: Meilisearch, query: MultiSearchQuery): Promise<RawResult> => {
    const { indexUid, page, hitsPerPage, limit, offset, facets, ...rest } = query;
    const size = hitsPerPage ?? limit ?? 20;
    const start = page !== undefined && hitsPerPage !== undefined ? (page - 1) * hitsPerPage : (offset ?? 0);
    const result = await client.multiSearch({
      federation: { limit: size, offset: start, ...(facets && facets.length > 0 ? { facetsByIndex: { [indexUid]: facets }, mergeFacets: {} } : {}) },
      queries: remotes.map((remote) => ({ indexUid, ...rest, federationOptions: { weight: 1, remote } })),
    });
    const raw = result as unknown as RawResult;
    for (const hit of raw.hits) delete hit._federation;
    return raw;
  };
  return {
    async run(queries) {
      const start = turn++ % coordinators.length;
      let lastError: unknown;
      for (let i = 0; i < coordinators.length; i++) {
        const client = coordinators[(start + i) % coordinators.length]!;
        try {
          const results = await engineCall(() => Promise.all(queries.map((query) => federated(client, query))));
          const unavailable = [...new Set(results.flatMap((r) => Object.keys(r.remoteErrors ?? {})))].sort();
          if (unavailable.length === remotes.length) throw new EngineUnavailableError();
          if (unavailable.length > 0) onPartial?.(unavailable);
          const answers = results.map(toAnswer).map((answer) => ({ ...answer, totalHits: Math.min(answer.totalHits, MAX_TOTAL_HITS) }));
          return { answers, unavailable };
        } catch (error) {
          if (!(error instanceof EngineUnavailableError)) throw error;
          lastError = error;
        }
      }
      throw lastError;
    },
    async runOnNode(node, queries) {
      try {
        return await singleNode(coordinators[node]!).run(queries);
      } catch (error) {
        if (!(error instanceof EngineUnavailableError)) throw error;
        onPartial?.([remotes[node]!]);
        return { answers: queries.map(() => ({ hits: [], totalHits: 0, facetDistribution: {}, facetStats: {} })), unavailable: [remotes[node]!] };
      }
    },
  };
}
