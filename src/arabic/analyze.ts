import { screenFor, type KeyScreen } from './key-screen.js';
import { foldToken, foldWord, normalizeText } from './normalize.js';
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
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
// The same class as a table over the BMP: a scan by char code is several times faster than the regex.
const IS_WORD_CHAR = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  if ((code < 0xd800 || code > 0xdfff) && WORD_CHAR.test(String.fromCharCode(code))) IS_WORD_CHAR[code] = 1;
}

/** Whether a word character beyond the BMP (a surrogate pair) starts at i. */
function astralWordCharAt(text: string, i: number): boolean {
  const point = text.codePointAt(i)!;
  return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point));
}

const CLITICS = new Set([...'وبلكف'].map((letter) => letter.charCodeAt(0)));
const ATTACHED_PARTICLES = new Set([...'بلكف'].map((letter) => letter.charCodeAt(0)));
/** Shorter remainders collide with real words (بحر -> حر). */
const MIN_CLITIC_FREE_LENGTH = 4;

const variantScreen = screenFor(VARIANT_STEMS.keys());
const stopScreen = screenFor(STOP_WORDS);

/** The canonical spelling's stem, also behind one clitic letter light10 leaves on (لبوتن, وبتكوين). */
function canonicalVariant(stem: string): string {
  const direct = variantScreen.mayHold(stem) ? VARIANT_STEMS.get(stem) : undefined;
  if (direct) return direct;
  if (stem.length >= 4 && CLITICS.has(stem.charCodeAt(0))) {
    const rest = stem.slice(1);
    const behind = variantScreen.mayHold(rest) ? VARIANT_STEMS.get(rest) : undefined;
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
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (IS_WORD_CHAR[code] === 1) i++;
      else if (code >= 0xd800 && code <= 0xdbff && astralWordCharAt(text, i)) i += 2;
      else break;
    }
    if (i === start) {
      i++;
      continue;
    }
    const token = wordToken(text.slice(start, i), start, i);
    if (token !== null) tokens.push(token);
  }
  markPhrases(tokens);
  return tokens;
}

interface KnownPhrase {
  stems: readonly string[];
  group: string;
}

interface PhraseTable {
  /** Phrases by their first stem, longest first. */
  byFirstStem: Map<string, KnownPhrase[]>;
  screen: KeyScreen;
}

let phraseTable: PhraseTable | null = null;
let buildingPhraseTable = false;

/** Built once from PHRASE_GROUPS with this same analysis; null while that analysis runs. */
function knownPhrases(): PhraseTable | null {
  if (phraseTable || buildingPhraseTable) return phraseTable;
  buildingPhraseTable = true;
  const byFirst = new Map<string, KnownPhrase[]>();
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
  phraseTable = { byFirstStem: byFirst, screen: screenFor(byFirst.keys()) };
  return phraseTable;
}

function markPhrases(tokens: Token[]): void {
  const phrases = knownPhrases();
  if (phrases === null) return;
  const lookUp = (stem: string | null) => (stem !== null && phrases.screen.mayHold(stem) ? phrases.byFirstStem.get(stem) : undefined);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const candidates = lookUp(first.stem) ?? lookUp(first.cliticFree);
    if (!candidates) continue;
    const found = candidates.find((p) => p.stems.every((stem, k) => tokens[i + k]?.stem === stem || tokens[i + k]?.cliticFree === stem));
    if (!found) continue;
    for (let k = 0; k < found.stems.length; k++) tokens[i + k]!.phrase = found.group;
    tokens[i]!.phraseStart = true;
    i += found.stems.length - 1;
  }
}

function wordToken(surface: string, start: number, end: number): Token | null {
  const exact = foldWord(surface) ?? foldToken(normalizeText(surface));
  if (exact.length === 0) return null;
  const stem = canonicalVariant(stemToken(exact));
  const stop = stopScreen.mayHold(exact) && STOP_WORDS.has(exact);
  const remainder = !stop && ATTACHED_PARTICLES.has(stem.charCodeAt(0)) ? canonicalVariant(stemToken(stem.slice(1))) : '';
  const cliticFree = remainder.length >= MIN_CLITIC_FREE_LENGTH ? remainder : null;
  return { start, end, surface, exact, stem, cliticFree, stop, phrase: null, phraseStart: false };
}
