import { analyzeArabic } from '../../arabic/index.js';
import { DISPLAYED_FIELDS, type DisplayedArticle } from '../../search/document.js';
import { highlightText, snippet, type HighlightTags } from '../../search/highlight.js';
import type { QueryOutcome, QuerySpec } from '../../search/service.js';
import { TEXT_ATTRIBUTES, type CompatSearch, type Pagination } from './request.js';

// Answers in Meilisearch's response shapes, with `_formatted` rebuilt on the original text by the same
// highlighting as /api/search. Values are not HTML-escaped: Meilisearch does not, and InstantSearch escapes
// everything but its own tags.

type TextAttribute = (typeof TEXT_ATTRIBUTES)[number];
const DEFAULT_CROP_LENGTH = 10;
const identity = (text: string) => text;

function expand<T extends string>(names: readonly string[] | null | undefined, all: readonly T[]): Set<T> {
  if (!names) return new Set();
  return new Set(names.includes('*') ? all : (names.filter((n) => (all as readonly string[]).includes(n)) as T[]));
}

function cropLengths(request: CompatSearch): Map<TextAttribute, number> {
  const lengths = new Map<TextAttribute, number>();
  for (const spec of request.attributesToCrop ?? []) {
    const [name, length] = spec.split(':');
    const words = length ? Number(length) : (request.cropLength ?? DEFAULT_CROP_LENGTH);
    for (const attribute of name === '*' ? TEXT_ATTRIBUTES : [name as TextAttribute]) lengths.set(attribute, words);
  }
  return lengths;
}

export function formatHits(outcome: QueryOutcome, request: CompatSearch): Record<string, unknown>[] {
  const retrieved = request.attributesToRetrieve ? expand(request.attributesToRetrieve, DISPLAYED_FIELDS) : new Set(DISPLAYED_FIELDS);
  const highlighted = expand(request.attributesToHighlight, TEXT_ATTRIBUTES);
  const cropped = cropLengths(request);
  const formatting = highlighted.size > 0 || cropped.size > 0;
  const marks: HighlightTags = { pre: request.highlightPreTag ?? '<em>', post: request.highlightPostTag ?? '</em>', escape: identity };
  const plain: HighlightTags = { pre: '', post: '', escape: identity };

  return outcome.articles.map((article) => {
    const hit: Record<string, unknown> = {};
    for (const field of DISPLAYED_FIELDS) if (retrieved.has(field)) hit[field] = article[field];
    if (!formatting) return hit;
    // As in Meilisearch: _formatted holds the retrieved fields plus any highlighted or cropped one.
    const formatted: Record<string, unknown> = {};
    for (const field of DISPLAYED_FIELDS) {
      const isText = (TEXT_ATTRIBUTES as readonly string[]).includes(field);
      const attribute = field as TextAttribute;
      if (!retrieved.has(field) && !(isText && (highlighted.has(attribute) || cropped.has(attribute)))) continue;
      formatted[field] = isText ? formatText(article, attribute, outcome, highlighted.has(attribute) ? marks : plain, cropped.get(attribute), request.cropMarker) : article[field];
    }
    hit._formatted = formatted;
    return hit;
  });
}

function formatText(article: DisplayedArticle, attribute: TextAttribute, outcome: QueryOutcome, tags: HighlightTags, cropWords: number | undefined, cropMarker: string | undefined): string | null {
  const text = article[attribute];
  if (text === null) return null;
  if (cropWords === undefined) return highlightText(text, outcome.query, tags);
  return snippet(text, outcome.query, tags, { words: cropWords, ellipsis: cropMarker ?? '…' });
}

export function searchResult(outcome: QueryOutcome, request: CompatSearch, spec: QuerySpec, paging: Pagination, processingTimeMs: number) {
  const totals = paging.finite
    ? {
        hitsPerPage: paging.hitsPerPage,
        page: paging.page,
        totalPages: paging.hitsPerPage === 0 ? 0 : Math.ceil(outcome.totalHits / paging.hitsPerPage),
        totalHits: outcome.totalHits,
      }
    : { limit: paging.limit, offset: paging.offset, estimatedTotalHits: outcome.totalHits };
  return {
    hits: formatHits(outcome, request),
    query: request.q ?? '',
    processingTimeMs,
    ...totals,
    ...(spec.facets.length > 0
      ? {
          facetDistribution: Object.fromEntries(spec.facets.map((f) => [f, outcome.facetDistribution[f] ?? {}])),
          facetStats: Object.fromEntries(Object.entries(outcome.facetStats).filter(([f]) => spec.facets.includes(f))),
        }
      : {}),
    // instant-meilisearch keeps only `metadata` of unknown fields (as results._rawResults[i]._meilisearch): the page reads it there.
    ...(outcome.unavailableShards.length > 0 ? { partial: true, unavailableShards: outcome.unavailableShards, metadata: { partial: true, unavailableShards: outcome.unavailableShards } } : {}),
  };
}

/**
 * Facet values whose words begin with the words of facetQuery, compared after the Arabic analysis'
 * letter folding, so "الجزيره" finds "الجزيرة" (Meilisearch's own facet search does not fold Arabic).
 */
export function facetHits(distribution: Record<string, number>, facetQuery: string): { value: string; count: number }[] {
  const wanted = analyzeArabic(facetQuery).map((t) => t.exact);
  return Object.entries(distribution)
    .filter(([value]) => {
      const words = analyzeArabic(value).map((t) => t.exact);
      // The article is optional: "جزيرة" finds "الجزيرة" too.
      return wanted.every((w) => words.some((word) => word.startsWith(w) || word.replace(/^ال/, '').startsWith(w)));
    })
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'ar'));
}
