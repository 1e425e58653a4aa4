// Orthographic folding for Arabic search. Hand-written because no npm normalizer covers the set we
// need (see ../shared/research/stemming.md, "Orthographic normalization"): the packages either miss
// hamza seats, Persian letters and Arabic-Indic digits, or delete digits outright.

/** Harakat, tanween, shadda, sukun, superscript alef, Quranic marks and tatweel. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const LETTER_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ -> ا
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0671': '\u0627', // ٱ -> ا
  '\u0649': '\u064A', // ى -> ي
  '\u0629': '\u0647', // ة -> ه
  '\u0624': '\u0648', // ؤ -> و
  '\u0626': '\u064A', // ئ -> ي
  // Persian yeh and keheh: Meilisearch folds ي/ك the other way when it guesses Persian.
  '\u06CC': '\u064A',
  '\u06A9': '\u0643',
};
const LETTERS = /[\u0622\u0623\u0625\u0671\u0649\u0629\u0624\u0626\u06CC\u06A9]/g;
const INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function foldDigit(d: string): string {
  const code = d.charCodeAt(0);
  return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
}

/** Text-level normalization applied before tokenizing: compatibility forms and digits. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INDIC_DIGITS, foldDigit);
}

/** Token-level folding: marks removed, letter variants folded, Latin lowercased. */
export function foldToken(token: string): string {
  return token
    .replace(MARKS, '')
    .replace(LETTERS, (c) => LETTER_FOLDS[c] ?? c)
    .toLowerCase();
}
