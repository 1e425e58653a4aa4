import { foldToken, normalizeText } from './normalize.js';
import { stemToken } from './stem.js';
import { STOP_WORDS } from './stopwords.js';
import { VARIANT_STEMS } from './variants.js';

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
  /**
   * The stem behind a leading ب ل ك ف, which light10 keeps (بقيادة -> قياد, لمونديال -> مونديال); null
   * when there is no such letter or too little would remain. Documents are indexed under both stems and
   * queries search this one, so بقيادة finds قيادة and the reverse. Junk it makes from names that merely
   * begin with these letters (بريطانيا -> ريطاني) matches nothing else.
   */
  cliticFree: string | null;
  /** A function word (في, من, التي ...): kept for highlighting, left out of search forms. */
  stop: boolean;
}

// Letters, combining marks and digits; tatweel (Lm) is a letter here, so ســوريا stays one word.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const CLITICS = new Set(['و', 'ب', 'ل', 'ك', 'ف']);
const ATTACHED_PARTICLES = new Set(['ب', 'ل', 'ك', 'ف']);
/** Shorter remainders collide with real words (بحر -> حر). */
const MIN_CLITIC_FREE_LENGTH = 4;

/** The canonical spelling's stem, also behind one clitic letter light10 leaves on (لبوتن, وبتكوين). */
function canonicalVariant(stem: string): string {
  const direct = VARIANT_STEMS.get(stem);
  if (direct) return direct;
  if (stem.length >= 4 && CLITICS.has(stem[0]!)) {
    const behind = VARIANT_STEMS.get(stem.slice(1));
    if (behind) return behind;
  }
  return stem;
}

/**
 * The one Arabic analysis function: documents, queries and highlighting all go through it, so a word
 * matches in the snippet exactly when it matched in the engine.
 */
export function analyzeArabic(text: string): Token[] {
  const tokens: Token[] = [];
  const word = new RegExp(WORD);
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const surface = match[0];
    const forms = wordForms(surface);
    if (forms === null) continue;
    tokens.push({ start: match.index, end: match.index + surface.length, surface, exact: forms.exact, stem: forms.stem, cliticFree: forms.cliticFree, stop: forms.stop });
  }
  return tokens;
}

type WordForms = Pick<Token, 'exact' | 'stem' | 'cliticFree' | 'stop'>;

// News text repeats its vocabulary, so each spelling is analysed once: this cache makes analysis
// several times faster (npm run bench). Bounded: emptied when full rather than tracking recency.
const FORMS_CACHE_LIMIT = 200_000;
const formsCache = new Map<string, WordForms | null>();

function wordForms(surface: string): WordForms | null {
  let forms = formsCache.get(surface);
  if (forms !== undefined) return forms;
  const exact = foldToken(normalizeText(surface));
  if (exact.length === 0) {
    forms = null;
  } else {
    const stem = canonicalVariant(stemToken(exact));
    const stop = STOP_WORDS.has(exact);
    const remainder = !stop && ATTACHED_PARTICLES.has(stem[0]!) ? canonicalVariant(stemToken(stem.slice(1))) : '';
    forms = { exact, stem, cliticFree: remainder.length >= MIN_CLITIC_FREE_LENGTH ? remainder : null, stop };
  }
  if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
  formsCache.set(surface, forms);
  return forms;
}
