import { z } from 'zod';
import { InvalidParameterError } from '../../errors.js';
import { DISPLAYED_FIELDS } from '../../search/document.js';
import type { QuerySpec, SortOrder } from '../../search/service.js';
import { MAX_QUERY_LENGTH, stripUnwanted } from '../params.js';
import { toEngineFilter, type FilterAttributes } from './filter.js';

// The Meilisearch search request, as @meilisearch/instant-meilisearch and the meilisearch JS client send it
// (../shared/research/ecosystem.md §1.1), checked strictly: unknown fields and attributes are 400s.

export const FILTER_ATTRIBUTES: FilterAttributes = {
  source: { field: 'source', type: 'string' },
  year: { field: 'year', type: 'number' },
  date_ts: { field: 'date_ts', type: 'number' },
};
const FACET_ATTRIBUTES = Object.keys(FILTER_ATTRIBUTES);
/** Fields of a hit whose text can be highlighted or cropped. */
export const TEXT_ATTRIBUTES = ['title', 'body', 'source'] as const;
const SORTS: Record<string, SortOrder> = { 'date_ts:desc': 'newest', 'date_ts:asc': 'oldest' };

/** pagination.maxTotalHits in src/search/settings.ts: no hit past this rank exists. */
const MAX_HITS = 1000;
const MAX_POSITION = 1_000_000;
/** Hits one multi-search may ask for in all, each highlighted from the original text. */
const MAX_HITS_PER_REQUEST = 1000;
const MAX_LIST = 50;
const MAX_QUERIES = 20;

const count = (max: number) => z.number().int().min(0).max(max);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST);
const oneOf = (names: readonly string[], what: string) =>
  z.string().refine((name) => name === '*' || names.includes(name), {
    error: (issue) => `${what} \`${String(issue.input)}\` is not available; use ${names.map((n) => `\`${n}\``).join(', ')} or \`*\``,
  });

const filterSchema = z.union([z.string(), z.array(z.union([z.string(), z.array(z.string()).max(MAX_LIST)])).max(MAX_LIST)]);

export const searchFields = {
  q: z.string().max(MAX_QUERY_LENGTH, `q may be at most ${MAX_QUERY_LENGTH} characters`).nullable().optional(),
  filter: filterSchema.nullable().optional(),
  facets: list(oneOf(FACET_ATTRIBUTES, 'facet')).nullable().optional(),
  attributesToRetrieve: list(oneOf(DISPLAYED_FIELDS, 'attribute')).nullable().optional(),
  attributesToHighlight: list(oneOf(TEXT_ATTRIBUTES, 'attribute')).nullable().optional(),
  attributesToCrop: list(
    z.string().refine((spec) => {
      const [name, length, extra] = spec.split(':');
      return extra === undefined && (name === '*' || (TEXT_ATTRIBUTES as readonly string[]).includes(name!)) && (length === undefined || (/^[1-9]\d{0,2}$/.test(length) && Number(length) <= 500));
    }, { error: (issue) => `attributesToCrop: \`${String(issue.input)}\` must be title, body, source or * with an optional :length from 1 to 500` }),
  ).nullable().optional(),
  cropLength: z.number().int().min(1).max(500).optional(),
  cropMarker: z.string().max(50).optional(),
  highlightPreTag: z.string().max(100).optional(),
  highlightPostTag: z.string().max(100).optional(),
  limit: count(MAX_HITS).optional(),
  // Past maxTotalHits a page is simply empty, as in Meilisearch: a shared deep link is not an error.
  offset: count(MAX_POSITION).optional(),
  hitsPerPage: count(MAX_HITS).optional(),
  page: count(MAX_POSITION).optional(),
  sort: list(z.string()).max(1, 'sort: only one sort rule is available').nullable().optional(),
  // One article per story, as Meilisearch's search-time distinct; `story` is the only distinct attribute.
  distinct: z.literal('story', { error: 'distinct: only `story` is available' }).nullable().optional(),
};

const unknownKeys = { error: (issue: { code: string; keys?: string[] }) => (issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `\`${k}\``).join(', ')}` : undefined) };

export const searchSchema = z.strictObject(searchFields, unknownKeys);
export const multiSearchSchema = z.strictObject(
  {
    queries: z
      .array(z.strictObject({ indexUid: z.string().min(1).max(400), ...searchFields }, unknownKeys))
      .min(1)
      .max(MAX_QUERIES, `at most ${MAX_QUERIES} queries in one multi-search`)
      .refine((queries) => queries.reduce((sum, q) => sum + (q.hitsPerPage ?? q.limit ?? 20), 0) <= MAX_HITS_PER_REQUEST, {
        error: `at most ${MAX_HITS_PER_REQUEST} hits in all the queries of one multi-search`,
      }),
  },
  unknownKeys,
);
export const facetSearchSchema = z.strictObject(
  {
    ...searchFields,
    facetName: z.string().refine((name) => name === 'source' || name === 'year', { error: 'facetName must be `source` or `year`' }),
    facetQuery: z.string().max(200).nullable().optional(),
  },
  unknownKeys,
);

export type CompatSearch = z.infer<typeof searchSchema>;

/** Zod's first issue, as a 400 naming the field the way Meilisearch codes do (invalid_search_<field>). */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidParameterError('The request body must be a JSON object.');
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.filter((p) => typeof p === 'string');
  const field = path.at(-1);
  const message = issue.code === 'unrecognized_keys' || !field || issue.message.startsWith(String(field)) ? issue.message : `${String(field)}: ${issue.message}`;
  throw new InvalidParameterError(message, issue.code === 'unrecognized_keys' ? undefined : field);
}

export interface Pagination {
  /** Finite (hitsPerPage/page) answers with exact totals and pages; otherwise limit/offset with an estimate. */
  finite: boolean;
  offset: number;
  limit: number;
  page: number;
  hitsPerPage: number;
}

export function pagination(request: CompatSearch): Pagination {
  if (request.hitsPerPage !== undefined || request.page !== undefined) {
    const hitsPerPage = request.hitsPerPage ?? 20;
    const page = request.page ?? 1;
    // Page 0 exists in Meilisearch and holds no hits.
    return { finite: true, offset: Math.max(0, page - 1) * hitsPerPage, limit: page === 0 ? 0 : hitsPerPage, page, hitsPerPage };
  }
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 20;
  return { finite: false, offset, limit, page: 0, hitsPerPage: 0 };
}

/** The engine-side search for a checked compat request. */
export function toQuerySpec(request: CompatSearch, paging: Pagination): QuerySpec {
  const sortRule = request.sort?.[0];
  if (sortRule !== undefined && !Object.hasOwn(SORTS, sortRule)) {
    throw new InvalidParameterError(`sort: \`${sortRule}\` is not available; use \`date_ts:desc\` or \`date_ts:asc\``, 'sort');
  }
  const facets = request.facets ?? [];
  // The window never reaches past maxTotalHits, as in Meilisearch.
  const limit = Math.max(0, Math.min(paging.limit, MAX_HITS - paging.offset));
  return {
    q: stripUnwanted(request.q ?? ''),
    filter: toEngineFilter(request.filter ?? undefined, FILTER_ATTRIBUTES),
    sort: sortRule ? SORTS[sortRule]! : 'relevance',
    offset: paging.offset,
    limit,
    facets: facets.includes('*') ? FACET_ATTRIBUTES : [...new Set(facets)],
    collapseStories: request.distinct === 'story',
  };
}
