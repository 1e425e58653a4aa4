import { foldToken, normalizeText } from './normalize.js';
import { stemToken } from './stem.js';
import { STOP_WORDS } from './stopwords.js';
import { PHRASE_GROUPS, VARIANT_STEMS } from './variants.js';

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
  /**
   * When this word is part of a known phrase (src/arabic/variants.ts PHRASE_GROUPS): the search form of
   * its group's name, which documents are also indexed under and queries search instead.
   */
  phrase: string | null;
  /** True on the first word of such a phrase: documents add the group stem there, once per phrase. */
  phraseStart: boolean;
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
    tokens.push({ start: match.index, end: match.index + surface.length, surface, exact: forms.exact, stem: forms.stem, cliticFree: forms.cliticFree, stop: forms.stop, phrase: null, phraseStart: false });
  }
  markPhrases(tokens);
  return tokens;
}

interface KnownPhrase {
  stems: readonly string[];
  group: string;
}

/** Phrases by their first stem, longest first, built once from the table with this same analysis. */
let phrasesByFirstStem: Map<string, KnownPhrase[]> | null = null;

function knownPhrases(): Map<string, KnownPhrase[]> {
  if (phrasesByFirstStem) return phrasesByFirstStem;
  const byFirst = new Map<string, KnownPhrase[]>();
  phrasesByFirstStem = byFirst; // set first: analysing the table below must not recurse into it
  const stemsOf = (text: string) => analyzeArabic(text).map((t) => t.stem);
  for (const [name, ...phrases] of PHRASE_GROUPS) {
    const nameTokens = analyzeArabic(name!);
    const nameStems = nameTokens.map((t) => t.stem);
    // A one-word name is searched as any word is (clitic-free form first); a phrase name, run together.
    const group = nameTokens.length === 1 ? (nameTokens[0]!.cliticFree ?? nameTokens[0]!.stem) : nameStems.join('');
    for (const text of nameStems.length > 1 ? [name!, ...phrases] : phrases) {
      const stems = stemsOf(text);
      if (stems.length < 2) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, group });
      list.sort((a, b) => b.stems.length - a.stems.length);
      byFirst.set(stems[0]!, list);
    }
  }
  return byFirst;
}

function markPhrases(tokens: Token[]): void {
  const phrases = knownPhrases();
  if (phrases.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const candidates = phrases.get(first.stem) ?? (first.cliticFree !== null ? phrases.get(first.cliticFree) : undefined);
    if (!candidates) continue;
    const found = candidates.find((p) => p.stems.every((stem, k) => tokens[i + k]?.stem === stem || tokens[i + k]?.cliticFree === stem));
    if (!found) continue;
    for (let k = 0; k < found.stems.length; k++) tokens[i + k]!.phrase = found.group;
    tokens[i]!.phraseStart = true;
    i += found.stems.length - 1;
  }
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
