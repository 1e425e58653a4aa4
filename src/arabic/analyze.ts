import { foldToken, normalizeText } from './normalize.js';
import { stemToken } from './stem.js';
import { STOP_WORDS } from './stopwords.js';

/** One word of a text, with its place in the original string and its search forms. */
export interface Token {
  /** UTF-16 offsets into the analysed string, so highlights land on the original text. */
  start: number;
  end: number;
  surface: string;
  /** Normalized exact form: letters folded, marks removed (what "exact match" means here). */
  exact: string;
  /** Light stem of the exact form. */
  stem: string;
  /** A function word (في, من, التي ...): kept for highlighting, left out of search forms. */
  stop: boolean;
}

// Letters, combining marks and digits; tatweel (Lm) is a letter here, so ســوريا stays one word.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The one Arabic analysis function: documents, queries and highlighting all go through it, so a word
 * matches in the snippet exactly when it matched in the engine.
 */
export function analyzeArabic(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const exact = foldToken(normalizeText(surface));
    if (exact.length === 0) continue;
    tokens.push({
      start: match.index,
      end: match.index + surface.length,
      surface,
      exact,
      stem: stemToken(exact),
      stop: STOP_WORDS.has(exact),
    });
  }
  return tokens;
}
