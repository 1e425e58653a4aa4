// Light stemming after Lucene's ArabicStemmer (Larkey's light10), re-implemented from its documented
// rules. No npm package implements light10; the Snowball ports score ~16 points lower on news
// vocabulary and mangle names (بوتين -> وتين); see ../shared/research/stemming.md.
// Input must already be folded by foldToken (light10 expects normalized text, as in Lucene).

const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;

/**
 * Stem one folded token. Differences from Lucene, measured in stemming.md:
 * - final-alif rule: a final ا is dropped from words of 5+ letters before the suffix pass, which
 *   joins accusative tanween (مؤكدا), duals (أكدا) and -يا country names (سوريا/سورية/السوري);
 * - the plural endings ين/ون leave at least four letters, so names keep their last syllable
 *   (بوتين stays, Lucene gives بوت) while الإرهابيين, مصريين and المسؤولون still lose them.
 */
export function stemToken(folded: string): string {
  let s = folded;
  for (const prefix of PREFIXES) {
    const minLength = prefix.length === 1 ? 4 : prefix.length + 2;
    if (s.length >= minLength && s.startsWith(prefix)) {
      s = s.slice(prefix.length);
      break;
    }
  }
  if (s.length >= 5 && s.endsWith('ا') && !s.endsWith('ها')) s = s.slice(0, -1);
  for (const suffix of SUFFIXES) {
    const minStem = suffix === 'ين' || suffix === 'ون' ? 4 : 2;
    if (s.length >= suffix.length + minStem && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  }
  return s;
}
