// Light stemming after Lucene's ArabicStemmer (Larkey's light10), re-implemented from its documented
// rules. No npm package implements light10; the Snowball ports score ~16 points lower on news
// vocabulary and mangle names (بوتين -> وتين); see ../shared/research/stemming.md.
// Input must already be folded by foldToken (light10 expects normalized text, as in Lucene).

const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;
const ALEF = 0x0627;
const HEH = 0x0647;

// The affixes as char codes (all are one to three letters), compared by code: this runs on every word,
// and startsWith/endsWith calls were most of its time (npm run bench -- --only analysis).
interface AffixRule {
  length: number;
  /** Codes from the affix's first letter; 0 past its end. */
  c0: number;
  c1: number;
  c2: number;
  minLength: number;
}

function ruleOf(affix: string, minLength: number): AffixRule {
  return { length: affix.length, c0: affix.charCodeAt(0), c1: affix.charCodeAt(1) || 0, c2: affix.charCodeAt(2) || 0, minLength };
}

const PREFIX_RULES = PREFIXES.map((prefix) => ruleOf(prefix, prefix.length === 1 ? 4 : prefix.length + 2));
const SUFFIX_RULES = SUFFIXES.map((suffix) => ruleOf(suffix, suffix.length + (suffix === 'ين' || suffix === 'ون' ? 4 : 2)));

function hasAffixAt(text: string, offset: number, rule: AffixRule): boolean {
  return (
    text.charCodeAt(offset) === rule.c0 &&
    (rule.length < 2 || text.charCodeAt(offset + 1) === rule.c1) &&
    (rule.length < 3 || text.charCodeAt(offset + 2) === rule.c2)
  );
}

/**
 * Stem one folded token. Differences from Lucene, measured in stemming.md:
 * - final-alif rule: a final ا is dropped from words of 5+ letters before the suffix pass, which
 *   joins accusative tanween (مؤكدا), duals (أكدا) and -يا country names (سوريا/سورية/السوري);
 * - the plural endings ين/ون leave at least four letters, so names keep their last syllable
 *   (بوتين stays, Lucene gives بوت) while الإرهابيين, مصريين and المسؤولون still lose them.
 */
export function stemToken(folded: string): string {
  let start = 0;
  let end = folded.length;
  for (const prefix of PREFIX_RULES) {
    if (end >= prefix.minLength && hasAffixAt(folded, 0, prefix)) {
      start = prefix.length;
      break;
    }
  }
  if (end - start >= 5 && folded.charCodeAt(end - 1) === ALEF && folded.charCodeAt(end - 2) !== HEH) end--;
  for (const suffix of SUFFIX_RULES) {
    if (end - start >= suffix.minLength && hasAffixAt(folded, end - suffix.length, suffix)) end -= suffix.length;
  }
  return folded.slice(start, end);
}
