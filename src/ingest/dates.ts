import { analyzeArabic } from '../arabic/index.js';
import { foldKey } from './fold-key.js';
import { isPlace } from './places.js';
import { knownOutlet } from './sources.js';

// Month names as folded by the shared analysis (أ->ا, ة->ه, ى->ي), Levantine, Egyptian/Gulf and
// Maghrebi (Tunisian/Algerian and Moroccan) forms, plus English.
const MONTHS: Record<string, number> = {};
function months(n: number, ...names: string[]): void {
  for (const name of names) MONTHS[foldKey(name, ' ')] = n;
}
months(1, 'كانون الثاني', 'يناير', 'جانفي', 'january', 'jan');
months(2, 'شباط', 'فبراير', 'فيفري', 'february', 'feb');
months(3, 'آذار', 'مارس', 'march', 'mar');
months(4, 'نيسان', 'أبريل', 'إبريل', 'ابريل', 'أفريل', 'افريل', 'april', 'apr');
months(5, 'أيار', 'مايو', 'ماي', 'may');
months(6, 'حزيران', 'يونيو', 'يونيه', 'جوان', 'june', 'jun');
months(7, 'تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز', 'july', 'jul');
months(8, 'آب', 'أغسطس', 'اغسطس', 'أوت', 'غشت', 'august', 'aug');
months(9, 'أيلول', 'سبتمبر', 'شتنبر', 'september', 'sep', 'sept');
months(10, 'تشرين الأول', 'أكتوبر', 'اكتوبر', 'october', 'oct');
months(11, 'تشرين الثاني', 'نوفمبر', 'نونبر', 'november', 'nov');
months(12, 'كانون الأول', 'ديسمبر', 'دجنبر', 'december', 'dec');

const HIJRI_MONTHS = new Set(
  ['محرم', 'صفر', 'ربيع', 'جمادى', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي'].map((m) => analyzeArabic(m)[0]!.exact),
);

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** Where in the (folded, tokenized) text it was found, as a token index. */
  at: number;
  /** Tokens the date covers. */
  length: number;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31 February
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First words of the two-word month names (كانون الثاني, تشرين الأول): only these need the pair looked up. */
const TWO_WORD_STARTS = new Set(Object.keys(MONTHS).filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]!));

function monthAt(words: string[], i: number): { month: number; length: number } | null {
  // "آذار/مارس" or "مارس (آذار)": the shared analysis splits them into two words; either names the month.
  const two = words[i] !== undefined && words[i + 1] !== undefined && TWO_WORD_STARTS.has(words[i]!) ? MONTHS[`${words[i]} ${words[i + 1]}`] : undefined;
  if (two) return { month: two, length: 2 };
  const one = words[i] !== undefined ? MONTHS[words[i]!] : undefined;
  if (one) {
    const next = words[i + 1] !== undefined ? MONTHS[words[i + 1]!] : undefined;
    return { month: one, length: next === one ? 2 : 1 };
  }
  return null;
}

/**
 * Gregorian dates in a line: "14 أيلول 2021", "١٥ مارس ٢٠١٦", "15/03/2016", "2016-03-15", "15.03.2016",
 * "March 15, 2016". A date followed by a Hijri marker (هـ) or written with a Hijri month is skipped.
 */
export function findDates(line: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Numeric forms first, on the raw line (digits folded), since the tokenizer splits them.
  const digits = line
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    // "٢٠٢٣م": the Gregorian era letter written onto the year; a space in its place keeps every offset.
    .replace(/(\d{4})م(?![\p{L}\p{M}])/gu, '$1 ');
  for (const m of digits.matchAll(/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push({ iso: date, at: m.index, length: m[0].length });
  }
  for (const m of digits.matchAll(/(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)(?!\s*هـ)/g)) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) found.push({ iso: date, at: m.index, length: m[0].length });
  }
  const tokens = analyzeArabic(digits);
  const words = tokens.map((t) => t.exact);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d{1,2}$/.test(w)) {
      let month = monthAt(words, i + 1);
      // Both names of the month, as Reuters and others write it: "9 أكتوبر تشرين الأول 2019".
      const second = month ? monthAt(words, i + 1 + month.length) : undefined;
      if (month && second && second.month === month.month) month = { ...month, length: month.length + second.length };
      const yearWord = month ? words[i + 1 + month.length] : undefined;
      if (month && yearWord && /^\d{4}$/.test(yearWord)) {
        const after = words[i + 2 + month.length];
        if (after === 'هـ' || after === 'ه') continue;
        const date = iso(Number(yearWord), month.month, Number(w));
        if (date) found.push({ iso: date, at: tokens[i]!.start, length: tokens[i + 1 + month.length]!.end - tokens[i]!.start });
        i += 1 + month.length;
      }
      continue;
    }
    const month = monthAt(words, i);
    if (month && !HIJRI_MONTHS.has(w)) {
      // English order: "March 15, 2016".
      const day = words[i + month.length];
      const year = words[i + month.length + 1];
      if (day && year && /^\d{1,2}$/.test(day) && /^\d{4}$/.test(year)) {
        const date = iso(Number(year), month.month, Number(day));
        if (date) found.push({ iso: date, at: tokens[i]!.start, length: tokens[i + month.length + 1]!.end - tokens[i]!.start });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A date line's words at most; and a dateless label's ("نشرت في", "منذ ساعتين"). */
const MAX_DATE_LINE_TOKENS = 24;
const MAX_LABEL_TOKENS = 6;

const HAS_LETTER_OR_DIGIT = /[\p{N}]|[^\P{L}\u0640]/u;

/**
 * Words holding a letter or digit: each gives the analysis at least one token, so this bounds the count.
 * Counting stops past `cap`: every line of every article is asked, and most are prose far longer.
 */
function tokenFloor(line: string, cap: number): number {
  let count = 0;
  for (const m of line.matchAll(/\S+/g)) if (HAS_LETTER_OR_DIGIT.test(m[0]) && ++count > cap) break;
  return count;
}

/** Words of a relative date ("منذ ساعتين", "قبل 5 دقائق", "أمس 10:30"), which give no date, not a guess. */
const RELATIVE = new Set(['منذ', 'قبل', 'امس', 'اليوم']);

const UPDATED = /(تحديث|حدث|محدث|معدل|تعديل|updated?|modified|mis à jour|modifié)/i;
const PUBLISHED = /(نشر|تاريخ|published|posted|publié)/i;

/** A date line labelled as updated and not as published ("آخر تحديث: …", "Mis à jour le …"). */
export function updatedOnly(copied: string): boolean {
  const line = copied.replace(/[\u064B-\u0652\u0640]/g, ''); // "حُدّث في" is "حدث في"
  return /(تحديث|حدث|(^|\s)عدل|تعديل|معدل|محدث|updated|mis à jour)/i.test(line) && !/(نشر|published|publié)/i.test(line);
}

/** Words that may stand around a date on a date line: weekdays, time, labels, era marks. */
const DATE_LINE_WORDS = new Set(
  [
    'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الاربعاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
    'احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعة', 'سبت', 'يوم',
    'نشر', 'نشرت', 'في', 'تاريخ', 'التاريخ', 'النشر', 'اخر', 'آخر', 'تحديث', 'التحديث', 'محدث', 'تعديل', 'التعديل', 'بتاريخ', 'الساعة', 'ساعة', 'على', // "على الساعة 11:42" (Maghrebi sites)
    'ص', 'م', 'مساء', 'صباحا', 'صباح', 'ظهرا', 'هـ', 'ه', 'gmt', 'utc', 'بتوقيت', 'توقيت', 'غرينتش', 'جرينتش', 'غرينيتش', 'مكة', 'المكرمة', 'القدس', 'المحلي',
    ...RELATIVE, 'ساعه', 'ساعتين', 'ساعات', 'دقيقه', 'دقيقتين', 'دقائق', 'يومين', 'ايام', 'اسبوع', 'قليل', 'لحظات',
    // Masthead and update labels: "رقم العدد [13622]", "تم التحديث:", "الموافق", "06:42 PM", "منذ 4 أعوام".
    'رقم', 'العدد', 'عدد', 'تم', 'الموافق', 'pm', 'am', 'عام', 'اعوام', 'سنه', 'سنوات', 'شهر', 'اشهر', 'الاولي', 'الاخري',
    'published', 'updated', 'last', 'on', 'at', 'am', 'pm', 'date', 'posted',
    // Time zones printed after the time: "12:05 PM GST" (Gulf), "AST", "EET", "CET", "BST", "EST".
    'gst', 'ast', 'eet', 'eest', 'cet', 'cest', 'bst', 'est', 'edt', 'msk',
    'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
    // French labels on Maghrebi sites: "Publié le 15/03/2023 à 11:20", "Mis à jour le".
    'publié', 'publie', 'le', 'à', 'a', 'mis', 'jour', 'modifié', 'modifie',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ].map((w) => foldKey(w, ' ')),
);

/** Most lines are prose: more tokens than a date line has, or no digit and more than a bare label has. */
function tooLongForDateLine(line: string): boolean {
  const floor = tokenFloor(line, MAX_DATE_LINE_TOKENS);
  return floor > MAX_DATE_LINE_TOKENS || (floor > MAX_LABEL_TOKENS && !/[\d\u0660-\u0669\u06F0-\u06F9]/.test(line));
}

/**
 * The published date of a date line, or undefined when the line is not a date line. A date line holds
 * dates plus only weekdays, times, labels and Hijri dates; with published and updated labels, the
 * published date wins.
 */
export function dateLine(copied: string): { iso: string | null } | undefined {
  // Rejecting prose first keeps the repairs and date parsing below off most lines; ingestion runs this on
  // all. The repairs only split words, so a line too long before them is too long after.
  if (tooLongForDateLine(copied)) return undefined;
  // "18 أبريل 202521:45": a year and a time that lost the space between them in the copy.
  const line = copied.replace(/((?:19|20)\d{2})(\d{1,2}:\d{2})(?!\d)/g, '$1 $2')
    // "12-Jun-24 03:40 PM": an English month between day and a two-digit year.
    .replace(/(?<![\d\p{L}])(\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*-(\d{2})(?![\d\p{L}])/giu, '$1 $2 20$3')
    // "GMT 13:10 2024 الأحد 12 مايو": copied right-to-left around the Latin, the year lands before day and month.
    .replace(/^(.*?)(?<!\d)((?:19|20)\d{2})(?!\d)(\s+(?:\S+\s+)?)(\d{1,2}\s+[\p{L}]+)\s*$/u, (all, before: string, year: string, between: string, dayMonth: string) =>
      /[\d\u0660-\u0669]{4}/.test(before) ? all : `${before}${between.trim()} ${dayMonth} ${year}`);
  if (tooLongForDateLine(line)) return undefined;
  const dates = findDates(line);
  // "arabic.news.cn | 2023-08-15 16:20:33": the site's address beside the date is not prose.
  const address = /^\s*(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\s*(?:[|\-–]\s*)?/.exec(line);
  const tokens = analyzeArabic(line);
  if (tokens.length > MAX_DATE_LINE_TOKENS) return undefined;
  // Everything not covered by a date must be a date-line word, a number (time, Hijri day/year), or a Hijri month.
  const covered = (t: { start: number }) => dates.some((d) => t.start >= d.at && t.start < d.at + d.length);
  const rest = tokens.filter((t) => !covered(t) && !(dates.length > 0 && address && t.start < address[0].length));
  const allowed = rest.every(
    (t, i) =>
      DATE_LINE_WORDS.has(t.exact) ||
      // "حُدّث في: 10 تشرين الأول 2024 - 09:15": the past tense is a label only before its colon and with the
      // time ("حدث في 2023" and "حدث في: 6 أكتوبر 1973" are history).
      (/^(حدث|حدثت|عدل|عدلت)$/.test(t.exact) && /^[\p{M}\u0640]*\s*((في|بتاريخ)\s*)?[:：]/u.test(line.slice(t.end)) && /\d{1,2}:\d{2}/.test(line)) ||
      // A dateline's place first, an agency's code last: "الرياض 20 جمادى الأولى 1441 هـ … واس".
      (i === 0 && isPlace(t.surface)) ||
      // The city of a local time: "07:05 ص بتوقيت أبوظبي".
      // The zone of a local time, a city or a country: "07:05 ص بتوقيت أبوظبي", "(بتوقيت اليابان)".
      (i > 0 && /^(بتوقيت|توقيت)$/.test(rest[i - 1]!.surface) && (isPlace(t.surface) || i === rest.length - 1)) ||
      (i === rest.length - 1 && knownOutlet(t.surface) !== undefined) ||
      // Numbers, and years with their era letter: "1445هـ", "2023م".
      /^\d+(ه|م)?$/.test(t.exact) ||
      HIJRI_MONTHS.has(t.exact) ||
      MONTHS[t.exact] !== undefined ||
      ['الاخره', 'الاخر', 'الاول', 'الثاني', 'الاخرة', 'القعده', 'الحجه', 'القعدة', 'الحجة'].includes(t.exact),
  );
  if (!allowed) return undefined;
  if (dates.length === 0) {
    // "نشرت في" with its date on another line, or a relative date ("منذ ساعتين") are not dated here.
    // "08 شعبان 1445 هـ" alone: a Hijri date line beside the Gregorian one, dated by that one.
    const hijriOnly = rest.some((t) => HIJRI_MONTHS.has(t.exact)) && rest.some((t) => /^1[34]\d\d(ه)?$/.test(t.exact));
    return hijriOnly || (rest.length > 0 && rest.length <= MAX_LABEL_TOKENS && rest.some((t) => PUBLISHED.test(t.exact) || UPDATED.test(t.exact) || RELATIVE.has(t.exact))) ? { iso: null } : undefined;
  }
  if (dates.length === 1) return { iso: dates[0]!.iso };
  // Several dates: the one labelled published, else the one not labelled updated, else the earliest.
  for (const d of dates) {
    const before = line.slice(Math.max(0, d.at - 30), d.at);
    if (PUBLISHED.test(before) && !UPDATED.test(before)) return { iso: d.iso };
  }
  const notUpdated = dates.filter((d) => !UPDATED.test(line.slice(Math.max(0, d.at - 30), d.at)));
  const pick = (notUpdated.length > 0 ? notUpdated : dates).map((d) => d.iso).sort()[0]!;
  return { iso: pick };
}

/**
 * The calendar date of an ISO timestamp as written ("2018-03-14T00:30:00+02:00" is 14 March where it was
 * published, though 13 March in UTC); other forms through Date.parse. Impossible dates give undefined.
 */
export function calendarDate(value: string | null | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const ms = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms).toISOString().slice(0, 10);
  if (iso && date !== `${iso[1]}-${iso[2]}-${iso[3]}`) return undefined;
  const year = Number(date.slice(0, 4));
  return year >= 1990 && year <= 2100 ? date : undefined;
}

/** "/2013/middle_east/8/3/", "/2018/03/13/", "/2018-03-13/" in a page's path -> YYYY-MM-DD. */
export function dateInAddress(address: string): string | undefined {
  const path = address.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d{2})\/(?:[a-z_-]+\/)?(\d{1,2})\/(\d{1,2})(?=\/)/i.exec(path) ?? /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_-])/.exec(path);
  return m ? calendarDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : undefined;
}
