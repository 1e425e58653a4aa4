import { analyzeArabic } from '../arabic/index.js';
import { ARCHIVE_PHOTO_CREDIT, boilerplateKind, CONTACT_FIELD, headlineShaped, relatedMarker, wordCount, type BoilerplateKind } from './boilerplate.js';
import { dateInAddress, dateLine, findDates, updatedOnly } from './dates.js';
import { startsWithGivenName } from './given-names.js';
import type { PageMeta } from './html.js';
import { isPlace } from './places.js';
import { sanitizeLines } from './sanitize.js';
import { everydayWord, knownOutlet, OUTLET_ALTERNATION } from './sources.js';

export type LineRole = 'content' | 'title' | `meta:${'dateline' | 'byline' | 'source' | 'date' | 'credit'}` | `boilerplate:${BoilerplateKind}`;

export interface ParsedPage {
  title: string;
  /** True when the page had no headline and the title was cut from the lead sentence. */
  titleFromLead: boolean;
  /** The outlet as the page names it (not yet canonical), or null. */
  source: string | null;
  date: string | null;
  body: string[];
  /** Every input line with the role it was given: the evidence for each decision. */
  lines: { text: string; role: LineRole }[];
}

const HEAD_LINES = 6;
const TAIL_LINES = 6;

/** "موسكو-سانا", "زنقة 20 . الرباط", "القاهرة (أ ش أ)", "الرياض - واس:" -> the outlet side. */
const PHOTO_CREDIT = /^[(\[]?\s*(الصورة|صورة|تصوير|photo|مصدر الصورة|حقوق الصورة|photo credit)\s*[:：]/i;
const archivePhotoCredit = (line: string) => ARCHIVE_PHOTO_CREDIT.test(line.trim());
/** A credit alone in brackets under a photo: "(ANHA)", "(رويترز)". */
const BARE_CREDIT = /^[(\[]\s*[^()\[\]\d٠-٩\s][^()\[\]\d٠-٩]{1,29}\s*[)\]]$/;

export function datelineSource(line: string): string | undefined {
  // "الصورة: أ ف ب" credits the photo, not the story.
  if (wordCount(line) > 7 || PHOTO_CREDIT.test(line) || archivePhotoCredit(line)) return undefined;
  const text = line.replace(/[:：]$/, '').trim();
  // Each split: the two sides, and whether a colon or dots made it (a headline's marks as often as a dateline's).
  const splits: [string, string, boolean][] = [];
  const bracketed = /^(.+?)\s*[(\[]\s*(.+?)\s*[)\]]\s*[\-–—]?$/.exec(text);
  // "دبي (رويترز)", "نيويورك، الولايات المتحدة (CNN)"; a photo's description before its agency is a caption
  // ("محطة لشحن السيارات في دبي (رويترز)").
  if (bracketed && !photoDescription(bracketed[1]!)) splits.push([bracketed[1]!, bracketed[2]!, false]);
  // Every separator is a possible split: "أنقرة_القاهرة -سانا" splits at the dash, not the underscore.
  for (const m of text.matchAll(/\s*(?:[-–—|]+|\sـ+\s|\s\.{1,2}\s|\.{2,}|:)\s*/g)) {
    splits.push([text.slice(0, m.index), text.slice(m.index + m[0].length), /[:.]/.test(m[0])]);
  }
  // "السومرية نيوز/ بغداد": a slash before a city; "فرانس 24/ أ ف ب" credits a photo's agencies instead.
  const slashed = /^(.{2,30}?)\s*\/\s*([^/]{2,25})$/.exec(text);
  if (slashed && isPlace(slashed[2]!.trim()) && !/^(الرئيسية|الصفحة الرئيسية|home)$/i.test(slashed[1]!.trim())) splits.push([slashed[1]!, slashed[2]!, false]);
  // "بغداد/ حيدر الكعبي": the city, then the reporter or the outlet after the slash.
  else if (slashed && isPlace(slashed[1]!.trim())) splits.push([slashed[1]!, slashed[2]!, false]);
  // "هسبريس من الرباط": an outlet reporting from a city, as some sites open; not a correspondent ("مراسلنا من").
  const from = /^(.{2,40}?)\s+من\s+(.{2,30})$/.exec(text);
  if (from && wordCount(text) <= 5 && !/^(مراسل|موفد|مبعوث)/.test(from[1]!)) splits.push([from[1]!, from[2]!, false]);
  const sides = splits.map(([l, r, loose]) => [l.trim(), r.trim(), loose] as const).filter(([l, r]) => l.length > 0 && r.length > 0);
  // "جرش - الدستور - حسين العمري": the place, the outlet, its reporter.
  const three = text.split(/\s*[-–—|]+\s*/);
  if (three.length === 3 && isPlace(three[0]!) && knownOutlet(three[1]!)) return undefined; // a byline, read as one elsewhere
  for (const [, right] of sides) if (knownOutlet(right)) return right;
  for (const [left, right] of sides) if (knownOutlet(left) && isPlace(right)) return left;
  // "نواذيبو – وكالة نواكشوط للأنباء": a town, then a name shaped as an agency's.
  for (const [left, right] of sides) if (wordCount(left) <= 2 && /^\p{L}+(\s\p{L}+)?$/u.test(left) && AGENCY_NAME.test(right)) return right;
  // After a colon or dots, a place heads a headline as often ("القيروان : حجز مواد غذائية فاسدة"): only a
  // name of one or two words is an outlet there ("كسلا: الراكوبة").
  for (const [left, right, loose] of sides) if (isPlace(left) && wordCount(right) <= (loose ? 2 : 4) && !/\d{3,}/.test(right)) return right;
  // The outlet side is a name: "66- الجزائر" is a ranking, not an outlet called 66.
  for (const [left, right] of sides) if (isPlace(right) && wordCount(left) <= 4 && /\p{L}{2}/u.test(left)) return left;
  return undefined;
}

/** Words describing a scene, not naming a place: more than four, or a preposition among them. */
function photoDescription(text: string): boolean {
  return wordCount(text) > 4 || /(^|\s)(في|من|على|خلال|أمام|امام|مع|إلى|الى|عند|قرب|داخل)(?=\s|$)/.test(text.trim());
}

/** An agency's name: "وكالة نواكشوط للأنباء", "وكالة الأنباء الموريتانية". */
const AGENCY_NAME = /^(وكالة\s+(\p{L}+\s+){1,3}(للأنباء|للانباء)|وكالة (الأنباء|الانباء)\s+\p{L}+(\s+\p{L}+)?)$/u;

const BYLINE = /^(بقلم|كتب|كتبت|كتبه|كتبته|إعداد|اعداد|تقرير|بواسطة|تحرير|المحرر|الكاتب|مراسل|ترجمة|ترجمه|حاوره|حاورته|حاورها|حوار|أجرى الحوار|اجرى الحوار|by)\s*[:：/\-–]?\s*(.{2,80})$/i;
const SOURCE_LINE = /^(المصدر|المصادر|مصدر الخبر|source)\s*[:：]\s*(.+)$/i;
/** A desk or beat signing a byline ("كتب - محرر الشؤون الاقتصادية", "مراسل الصحيفة"): it names no outlet. */
const DESK = /^(محرر|محررة|مراسل|مراسلة|قسم|فريق|وحدة|مكتب|هيئة التحرير|أسرة التحرير|(ال)?(شؤون|عسكري|العسكري|سياسي|اقتصادي|رياضي|ميداني|حربي|خاص)(?![\p{L}\p{M}])|(ال)?(صحيفة|قناة|موقع|وكالة)$)/u;

/** "متابعة - محمد عبدالرحيم": a follow-up's byline, only with its separator ("متابعة التطورات" is prose). */
const FOLLOW_UP_BYLINE = /^(متابعة)\s*[:：/\-–]\s*([\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){0,3})$/u;
/** "نص: سارة بن حمادي", "روبورتاج: زبير. ز": the writer, a name of two to four words after the colon ("نص: يستحق العامل إجازة" is a law's text, "روبورتاج من غزة: …" a headline). */
const TEXT_BYLINE = /^(نص|روبورتاج|ربورتاج)\s*[:：]\s*((?:(?!ال)[\p{L}\p{M}.]+)(?:\s+(?!ال)[\p{L}\p{M}.]+){1,3})$/u;

/** "عبد السلام الفيتوري – مراسل ليبيا أوبزرفر في سبها": a reporter, then the outlet whose correspondent he is. */
const CORRESPONDENT = /^[\p{L}\p{M}.\s]{2,40}?\s+[-–—]\s*(?:مراسل|مراسلة)\s+(.{2,40}?)\s+(?:في|من|ب)\s*\S+(?:\s\S+)?$/u;

/** "مبعوث الهداف إلى وهران: سفيان بن عمارة": the outlet's envoy to a city, then the reporter's name. */
const ENVOY_OF_OUTLET = /^(?:مبعوث|مبعوثة|مراسل|مراسلة)\s+(\S+(?:\s\S+)?)\s+(?:إلى|الى|في|من|ب)\s*\S+(?:\s\S+)?\s*[:：]\s*([\p{L}\p{M}.\s]{2,40})$/u;

/** A byline's name or outlet; `underHeadline` allows the correspondent form, which a headline can take. */
function bylineSource(line: string, underHeadline = true): string | undefined {
  if (wordCount(line) > 10) return undefined;
  if (underHeadline) {
    const correspondent = CORRESPONDENT.exec(line.trim());
    if (correspondent) return correspondent[1]!.trim();
    // After the colon a name: "مراسل الجزيرة في غزة: القصف لم يتوقف" is a quote.
    const envoy = ENVOY_OF_OUTLET.exec(line.trim());
    if (envoy && nameLine(envoy[2]!)) return envoy[1]!.trim();
  }
  if (wordCount(line) > 8) return undefined;
  const m = BYLINE.exec(line) ?? FOLLOW_UP_BYLINE.exec(line) ?? TEXT_BYLINE.exec(line);
  return m?.[2]!.trim();
}

/** A public body credited for a notice ("المصدر: الديوان الوطني للأرصاد الجوية"): the facts', not the story's, source. */
const PUBLIC_BODY = /^(ال)?(ديوان|وزارة|مديرية|هيئة|مركز|مصلحة|إدارة|ادارة|رئاسة|مجلس|بلدية|ولاية|محافظة|دائرة|مكتب|جامعة|منظمة)(\s|$)/;

/** Credits that name no outlet: "المصدر: وكالات". */
const NO_OUTLET = /^(وكالات|الوكالات|وكالات الأنباء|وكالات الانباء|مواقع|مواقع إلكترونية|مواقع الكترونية|مصادر|متابعات|وسائل إعلام|وسائل الإعلام|agencies|wires)$/i;

function sourceLine(line: string): string | undefined {
  if (wordCount(line) > 12) return undefined;
  const m = SOURCE_LINE.exec(line);
  // "المصدر: النهضة نيوز - وكالات": the outlet, not the wires it credits after the dash.
  return m ? m[2]!.split(/\s+[-–—|]\s+|،|,/)[0]!.trim() : undefined;
}

/** A line that is only an outlet's name, as wire credits often stand: "(رويترز)", "أ ف ب". */
function creditLine(line: string): string | undefined {
  const bare = line.replace(/^[\s(\[*–—-]+|[\s)\].–—-]+$/g, '');
  // "(الخليج)" in brackets is a credit; "الخليج" alone is a section label.
  if (everydayWord(bare) && bare === line.trim()) return undefined;
  return wordCount(bare) <= 4 && knownOutlet(bare) ? bare : undefined;
}

const INLINE_CREDIT = new RegExp(`^.{0,70}?[(\\[\\-–—/]\\s*(${OUTLET_ALTERNATION})\\s*[)\\]\\-–—:/]`, 'i');

const KNOWN_AT_END = new RegExp(`(?<=[\\s\\-–—/(])(${OUTLET_ALTERNATION})\\s*$`, 'i');
const COPYRIGHT = /(©|\(c\)|جميع الحقوق محفوظة|كل الحقوق محفوظة|(جميع )?حقوق (النشر|الطبع)( والنشر)? محفوظة|حقوق النشر( محفوظة)?|حقوق الطبع( والنشر)?( محفوظة)?|copyright|all rights reserved|tous droits réservés|tous droits reserves)/gi;

/**
 * The outlet named in a copyright footer: "© 2019 هسبريس. جميع الحقوق محفوظة", "جميع الحقوق محفوظة
 * لمؤسسة الأهرام © 2016". A known outlet is canonical; an unknown name of one to four words is taken
 * as it is written.
 */
/** The noun before an outlet's name in a footer: "مؤسسة الأهرام", "دار الصباح". Not وكالة: it is part of agency names. */
const ORGANISATION = /^(مؤسسة|شركة|موقع|دار|صحيفة|جريدة|مجموعة|قناة)\s+/;

export function copyrightSource(copied: string): string | undefined {
  // Most lines are not notices: one cheap look before the rewrites below.
  if (!/(©|\(c\)|حقوق|copyright|rights reserved|droits)/i.test(copied)) return undefined;
  // "جميع الحقوق المادية والمعنوية لهذا الموقع محفوظة لـ…": the rights spelled out are the same notice;
  // a permission after it ("…، ويُسمح بنقل المحتوى مع ذكر المصدر") is another clause.
  // A content licence after the notice ("Nawaat © 2023. Creative Commons BY-NC-SA") names no one.
  const notice = copied
    .replace(/(جميع|كل) الحقوق(\s+[^\s،,.|]+){1,5}?\s+محفوظة/u, 'جميع الحقوق محفوظة')
    .replace(/[.,|]?\s*(Creative Commons|CC)(\s+(BY|SA|NC|ND|Attribution|[\d.]+)(-(BY|SA|NC|ND))*)+\.?\s*$/i, '');
  const text = wordCount(notice) > 14 ? notice.split(/\s*[،,.|]\s+(?=و|ولا|يسمح|يُسمح|يمنع|يُمنع)/u)[0]! : notice;
  if (wordCount(text) > 14 || !COPYRIGHT.test(text)) return undefined;
  COPYRIGHT.lastIndex = 0;
  // "محفوظة لوكالة الجمهورية الإسلامية للأنباء (إرنا)": an agency spelled out, then the name it goes by.
  const acronym = /محفوظة\s+ل(?:وكالة|مؤسسة|شبكة|هيئة)\s[^()]{4,60}\(([\p{L}\p{M} ]{2,20})\)/u.exec(text)?.[1]?.trim();
  if (acronym && wordCount(acronym) <= 2) return knownOutlet(acronym) ?? acronym;
  // "رأي اليوم © 2022 | جميع الحقوق محفوظة | لندن": the city between bars is where, not who.
  const line = /[|،,]/.test(text) ? text.split(/\s*[|،,]\s*/).filter((part) => !isPlace(part.trim())).join(' | ') : text;
  const name = line
    .replace(COPYRIGHT, ' ')
    .replace(/[\d٠-٩]{4}(\s*[-–]\s*[\d٠-٩]{4})?/g, ' ')
    .replace(/(^|\s)[\d٠-٩]{1,2}\s*\+(?=\s|$)/g, ' ') // an age rating, "18+"
    // A dot between letters is a domain's ("FilGoal.com", "برلمان.كوم"), the others punctuation.
    .replace(/[،,|:;()\[\]«»"]|\.(?!\p{L})|(?<!\p{L})\./gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^لل/, 'ال')
    .replace(/^(لـ|لدى|إلى|الى|ل(?=\s))\s*/, '')
    .trim();
  let bare = name.replace(/^[\s\-–—ـ]+|[\s\-–—ـ]+$/g, '');
  // "محفوظة لهسبريس", "لوكالة الأنباء العراقية": the particle is written onto the name. "لوموند" begins
  // with the letter, so it goes only when what follows is a known outlet or an organisation's noun.
  const rest = bare.slice(1);
  // Written straight after "محفوظة" ("محفوظة لدنيا الوطن"), the letter is the particle, unless a Latin name
  // begins with it ("لوموند", "ليبراسيون").
  const afterReserved = /محفوظة\s+ل(?![لـ\s])/.test(text) && !/^(لو|لي|لا)/.test(bare) && rest.length >= 3 && !isPlace(rest.split(' ')[0]!) && !isPlace(bare.split(' ')[0]!);
  if (bare.startsWith('ل') && !knownOutlet(bare) && (afterReserved || knownOutlet(rest) || ORGANISATION.test(rest) || PUBLIC_BODY.test(rest) || /^(وكالة|بوابة)\s/.test(rest))) bare = rest;
  // "الحرة Alhurra", "إيلاف - Elaph Publishing Limited": an Arabic name and its Latin spelling (or the
  // company's) after it; the page's Arabic name is the outlet.
  bare = bare.replace(/^([\u0600-\u06FF][^A-Za-z]*?)[\s\-–—]+[A-Za-z][\w.\- ]*$/, '$1').trim();
  // "Medi1 News - ميدي 1": the Latin spelling first, the Arabic name after the dash.
  bare = bare.replace(/^[A-Za-z][\w.\- ]*?\s+[-–—]\s+([\u0600-\u06FF].*)$/, '$1').trim();
  // "SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation": the site, then whose branch it is.
  bare = bare.replace(/^(.{2,40}?)\s+[-–—]\s+(an? (branch|part|unit|division|member|service) of|part of|فرع من|جزء من|تابع ل)\s.*$/iu, '$1').trim();
  // "جريدة عمان - مؤسسة عُمان للصحافة والنشر": the paper, then its publishing house after the dash.
  const publisher = /^(.{2,40}?)\s+[-–—]\s+(مؤسسة|شركة|دار|مجموعة)\s/.exec(bare);
  if (publisher) bare = publisher[1]!.trim();
  // "قناة 218", "موقع 24": a name of digits keeps the noun before it.
  const withNoun = bare;
  bare = bare.replace(ORGANISATION, '').trim();
  if (/^[\d٠-٩]{1,3}$/.test(bare) && /\p{L}{2}/u.test(withNoun)) bare = withNoun;
  // The publisher's trade after the name ("دار الشرق للطباعة والنشر والتوزيع", "مؤسسة المدى للإعلام
  // والثقافة والفنون", "أرقام للاستثمار") or the channel's kind ("السومرية الفضائية") is not part of the
  // outlet's name; a known name that holds such words ("وكالة المغرب العربي للأنباء") is kept whole.
  const TRADES = '(?:طباعة|صحافة|نشر|إعلام|اعلام|توزيع|ثقافة|فنون|إعلان|اعلان|استثمار|خدمات|إنتاج|انتاج|اتصالات|تسويق)';
  const trade = bare.replace(new RegExp(`\\s+(لل${TRADES}(\\s+و(ال)?${TRADES})*|الفضائية|الإلكترونية|الالكترونية)$`, 'u'), '').trim();
  if (!knownOutlet(bare) && /\p{L}{2}/u.test(trade)) bare = trade;
  if (!bare || !/\p{L}{2}/u.test(bare)) return undefined;
  return knownOutlet(bare) ?? knownOutletWithin(bare) ?? (wordCount(bare) <= 4 ? bare : undefined);
}

/**
 * A known outlet closing a longer name that spells the agency out first ("وكالة الأنباء الكويتية كونا",
 * "وكالة الأنباء والمعلومات الفلسطينية - وفا"); not a known name merely ending another one (أخبار الغد).
 */
function knownOutletWithin(text: string): string | undefined {
  const match = KNOWN_AT_END.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  return /[-–—/]\s*$/.test(before) || /^(وكالة|مؤسسة|شبكة|هيئة)\s/.test(before) ? knownOutlet(match[1]!) : undefined;
}

/**
 * The site naming itself in its own furniture: "حمّل تطبيق عكاظ", "تابعوا هسبريس على واتساب",
 * "ولا تعكس بالضرورة رأي هسبريس", "أنقرة / الأناضول". Only known outlets: the words around are common.
 */
export function selfNamedSource(line: string): string | undefined {
  if (wordCount(line) > 20) return undefined;
  const match =
    /(?:حمّل|حمل|نزّل|نزل|حملوا)\s+تطبيق\s+(.{2,25}?)(?:\s+(?:على|عبر|من|في)(?=\s|$)|$)/.exec(line) ??
    /(?:تابعوا|تابعونا على|تابع)\s+(.{2,25}?)\s+(?:على|عبر)\s/.exec(line) ??
    /رأي\s+(.{2,25}?)\.?$/.exec(line) ??
    /^\S+(?:\s\S+)?\s*\/\s*(.{2,25})$/.exec(line);
  if (match) return knownOutlet(match[1]!.trim());
  // The site's own newsletter names it even when we do not know it: "اشترك في نشرة مصراوي البريدية".
  const newsletter = /(?:اشترك|اشتركوا|اشتركي|سجل|سجّل)\s+(?:الآن\s+)?(?:في|ب)\s*نشرة\s+(\S{2,20}(?:\s\S{2,20})?)\s+(?:البريدية|الإخبارية|الاخبارية)/.exec(line);
  const name = newsletter?.[1]!.trim();
  return name && !everydayWord(name) && !/^(ال)?(أخبار|اخبار|يومية|أسبوعية|اسبوعية|صباحية|مسائية)$/.test(name) ? (knownOutlet(name) ?? name) : undefined;
}

/** "هسبريس - عبد الرحيم العسري": a known outlet before a dash, then the reporter. */
function outletFirstByline(line: string): string | undefined {
  // A lone tatweel between spaces is typed as a dash: "العربي الجديد ـ وكالات".
  const match = /^(.{2,30}?)\s*(?:[-–—|]|\sـ\s)\s*\S/.exec(line);
  return match && wordCount(line) <= 8 ? knownOutlet(match[1]!.trim()) : undefined;
}

/** A credit in the opening words of the lead: "دبي، الإمارات العربية المتحدة (CNN) -- ...". */
function inlineCredit(line: string): string | undefined {
  return INLINE_CREDIT.exec(line)?.[1];
}

/** The lead sentence, shortened at a clause boundary when long. */
export function leadTitle(paragraph: string): string {
  const sentence = (/^(.+?[.!؟?])(\s|$)/.exec(paragraph)?.[1] ?? paragraph).replace(/[.!؟?]+$/, '').trim();
  const words = sentence.split(/\s+/);
  if (words.length <= 20) return sentence;
  const cut = words.slice(0, 20);
  const lastComma = cut.map((w) => /[،,;]$/.test(w)).lastIndexOf(true);
  const kept = lastComma >= 7 ? cut.slice(0, lastComma + 1) : cut;
  return kept.join(' ').replace(/[،,;:]$/, '') + '…';
}

/** Cleans one page of text and reads its metadata. Pure: no I/O, no corpus state. */
const CONTINUATION = /^[«"“(]?\s*((كان|كانت)(?=\s[^.]{0,80}\sقد\s)|و|ف|كما|لكن|ولكن|غير أن|إلا أن|الا أن|ثم|إلى ذلك|الى ذلك|من جهته|من جهتها|من جانبه|من جانبها|بدوره|بدورها|في المقابل|في الأثناء|يذكر|يشار|يُذكر|يُشار|أما|اما|لذلك|بينما|حيث|إذ|كذلك|أيضا)/;

// Words that merely begin with و or ف: "فاز الزمالك", "وزير الخارجية", "في رد على" open a lead, they do not
// continue one ("في المقابل", "في الأثناء" do).
const NOT_A_CONJUNCTION = /^[«"“(]?\s*(في(?=\s)(?!\s+(المقابل|الأثناء|الاثناء|حين|غضون|سياق|السياق|هذا|هذه|ذلك|تلك|الوقت))|وزير|وزيرة|وزراء|وزارة|وفد|وكالة|وكالات|وسائل|وسط|وقت|واشنطن|وفاة|ولاية|ولي|وحدة|وحدات|وثيقة|وصل|وصلت|ودع|فاز|فازت|فريق|فرنسا|فلسطين|فيلم|فترة|فصائل|فندق|فكرة|فيروس|فيسبوك|فنزويلا|فلاديمير|فتح|فجر|فرض|فرضت|فقد|فقدت)(?![\p{L}\p{M}])/u;

/** A byline of names: two to four words (an initial may close it, "سمير. ح"), or a name and a role and a handle. */
function nameLine(line: string): boolean {
  const text = line.trim().replace(/\s*@\w+$/, '');
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || /[\d٠-٩!؟?:،,"«»()\[\]]/.test(text) || analyzeArabic(text).some((t) => t.stop)) return false;
  if (/[.]$/.test(text) && !/\s\p{L}\.?$/u.test(text)) return false;
  return words.every((w) => /^\p{L}[\p{L}\p{M}]*\.?$/u.test(w));
}

/** "جرش - الدستور - حسين العمري": place, outlet and reporter between dashes, names only. */
function creditChain(line: string): boolean {
  const parts = line.trim().split(/\s+[-–—]\s+/);
  // "المركز الإعلامي – نورة القحطاني": an office, then the name.
  if (parts.length === 2 && /^(المركز الإعلامي|المكتب الإعلامي|قسم [\p{L}]+|إدارة الإعلام|ادارة الإعلام)$/u.test(parts[0]!) && nameLine(parts[1]!)) return true;
  return parts.length === 3 && parts.every((part) => { const words = part.split(/\s+/); return words.length <= 3 && words.every((w) => /^\p{L}[\p{L}\p{M}]*$/u.test(w)); }) && !analyzeArabic(line).some((t) => t.stop);
}

/** The folded words of a paragraph, function words left out. */
function contentWords(line: string): Set<string> {
  return new Set(analyzeArabic(line).flatMap((t) => (t.stop || t.exact.length < 3 ? [] : [t.exact])));
}

function unlabelledTags(line: string, articleAbove: readonly string[]): boolean {
  const words = wordCount(line);
  if (words < 4 || words > 20 || articleAbove.length < 2 || /[\d٠-٩.!؟?،,:;«»"()]/.test(line)) return false;
  const tokens = analyzeArabic(line);
  if (tokens.length !== words || tokens.some((t) => t.stop)) return false;
  // Paragraph by paragraph, stopping once every word is found: most tag lines name the lead's own words.
  const missing = new Set(tokens.map((t) => t.stem));
  for (const text of articleAbove) {
    for (const token of analyzeArabic(text)) missing.delete(token.stem);
    if (missing.size === 0) return true;
  }
  return false;
}

/** Most of a paragraph's words are in an earlier one: the same news told again. */
function retells(words: Set<string>, before: Set<string>): boolean {
  if (words.size < 8) return false;
  let shared = 0;
  for (const word of words) if (before.has(word)) shared++;
  return shared / words.size >= 0.6;
}

/** A paragraph that goes on from the one before (a connective), rather than opening a story. */
function continues(line: string): boolean {
  return CONTINUATION.test(line) && !NOT_A_CONJUNCTION.test(line);
}

/** What a site's name may end with: "الثورة أون لاين", "الجزيرة نت". */
const ONLINE_SUFFIX = '(?:أون لاين|اون لاين|أونلاين|اونلاين|نت|online)';

/** A newspaper's or channel's masthead line: "جريدة الرياض", "صحيفة السوداني", "قناة رؤيا", "الثورة أون لاين". */
const MASTHEAD = new RegExp(`^(?:جريدة|صحيفة|مجلة|قناة|إذاعة|اذاعة|راديو)\\s+(\\S+(?:\\s\\S+)?)$|^(\\S+(?:\\s\\S+)?\\s+${ONLINE_SUFFIX})$`, 'i');

/**
 * The date in a lead's opening dateline ("الخرطوم 3-10-2019 (سونا) - …", "تعز، 22 أغسطس 2021 (المصدر
 * أونلاين) – …"): a date before the dash or the credit that opens the first paragraph.
 */
function leadDate(lead: string | undefined): { iso: string } | undefined {
  if (!lead) return undefined;
  const opening = /^(.{4,60}?)(\s[-–—]{1,2}\s|[-–—]{1,2}\s|\s[-–—]{1,2}(?=\S)|\s*[(\[])/.exec(lead)?.[1];
  const found = opening ? findDates(opening)[0] : undefined;
  if (!opening || !found?.iso) return undefined;
  // Beside the date only a place, a weekday, an agency: "أعلنت الوزارة أن الاتفاق الموقع في 15-3-2016 -" is prose.
  const rest = opening.slice(0, found.at) + ' ' + opening.slice(found.at + found.length);
  return wordCount(rest) <= 3 ? { iso: found.iso } : undefined;
}

/** A release opening "السليمانية، العراق – 2 تشرين الأول 2024: أعلنت …": a place and country, the date, a colon. */
function releaseDate(lead: string | undefined): string | undefined {
  const released = lead ? /^[^:：.،]{2,25}،[^:：.،]{2,25}\s[-–—]\s([^:：]{6,30}?)\s*[:：]\s/.exec(lead)?.[1] : undefined;
  return released ? (findDates(released)[0]?.iso ?? undefined) : undefined;
}

/** "صحيفة عربية مستقلة", "جريدة يومية": a masthead's description, not its name. */
const GENERIC_MASTHEAD = /^\S+\s+((عربية|يومية|مستقلة|إلكترونية|الكترونية|أسبوعية|اسبوعية|سياسية|إخبارية|اخبارية|رقمية|شاملة|وطنية|دولية)(?![\p{L}\p{M}])|(اقتصادية|رياضية|ثقافية)(\s+(عربية|يومية|مستقلة|أسبوعية|اسبوعية|إخبارية|اخبارية|رقمية|شاملة|وطنية|دولية))*$)/u;

/** Labels opening a headline before a dash: "عاجل - …", "حصري - …", "الجولة الخامسة - …". */
const KICKER = /^(عاجل|حصري|حصريا|خاص|فيديو|بالفيديو|بالصور|صور|شاهد|رسميا|رسمياً|تقرير|تحليل|الجولة|المرحلة|الأسبوع|الدوري)(?![\p{L}\p{M}])/u;

/**
 * A word after a first name that can be part of a name: not a verb in the present ("يتصدر", "تعلن"), an
 * elative ("أفضل", "أكبر"), nor a word with a preposition written on ("للجيش", "بالفوز"). First names
 * of those shapes (يوسف، تامر، أحمد) are names.
 */
function surnameShaped(word: string): boolean {
  if (startsWithGivenName(word)) return true;
  return !/^(ي|ت|ن)\p{L}{3,}$/u.test(word) && !/^(أ|ا)(?!ل)\p{L}{3}$/u.test(word) && !/^(لل|بال|كال|وال|فال)/u.test(word);
}

/** A site's line about itself: "موقع إخباري مستقل يغطي…", "صحيفة إلكترونية يومية تصدر عن…". */
const SITE_SELF_DESCRIPTION = /^(موقع|صحيفة|جريدة|منصة|شبكة|وكالة|مجلة|بوابة)\s+(إخباري|إخبارية|اخباري|اخبارية|إلكتروني|إلكترونية|الكتروني|الكترونية|إعلامي|إعلامية|اعلامي|اعلامية|مستقل|مستقلة|رقمي|رقمية|يومية|أسبوعية)(?![\p{L}\p{M}])/u;

/** Furniture that comes after an article has ended, not inside it. */
const CLOSING_FURNITURE = new Set(['share-follow', 'tags', 'author-box', 'newsletter-app', 'print-font', 'comments', 'breadcrumb', 'link', 'views'].map((kind) => `boilerplate:${kind}`));

/** Latin letters and no Arabic, nor a price or a figure's colon ("Gradins : 15 DT", "2220×1080"). */
const LATIN_ONLY = /^(?=[^\u0600-\u06FF]*$)(?=.*[A-Za-z])[^:×=]+$/;

/** The job nouns a reporter's bio opens with. */
const JOB = '(?:صحفي|صحفية|صحافي|صحافية|كاتب|كاتبة|محرر|محررة|مراسل|مراسلة|إعلامي|إعلامية|باحث|باحثة|أستاذ|أستاذة|استاذ|استاذة|محلل|محللة)(?![\\p{L}\\p{M}])';
/**
 * A reporter's bio: a job noun and a nationality ("كاتب وأكاديمي فلسطيني"), or a job noun, then where or
 * what they cover ("محررة اقتصادية بصحيفة السوداني").
 */
const AUTHOR_BIO = new RegExp(`^${JOB}(\\s+و\\S+)?\\s+\\S+(ي|ية)$|^${JOB}.{0,80}(يغطي|تغطي|مقيم|مقيمة|يكتب|تكتب|متخصص|متخصصة|مختص|مختصة|مهتم|مهتمة|يهتم|تهتم|بصحيفة|بجريدة|بموقع|في صحيفة|في جريدة|في موقع|حاصل|حاصلة)`, 'u');
/** A reporter's desk ("صحفية بقسم الاقتصاد، تتابع…"): a bio only under the reporter's name. */
const AUTHOR_DESK = /^(صحفي|صحفية|صحافي|صحافية|محرر|محررة)\s+(بقسم|في قسم|بالقسم|في القسم)\s/u;

/** A paragraph that opens by pointing back at the line above it: "بهذه الكلمات اختصر…". */
const BACK_REFERENCE = /^(بهذه|بهذا|بتلك|هكذا|بذلك)(?![\p{L}\p{M}])/u;

/** The subheading and the opening of the paragraph under it share two content stems (all, if it has fewer). */
function sharesTwoStems(heading: string, paragraph: string, needed = 2): boolean {
  const stems = new Set(analyzeArabic(heading).filter((t) => !t.stop && t.stem.length >= 3).map((t) => t.stem));
  const shared = new Set(analyzeArabic(paragraph.split(/\s+/).slice(0, 12).join(' ')).filter((t) => !t.stop && stems.has(t.stem)).map((t) => t.stem));
  // Two stems: a teaser on the same topic shares one word with the article, a subheading names its paragraph.
  return shared.size >= Math.min(needed, stems.size);
}

/** A paragraph opening with a dateline or credit, as a story's lead does: "الكويت - 18 - 10 (كونا) --". */
function opensWithDateline(line: string): boolean {
  const words = line.split(/\s+/);
  for (let k = 1; k <= Math.min(6, words.length - 1); k++) if (datelineSource(words.slice(0, k).join(' ')) !== undefined) return true;
  return inlineCredit(line) !== undefined && wordCount(line) > 8;
}

const SPONSORED = /^[(\[]?\s*((ال)?محتوى (ال)?(مدعوم|ممول|مموّل|برعاية)|برعاية|إعلان ممول|اعلان ممول|sponsored( content)?|promoted|taboola|outbrain|مقالات (ممولة|برعاية))\s*[)\]]?$/i;
const SCORE_OR_TICKER = /^[^\d٠-٩]{2,40}\s[\d٠-٩]{1,2}\s*[-–:]\s*[\d٠-٩]{1,2}\s[^\d٠-٩]{2,40}$|^[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s+\S/;

/** The stems of a line's words, function words left out: what a headline and its story share. */
function stemsOf(line: string): Set<string> {
  return new Set(analyzeArabic(line).flatMap((t) => (t.stop || t.stem.length < 2 ? [] : [t.stem])));
}

/**
 * Where the article starts on a page whose copy begins with the site's header (menus, tickers, weather,
 * currency rates, a "most read" strip): the first headline-shaped line before the story's first paragraph
 * whose words the story then uses. Header lines share few words with the story under them. Undefined
 * when the page opens with its headline, or when no line above the prose is echoed by it.
 */
const proseShaped = (line: string) => { const n = wordCount(line); return n >= 15 && (/[.!؟?»"”)]$/.test(line) || n >= 25) && !boilerplateKind(line); };

/** A headline is signed: its byline or date stands right under it (or, reach 2, under its standfirst). */
function signedLine(texts: readonly string[], i: number, reach = 2): boolean {
  for (let d = 1; d <= reach; d++) {
    const below = texts[i + d];
    if (below !== undefined && (dateLine(below) !== undefined || bylineSource(below) !== undefined)) return true;
  }
  return false;
}

function echoedHeadline(texts: readonly string[]): number | undefined {
  const firstProse = texts.findIndex(proseShaped);
  if (firstProse <= 1) return undefined;
  const story = new Set<string>();
  for (const line of texts.slice(firstProse).filter(proseShaped).slice(0, 4)) for (const stem of stemsOf(line)) story.add(stem);
  // Lines that share enough of the story's words.
  const echoes: { i: number; shared: number; words: number }[] = [];
  for (let i = 0; i < Math.min(firstProse, 30); i++) {
    const line = texts[i]!;
    const n = wordCount(line);
    // A score ("الاتحاد 3 - 1 الفتح") or a timed ticker item names the story's words without being its headline.
    // A lead sentence without its full stop is not one either: it runs longer, with commas.
    if (n < 3 || n > 18 || /،/.test(line) || !headlineShaped(line) || boilerplateKind(line) || dateLine(line) || SCORE_OR_TICKER.test(line)) continue;
    const stems = stemsOf(line);
    let shared = 0;
    for (const stem of stems) if (story.has(stem)) shared++;
    if (shared >= 2 && shared / Math.max(1, stems.size) >= 0.4) echoes.push({ i, shared, words: n });
  }
  // The first such line: a lead paragraph under the headline shares more, but comes after it. Labels are
  // short: a headline of four words or more beats one of three when there is one.
  const long = echoes.filter((e) => e.words >= 4);
  // A headline is signed: the byline or the date stands right under it, under a label or score they do not.
  // Past the first echo, the earliest signed one that shares more of the story (a reporter's dateline is
  // signed too), or the first again (a sticky bar "أنت تقرأ الآن" repeats the headline above the page);
  // a line up to three under a signed first echo is its standfirst, whatever it shares.
  const signedAt = (i: number) => signedLine(texts, i);
  const signed = long.filter(
    (e) => e.i !== long[0]!.i && (e.shared > long[0]!.shared || texts[e.i] === texts[long[0]!.i]) && signedAt(e.i) && !(signedAt(long[0]!.i) && e.i - long[0]!.i <= 3),
  );
  const first = (signed.length > 0 ? signed : long.length > 0 ? long : echoes)[0];
  return first && first.i > 0 ? first.i : undefined;
}

export function parsePage(text: string, meta: PageMeta = {}): ParsedPage {
  const texts = sanitizeLines(text);
  const roles: LineRole[] = texts.map(() => 'content');
  const n = texts.length;
  let source: string | null = null;
  let sourceRank = Infinity;
  const offerSource = (value: string | undefined, rank: number) => {
    if (value && rank < sourceRank) {
      // "صحيفة المواطن الإلكترونية": the paper's medium is not part of its name.
      source = value.replace(/^(\S+(?:\s\S+)?)\s+(الإلكترونية|الالكترونية)$/u, '$1');
      sourceRank = rank;
    }
  };
  const dates: { iso: string; updated: boolean; at: number }[] = [];
  /** What the page calls itself (its metadata, copyright, own furniture), whoever wrote the story. */
  const siteNames = new Set<string>(meta.siteName ? [meta.siteName] : []);
  // The article's head is where its headline is, which on a page copied with its header is not the top.
  const headStart = echoedHeadline(texts) ?? 0;
  // The article's head runs from the headline to its first paragraph of prose: bylines, datelines, dates.
  const proseAt = texts.findIndex((line, i) => i > headStart && proseShaped(line));
  const headEnd = Math.max(headStart + HEAD_LINES, Math.min(proseAt < 0 ? 0 : proseAt, headStart + 12));
  // The site's name in its own metadata is its masthead: below only an explicit "المصدر:" line.
  offerSource(meta.siteName, 1.5);
  // A name beside the headline in the document title may be a section or a generic label: below a dateline.
  offerSource(meta.titleSiteName, 4.5);

  for (let i = 0; i < n; i++) {
    const line = texts[i]!;
    const nearEdge = i < HEAD_LINES || (i >= headStart - 2 && i < headEnd) || i >= n - TAIL_LINES;
    // Under a header, the byline and dateline are at the headline; the header's own (a masthead, a
    // fixture list "الخليج - النصر") count for less than anything in the article.
    const shift = headStart > 0 && i < headStart - 2 ? 3 : 0;
    const date = dateLine(line);
    if (date) {
      roles[i] = 'meta:date';
      // "الرياض 20 جمادى الأولى 1441 هـ الموافق 15 يناير 2020 م واس": the agency closing a date line.
      offerSource(knownOutlet(line.trim().split(/\s+/).at(-1) ?? ''), 2);
      if (date.iso) dates.push({ iso: date.iso, updated: updatedOnly(line), at: i });
      continue;
    }
    const fromSourceLine = sourceLine(line);
    if (fromSourceLine) {
      roles[i] = 'meta:source';
      if (!NO_OUTLET.test(fromSourceLine.replace(/[.]$/, '')) && !PUBLIC_BODY.test(fromSourceLine)) offerSource(fromSourceLine, 1);
      continue;
    }
    if (nearEdge && !archivePhotoCredit(line)) {
      const fromByline = bylineSource(line, roles.slice(0, i).includes('content'));
      if (fromByline && !boilerplateKind(line)) {
        roles[i] = 'meta:byline';
        // "بقلم: ن.ب": an editor's initials sign the piece, and name no outlet.
        if (!/^(\p{L}[.\s]*){1,3}$/u.test(fromByline) && !DESK.test(fromByline)) offerSource(fromByline, (knownOutlet(fromByline) ? 2 : 6) + shift);
        continue;
      }
      const fromDateline = datelineSource(line);
      if (fromDateline) {
        roles[i] = 'meta:dateline';
        // An unknown name beside a place is as often the reporter ("فهد البقمي (الرياض)") as the outlet:
        // it counts as little as an unknown byline, below the site naming itself in its furniture.
        offerSource(fromDateline, (knownOutlet(fromDateline) ? 2 : 6) + shift);
        continue;
      }
      const credit = creditLine(line);
      if (credit) {
        roles[i] = 'meta:credit';
        offerSource(credit, 3 + shift);
        continue;
      }
      // Not a language switch naming "العربية" first.
      const outletFirst = outletFirstByline(line);
      if (outletFirst && boilerplateKind(line) !== 'breadcrumb') {
        roles[i] = 'meta:byline';
        offerSource(outletFirst, 2 + shift);
        continue;
      }
    }
    // The masthead at the top ("جريدة الرياض") names the paper; a copyright may name its publisher instead
    // ("مؤسسة اليمامة الصحفية"), so the masthead counts for more, though less than a dateline or byline.
    // "جريدة يومية تصدر عن حزب الوفد": the masthead's description, furniture naming no one.
    if (i < HEAD_LINES && /^(جريدة|صحيفة|مجلة|موقع|قناة)\s/.test(line) && GENERIC_MASTHEAD.test(line) && wordCount(line) <= 8 && !/[.؟?!]$/.test(line)) {
      roles[i] = 'boilerplate:page-header';
      continue;
    }
    const masthead = i < HEAD_LINES && !GENERIC_MASTHEAD.test(line) ? MASTHEAD.exec(line.trim()) : null;
    if (masthead && !boilerplateKind(line)) {
      const name = (masthead[1] ?? masthead[2]!).trim();
      offerSource(knownOutlet(name) ?? name, 3.5);
      siteNames.add(name);
      // "الثورة أون لاين" signs its bylines "الثورة – رنا بدري".
      siteNames.add(name.replace(new RegExp(`\\s+${ONLINE_SUFFIX}$`, 'i'), ''));
      roles[i] = 'boilerplate:page-header';
      continue;
    }
    // The footer's copyright and the site's own furniture name the site; the lines stay boilerplate.
    const copyrighted = archivePhotoCredit(line) ? undefined : copyrightSource(line);
    const selfNamed = selfNamedSource(line);
    for (const named of [copyrighted, selfNamed]) if (named) siteNames.add(named);
    offerSource(copyrighted, 4);
    offerSource(selfNamed, 5);
    const kind = boilerplateKind(line);
    if (kind) roles[i] = `boilerplate:${kind}`;
  }

  // "See also" blocks: the marker, then the teaser headlines under it, each maybe with a teaser paragraph
  // (the other story's lead). Prose that continues (و، ف، كما…) is the article again.
  for (let i = 0; i < n; i++) {
    const marker = relatedMarker(texts[i]!);
    // "You May Also Like" is English furniture and a marker too: the headlines under it go with it.
    // "اقرأ في «محليات» أيضاً" has the marks of a breadcrumb and is a marker still.
    if (!marker || !['content', 'boilerplate:english-ui', 'boilerplate:breadcrumb'].includes(roles[i]!)) continue;
    roles[i] = 'boilerplate:related';
    if (marker === 'inline') continue;
    const next = (k: number) => {
      for (let j = k + 1; j < n; j++) if (roles[j] === 'content') return j;
      return -1;
    };
    let taken = 0;
    let last = -1;
    let pairs = 0;
    let afterHeadline = false;
    for (let k = next(i); k >= 0 && taken < 8; k = next(k)) {
      const line = texts[k]!;
      if (headlineShaped(line) && !opensWithDateline(line)) {
        afterHeadline = true;
      } else {
        // A teaser paragraph: the lead of the story whose headline is above it, not the article going on.
        const following = next(k);
        const teaser =
          opensWithDateline(line) ||
          (afterHeadline && !continues(line) && wordCount(line) <= 70 &&
            (/(\.\.\.|…)$/.test(line) || pairs > 0 || (following >= 0 && headlineShaped(texts[following]!))));
        if (!teaser) break;
        if (afterHeadline) pairs++;
        afterHeadline = false;
      }
      roles[k] = 'boilerplate:related';
      taken++;
      last = k;
    }
    // The block's last headline is the article's own subheading when the paragraph under it goes on
    // from it ("ساعات التجهيز" / "وأشار البيان إلى أن ساعات تجهيز…"); a lone teaser stays a teaser.
    const resumed = last >= 0 ? next(last) : -1;
    // A heading of two or three words is a subheading when its paragraph takes up one of them ("تقديرات رسمية" /
    // "وتشير تقديرات وزارة الزراعة …"): teasers run longer.
    const goesOn = (line: string) => BACK_REFERENCE.test(line) || (continues(line) && sharesTwoStems(texts[last]!, line, wordCount(texts[last]!) <= 3 ? 1 : 2));
    if (taken >= 2 && resumed >= 0 && headlineShaped(texts[last]!) && wordCount(texts[resumed]!) >= 12 && goesOn(texts[resumed]!)) roles[last] = 'content';
  }

  // Under a reference list's label, its numbered entries ("1. منظمة الصحة العالمية، «…»، 2023.").
  for (let i = 0; i < n; i++) {
    if (roles[i] !== 'boilerplate:references') continue;
    for (let k = i + 1; k < n && k <= i + 12 && roles[k] === 'content' && /^[\d٠-٩]{1,2}\s*[.)\-–]\s*\S/.test(texts[k]!.trim()) && wordCount(texts[k]!) <= 40; k++) roles[k] = 'boilerplate:references';
  }

  // Under a contact box's label ("للاستفسارات الإعلامية:"), its short lines down to the next furniture: the
  // office, the phone, the address. A press release's contact block follows the release.
  for (let i = 0; i < n; i++) {
    // A contact line itself ("الهاتف: …") heads nothing.
    if (roles[i] !== 'boilerplate:contact' || CONTACT_FIELD.test(texts[i]!.trim())) continue;
    for (let k = i + 1; k < n && k <= i + 4 && roles[k] === 'content' && wordCount(texts[k]!) <= 14 && !/[.!؟?]$/.test(texts[k]!.trim()); k++) roles[k] = 'boilerplate:contact';
  }

  // A press release closes with its issuer's self-description under "نبذة عن …" ("About …"): the heading and
  // the paragraphs under it, when nothing of the article follows them and the page's furniture (masthead,
  // footer) names the same issuer. "نبذة عن قوات سوريا الديمقراطية" is a news site's explainer.
  for (let i = 0; i < n; i++) {
    const about = /^(?:نبذة عن|لمحة عن|about)\s+(\S+(?:\s+\S+){0,4})$/iu.exec(texts[i]!.trim());
    if (roles[i] !== 'content' || !about || /[.!؟?:،]/.test(texts[i]!)) continue;
    if (roles.slice(0, i).filter((r) => r === 'content').length < 3) continue;
    if (!texts.some((line, j) => j !== i && ['boilerplate:page-header', 'boilerplate:copyright', 'boilerplate:section-label', 'boilerplate:breadcrumb'].includes(roles[j]!) && line.includes(about[1]!))) continue;
    const block: number[] = [];
    let k = i + 1;
    for (; k < n && block.length < 3 && roles[k] === 'content'; k++) block.push(k);
    const articleGoesOn = roles.slice(k).some((r) => r === 'content');
    if (block.length === 0 || articleGoesOn) continue;
    for (const j of [i, ...block]) roles[j] = 'boilerplate:about';
  }

  // A caption stands above its photo credit ("متظاهرون في ساحة الجمهورية" / "الصورة: أ ف ب"); a poll's
  // question and answers stand under its label.
  for (let i = 1; i < n; i++) {
    const above = i - 1;
    const bareCredit = BARE_CREDIT.test(texts[i]!.trim()) && (/^[(\[]\s*[A-Z]/.test(texts[i]!.trim()) || knownOutlet(texts[i]!.trim().slice(1, -1).trim()) !== undefined);
    if (roles[i] === 'boilerplate:caption' && (PHOTO_CREDIT.test(texts[i]!) || (bareCredit && above !== roles.indexOf('content'))) && roles[above] === 'content' && wordCount(texts[above]!) <= 12 && !/[.!؟?:،]$/.test(texts[above]!)) {
      roles[above] = 'boilerplate:caption';
    }
    // A standings table's rows under its label or the row above: rank, team, then figures ("1 الاتحاد 21 52");
    // a story listing the table under its own sentence keeps them.
    if ((roles[above] === 'boilerplate:section-label' || roles[above] === 'boilerplate:widget') && roles[i] === 'content' && wordCount(texts[i]!) <= 10 && /^[\d٠-٩]{1,2}\s+[\p{L}\p{M}][\p{L}\p{M}\s]{1,30}?(\s+[+\-−]?[\d٠-٩]{1,3}){2,}$/u.test(texts[i]!.trim())) roles[i] = 'boilerplate:widget';
    // A score box's scorers beside its score or status ("الأهداف: فارس العمري 34' ، سلطان الخالدي 88'"); in the
    // report a goal list is the story's.
    if (roles[i] === 'content' && (roles[above] === 'boilerplate:widget' || roles[i + 1] === 'boilerplate:widget') && /^(الأهداف|الاهداف|الهدافون|أهداف المباراة)\s*[:：]/.test(texts[i]!.trim()) && (texts[i]!.match(/[\d٠-٩]{1,3}\s*['’′]/g) ?? []).length >= 2 && wordCount(texts[i]!) <= 30) roles[i] = 'boilerplate:widget';
    // A gallery's counter under its label: "معرض الصور" / "1 من 6".
    if (roles[above] === 'boilerplate:caption' && roles[i] === 'content' && /^[\d٠-٩]{1,3}\s*(من|\/)\s*[\d٠-٩]{1,3}$/.test(texts[i]!.trim())) roles[i] = 'boilerplate:caption';
    // Answers, with their share once the vote is in ("نعم، بشكل كبير — 68%"), and the count of votes.
    const answer = (wordCount(texts[i]!) <= 3 && !/[.!؟?:]$/.test(texts[i]!)) || (wordCount(texts[i]!) <= 8 && /\S\s*[—–-]\s*[\d٠-٩]{1,3}([.,٫][\d٠-٩])?\s*[%٪]$/.test(texts[i]!.trim())) || /^(مجموع|عدد|إجمالي|اجمالي) (الأصوات|الاصوات|المصوتين|المشاركين)\s*[:：]?\s*[\d.,٬٫٠-٩]+$/.test(texts[i]!.trim());
    if (roles[above] === 'boilerplate:poll' && roles[i] === 'content' && ((wordCount(texts[i]!) <= 20 && /[؟?]$/.test(texts[i]!)) || answer)) roles[i] = 'boilerplate:poll';
  }

  // A box of common questions under its label ("أسئلة شائعة"): questions one after another, no answers
  // between them. An explainer's own questions each have their answer under them, and stay.
  for (let i = 0; i < n; i++) {
    if (roles[i] !== 'content' || !/^(أسئلة شائعة|الأسئلة الشائعة|أسئلة متكررة|الأسئلة المتكررة|اسئلة شائعة|أسئلة يبحث عنها القراء)\s*[:：]?$/.test(texts[i]!.trim())) continue;
    let k = i + 1;
    while (k < n && roles[k] === 'content' && /[؟?]$/.test(texts[k]!.trim()) && wordCount(texts[k]!) <= 15) k++;
    if (k - i - 1 >= 2) for (let j = i; j < k; j++) roles[j] = 'boilerplate:related';
  }

  // An article summary box: under its label, the bulleted points (they repeat the article) down to the
  // note that a machine wrote them.
  for (let i = 0; i < n; i++) {
    if (roles[i] !== 'boilerplate:summary' || wordCount(texts[i]!) > 4) continue;
    for (let k = i + 1, taken = 0; k < n && taken < 8 && roles[k] === 'content' && /^\s*[•·▪◾●*\-–]/.test(texts[k]!) && wordCount(texts[k]!) <= 40; k++, taken++) roles[k] = 'boilerplate:summary';
  }

  // Under a sponsored-content label ("محتوى مدعوم", "Sponsored", a recommendation widget's name), the
  // headlines are advertisers' teasers.
  for (let i = 0; i < n; i++) {
    if (!roles[i]!.startsWith('boilerplate:') || !SPONSORED.test(texts[i]!)) continue;
    for (let k = i + 1, taken = 0; k < n && taken < 4; k++) {
      if (roles[k] !== 'content') { if (roles[k]!.startsWith('boilerplate:')) continue; break; }
      if (!headlineShaped(texts[k]!) || wordCount(texts[k]!) > 16) break;
      roles[k] = 'boilerplate:ad-label';
      taken++;
    }
  }

  // A numbered comment under the article: "1 - سامي البغدادي - GMT 14:41 2024 الأحد 12 مايو" (number, name,
  // timestamp with its time), then its title and text up to the next such header. A timeline item
  // ("1 - الانتخابات - 12 مايو 2024") carries no time of day.
  // A thread's label stands under the article (three lines of it at least), not a count in the page's head.
  let contentSeen = 0;
  let threadLabelAt = -1;
  for (let k = 0; k < n && threadLabelAt < 0; k++) {
    if (roles[k] === 'boilerplate:comments' && contentSeen >= 3) threadLabelAt = k;
    if (roles[k] === 'content') contentSeen++;
  }
  // The middle-dot form only under that label: above it, "بقلم سامر خوري · 13 أيار 2025" signs the article.
  const commenterHeader = (at: number): boolean => {
    const line = texts[at]!;
    const underThread = threadLabelAt >= 0 && at > threadLabelAt;
    // Also a name and its time between middle dots, maybe a reply's: "جورج ح. · 13 أيار 2025 - 12:15",
    // "↩ ردّ على جورج ح. — ماريا س. · 13 أيار 2025 - 12:52".
    const m = /^[\d٠-٩]{1,3}\s*[-–.)]\s*([^\-–|\d]{2,40}?)\s*[-–|]\s*(.+)$/.exec(line) ?? (underThread ? /^(?:↩\s*)?(?:(?:ردّ|رد) على [^—·]{2,30}\s*—\s*)?([^·\d]{2,30}?)\s*·\s*(.+)$/.exec(line) : null);
    return !!m && wordCount(m[1]!) <= 4 && /[\d٠-٩]{1,2}:[\d٠-٩]{2}/.test(m[2]!) && dateLine(m[2]!) !== undefined;
  };
  for (let i = 0; i < n; i++) {
    if (roles[i] !== 'content' || !commenterHeader(i) || roles.slice(0, i).filter((r) => r === 'content').length < 3) continue;
    roles[i] = 'boilerplate:comments';
    for (let j = i + 1; j < Math.min(n, i + 4) && roles[j] === 'content' && !commenterHeader(j) && wordCount(texts[j]!) <= 60; j++) roles[j] = 'boilerplate:comments';
  }

  // Under a comment thread's header ("تعليقات القراء") at the article's end: each reader's name, then the
  // comment, up to the comment form or the page's other furniture. Only short lines, and only where no
  // paragraph of the article follows.
  for (let i = 0; i < n; i++) {
    if (roles[i] !== 'boilerplate:comments' || wordCount(texts[i]!) > 3 || !/(تعليق|comment)/i.test(texts[i]!)) continue;
    // A thread stands under the article: a count in the page's head is a counter, whatever follows it.
    if (roles.slice(0, i).filter((r, j) => r === 'content' && wordCount(texts[j]!) >= 12).length < 2) continue;
    const block: number[] = [];
    let k = i + 1;
    // A commenter's relative timestamp ("منذ 4 ساعات") may stand between name and comment.
    // So may its date and time ("10 يناير، 2024 في 8:15 ص") and a reply button between comments.
    // A date is a comment's only under a commenter's name: right under the thread's label it is the page's.
    const commentDate = (k: number) => roles[k] === 'meta:date' && wordCount(texts[k]!) <= 8 && block.length > 0 && block.at(-1) === k - 1 && wordCount(texts[k - 1]!) <= 6;
    // A reader signing with a city ("أبو محمد - المحرق") reads like a dateline: first under the header, it is the name.
    const signedWithCity = (k: number) => roles[k] === 'meta:dateline' && block.length === 0 && wordCount(texts[k]!) <= 6;
    for (; k < n && (roles[k] === 'content' || signedWithCity(k) || commentDate(k) || (roles[k] === 'boilerplate:comments' && wordCount(texts[k]!) <= 3 && block.length > 0)) && block.length < 12 && wordCount(texts[k]!) <= 50; k++) if (roles[k] === 'content' || signedWithCity(k)) block.push(k);
    const articleGoesOn = roles.slice(k).some((r, j) => r === 'content' && wordCount(texts[k + j]!) >= 12);
    const named = block.length >= 2 && (nameLine(texts[block[0]!]!) || /^([\d٠-٩]{1,3}\s*[-–.)]\s*)?[\p{L}\s]{2,30}(\s[-–]\s[\p{L}\s]{2,20})?$/u.test(texts[block[0]!]!) || wordCount(texts[block[0]!]!) <= 3);
    // Or one comment on one line, its writer's name before a colon: "بوجاسم: والله صار السمك حق الأغنياء".
    // A reader's name, not a speaker ("وأضاف:", "المتحدث باسم الوزارة:"): no ال, no و/ف before it.
    const signer = texts[block[0] ?? i]!.split(/[:：]/)[0]!.trim();
    const signedComment = block.length === 1 && /[:：]\s*\S/.test(texts[block[0]!]!) && /^[\p{L}\p{M}.\s]{2,30}$/u.test(signer) && wordCount(signer) <= 3 && !/^[وف]/.test(signer) && !/(^|\s)ال/.test(signer);
    if ((named || signedComment) && !articleGoesOn) for (const j of block) roles[j] = 'boilerplate:comments';
  }

  // A comment thread: the line after a commenter's name and age ("مواطن غيور منذ 5 ساعات") is the comment.
  for (let i = 0; i + 1 < n; i++) {
    // A name before the age: alone, "قبل يومين" is the article's own timestamp.
    if (roles[i] !== 'boilerplate:comments' || !/\S\s+(منذ|قبل)\s+([\d٠-٩]+\s+)?\p{L}+$/u.test(texts[i]!)) continue;
    const next = i + 1;
    const contentBefore = roles.slice(0, i).filter((r) => r === 'content').length;
    if (roles[next] === 'content' && wordCount(texts[next]!) <= 60 && contentBefore >= 3) roles[next] = 'boilerplate:comments';
  }

  // A sidebar of the latest news, each item behind its time ("01:18 م | ضبط 3 أطنان أسمدة …"): four or more in a
  // row, each a headline. A live blog's timed entries are paragraphs.
  const timedItem = (i: number) => {
    const item = roles[i] === 'content' ? /^(?:أمس\s+)?[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*(?:ص|م|am|pm)?\s*[|•\-–]\s*(.+)$/i.exec(texts[i]!.trim())?.[1] : undefined;
    return item !== undefined && headlineShaped(item) && wordCount(item) <= 18 && !/[.]$/.test(item);
  };
  const paragraph = (k: number) => roles[k] === 'content' && wordCount(texts[k]!) >= 12;
  for (let i = 0; i < n; i++) {
    if (!timedItem(i)) continue;
    let end = i;
    while (end + 1 < n && timedItem(end + 1)) end++;
    // Outside the story: a schedule inside it ("ويتضمن البرنامج ما يلي:" / "18:00 - افتتاح …") has prose on both sides.
    const inside = roles.some((_, k) => k < i && paragraph(k)) && roles.some((_, k) => k > end && paragraph(k));
    if (end - i + 1 >= 4 && !inside) for (let k = i; k <= end; k++) roles[k] = 'boilerplate:related';
    i = end;
  }

  // Unmarked teaser blocks: two to six headline-shaped lines in a row between prose paragraphs (other
  // stories' headlines, as BBC pages insert them mid-article). A single such line is a subheading and stays.
  const prose = (i: number) => roles[i] === 'content' && /[.!؟?»"”)]$/.test(texts[i]!) && wordCount(texts[i]!) >= 8;
  const teaserShaped = (i: number) => roles[i] === 'content' && headlineShaped(texts[i]!) && wordCount(texts[i]!) >= 4 && wordCount(texts[i]!) <= 16 && !/[.]$/.test(texts[i]!);
  for (let i = 1; i < n; i++) {
    if (!teaserShaped(i)) continue;
    let end = i;
    while (end + 1 < n && teaserShaped(end + 1)) end++;
    const run = end - i + 1;
    const before = roles.slice(0, i).lastIndexOf('content');
    const after = roles.indexOf('content', end + 1);
    if (run >= 2 && run <= 6 && before >= 0 && prose(before) && (after < 0 || prose(after)) && roles.slice(0, before).includes('content')) {
      for (let k = i; k <= end; k++) roles[k] = 'boilerplate:related';
    }
    i = end;
  }

  // Other stories' leads at the end of the page (CNN lists them unmarked): Arabic news paragraphs after the
  // lead go on with a connective (و، ف، كما، لكن…), a new story's lead does not. Three or more long
  // paragraphs in a row at the very end, none continuing, after an article that did continue.
  const contentLines = roles.flatMap((r, i) => (r === 'content' ? [i] : []));
  const continuesAt = (i: number) => continues(texts[i]!);
  let runStart = contentLines.length;
  while (runStart > 0 && !continuesAt(contentLines[runStart - 1]!) && wordCount(texts[contentLines[runStart - 1]!]!) >= 15) runStart--;
  const run = contentLines.length - runStart;
  const articleBefore = contentLines.slice(0, runStart);
  // And set apart: a blank line before the run where the article's own paragraphs follow each other
  // without one (CNN's layout); pages with a blank line after every paragraph give no such break.
  const gapBefore = (i: number) => {
    const at = text.indexOf(texts[i]!);
    const previous = text.lastIndexOf('\n', at - 1);
    return at > 0 && previous > 0 && /\n[^\S\n]*$/.test(text.slice(0, previous));
  };
  // Or retelling the article: a teaser for a related story repeats a sentence the article already gave.
  const retold = () => {
    const wordsBefore = articleBefore.map((k) => contentWords(texts[k]!));
    return contentLines.slice(runStart).some((i) => {
      const words = contentWords(texts[i]!);
      return wordsBefore.some((before) => retells(words, before));
    });
  };
  const setApart = () =>
    (gapBefore(contentLines[runStart]!) && articleBefore.slice(2).filter(gapBefore).length <= articleBefore.length / 4) || retold();
  if (run >= 3 && articleBefore.length >= 3 && articleBefore.slice(1).filter(continuesAt).length >= 2 && setApart()) {
    for (const i of contentLines.slice(runStart)) roles[i] = 'boilerplate:related';
  }

  // The page's tail: short link-like or reader-addressed lines next to boilerplate are furniture too, in
  // the last lines or anywhere under the article's last paragraph (tags one per line, "المزيد" links).
  const lastParagraph = roles.findLastIndex((r, i) => r === 'content' && wordCount(texts[i]!) >= 12);
  // Below the furniture closing the article, the site describing itself ("موقع إخباري مستقل يغطي أخبار
  // دارفور والسودان."); right under the story, such a line is the story's ("صحيفة يومية تأسست عام 1933.").
  for (let i = lastParagraph + 1; lastParagraph >= 0 && i < n; i++) {
    if (roles[i] === 'content' && wordCount(texts[i]!) <= 25 && SITE_SELF_DESCRIPTION.test(texts[i]!.trim()) && roles.slice(lastParagraph + 1, i).some((r) => CLOSING_FURNITURE.has(r))) roles[i] = 'boilerplate:about';
  }
  // A table inside the story, its rows between bars ("معادن | 51.10 | +3.2%") under its heading row, with
  // prose above and below it, is the story's; the same rows in a sidebar are furniture.
  const firstParagraph = roles.findIndex((r, i) => r === 'content' && wordCount(texts[i]!) >= 12);
  const tableRow = (k: number) => roles[k] === 'boilerplate:breadcrumb' && /\S\s*\|\s*\S/.test(texts[k]!) && /[\d٠-٩]/.test(texts[k]!) && wordCount(texts[k]!) <= 20;
  for (let i = firstParagraph + 1; firstParagraph >= 0 && i < lastParagraph; i++) {
    if (!tableRow(i)) continue;
    let end = i;
    while (end + 1 < lastParagraph && tableRow(end + 1)) end++;
    const header = roles[i - 1] === 'boilerplate:breadcrumb' && /\|/.test(texts[i - 1]!) && !/[\d٠-٩]/.test(texts[i - 1]!) ? i - 1 : i;
    if (end > i && roles[end + 1] === 'content' && wordCount(texts[end + 1]!) >= 12) for (let k = header; k <= end; k++) roles[k] = 'content';
    i = end;
  }

  // Below the furniture closing the article (share row, tags, author box, print and app buttons), a short
  // label and two or more headlines under it are another section's stories ("أقلام", "أخبار الشركة").
  // Under an ad label, an inline "see also" or a caption, the article may go on with its own closing list.
  for (let i = lastParagraph + 1; lastParagraph >= 0 && i < n; i++) {
    if (roles[i] !== 'content' || wordCount(texts[i]!) > 3 || /[\d.!؟?:：،,]/.test(texts[i]!)) continue;
    if (!roles.slice(lastParagraph + 1, i).some((r) => CLOSING_FURNITURE.has(r))) continue;
    const item = (k: number) => roles[k] === 'content' && headlineShaped(texts[k]!) && wordCount(texts[k]!) >= 3 && wordCount(texts[k]!) <= 16 && !/[.]$/.test(texts[k]!);
    let end = i;
    while (end + 1 < n && item(end + 1)) end++;
    if (end - i >= 2) for (let k = i; k <= end; k++) roles[k] = 'boilerplate:related';
    i = end;
  }
  for (let i = n - 1; i >= 0 && (i >= n - TAIL_LINES || (lastParagraph >= 0 && i > lastParagraph && i >= n - 25)); i--) {
    if (roles[i] !== 'content') continue;
    const below = roles.slice(i + 1).every((r) => r !== 'content');
    // Further up, a list the article introduced ("…التصنيف الدولي:" then "24- تونس (-3)") is the article's.
    const listed = i < n - TAIL_LINES && (/[\d٠-٩]/.test(texts[i]!) || /[:：]$/.test(texts[lastParagraph]!));
    if (below && i < n - 1 && wordCount(texts[i]!) <= 6 && !/[.!؟?]$/.test(texts[i]!) && !listed) roles[i] = 'boilerplate:share-follow';
    else break;
  }

  // A tags line with no label, as the last line of the article: names and terms only (no function word,
  // digit or punctuation), every one of them already in the article above. A closing sentence has
  // function words; a headline-like last line names something the article did not.
  const lastContent = roles.lastIndexOf('content');
  if (lastContent >= 0 && unlabelledTags(texts[lastContent]!, texts.filter((_, i) => i < lastContent && roles[i] === 'content'))) roles[lastContent] = 'boilerplate:tags';

  // Above the headline found by its echo, what is left is the site's header.
  for (let i = 0; i < headStart; i++) {
    if (roles[i] === 'content') roles[i] = wordCount(texts[i]!) <= 3 && !/[\d.!؟?،,]/.test(texts[i]!) ? 'boilerplate:section-label' : 'boilerplate:page-header';
  }

  // The outlet's name alone, or heading a byline ("الغد", "خاص لبنان24", "المدن - سياسة", "بي بي سي
  // نيويورك"), is the masthead once the page has named itself or its source elsewhere: even when the
  // name is an everyday word, the page's own copyright or metadata says it is this site.
  // A short line at the top that opens two lines or more of the page's last third is the site's name
  // ("سودان تربيون" over "سودان تربيون تعتمد على دعم قرائها…" and "سودان تربيون موقع إخباري مستقل…").
  for (let i = 0; i < Math.min(n, HEAD_LINES); i++) {
    const name = texts[i]!.trim();
    if (roles[i] !== 'content' || wordCount(name) > 3 || /[\d.!؟?،,:]/.test(name)) continue;
    const tail = texts.slice(Math.max(i + 1, n - TAIL_LINES - 2)).filter((line) => line.startsWith(`${name} `));
    const describesSite = tail.some((line) => /(موقع|صحيفة|جريدة|تأسس|تأسست|مؤسسة|إخباري|اخباري|مستقل|مستقلة|تبرع|تبرّع|قرائها|قرّائها|©)/.test(line));
    if (tail.length >= 2 && describesSite) siteNames.add(name);
  }
  // A masthead with both spellings ("شوف تيفي Chouf TV", "BasNews باسنيوز") whose Latin one the footer uses: the
  // Arabic one is the site's name too, as its datelines write it ("شوف تيفي - تاونات").
  for (let i = 0; i < Math.min(n, HEAD_LINES); i++) {
    const line = texts[i]!.trim();
    const both = /^([\u0600-\u06FF][^A-Za-z]{1,30}?)\s+([A-Za-z][\w.\- ]{1,30})$/.exec(line) ?? /^([A-Za-z][\w.\- ]{1,30}?)\s+([\u0600-\u06FF][^A-Za-z]{1,30})$/.exec(line);
    if (!both || roles[i] === 'title') continue;
    const [arabic, latin] = /^[A-Za-z]/.test(both[1]!) ? [both[2]!, both[1]!] : [both[1]!, both[2]!];
    if ((siteNames.has(latin.trim()) || siteNames.has(arabic.trim())) && wordCount(arabic) <= 3) {
      siteNames.add(arabic.trim());
      siteNames.add(latin.trim());
      if (roles[i] === 'content') roles[i] = 'boilerplate:page-header';
    }
  }
  const outletKeys = new Set([...siteNames, ...(source ? [source as string] : [])].map((name) => knownOutlet(name) ?? name));
  /** The site's name opening a line ("صحراء ميديا مؤسسة إعلامية…"), if one does. */
  const outletOpening = (line: string) => [...outletKeys].find((key) => line.startsWith(`${key} `));
  // The article's last paragraph: the site's own furniture stands below it.
  const articleEnd = roles.reduce((last, r, i) => (r === 'content' && wordCount(texts[i]!) >= 12 && outletOpening(texts[i]!) === undefined ? i : last), -1);
  if (outletKeys.size > 0) {
    const isOutlet = (name: string) => name.length > 0 && outletKeys.has(knownOutlet(name) ?? name);
    for (let i = 0; i < n; i++) {
      if (roles[i] !== 'content') continue;
      // A photo credited to the site: "حيدر الساعدي (الترا صوت)", "مودعون أمام أحد المصارف (الأخبار)".
      const credited = /^(.{2,160}?)\s*[(\[]\s*([^()\[\]]{2,30})\s*[)\]]$/.exec(texts[i]!.trim());
      if (credited && wordCount(texts[i]!) <= 22 && isOutlet(credited[2]!.trim()) && !/[.؟?!:،]$/.test(credited[1]!)) {
        roles[i] = 'boilerplate:caption';
        continue;
      }
      // The site describing itself: "صحراء ميديا مؤسسة إعلامية موريتانية مستقلة، نعمل على …".
      const about = outletOpening(texts[i]!);
      if (about && i > articleEnd && wordCount(texts[i]!) <= 40 && /^(مؤسسة|موقع|صحيفة|جريدة|منصة|وكالة|شبكة|قناة|إذاعة)(?![\p{L}\p{M}])/u.test(texts[i]!.slice(about.length + 1))) {
        roles[i] = 'boilerplate:page-header';
        continue;
      }
      if (wordCount(texts[i]!) > 6) continue;
      // "خاص" before or after the name ("خاص: …", "يمن مونيتور/ خاص") says the story is the site's own.
      const bare = texts[i]!.replace(/^[\s"«“(\[]+|[\s"»”)\].]+$/g, '').replace(/^خاص\s*[:：]?\s*/, '').replace(/\s*[/\-–]\s*خاص$/, '');
      const glued = bare.replace(/(\p{L})([\d٠-٩]+)$/u, '$1 $2');
      if (isOutlet(bare) || isOutlet(glued)) {
        roles[i] = 'boilerplate:page-header';
        continue;
      }
      const split = /^(.{2,30}?)\s*(?:[-–—|]|\sـ+\s|ـ\s)\s*(.+)$/.exec(bare);
      const place = /^(.{2,30}?)\s+(\S+(?:\s\S+)?)$/.exec(bare);
      // The site and its reporter, either way round: "\"ليبانون ديبايت\" - ريتا الحاج", "هشام بنعلي - وجدة سيتي".
      const unquoted = (name: string) => name.replace(/["«»“”]/g, '').trim();
      const reporterFirst = split && i !== roles.indexOf('content') && isOutlet(unquoted(split[2]!)) && nameLine(split[1]!);
      if ((split && isOutlet(unquoted(split[1]!)) && wordCount(split[2]!) <= 4) || reporterFirst || (place && isOutlet(place[1]!) && isPlace(place[2]!))) roles[i] = 'meta:byline';
    }
  }

  // A breaking-news ticker above the headline ("عاجل.. الأرصاد: شبورة كثيفة", "دابا: …"): the site's, when a
  // headline follows it in the head.
  for (let i = 0; i < Math.min(n, HEAD_LINES + 2); i++) {
    if (roles[i] !== 'content' || !/^(عاجل|عاجل جدا|دابا|الآن|الان|هام|breaking)\s*(\.{2,}|…|:|\||-|–)/i.test(texts[i]!)) continue;
    // Past a one-word section label ("مجتمع") to the headline.
    const next = roles.findIndex((r, k) => k > i && r === 'content' && wordCount(texts[k]!) >= 2);
    // Or a breadcrumb follows it: the site's header runs down to its breadcrumb (a page without a headline).
    const breadcrumbBelow = i > 0 && roles[i - 1]!.startsWith('boilerplate:') && roles.slice(i + 1, i + 4).includes('boilerplate:breadcrumb');
    // Signed and retold by the story's first paragraph, it is the headline, labelled: "عاجل| وفاة 7 مواطنين …".
    const lead = texts.find((line, k) => k > i && proseShaped(line));
    const leadStems = lead === undefined ? new Set<string>() : stemsOf(lead);
    const headline = signedLine(texts, i, 1) && [...stemsOf(texts[i]!)].filter((stem) => leadStems.has(stem)).length >= 2;
    if (!headline && (breadcrumbBelow || (next >= 0 && next < HEAD_LINES + 4 && headlineShaped(texts[next]!)))) roles[i] = 'boilerplate:page-header';
  }

  // A short line with no Arabic outside the story, beside the page's furniture ("Lebanon 24", "KOOORA",
  // "Intuit Mailchimp"), is a logo's or a widget's text (longer Latin lines go anywhere, boilerplateKind).
  // It stays as the headline ("MJ", "Oppenheimer": the only line above the story), between the story's own
  // lines (a product as a subheading, "Pixel 9"), or in a list the last paragraph opens ("…ومن أبرزها:").
  // The first long line, unless it is the headline (a long one, shaped as a headline).
  const headlineSlot = roles.findIndex((r) => r === 'content');
  const storyFrom = roles.findIndex((r, i) => r === 'content' && wordCount(texts[i]!) >= 12 && (i !== headlineSlot || !headlineShaped(texts[i]!)));
  const storyTo = roles.findLastIndex((r, i) => r === 'content' && wordCount(texts[i]!) >= 12);
  const onlyLineAbove = headlineSlot >= 0 && !roles.some((r, k) => r === 'content' && k > headlineSlot && k < storyFrom);
  const latinLine = (k: number) => roles[k] === 'content' && wordCount(texts[k]!) <= 5 && LATIN_ONLY.test(texts[k]!);
  // The page's edges count as furniture.
  const furniture = (k: number) => k < 0 || k >= n || roles[k] !== 'content';
  const introducesList = (k: number) => {
    while (k >= 0 && (latinLine(k) || roles[k] !== 'content')) k--;
    return k >= 0 && /[:：]$/.test(texts[k]!.trim());
  };
  for (let i = 0; storyFrom >= 0 && i < n; i++) {
    if (!latinLine(i) || !(furniture(i - 1) || furniture(i + 1))) continue;
    if (i < storyFrom ? !(i === headlineSlot && onlyLineAbove) : i > storyTo && !introducesList(i)) roles[i] = 'boilerplate:english-ui';
  }

  // Short labels at the very top ("أخبار", "منوعات / تكنولوجيا") above the headline, or above the page's
  // date or byline when it has no headline, are section labels.
  for (let guard = 0; guard < 3; guard++) {
    const first = roles.indexOf('content');
    if (first < 0 || first >= HEAD_LINES || wordCount(texts[first]!) > 3 || /[\d.!؟?،,]/.test(texts[first]!)) break;
    let next = roles.indexOf('content', first + 1);
    while (next >= 0 && next < HEAD_LINES && wordCount(texts[next]!) === 1 && !/[\d.!؟?،,]/.test(texts[next]!)) next = roles.indexOf('content', next + 1);
    const metaFollows = roles.slice(first + 1, next < 0 ? n : next).some((r) => r.startsWith('meta:')) && wordCount(texts[first]!) === 1;
    if (!metaFollows && (next < 0 || !headlineShaped(texts[next]!) || wordCount(texts[next]!) <= wordCount(texts[first]!))) break;
    for (let k = first; k < (metaFollows ? first + 1 : next); k++) if (roles[k] === 'content') roles[k] = 'boilerplate:section-label';
  }

  // Between the headline and the first paragraph of prose, a short line of names is the byline with no
  // "بقلم" before it ("سمير. ح", "محمد منار حميجو", "سارة العمري صحافية @s_alomari"). A line with a
  // function word, a digit or sentence punctuation is a deck or a lead, and stays.
  const headline = roles.indexOf('content');
  // After the headline: a long headline is not the first paragraph.
  // A standfirst under the headline is as long but shaped like a headline (no full stop).
  const firstProse = roles.findIndex((r, i) => i > headline && r === 'content' && wordCount(texts[i]!) >= 12 && !headlineShaped(texts[i]!));
  const bylineNames: string[] = [];
  for (let i = headline + 1; headline >= 0 && i < (firstProse < 0 ? Math.min(n, HEAD_LINES) : firstProse) && i < Math.max(HEAD_LINES + 2, headline + 4); i++) {
    if (roles[i] !== 'content') continue;
    if (creditChain(texts[i]!)) {
      roles[i] = 'meta:byline';
      // The middle name is the outlet as often as not: worth as little as an unknown byline.
      const middle = texts[i]!.trim().split(/\s+[-–—]\s+/)[1]!;
      offerSource(knownOutlet(middle) ?? middle, knownOutlet(middle) ? 2 : 6);
      continue;
    }
    // A reporter's dateline: the town, a dash, the reporter ("بني سويف - محمد عبد الرحيم"). Not a kicker
    // ("عاجل - محمد صلاح يعتزل"), nor a name and a verb or a phrase ("ليفربول - محمد صلاح يتصدر الهدافين").
    const dateline = /^([\p{L}]+(?:\s[\p{L}]+)?)\s+[-–—]\s+(.+)$/u.exec(texts[i]!.trim());
    const reporter = dateline?.[2];
    if (reporter !== undefined && !KICKER.test(dateline![1]!) && nameLine(reporter) && startsWithGivenName(reporter) && reporter.split(/\s+/).slice(1).every(surnameShaped)) {
      roles[i] = 'meta:dateline';
      continue;
    }
    if (!nameLine(texts[i]!)) continue;
    roles[i] = 'meta:byline';
    bylineNames.push(texts[i]!.replace(/\s*@\S+$/, '').split(/\s+/).slice(0, 2).join(' '));
  }
  // The same name again in the page's tail is the author box.
  for (let i = n - 1; i >= Math.max(0, n - TAIL_LINES * 2); i--) {
    if (roles[i] === 'content' && bylineNames.some((name) => texts[i]!.trim() === name)) roles[i] = 'boilerplate:author-box';
  }

  // Under the article, a reporter's bio ("محررة اقتصادية بصحيفة السوداني", "صحفي سوري مقيم في إدلب، يغطي…")
  // with the name above it is the author box: a job noun opening a short line, below the last paragraph.
  const lastProse = roles.findLastIndex((r, i) => r === 'content' && wordCount(texts[i]!) >= 12 && !AUTHOR_BIO.test(texts[i]!));
  for (let i = lastProse + 1; lastProse >= 0 && i < n; i++) {
    if (roles[i] !== 'content' || wordCount(texts[i]!) > 20) continue;
    const above = texts[i - 1]?.replace(/^(د|أ|م|ا)\.\s*/, '');
    const named = i - 1 > lastProse && roles[i - 1] === 'content' && above !== undefined && nameLine(above);
    if (!AUTHOR_BIO.test(texts[i]!) && !(named && AUTHOR_DESK.test(texts[i]!))) continue;
    roles[i] = 'boilerplate:author-box';
    if (named) roles[i - 1] = 'boilerplate:author-box';
  }

  // Above the story, beside the byline or the date, a bare length is the reading time ("٣ دقائق", "7–9
  // دقائق"); a match's "90 دقيقة" is longer than any read.
  for (let i = 0; i < storyFrom; i++) {
    const minutes = /^([\d٠-٩]{1,2})(\s*[–-]\s*[\d٠-٩]{1,2})?\s*(دقائق|دقيقة|دقيقتان)$/.exec(texts[i]!.trim());
    if (roles[i] === 'content' && minutes && Number(minutes[1]!.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))) <= 30 && (roles[i - 1]?.startsWith('meta:') || roles[i + 1]?.startsWith('meta:'))) roles[i] = 'boilerplate:views';
  }
  // In a gallery, the line under each counter ("3 / 8") is that photo's caption: two counters or more of
  // one gallery, not a series' part ("2 من 3") nor a figure ("8 من 10").
  const counter = (k: number) => /^([\d٠-٩]{1,2})\s*(\/|من)\s*([\d٠-٩]{1,2})$/.exec(texts[k]!.trim())?.[3];
  const galleries = new Map<string, number>();
  for (let k = 0; k < n; k++) { const of = counter(k); if (of !== undefined) galleries.set(of, (galleries.get(of) ?? 0) + 1); }
  for (let i = 1; i < n; i++) {
    const of = counter(i - 1);
    if (of !== undefined && galleries.get(of)! >= 2 && roles[i] === 'content' && wordCount(texts[i]!) <= 30) roles[i] = 'boilerplate:caption';
  }
  // A summary box above the story under an everyday label ("باختصار"): the bullets under it. Lower down, the
  // label is the writer's own ("باختصار: لا يمكن مواجهة التضخم…").
  for (let i = 0; i < storyFrom; i++) {
    if (roles[i] !== 'content' || !/^(باختصار|بإختصار|بإيجاز|بايجاز)\s*[:：]?$/.test(texts[i]!.trim())) continue;
    let k = i + 1;
    while (k < storyFrom && roles[k] === 'content' && /^\s*[•·▪◾●*\-–]/.test(texts[k]!) && wordCount(texts[k]!) <= 40) k++;
    if (k - i >= 2) for (let j = i; j < k; j++) roles[j] = 'boilerplate:summary';
  }

  const contentIdx = roles.flatMap((r, i) => (r === 'content' ? [i] : []));
  let title = '';
  let titleFromLead = false;
  const head = contentIdx[0];
  if (head !== undefined && contentIdx.length > 1 && (head < HEAD_LINES || head === headStart) && headlineShaped(texts[head]!)) {
    roles[head] = 'title';
    // A headline copied from the tab's title carries the site after a bar or dash: "<headline> | الموقع بوست".
    const tab = /^(.{10,200}?)\s+[|\-–—]\s+([^|\-–—]{2,30})$/.exec(texts[head]!.trim());
    // Not a fixture ("مباراة الهلال - الاتحاد") nor a site whose name is an everyday word.
    const suffix = tab?.[2]!.trim() ?? '';
    const siteSuffix = tab !== null && !everydayWord(suffix) && !/(بين|مباراة|لقاء|مواجهة|ضد)\s+\S+$/.test(tab[1]!) && [...siteNames].some((name) => (knownOutlet(name) ?? name) === (knownOutlet(suffix) ?? suffix));
    title = siteSuffix ? tab![1]! : texts[head]!;
  } else if (head !== undefined) {
    title = leadTitle(texts[head]!);
    titleFromLead = true;
  }
  // A caption of the common kind under the headline: "جانب من حفل التكريم" (short, no sentence end). Not
  // the headline itself ("جانب من معاناة النازحين"), nor "صورة من"/"لقطات من", which open headlines.
  for (const i of contentIdx) {
    if (i !== head && roles[i] === 'content' && wordCount(texts[i]!) <= 14 && /^(جانب من|جانب آخر من)(?![\p{L}\p{M}])/u.test(texts[i]!.trim()) && !/[.:؟?!]$/.test(texts[i]!.trim())) roles[i] = 'boilerplate:caption';
  }
  // Above the story, the site's name beside a town is a dateline, whatever the name's shape ("24 - أبوظبي",
  // "البصرة – 964", "كسلا: الراكوبة").
  const isSite = (text: string) => [...siteNames].some((name) => name === text || (knownOutlet(text) !== undefined && knownOutlet(name) === knownOutlet(text)));
  for (const i of contentIdx) {
    const sides = i !== head && i < storyFrom && roles[i] === 'content' ? /^([^:：\-–—]{1,30}?)\s*[-–—:：]\s*([^:：\-–—]{1,30})$/.exec(texts[i]!.trim()) : null;
    if (!sides) continue;
    const [left, right] = [sides[1]!.trim(), sides[2]!.trim()];
    const town = (text: string) => wordCount(text) <= 2 && /^\p{L}+(\s\p{L}+)?$/u.test(text);
    if ((isSite(left) && town(right)) || (isSite(right) && town(left))) roles[i] = 'meta:dateline';
  }
  // The site's name alone on a line below the headline is its logo or a post's header ("شبكة 964").
  for (const i of contentIdx) {
    const line = texts[i]!.trim();
    if (i !== head && roles[i] === 'content' && wordCount(line) <= 4 && [...siteNames].some((name) => name === line || (knownOutlet(line) !== undefined && knownOutlet(name) === knownOutlet(line)))) roles[i] = 'boilerplate:page-header';
  }
  // A caption credited to the site itself: "أحد بيوت الشناشيل قيد الترميم في محلة المشراق – شبكة 964".
  for (const i of siteNames.size > 0 ? contentIdx : []) {
    const credit = /[-–—]/.test(texts[i]!) ? /^(.{10,160}?)\s+[-–—]\s+([^-–—.]{2,30})$/.exec(texts[i]!.trim()) : null;
    const by = credit?.[2]!.trim() ?? '';
    if (i !== head && roles[i] === 'content' && credit && !isPlace(by) && !everydayWord(by) && !/[.!؟?:]$/.test(credit[1]!) && wordCount(credit[1]!) <= 20 && [...siteNames].some((name) => name === by || (knownOutlet(name) ?? name) === (knownOutlet(by) ?? by))) roles[i] = 'boilerplate:caption';
  }
  const body = texts.filter((_, i) => roles[i] === 'content');
  for (const line of body.slice(0, 2)) offerSource(inlineCredit(line), 5);

  // A published date in the text, else the one the page's metadata or address declares, else an updated one.
  // Above a headline found under the site's header, a date is the header's (today, the print issue).
  const inArticle = dates.filter((d) => d.at >= headStart - 1);
  // A page copied with its own address ("https://bajnews.net/2025/06/08/…") dates itself as a saved page's address does.
  // Only outside the article: a link quoted in the story ("عبر الرابط التالي:") dates what it links to.
  const storyStart = roles.indexOf('content');
  const storyEnd = roles.lastIndexOf('content');
  const copiedAddress = texts.map((line) => line.trim()).find((line, i) => (i < storyStart || i > storyEnd) && /^https?:\/\/\S+$/.test(line) && dateInAddress(line) !== undefined);
  // A date labelled published shortly under the headline outranks an unlabelled one above it (the header's
  // day of copying); an unlabelled one under it may be history ("6 أكتوبر 1981") or a deadline.
  const labelledPublished = (d: { at: number }) => /(نشر|published|posted|publié)/i.test(texts[d.at]!);
  const first = inArticle.find((d) => !d.updated);
  const underHeadline = head === undefined || first === undefined || first.at > head || labelledPublished(first) ? undefined : inArticle.find((d) => !d.updated && d.at > head && d.at <= head + 6 && labelledPublished(d));
  const published = (underHeadline ?? inArticle.find((d) => !d.updated) ?? leadDate(body[0]) ?? dates.find((d) => !d.updated))?.iso ?? meta.published ?? meta.addressDate ?? releaseDate(body[0]) ?? (copiedAddress ? dateInAddress(copiedAddress) : undefined) ?? dates[0]?.iso;
  return {
    title,
    titleFromLead,
    source,
    date: published ?? null,
    body,
    lines: texts.map((t, i) => ({ text: t, role: roles[i]! })),
  };
}
