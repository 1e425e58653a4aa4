import { analyzeArabic, type Token } from '../arabic/index.js';

/** Meilisearch only reads the first ten words of a query. */
const MAX_QUERY_WORDS = 10;

/** A user's query after the shared Arabic analysis: what the engine is asked, and what highlights. */
export interface AnalyzedQuery {
  raw: string;
  /** The stems sent to the engine; empty means "list everything". */
  engineQuery: string;
  /** Stems that count as a match when highlighting. */
  stems: ReadonlySet<string>;
  /** The distinct stems in query order: what ranking weighs. */
  terms: readonly string[];
  /** The last word as typed so far (search-as-you-type): its exact form matches as a prefix. */
  prefix: string | null;
}

const MIN_PREFIX_LENGTH = 3;

/** Documents are indexed under both stems of a word with a particle; the clitic-free one finds both. */
const searchForm = (token: Token) => token.cliticFree ?? token.stem;

export function analyzeQuery(raw: string): AnalyzedQuery {
  const tokens = analyzeArabic(raw);
  const content = tokens.filter((t) => !t.stop);
  // A query made only of function words is still a query: search them rather than return everything.
  const used: Token[] = (content.length > 0 ? content : tokens).slice(0, MAX_QUERY_WORDS);
  const last = used.at(-1);
  // The engine matches the last word as a prefix unless the user has moved on to the next word.
  const typingLastWord = last !== undefined && last.end === raw.trimEnd().length && !/\s$/.test(raw);
  return {
    raw,
    engineQuery: [...new Set(used.map(searchForm))].join(' '),
    stems: new Set(used.map(searchForm)),
    terms: [...new Set(used.map(searchForm))],
    prefix: typingLastWord && last.exact.length >= MIN_PREFIX_LENGTH ? last.exact : null,
  };
}
