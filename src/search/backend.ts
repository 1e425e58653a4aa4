import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { EngineTimeoutError, EngineUnavailableError } from '../errors.js';
import { engineCall } from './engine.js';
import type { FacetStats } from './service.js';
import { INDEX_SETTINGS } from './settings.js';

/** One node never counts past pagination.maxTotalHits; a network sums its nodes' counts, so it is capped alike. */
const MAX_TOTAL_HITS = INDEX_SETTINGS.pagination?.maxTotalHits ?? 1000;
/** Merged facets keep as many values as one node's faceting.maxValuesPerFacet, not the federation default. */
const MAX_VALUES_PER_FACET = INDEX_SETTINGS.faceting?.maxValuesPerFacet ?? 200;

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

/** How long a node that failed is left out before it is asked again. */
const RECHECK_AFTER_MS = 5000;
/** What a node down or hung looks like; any other remote error (a bad key, a missing index) is misconfiguration. */
const UNREACHABLE = new Set(['remote_could_not_send_request', 'remote_timeout']);
const unreachable = (error: unknown) => error instanceof EngineUnavailableError || error instanceof EngineTimeoutError;

/**
 * A network of nodes (src/search/network.ts): each search becomes one federated multi-search with a query
 * per remote, sent to one node, which fans out and merges hits, totals and facets. Paging moves to the
 * federation (it pages the merged list); a node that is down comes back in remoteErrors, so the answer is
 * partial and names it. When the node asked is itself down or hung, the next one is asked. A node that
 * failed is left out for a few seconds, so a hung node costs one engine timeout, not one per search.
 */
export function networkOfNodes(coordinators: readonly Meilisearch[], remotes: readonly string[], onPartial?: (unavailable: string[], detail: Record<string, unknown>) => void): SearchBackend {
  let turn = 0;
  const downUntil = new Map<string, number>();
  const markDown = (names: Iterable<string>) => {
    for (const name of names) downUntil.set(name, Date.now() + RECHECK_AFTER_MS);
  };
  const isDown = (name: string) => (downUntil.get(name) ?? 0) > Date.now();

  const federated = async (client: Meilisearch, query: MultiSearchQuery, asked: readonly string[]): Promise<RawResult> => {
    const { indexUid, page, hitsPerPage, limit, offset, facets, ...rest } = query;
    const size = hitsPerPage ?? limit ?? 20;
    const start = page !== undefined && hitsPerPage !== undefined ? (page - 1) * hitsPerPage : (offset ?? 0);
    const merge = facets && facets.length > 0 ? { facetsByIndex: { [indexUid]: facets }, mergeFacets: { maxValuesPerFacet: MAX_VALUES_PER_FACET } } : {};
    const result = await client.multiSearch({
      federation: { limit: size, offset: start, ...merge },
      queries: asked.map((remote) => ({ indexUid, ...rest, federationOptions: { weight: 1, remote } })),
    });
    const raw = result as unknown as RawResult;
    for (const hit of raw.hits) delete hit._federation;
    return raw;
  };
  return {
    async run(queries) {
      // Nodes that failed a moment ago are not asked (unless all did): they count as unavailable.
      const asked = remotes.filter((name) => !isDown(name));
      const targets = asked.length > 0 ? asked : [...remotes];
      const skipped = remotes.filter((name) => !targets.includes(name));
      const order = coordinators.map((_, i) => (turn + i) % coordinators.length).sort((a, b) => Number(isDown(remotes[a]!)) - Number(isDown(remotes[b]!)));
      turn++;
      let lastError: unknown;
      for (const i of order) {
        try {
          const results = await engineCall(() => Promise.all(queries.map((query) => federated(coordinators[i]!, query, targets))));
          const errors = Object.assign({}, ...results.map((r) => r.remoteErrors ?? {})) as Record<string, { code?: string }>;
          for (const name of targets) if (!(name in errors)) downUntil.delete(name);
          markDown(Object.keys(errors).filter((name) => UNREACHABLE.has(errors[name]?.code ?? '')));
          const unavailable = [...new Set([...skipped, ...Object.keys(errors)])].sort();
          if (unavailable.length === remotes.length) throw new EngineUnavailableError();
          if (unavailable.length > 0) onPartial?.(unavailable, errors);
          const answers = results.map(toAnswer).map((answer) => ({ ...answer, totalHits: Math.min(answer.totalHits, MAX_TOTAL_HITS) }));
          return { answers, unavailable };
        } catch (error) {
          if (!unreachable(error)) throw error;
          markDown([remotes[i]!]);
          lastError = error;
        }
      }
      throw lastError;
    },
    async runOnNode(node, queries) {
      const name = remotes[node]!;
      const none = { answers: queries.map(() => ({ hits: [], totalHits: 0, facetDistribution: {}, facetStats: {} })), unavailable: [name] };
      if (isDown(name)) return none;
      try {
        return await singleNode(coordinators[node]!).run(queries);
      } catch (error) {
        if (!unreachable(error)) throw error;
        markDown([name]);
        onPartial?.([name], { [name]: { code: (error as Error).name } });
        return none;
      }
    },
  };
}
