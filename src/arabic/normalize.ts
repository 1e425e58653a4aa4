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

// A table-driven fold for the words news text is made of (ASCII and the Arabic block), giving exactly
// what foldToken(normalizeText(word)) gives without its regexes and NFKC pass: analysis runs this on
// every word of every article, and the regex path was most of its time (npm run bench -- --only
// analysis). The table is computed from the reference functions, so the two cannot drift apart.
const TABLE_END = 0x0700;
const NEEDS_FULL_PATH = 0xffff;
const DROPPED = 0xfffe;
const FOLDED = new Uint16Array(TABLE_END);
for (let code = 0; code < TABLE_END; code++) {
  const char = String.fromCharCode(code);
  const folded = foldToken(normalizeText(char));
  // Latin-1 letters and combining marks outside MARKS compose or change under NFKC with their neighbours.
  const tableSafe = (code < 0x80 || code >= 0x0600) && !/\p{M}/u.test(char);
  FOLDED[code] = folded.length === 0 ? DROPPED : tableSafe && folded.length === 1 ? folded.charCodeAt(0) : NEEDS_FULL_PATH;
}
// Letters that take a following hamza mark into a different letter under NFC (ە + ٔ -> ۀ).
for (const code of [0x06c1, 0x06d2, 0x06d5]) FOLDED[code] = NEEDS_FULL_PATH;

/**
 * foldToken(normalizeText(word)), or null when the word has a character outside the table (Latin-1,
 * presentation forms, other scripts), which must take the full path.
 */
export function foldWord(word: string): string | null {
  let changed = false;
  const end = word.length;
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i);
    if (code >= TABLE_END) return null;
    const folded = FOLDED[code]!;
    if (folded === NEEDS_FULL_PATH) return null;
    if (folded !== code) changed = true;
  }
  if (!changed) return word;
  let out = '';
  for (let i = 0; i < end; i++) {
    const folded = FOLDED[word.charCodeAt(i)]!;
    if (folded !== DROPPED) out += String.fromCharCode(folded);
  }
  return out;
}
