import { foldKey as key } from './fold-key.js';
import { isPlace } from './places.js';

/**
 * Outlets and wire agencies, canonical name first, then the spellings met in pages. The corpus
 * manifest's spellings (SkyNews, BBC, ...) are the canonical names of those outlets, so text-derived
 * and manifest-derived sources give one facet value.
 */
const OUTLETS: readonly (readonly string[])[] = [
  ['سانا', 'SANA', 'وكالة سانا', 'الوكالة العربية السورية للأنباء', 'وكالة الأنباء السورية', 'سانا نيوز'],
  ['واس', 'SPA', 'وكالة الأنباء السعودية', 'وكالة واس'],
  ['وام', 'WAM', 'وكالة أنباء الإمارات', 'وكالة وام'],
  ['قنا', 'QNA', 'وكالة الأنباء القطرية', 'وكالة قنا'],
  ['كونا', 'KUNA', 'وكالة الأنباء الكويتية', 'وكالة كونا'],
  ['أ ش أ', 'أ.ش.أ', 'MENA', 'وكالة أنباء الشرق الأوسط'],
  ['ماب', 'MAP', 'وكالة المغرب العربي للأنباء', 'و م ع', 'لاماب'],
  ['بترا', 'Petra', 'وكالة الأنباء الأردنية'],
  ['وفا', 'WAFA', 'وكالة الأنباء الفلسطينية'],
  ['بنا', 'BNA', 'وكالة أنباء البحرين'],
  ['العمانية', 'ONA', 'وكالة الأنباء العمانية'],
  ['واج', 'APS', 'وكالة الأنباء الجزائرية'],
  ['وات', 'TAP', 'وكالة تونس إفريقيا للأنباء'],
  ['سبأ', 'SABA', 'وكالة الأنباء اليمنية'],
  ['سونا', 'SUNA', 'وكالة السودان للأنباء'],
  ['رويترز', 'Reuters', 'وكالة رويترز'],
  ['أ ف ب', 'أ.ف.ب', 'AFP', 'فرانس برس', 'وكالة فرانس برس', 'فرانس بريس'],
  ['أ ب', 'AP', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشيتدبرس'],
  ['الأناضول', 'Anadolu', 'وكالة الأناضول', 'الاناضول'],
  ['د ب أ', 'DPA', 'الألمانية'],
  ['شينخوا', 'Xinhua'],
  ['إرنا', 'IRNA'],
  ['سبوتنيك', 'Sputnik'],
  ['تاس', 'TASS'],
  ['CNN', 'CNN بالعربية', 'CNN Arabic', 'سي إن إن', 'سي ان ان'],
  ['BBC', 'BBC Arabic', 'BBC News عربي', 'بي بي سي', 'بي بي سي عربي', 'بي.بي.سي'],
  ['France24', 'France 24', 'فرانس 24', 'فرانس24'],
  ['SkyNews', 'Sky News', 'Sky News Arabia', 'سكاي نيوز', 'سكاي نيوز عربية', 'skynews'],
  ['AlArabiya', 'Al Arabiya', 'العربية', 'العربية نت', 'العربية.نت', 'alarabia'],
  ['Jawhara FM', 'جوهرة أف أم', 'جوهرة اف ام', 'جوهرة FM', 'JawharaFM'],
  ['يورو نيوز', 'يورونيوز', 'Euronews'],
  ['الجزيرة نت', 'الجزيرة', 'الجزيرة.نت', 'Al Jazeera', 'Aljazeera'],
  ['RT', 'روسيا اليوم', 'آر تي', 'RT Arabic', 'RT عربي'],
  // Newspapers and news sites of the region, by how they sign their pages and copyright lines.
  ['الأهرام', 'بوابة الأهرام', 'مؤسسة الأهرام', 'الأهرام أونلاين', 'Ahram Online', 'Al-Ahram'],
  ['المصري اليوم', 'Al-Masry Al-Youm', 'almasryalyoum'],
  ['اليوم السابع', 'Youm7'],
  ['الشروق', 'بوابة الشروق', 'الشروق المصرية', 'Shorouk News'],
  ['الشروق أونلاين', 'الشروق اونلاين', 'Echorouk', 'Echorouk Online'],
  ['الخبر', 'El Khabar', 'جريدة الخبر'],
  ['الوطن', 'El Watan', 'جريدة الوطن', 'صحيفة الوطن', 'Al-Watan'],
  ['هسبريس', 'Hespress', 'هيسبريس'],
  ['الصباح', 'Assabah', 'جريدة الصباح'],
  ['موزاييك أف أم', 'موزاييك اف ام', 'Mosaique FM', 'موزاييك'],
  ['العربي الجديد', 'The New Arab', 'alaraby'],
  ['الشرق الأوسط', 'Asharq Al-Awsat', 'Aawsat', 'صحيفة الشرق الأوسط'],
  ['الحياة', 'Al-Hayat', 'صحيفة الحياة'],
  ['القدس العربي', 'Al-Quds Al-Arabi'],
  ['الخليج', 'Al Khaleej', 'صحيفة الخليج', 'دار الخليج'],
  ['البيان', 'Al Bayan', 'صحيفة البيان'],
  ['الاتحاد', 'Al Ittihad', 'صحيفة الاتحاد'],
  ['عكاظ', 'Okaz', 'صحيفة عكاظ'],
  ['الراي', 'الرأي', 'Al Rai', 'جريدة الراي', 'صحيفة الرأي'],
  ['القبس', 'Al Qabas'],
  ['الغد', 'Alghad', 'صحيفة الغد'],
  ['الدستور', 'Addustour', 'صحيفة الدستور'],
  ['عمون', 'Ammon News', 'وكالة عمون'],
  ['النهار', 'Annahar', 'جريدة النهار'],
  // Not الأخبار (Al Akhbar) alone: it is every other page's section label. Its full name still counts.
  ['جريدة الأخبار', 'Al Akhbar'],
  ['إندبندنت عربية', 'اندبندنت عربية', 'Independent Arabia', 'Independent عربية'],
];


const CANONICAL = new Map<string, string>();
for (const [canonical, ...aliases] of OUTLETS) {
  for (const name of [canonical!, ...aliases]) CANONICAL.set(key(name), canonical!);
}

/** The canonical name of a known outlet or agency, or undefined. */
export function knownOutlet(name: string): string | undefined {
  return CANONICAL.get(key(name));
}

// Outlet names that are also everyday words (the Gulf, the statement, tomorrow, the homeland…): alone
// on a line they are a section label or a subheading, not a credit; in a dateline, a copyright line or
// with their full name (صحيفة الخليج) they still name the outlet.
const EVERYDAY_WORDS = new Set(['الخليج', 'البيان', 'الاتحاد', 'الوطن', 'الحياة', 'الغد', 'النهار', 'الشروق', 'الخبر', 'الصباح', 'الدستور', 'الراي', 'الرأي', 'العربية', 'الجزيرة', 'الألمانية'].map((name) => key(name)));

/** A known outlet whose bare name is also a common word, so a line holding only it proves nothing. */
export function everydayWord(name: string): boolean {
  return EVERYDAY_WORDS.has(key(name));
}

/** Every alias spelling as one regular-expression alternation, longest first, for finding them in text. */
export const OUTLET_ALTERNATION = OUTLETS.flat()
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * Gives one display value per outlet across a run: known outlets by the table, unknown ones by
 * the first spelling met (so الجزيره نت and الجزيرة نت are one facet value even if not listed).
 */
export class SourceCanonicalizer {
  private readonly seen = new Map<string, string>();

  canonical(name: string | null | undefined): string | null {
    if (!name) return null;
    const spaced = name
      .split(/\s[+&]\s/)[0]! // "الجزيرة + وكالات": the outlet, not the wires
      .replace(/\s+/g, ' ')
      .trim();
    const bracketed = /^([^()\[\]]*[^\s()\[\]])\s*[(\[]([^()\[\]]{1,20})[)\]][\s.]*$/u.exec(spaced);
    if (bracketed) {
      const [, outer, inner] = bracketed as unknown as [string, string, string];
      // "جريدة (الصباح)", "مصر (الأهرام)": the name is in the brackets; "وكالة الأنباء الليبية (وال)": its abbreviation is.
      const innerNames = knownOutlet(inner) !== undefined || /^(جريدة|صحيفة|موقع|وكالة|قناة|مجلة|إذاعة|اذاعة)$/.test(outer) || isPlace(outer);
      return this.canonical(innerNames ? inner : outer);
    }
    const tidy = spaced.replace(/^[\s\-–—:.,،(«"“]+|[\s\-–—:.,،)»"”]+$/g, '');
    if (tidy.length === 0) return null;
    const known = knownOutlet(tidy);
    if (known) return known;
    const k = key(tidy);
    if (k.length === 0) return null;
    const first = this.seen.get(k);
    if (first) return first;
    this.seen.set(k, tidy);
    return tidy;
  }
}
