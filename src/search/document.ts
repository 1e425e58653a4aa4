/** What ingestion stores for one article, and what search reads back. */
export interface ArticleDocument {
  id: string;
  title: string;
  source: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  /** The same date as Unix seconds (UTC midnight), for range filters and sorting. */
  date_ts: number | null;
  year: number | null;
  /** Cleaned original text, paragraphs separated by \n: what users read and what snippets are cut from. */
  body: string;
  /** Search forms produced by the Arabic analysis (stems, stop words left out). */
  title_stem: string;
  body_stem: string;
  /** Stem counts of title and body (src/search/terms.ts), and their lengths in stems: read by ranking. */
  title_terms: string;
  body_terms: string;
  lead_terms: string;
  title_len: number;
  body_len: number;
  /** The same value on every article: its facet count is the number of articles matching a term. */
  kind: typeof ARTICLE_KIND;
  /** Hash of the source file and analysis version: lets ingestion skip unchanged articles. */
  hash: string;
  /**
   * Set after each ingestion from the whole index (src/ingest/story-pass.ts): the story the article belongs
   * to (the smallest id among its articles) and the other outlets that reported it.
   */
  story?: string;
  also_reported_by?: string[];
}

export const ARTICLE_KIND = 'article';

/** What ranking reads for each candidate. */
export const RANKING_FIELDS = ['title_terms', 'body_terms', 'lead_terms', 'title_len', 'body_len'] as const;

/** Fields search results carry back (the search forms stay inside the engine). */
export const DISPLAYED_FIELDS = ['id', 'title', 'source', 'date', 'date_ts', 'year', 'body', 'story', 'also_reported_by'] as const;
export type DisplayedArticle = Pick<ArticleDocument, (typeof DISPLAYED_FIELDS)[number]>;
