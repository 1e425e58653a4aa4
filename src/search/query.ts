import { analyzeArabic, type Token } from '../arabic/index.js';

/** Meilisearch only reads the first ten words of a query. */
const MAX_QUERY_WORDS = 10;

/**
 * One unit of meaning in a query: a word, or a known phrase typed as words (الهجرة السرية), which also
 * matches through its group stem wherever another spelling of it stands (الهجرة غير الشرعية).
 */
export interface QueryPart {
  words: readonly string[];
  group: string | null;
}

/** A user's query after the shared Arabic analysis: what the engine is asked, and what highlights. */
export interface AnalyzedQuery {
  raw: string;
  /** The stems sent to the engine; empty means "list everything". */
  engineQuery: string;
  /** Stems that count as a match when highlighting. */
  stems: ReadonlySet<string>;
  /** What ranking weighs, in query order. */
  parts: readonly QueryPart[];
  /** Every stem of the parts (words and groups), distinct. */
  terms: readonly string[];
  /** The last word as typed so far (search-as-you-type): its exact form matches as a prefix. */
  prefix: string | null;
}

const MIN_PREFIX_LENGTH = 3;

/** Documents are indexed under both stems of a word with a particle, so the clitic-free one finds both. */
const wordForm = (token: Token) => token.cliticFree ?? token.stem;

function partsOf(tokens: readonly Token[]): QueryPart[] {
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const word = wordForm(token);
    // A one-word name of a group (داعش) is its own group stem: a plain word.
    const group = token.phrase !== null && token.phrase !== word ? token.phrase : null;
    const previous = parts.at(-1);
    if (group !== null && previous?.group === group) {
      if (!previous.words.includes(word)) (previous.words as string[]).push(word);
    } else if (group !== null) {
      parts.push({ words: [word], group });
    } else if (!seen.has(word)) {
      parts.push({ words: [word], group: null });
    }
    seen.add(word);
  }
  return parts;
}

export function analyzeQuery(raw: string): AnalyzedQuery {
  const tokens = analyzeArabic(raw);
  const content = tokens.filter((t) => !t.stop);
  // A query made only of function words is still a query: search them rather than return everything.
  const used: Token[] = (content.length > 0 ? content : tokens).slice(0, MAX_QUERY_WORDS);
  const last = used.at(-1);
  // The engine matches the last word as a prefix unless the user has moved on to the next word.
  const typingLastWord = last !== undefined && last.end === raw.trimEnd().length && !/\s$/.test(raw);
  const parts = partsOf(used);
  const terms = [...new Set(parts.flatMap((part) => (part.group ? [...part.words, part.group] : part.words)))];
  return {
    raw,
    engineQuery: terms.join(' '),
    stems: new Set(terms),
    parts,
    terms,
    prefix: typingLastWord && last.exact.length >= MIN_PREFIX_LENGTH ? last.exact : null,
  };
}
