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
  /** Hash of the source file and analysis version: lets ingestion skip unchanged articles. */
  hash: string;
}

/** Fields search results carry back (the search forms stay inside the engine). */
export const DISPLAYED_FIELDS = ['id', 'title', 'source', 'date', 'date_ts', 'year', 'body'] as const;
export type DisplayedArticle = Pick<ArticleDocument, (typeof DISPLAYED_FIELDS)[number]>;
