import { foldToken, normalizeText } from './normalize.js';
import { stemToken } from './stem.js';

// Spelling variants Arabic newsrooms use for the same name or word, each group's first spelling the
// canonical one. Hand-written because no stemmer can know them: they differ in long vowels or in the
// letter chosen for a foreign sound (g: غ/ج/ق, v: ف), which a rule would also apply to native words.
// Lucene's ArabicAnalyzer keeps all of these apart (../shared/research/stemming.md). Entries are
// written as people spell them; they pass through the same folding and stemming as any text, so one
// entry covers its prefixed and suffixed forms (ترمب, وترمب, لترمب).
const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['ترامب', 'ترمب'],
  ['بوتين', 'بوتن'],
  ['أمريكا', 'أميركا', 'امريكا'],
  ['أمريكي', 'أميركي'],
  ['نتنياهو', 'نتانياهو'],
  ['روهينجا', 'روهينغا', 'روهنغيا', 'روهينغيا', 'روهنجا'],
  ['بريكست', 'بريكسيت'],
  ['بيتكوين', 'بتكوين'],
  ['غوغل', 'جوجل', 'قوقل'],
  ['تايلاند', 'تايلند'],
  ['كيميائي', 'كيماوي', 'كيمياوي'],
  ['جونغ', 'جونج'],
  ['أوروبا', 'أوربا'],
  ['أوروبي', 'أوربي'],
  ['إنستغرام', 'انستجرام', 'إنستقرام', 'انستغرام'],
  ['واتساب', 'واتسآب'],
  ['زوكربيرغ', 'زوكربرغ', 'زوكربيرج'],
  ['يونيسف', 'يونيسيف'],
  ['سكوتلندا', 'اسكتلندا', 'اسكوتلندا'],
  ['كاتالونيا', 'كتالونيا'],
  ['بيونغ', 'بيونج'],
  ['هونغ', 'هونج'],
  ['فنزويلا', 'فينزويلا'],
  ['ميانمار', 'ميانمر'],
  ['بنغلاديش', 'بنجلاديش', 'بنغلادش'],
  ['أفغانستان', 'افغانستان'],
  ['غوتيريش', 'جوتيريش', 'غوتيريس', 'جوتيريس'],
  ['موغيريني', 'موجيريني'],
  ['ماكرون', 'ماكرن'],
];

const stemOf = (word: string) => stemToken(foldToken(normalizeText(word)));

// light10 does not always strip a feminine or plural ending to the same stem as the bare word
// (الكيميائية -> كيميا, الكيميائي -> كيمياي), so those forms are mapped too.
const INFLECTIONS = (word: string) => [word, `${word}ة`, `${word}ات`, `${word}ين`, `${word}ون`];

/** Stem of a variant spelling (or inflection of one) → stem of its group's canonical spelling. */
export const VARIANT_STEMS: ReadonlyMap<string, string> = new Map(
  VARIANT_GROUPS.flatMap((group) => {
    const canonical = stemOf(group[0]!);
    return group.flatMap((word) => INFLECTIONS(word).map((form) => [stemOf(form), canonical] as const));
  }).filter(([variant, canonical]) => variant !== canonical && variant.length >= 3),
);
