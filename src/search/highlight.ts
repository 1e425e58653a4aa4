import { analyzeArabic, type Token } from '../arabic/index.js';
import type { AnalyzedQuery } from './query.js';

export interface HighlightTags {
  pre: string;
  post: string;
  /** Applied to the text between tags: HTML-escaping for our API, identity for clients that escape. */
  escape: (text: string) => string;
}

export const HTML_MARK: HighlightTags = { pre: '<mark>', post: '</mark>', escape: escapeHtml };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The query stem a word stands for where it matched in the engine (its stem, its clitic-free stem or its
 * phrase group), its own stem for the word being typed as a prefix, or null when it does not match.
 */
function matchedStem(token: Token, query: AnalyzedQuery): string | null {
  if (query.stems.has(token.stem)) return token.stem;
  if (token.cliticFree !== null && query.stems.has(token.cliticFree)) return token.cliticFree;
  if (token.phrase !== null && query.stems.has(token.phrase)) return token.phrase;
  return query.prefix !== null && token.exact.startsWith(query.prefix) ? token.stem : null;
}

/** Marks the matching words of a text: a word matches where its stem matched in the engine. */
function markRange(text: string, tokens: Token[], from: number, to: number, query: AnalyzedQuery, tags: HighlightTags): string {
  let out = '';
  let cursor = from;
  for (const token of tokens) {
    if (token.start < from || token.end > to || matchedStem(token, query) === null) continue;
    out += tags.escape(text.slice(cursor, token.start)) + tags.pre + tags.escape(token.surface) + tags.post;
    cursor = token.end;
  }
  return out + tags.escape(text.slice(cursor, to));
}

export function highlightText(text: string, query: AnalyzedQuery, tags: HighlightTags = HTML_MARK): string {
  return markRange(text, analyzeArabic(text), 0, text.length, query, tags);
}

export interface SnippetOptions {
  /** Window size in words. */
  words?: number;
  ellipsis?: string;
}

/**
 * Tokens of the text paragraph by paragraph, stopping after the first paragraph in which every query stem
 * has matched somewhere so far (no later window can match more distinct stems), or, once something has
 * matched, after the first SNIPPET_SCAN_CHARS characters; in either case only once a full window of
 * words follows the last match, so a match at a paragraph's end still gets its context. Analysing whole
 * bodies was most of the gateway's own time per search (npm run bench).
 */
const SNIPPET_SCAN_CHARS = 3000;

function tokensUntilAllMatched(text: string, query: AnalyzedQuery, windowWords: number): { tokens: Token[]; complete: boolean } {
  const tokens: Token[] = [];
  const wanted = query.stems.size;
  const seen = new Set<string>();
  let lastMatch = -1;
  let offset = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    for (const token of analyzeArabic(text.slice(offset, end))) {
      token.start += offset;
      token.end += offset;
      tokens.push(token);
      const stem = matchedStem(token, query);
      if (stem !== null) {
        seen.add(stem);
        lastMatch = tokens.length - 1;
      }
    }
    offset = end + 1;
    if (offset >= text.length) break;
    if (seen.size === 0 || tokens.length < lastMatch + windowWords) continue;
    if (wanted > 0 && seen.size >= wanted) return { tokens, complete: false };
    // Long articles: past the first few thousand characters, any matching passage will do.
    if (offset >= SNIPPET_SCAN_CHARS) return { tokens, complete: false };
  }
  return { tokens, complete: true };
}


/**
 * The passage of `words` words with the most distinct matching stems (earliest wins ties), cut on word
 * boundaries of the original text, matches marked. Without matches: the opening words.
 */
export function snippet(text: string, query: AnalyzedQuery, tags: HighlightTags = HTML_MARK, options: SnippetOptions = {}): string {
  const size = options.words ?? 40;
  const ellipsis = options.ellipsis ?? '…';
  const { tokens, complete } = tokensUntilAllMatched(text, query, size);
  if (tokens.length === 0) return tags.escape(text.slice(0, 300));
  const matched = tokens.map((t) => matchedStem(t, query));
  let bestStart = 0;
  let bestScore = -1;
  for (let start = 0; start < tokens.length; start++) {
    if (start > 0 && matched[start] === null) continue; // windows worth trying begin on a match
    const seen = new Set<string>();
    let hits = 0;
    for (let i = start; i < Math.min(tokens.length, start + size); i++) {
      const stem = matched[i];
      if (stem != null) {
        seen.add(stem);
        hits++;
      }
    }
    const score = seen.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  // Start a few words before the first match, so the match is read in context.
  const first = Math.max(0, bestStart - (bestStart > 0 ? 5 : 0));
  const lastToken = Math.min(tokens.length, first + size) - 1;
  const from = first === 0 ? 0 : tokens[first]!.start;
  const to = complete && lastToken === tokens.length - 1 ? text.length : tokens[lastToken]!.end;
  const body = markRange(text, tokens, from, to, query, tags).replace(/\s*\n\s*/g, ' ').trim();
  return (from > 0 ? ellipsis + ' ' : '') + body + (to < text.length ? ' ' + ellipsis : '');
}
