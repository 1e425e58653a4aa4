import type { Settings } from 'meilisearch';
import { DISPLAYED_FIELDS, RANKING_FIELDS } from './document.js';

export const FILTERABLE_FIELDS = ['id', 'source', 'date_ts', 'year', 'kind', 'story'] as const;
/** Fields filtered by range (the rest only by equality): the engine builds range structures for these alone. */
const RANGE_FIELDS: readonly (typeof FILTERABLE_FIELDS)[number][] = ['date_ts', 'year'];
export const SORTABLE_FIELDS = ['date_ts'] as const;

/**
 * Index settings. Notes from ../shared/research/meilisearch-notes.md:
 * - localizedAttributes forces Arabic tokenization; without it short queries are guessed as Persian and miss.
 * - our analysis already folds letters and strips affixes, so the engine sees stems;
 * - typos on short stems make false hits (تركيا -> التركيز), hence the raised word sizes; measured with
 *   npm run eval, typos off entirely gave the same nDCG@10 and a lower recall@100, so they stay for users'
 *   misspellings;
 * - no "proximity" rule: on Arabic stems it ranked worse (engine order nDCG@10 0.845 with it, 0.899
 *   without), and the gateway's ranking does not use it;
 * - "sort" sits right after "words" so that newest/oldest order wins over attribute and exactness.
 */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title_stem', 'body_stem'],
  displayedAttributes: [...DISPLAYED_FIELDS, ...RANKING_FIELDS, 'hash'],
  // Facet values are searched by the gateway (compat facet-search), never by the engine.
  filterableAttributes: FILTERABLE_FIELDS.map((field) => ({
    attributePatterns: [field],
    features: { facetSearch: false, filter: { equality: true, comparison: RANGE_FIELDS.includes(field) } },
  })),
  facetSearch: false,
  sortableAttributes: [...SORTABLE_FIELDS],
  rankingRules: ['words', 'sort', 'typo', 'attribute', 'exactness'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['ara'] }],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 1000 },
  searchCutoffMs: 1500,
};
