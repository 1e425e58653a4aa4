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

// Broken plurals change the inside of the word, which no light stemmer (light10, Snowball) undoes: the
// singular comes first, then its plurals. Only plurals news text uses often, and only where the plural
// is not also another common word (مصالح "interests" is also the stem of مصالحة "reconciliation",
// كتب is also "wrote", إخوان is also the Brotherhood, أسرى would meet أسرة "family", قتلى would meet
// قتل "killing", ضحايا/قضايا leave two-letter stems): those are left out on purpose.
const BROKEN_PLURALS: readonly (readonly string[])[] = [
  ['المرأة', 'امرأة', 'نساء', 'النساء', 'نسوة'],
  ['طفل', 'أطفال'],
  ['رجل', 'رجال'],
  ['جندي', 'جنود'],
  ['ضابط', 'ضباط'],
  ['قائد', 'قادة'],
  ['زعيم', 'زعماء'],
  ['رئيس', 'رؤساء'],
  ['وزير', 'وزراء'],
  ['سفير', 'سفراء'],
  ['خبير', 'خبراء'],
  ['عضو', 'أعضاء'],
  ['شخص', 'أشخاص'],
  ['سجين', 'سجناء'],
  ['شهيد', 'شهداء'],
  ['عامل', 'عمال'],
  ['طالب', 'طلاب'],
  ['حزب', 'أحزاب'],
  ['مدينة', 'مدن'],
  ['صاروخ', 'صواريخ'],
  ['سلاح', 'أسلحة'],
  ['جيش', 'جيوش'],
  ['شعب', 'شعوب'],
  ['حرب', 'حروب'],
  ['سوق', 'أسواق'],
  ['سعر', 'أسعار'],
  ['بنك', 'بنوك'],
  ['مصرف', 'مصارف'],
  ['مشروع', 'مشاريع'],
  ['قانون', 'قوانين'],
  ['حق', 'حقوق'],
  ['مسجد', 'مساجد'],
  ['كنيسة', 'كنائس'],
  ['منزل', 'منازل'],
  ['بيت', 'بيوت'],
  ['مدرسة', 'مدارس'],
  ['سفينة', 'سفن'],
  ['قارب', 'قوارب'],
  ['ملك', 'ملوك'],
  ['أمير', 'أمراء'],
  ['موقع', 'مواقع'],
  ['شارع', 'شوارع'],
  ['مصدر', 'مصادر'],
  ['نائب', 'نواب'],
  ['ناشط', 'نشطاء'],
  ['هدف', 'أهداف'],
  ['جزيرة', 'جزر'],
  ['جبل', 'جبال'],
  ['ابن', 'أبناء'],
  ['كردي', 'أكراد'],
  ['تركي', 'أتراك'],
  ['أجنبي', 'أجانب'],
  ['منطقة', 'مناطق'],
  ['رسالة', 'رسائل'],
  ['نتيجة', 'نتائج'],
  ['وثيقة', 'وثائق'],
  ['عاصمة', 'عواصم'],
  ['قاعدة', 'قواعد'],
  ['فصيل', 'فصائل'],
  ['كتيبة', 'كتائب'],
  ['قبيلة', 'قبائل'],
  ['جريمة', 'جرائم'],
  ['شهر', 'أشهر', 'شهور'],
  ['يوم', 'أيام'],
  ['عام', 'أعوام'],
  ['مليون', 'ملايين'],
  ['خبر', 'أخبار'],
  ['تقرير', 'تقارير'],
  ['عنصر', 'عناصر'],
  ['برنامج', 'برامج'],
  ['نظام', 'أنظمة'],
  ['مجلس', 'مجالس'],
  ['صورة', 'صور'],
  ['فيلم', 'أفلام'],
];

const stemOf = (word: string) => stemToken(foldToken(normalizeText(word)));

// light10 does not always strip a feminine or plural ending to the same stem as the bare word
// (الكيميائية -> كيميا, الكيميائي -> كيمياي), so those forms are mapped too.
const INFLECTIONS = (word: string) => [word, `${word}ة`, `${word}ات`, `${word}ين`, `${word}ون`];

/** Stem of a variant spelling (or inflection of one), or of a broken plural → stem of its group's first word. */
export const VARIANT_STEMS: ReadonlyMap<string, string> = new Map(
  [
    ...VARIANT_GROUPS.flatMap((group) => {
      const canonical = stemOf(group[0]!);
      return group.flatMap((word) => INFLECTIONS(word).map((form) => [stemOf(form), canonical] as const));
    }),
    ...BROKEN_PLURALS.flatMap((group) => group.map((word) => [stemOf(word), stemOf(group[0]!)] as const)),
  ].filter(([variant, canonical]) => variant !== canonical && variant.length >= 2),
);

/**
 * Names written as one word by some outlets and as a phrase by others (داعش / تنظيم الدولة الإسلامية),
 * or concepts with several fixed phrasings. The first entry names the group: a document holding any of
 * the phrases is also indexed under the first entry's stem (a phrase's stems run together when it is a
 * phrase itself), and a query holding one searches that stem. Kept to names and fixed terms that are
 * unambiguous in news text. Measured (npm run eval): the IS and Brexit groups lift their topics; a
 * group for الهجرة السرية / غير الشرعية / غير النظامية lowered its topic (T25) and was taken out.
 */
export const PHRASE_GROUPS: readonly (readonly string[])[] = [
  ['داعش', 'تنظيم الدولة الإسلامية', 'تنظيم الدولة', 'الدولة الإسلامية في العراق والشام', 'الدولة الإسلامية'],
  ['بريكست', 'خروج بريطانيا من الاتحاد الأوروبي'],
];
