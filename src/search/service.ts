import type { Index, Meilisearch } from 'meilisearch';
import { DISPLAYED_FIELDS, type DisplayedArticle } from './document.js';
import { engineCall } from './engine.js';
import { buildFilter, quoteFilterValue } from './filters.js';
import { NotFoundError } from '../errors.js';
import { highlightText, snippet, HTML_MARK } from './highlight.js';
import { analyzeQuery } from './query.js';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchRequest {
  q: string;
  sources: string[];
  /** Inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort: SortOrder;
  page: number;
  hitsPerPage: number;
}

export interface SearchHit {
  id: string;
  title: string;
  /** The title with matches in <mark>, HTML-escaped otherwise. */
  titleHighlighted: string;
  source: string | null;
  date: string | null;
  /** A passage of the original text with matches in <mark>, HTML-escaped otherwise. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  totalHits: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: { source: Record<string, number>; year: Record<string, number> };
  processingTimeMs: number;
}

/** How many query words must match. Measured choices live in the retrieval evaluation (npm run eval). */
export const MATCHING_STRATEGY = 'all' as const;

export function dayToUnixSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

const SECONDS_PER_DAY = 86_400;

/** Search over one articles index, with the shared Arabic analysis on the query side. */
export class ArticleSearch {
  private readonly index: Index<DisplayedArticle>;

  constructor(
    private readonly client: Meilisearch,
    readonly indexUid: string,
  ) {
    this.index = client.index<DisplayedArticle>(indexUid);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const query = analyzeQuery(request.q);
    const placeholder = query.engineQuery.length === 0;
    const sort =
      request.sort === 'newest' || (placeholder && request.sort === 'relevance')
        ? ['date_ts:desc']
        : request.sort === 'oldest'
          ? ['date_ts:asc']
          : undefined;
    const filter = buildFilter({
      sources: request.sources,
      ...(request.from ? { fromTs: dayToUnixSeconds(request.from) } : {}),
      ...(request.to ? { toTs: dayToUnixSeconds(request.to) + SECONDS_PER_DAY - 1 } : {}),
    });
    const started = performance.now();
    const response = await engineCall(() =>
      this.index.search(query.engineQuery, {
        filter,
        facets: ['source', 'year'],
        page: request.page,
        hitsPerPage: request.hitsPerPage,
        attributesToRetrieve: [...DISPLAYED_FIELDS],
        matchingStrategy: MATCHING_STRATEGY,
        locales: ['ara'],
        ...(sort ? { sort } : {}),
      }),
    );
    const hits = response.hits.map((doc) => ({
      id: doc.id,
      title: doc.title,
      titleHighlighted: highlightText(doc.title, query, HTML_MARK),
      source: doc.source ?? null,
      date: doc.date ?? null,
      snippet: snippet(doc.body, query, HTML_MARK),
    }));
    const distribution = response.facetDistribution ?? {};
    return {
      query: request.q,
      hits,
      totalHits: response.totalHits ?? hits.length,
      page: response.page ?? request.page,
      hitsPerPage: response.hitsPerPage ?? request.hitsPerPage,
      totalPages: response.totalPages ?? 1,
      facets: { source: distribution.source ?? {}, year: distribution.year ?? {} },
      processingTimeMs: Math.round(performance.now() - started),
    };
  }

  async getArticle(id: string): Promise<DisplayedArticle> {
    // The gateway's key may only search, so one article is fetched as a filtered search.
    const response = await engineCall(() =>
      this.index.search('', { filter: `id = ${quoteFilterValue(id)}`, limit: 1, attributesToRetrieve: [...DISPLAYED_FIELDS] }),
    );
    const doc = response.hits[0];
    if (!doc) throw new NotFoundError('No article has this id.');
    return { id: doc.id, title: doc.title, source: doc.source ?? null, date: doc.date ?? null, date_ts: doc.date_ts ?? null, year: doc.year ?? null, body: doc.body };
  }

  /** Ready when the engine answers a search on our index with our key. */
  async ready(): Promise<void> {
    await engineCall(() => this.index.search('', { limit: 0 }));
  }
}
