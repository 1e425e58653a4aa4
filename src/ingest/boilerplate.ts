// Line-level boilerplate rules. Each rule describes a kind of web furniture by its shape (what the
// line says to the reader, how long it is, what it is made of), never by one site's exact string.
// A rule that keys on a topic word (cookies, WhatsApp, comments) also needs evidence that the line
// speaks to the reader or is UI text, so a news sentence about WhatsApp stays.
import { dateLine } from './dates.js';
import { OUTLET_ALTERNATION } from './sources.js';

/** A sentence that reports what someone said: an opening connective or a verb of saying. */
const REPORTED_SPEECH = /^و|(^|\s)(قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|اعتبر|اعتبرت|صرح|صرّح|ذكر|ذكرت)(?![\p{L}\p{M}])/u;

export type BoilerplateKind =
  | 'cookie-notice'
  | 'comments'
  | 'share-follow'
  | 'link'
  | 'related'
  | 'newsletter-app'
  | 'ad-label'
  | 'breadcrumb'
  | 'tags'
  | 'views'
  | 'print-font'
  | 'caption'
  | 'copyright'
  | 'author-box'
  | 'poll'
  | 'english-ui'
  | 'separator'
  | 'disclaimer'
  | 'republished'
  | 'section-label'
  | 'page-header'
  | 'summary'
  | 'player'
  | 'embed'
  | 'widget'
  | 'contact'
  | 'references'
  | 'about';

/** Counts of recent lines (a bounded cache): every rule and page pass asks again of the same lines. */
const wordCounts = new Map<string, number>();

/** Runs of non-space characters; counted by hand because every rule asks it of every line. */
export function wordCount(line: string): number {
  if (line.length > 2000) return countWords(line);
  const known = wordCounts.get(line);
  if (known !== undefined) return known;
  if (wordCounts.size > 4096) wordCounts.clear();
  const count = countWords(line);
  wordCounts.set(line, count);
  return count;
}

function countWords(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Exactly the characters of the regex class \s. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const URL = /(https?:\/\/|www\.)\S+|\b[\w-]+\.(com|net|org|info|me|tv|ly|news)(\/\S*)?\b/i;
const PHONE = /(\+?\d[\d\s/-]{7,}\d)/;
const PLATFORMS = /(فيسبوك|فيس بوك|فايسبوك|تويتر|تويت|إكس|انستغرام|انستجرام|إنستغرام|إنستجرام|تيلغرام|تلغرام|تليغرام|تيليجرام|تليجرام|تلجرام|واتس ?[أا]ب|واتساب|واتسآب|وتساب|يوتيوب|لينكد ?إن|تيك ?توك|سناب ?شات|\bVK\b|facebook|twitter|\bx\b|instagram|telegram|whats ?app|youtube|linkedin|tiktok|snapchat|rss|messenger|ماسنجر|google news|جوجل نيوز|غوغل نيوز|أخبار جوجل|اخبار جوجل|أخبار غوغل|اخبار غوغل)/i;
/** The reader addressed as "you", or an imperative aimed at them: UI text, not reporting. */
// Word-initial: "وسجل التقرير" (the report recorded) is news, "سجل الآن" an imperative.
const PLATFORMS_ALL = new RegExp(PLATFORMS.source, 'gi');
const LANGUAGE = /^(العربية|عربي|الإنجليزية|الانجليزية|الفرنسية|English|Français|Francais|Español|Deutsch|Türkçe|Русский|中文|日本語|فارسی|فارسي|کوردی|كوردي|Kurdî|اردو|Italiano|Português|عبري|עברית|FR|EN|AR)$/u;
const ADDRESSES_READER = /(?<![\p{L}\p{M}])(تابعو(نا|ا)|تابعنا|تابع(وا)? (صفحت|حساب|قنات)|يمكنك|يمكنكم|بإمكانك|بامكانك|بإمكانكم|لديك|تجربتك|تصفحك|استخدامك|أنك |انك |زيارتك|هاتفك|هاتفكم|بريدك|اشترك|اشتركوا|انضم|انضموا|حمّل|حمل(وا)? (?=الآن|الان|مجانا|مجاناً|تطبيق|التطبيق|النسخة)|نزّل|اضغط|إضغط|انقر|سجّل|سجل(وا)? (?=الآن|الان|دخولك|حسابك|بريدك|في النشرة|للحصول)|شاركونا|شارك(وا)? (برأي|رأي)|أينما كنت(?![\p{L}\p{M}])|اينما كنت(?![\p{L}\p{M}])|\byou(r)?\b|\bclick\b|\bsubscribe\b|\bfollow us\b|\bsign up\b)/iu;

/** A photo's credit from the archive, "© AFP - أرشيف": no copyright of the page, and no credit of the story. */
export const ARCHIVE_PHOTO_CREDIT = /^©\s*[^©]{2,30}\s[-–—|]\s*(أرشيف|ارشيف|أرشيفية|ارشيفية|صورة أرشيفية|archives?)$/i;

/** The line without the pictographs some sites put before a label ("📌", "⏱️", "🎧"). */
const withoutEmoji = (line: string) => line.replace(/^[\s\p{Extended_Pictographic}\uFE0F\u200D]+/u, '');

const ADDRESSES_READER_OR_US = /(ساعدنا|ادعمنا|ادعمونا|يمكنك|يمكنكم|صحافة مستقلة|استمرار)/;
/** Function words that a sentence has and a list of names does not. */
const FUNCTION_WORD = /(^|\s)(في|من|على|إلى|الى|عن|مع|أن|إن|ان|التي|الذي|الذين|هو|هي|كان|كانت|قد|لم|لن|لا|ما|هذا|هذه|ذلك|بعد|قبل|حتى|أو|ثم)(\s|$)/;
const FOLLOW_CALL = /(تابعو(نا|ا)|تابعنا|تابع(وا)? (صفحت|حساب|قنات|آخر|اخر)|اشترك|اشتركوا|انضم|انضموا|حمّل|حمل(وا)? تطبيق|نزّل|اضغط|إضغط|انقر|شاركونا|\bfollow\b|\bjoin\b|\bsubscribe\b|\blike us\b)/i;

/** Words of the share-row checks in the share-follow rule. */
const SHARE_CUE = /(شارك|مشاركة|share|tweet|غرد|تغريد|أرسل|ارسل|إرسال|email|بريد|نسخ|copy|link|pin|رابط|الرابط|تابع|send)/i;

const OUTLET_NAME = new RegExp(`(${OUTLET_ALTERNATION})`, 'i');

/** A contact line's field: "الهاتف: …", "ص.ب: 50", "e-mail: …". */
export const CONTACT_FIELD = /^(الهاتف|هاتف|الفاكس|فاكس|جوال|البريد الإلكتروني|البريد الالكتروني|ص\.ب|صندوق البريد|tel|phone|fax|e-?mail)\s*[:：]/i;

const RELATED_MARKER =
  /^[*•\-–\s.…\p{Extended_Pictographic}\uFE0F]*((و?أيضا|و?ايضا|و?أيضاً|و?أيضًا)\s*(?=[/:.…])|(اقرأ|إقرأ|اقرا)\s*(?=[.:…])|(طالع|طالعوا|شاهد)\s*(?=[:：])|(اقرأ|إقرأ|اقرا) (المزيد|أيضًا|ايضًا)|(انفوجرافيك|إنفوجرافيك|انفوغرافيك|بالفيديو|بالصور)\s*(?=:)|(اقرأ|إقرأ|اقرا|إقرا|انظر|أنظر|شاهد|طالع|تابع|اطلع)\s*(ايضا|أيضا|أيضاً|ايضاً|كذلك)|(قد|ربما) (يعجبك|يهمك|تهمك|تعجبك|يثير اهتمامك)|(مقالات|مواضيع|موضوعات|أخبار|اخبار|فيديوهات|مقاطع|قصص|صور) (قد|ربما) (تعجبك|تهمك|يعجبك|يهمك)|(أخبار|اخبار|مواضيع|مقالات) ذات علاقة|(مواضيع|مقالات|أخبار|اخبار|قراءات) مقترحة|ننصحك بقراءة|ننصحكم بقراءة|لا (تفوتك|يفوتك|تفوتكم|يفوتكم)|يهمك أيضا|مواضيع ذات صلة|مقالات ذات صلة|أخبار ذات صلة|اخبار ذات صلة|ذات صلة|(الأخبار|الاخبار|المقالات|المواضيع|الموضوعات|القصص) ذات الصلة|موضوعات ذات صلة|(مواضيع|مقالات|أخبار|اخبار|موضوعات) (مشابهة|مماثلة)|(تقارير|مقالات|مواضيع|قصص|أخبار|اخبار|بلاغات|بيانات|فيديوهات)( [\p{L}\p{M}]+)? أخرى(?=\s*[:：]?\s*$)|(معارض|ألبومات) (صور|الصور|فيديو|الفيديو) أخرى(?=\s*[:：]?\s*$)|(المزيد|أكثر) (حول|عن) (الموضوع|هذا الموضوع)|(قراءات|قصص|تقارير|فيديوهات|صور) ذات صلة(?=\s*[:：]?\s*$)|(محتوى|مواد|أخبار|اخبار) (ذو|ذات|على) صلة(?=\s*[:：]?\s*$)|(مقالات|أخبار|اخبار|مواضيع) مرتبطة|(تقراو|قرا|قراو|شوف|شوفو) حتى|في الملف (نفسه|ذاته)|ضمن (هذا )?الملف|(اقرأ|إقرأ|اقرا) في\s+\S+(\s\S+)?\s+(أيضا|أيضاً|ايضا|ايضاً)|الأكثر (قراءة|مشاهدة|تداولا|تداولاً|تعليقا|شعبية)|الاكثر (قراءة|مشاهدة)|أخبار متعلقة|اخبار متعلقة|مواضيع متعلقة|موضوعات متعلقة|مقالات متعلقة|(الخبر|المقال|الموضوع|المقالة) (السابق|التالي|السابقة|التالية)|اخترنا لك|إخترنا لك|(من )?(اختيارات|إختيارات|مختارات|اختيار) (المحرر|المحررين|التحرير)|للمزيد|لمزيد من الأخبار|المزيد من الأخبار|المزيد من|شاهد الفيديو|شاهد بالفيديو|see also|read also|lire aussi|à lire aussi|voir aussi|articles similaires|related( (articles|stories|news))?|more (stories|news)|you may also like|most read|recommended|trending( now)?|most popular|top stories|more from)(?![\p{L}\p{M}])/iu;

/** A "see also" line: the marker alone, or the marker and a headline on the same line. */
export function relatedMarker(text: string): 'alone' | 'inline' | undefined {
  // The case ending written on a label ("الأكثر قراءةً") is not part of its words.
  const line = inclusiveToPlain(text).replace(/\u064B/g, '');
  const m = RELATED_MARKER.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length).replace(/^[\s:：/|\-–—.…»>]+/, '');
  // "المزيد من أخبار", "للمزيد: سياسة": a marker naming a section heads a list, as a bare marker does.
  if (rest.length === 0 || (wordCount(rest) <= 2 && !/[.!؟?]$/.test(rest))) return 'alone';
  // "للمزيد من التفاصيل حول ..." inside a sentence is reporting only when it is long and ends like prose.
  if (wordCount(line) > 30) return undefined;
  return 'inline';
}

interface Rule {
  kind: BoilerplateKind;
  test: (line: string, words: number) => boolean;
}

const RULES: Rule[] = [
  // The first character decides most lines before the whole line is rewritten: this rule sees every line.
  { kind: 'separator', test: (l) => /^[\s\-_=*•·~—–.+#|]/.test(l) && /^[-_=*•·~—–.+#|]+$/.test(l.replace(/\s/g, '')) },
  // A language switch, whatever language comes first: "العربية | English | Français".
  { kind: 'breadcrumb', test: (l, n) => n <= 16 && l.split(/\s*[|•·/]\s*|\s{2,}/).filter(Boolean).length >= 2 && l.split(/\s*[|•·/]\s*|\s{2,}/).filter(Boolean).every((item) => LANGUAGE.test(item.trim())) },
  {
    kind: 'cookie-notice',
    test: (l, n) =>
      /(ملفات (تعريف )?الارتباط|ملفات الكوكيز|الكوكيز|كوكيز|cookies?|ملفات تعريف)/i.test(l) &&
      // The banner's buttons are whole words on a short line: "الموافقة على ملفات تعريف الارتباط" in a
      // report is not one, nor "إعدادات الخصوصية" deep in a long sentence.
      (ADDRESSES_READER.test(l) ||
        // The site speaking of itself, or of the reader going on: "يستخدم هذا الموقع ملفات تعريف الارتباط ... بمواصلة التصفح".
        /((يستخدم|تستخدم) (هذا الموقع|موقعنا)|this (web)?site uses|our (web)?site uses|(بمواصلة|بمتابعة|باستمرارك في) (التصفح|تصفحك|استخدام الموقع|استخدامك)|by continuing to (browse|use))/i.test(l) ||
        (n <= 25 && /(?<![\p{L}\p{M}])(موافق|أوافق|اوافق|قبول|أقبل|رفض|إعدادات|سياسة الخصوصية|accept|agree|consent|settings|privacy)(?![\p{L}\p{M}])/iu.test(l))) &&
      // A line going on with "و" is the article's prose quoting a banner ("ويظهر الإشعار المزيف ... مثل «نستخدم ملفات تعريف الارتباط»").
      (n <= 60 && !/^[^:]{0,80}(قال|أعلن|أعلنت|قالت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت) /.test(l) && !(/^[«"“(]?\s*و/.test(l) && !/(نستخدم|يستخدم هذا الموقع|فإنك توافق|توافق على استخدام)/.test(l.replace(/["«“][^"»”]*["»”]/g, '')))),
  },
  {
    kind: 'comments',
    test: (l, n) =>
      (n <= 14 && /^(اترك|أترك|أضف|اضف|أكتب|اكتب|شارك|إضافة|اضافة)\s+(ردا?|رداً|تعليق(ا|اً|ك)?|رأيك|رايك)(?![\p{L}\p{M}])/iu.test(l)) ||
      (n <= 3 && /^(التعليقات|تعليقات|تعليق|comments?|commentaires?|reply|leave a (reply|comment)|réagir)(?![\p{L}\p{M}])/iu.test(l)) ||
      /لن يتم نشر (عنوان )?(بريدك|البريد)/.test(l) ||
      /(الحقول (الإلزامية|الالزامية|المطلوبة)|الحقول المشار إليها)/.test(l) ||
      (n <= 4 && /^\(?\d+\)?\s*(تعليق|تعليقات|comments?|ردود|رد)\)?$/i.test(l)) ||
      (n <= 12 && /^(الاسم|اسمك|إسمك|تعليقك|البريد الإلكتروني|البريد الالكتروني|الموقع الإلكتروني|الموقع|إرسال التعليق|ارسال|إرسال|name|email|website|submit|post comment)\s*[:*]?\s*\*?$/i.test(l)) ||
      // The moderation note: "تنويه: تُنشر التعليقات بعد مراجعتها".
      (n <= 30 && /^((تنويه|ملاحظة|ملاحظه)\s*[:：]\s*)?(تنشر|تُنشر|ننشر|سيتم نشر|يتم نشر) (التعليقات|تعليقك|التعليق)/.test(l.trim()) && /(مراجعت|المراجعة|الموافقة|الإساءة|الاساءة)/.test(l)),
  },
  {
    kind: 'share-follow',
    test: (l, n) => {
      if (n > 30) return false; // every check below is of a short line
      // Each check below needs a share word, a platform, a digit or only particles: most lines have none.
      if (!SHARE_CUE.test(l) && !PLATFORMS.test(l) && !/\d/.test(l) && !/^(على|عبر|و|\s)+$/.test(l)) return false;
      const bare = l
        .replace(/[\s,|•·/\-–:()]+/g, ' ')
        .replace(/(تيك) (توك)|(سناب) (شات)|(لينكد) (إن)|(فيس) (بوك)|(واتس) (آب|اب)|(جوجل|غوغل) (نيوز)/g, (m) => m.replace(' ', ''))
        .trim();
      if (/^((شارك(ها|ه|وا)?|مشاركة|share|tweet|غرد|تغريد|أرسل|ارسل|email|بريد|نسخ الرابط|(تم )?نسخ الرابط|copy link|link copied|pin)\s*)+[.!]?$/i.test(bare)) return true;
      if (bare.length > 0 && bare.split(' ').every((w) => PLATFORMS.test(w) || /^(على|عبر|و|share|شارك|مشاركة|نسخ|الرابط|رابط|copy|link|تابعونا|تابعنا|إرسال|ارسال|أرسل|send|\d+)$/i.test(w)) ) return true;
      // "شارك الخبر: Facebook – X – WhatsApp": the button's label names what is shared.
      if (/^(شارك|مشاركة|انشر|أنشر|أرسل|ارسل)\s+(الخبر|المقال|الموضوع|المقالة|التقرير)(\s+(على|عبر))?\s*[:：]?/.test(l) && bare.split(' ').slice(2).filter((w) => !/^(على|عبر)$/.test(w)).length > 0 && bare.split(' ').slice(2).every((w) => PLATFORMS.test(w) || /^(و|عبر|على)$/.test(w))) return true;
      // A platform name plus a call to follow or join our account. A news line that asks the reader a
      // question about Facebook ("كيف يمكنك أن تعرف ما يجمعه فيسبوك عنك؟") is not one.
      if (n <= 30 && PLATFORMS.test(l) && (FOLLOW_CALL.test(l) || URL.test(l) || /(صفحتنا|قناتنا|حسابنا|حساباتنا|موقعنا|الرابط التالي|عبر الرابط|للتواصل)/.test(l))) return true;
      return n <= 30 && PHONE.test(l) && /(اشتراك|رسالة|أرسل|ارسل|إرسال|الرقم|رقم|واتس|للتواصل|اتصل)/.test(l);
    },
  },
  { kind: 'link', test: (l, n) => n <= 20 && /(اضغط|إضغط|انقر|إنقر) (هنا|على الرابط)|click here/i.test(l) },
  { kind: 'link', test: (l, n) => URL.test(l) && (n <= 3 || l.replace(URL, '').replace(/[\s:：\-–|]/g, '').length < 12) },
  {
    kind: 'newsletter-app',
    test: (l, n) =>
      n <= 45 &&
      ((/(النشرة|نشرتنا|النشرات|newsletter)/i.test(l) && /(اشترك|سجل|سجّل|اشتراك|subscribe|sign up|بريدك)/i.test(l)) ||
        (/(تطبيق|التطبيق|app\b|App Store|Google Play|آب ستور|غوغل بلاي)/i.test(l) && ADDRESSES_READER.test(l)) ||
        /(إشعارات|اشعارات|التنبيهات|notifications?)/i.test(l) && ADDRESSES_READER.test(l)),
  },
  { kind: 'ad-label', test: (l, n) => n <= 4 && /^[(\[]?\s*(إعلان|اعلان|إعلانات|اعلانات|advertisement|ads?|sponsored|إشهار|اشهار|(ال)?محتوى (ال)?(مدفوع|ممول|إعلاني|مدعوم|برعاية)|مساحة إعلانية|مساحة إشهارية|مساحة اشهارية|فضاء إشهاري|برعاية|إعلان (ممول|مدفوع)|اعلان (ممول|مدفوع))\s*[)\]]?\.?$/i.test(l) },
  {
    kind: 'breadcrumb',
    test: (text, n) => {
      // Guillemets around a phrase are quotes ("ما هي «الصحاري الطبية»؟"), not the separators of a trail.
      const l = text.includes('«') ? text.replace(/«([^«»]{1,60})»/g, '$1') : text;
      if (!/[>»›‹«<|]|\s\/\s|^(الرئيسية|الصفحة الرئيسية|home)/i.test(l)) return false;
      // Arrows part a trail only from the home page: "القاهرة → روما" is a route, "11.5 ← 13.5" a price change.
      const home = /^(الرئيسية|الصفحة الرئيسية|home)\s*[>»›←→|]\s*\S/iu.test(l);
      const parts = l.split(home ? /\s*[>»›‹«<|←→]\s*|\s\/\s/ : /\s*[>»›‹«<|]\s*|\s\/\s/);
      if (n <= 8 && /^(الرئيسية|الصفحة الرئيسية|home)(?![\p{L}\p{M}])/iu.test(l)) return true;
      // "الرئيسية › حوادث وقضايا › <the headline>": a trail from the home page ends where it ends, in the headline too.
      if (n <= 40 && parts.length >= 3 && home && parts.slice(0, -1).every((part) => wordCount(part) <= 4)) return true;
      // A site menu copied as one line: many short items between bars, however long the line runs.
      if (parts.length >= 5 && /[|•·]/.test(l) && parts.every((part) => wordCount(part) <= 3) && !/[\d،.:؟?!]/.test(l)) return true;
      return n <= 16 && parts.length >= 2 && /\S\s*[>»›‹«<|]\s*\S|\s\/\s/.test(l) && parts.every((part) => wordCount(part) <= 4) && (parts.length >= 3 || n <= 5);
    },
  },
  { kind: 'tags', test: (l) => /^(كلمات البحث|كلمات بحث|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدلالية|كلمات دلالية|الوسوم|وسوم|الأوسمة|علامات|العلامات|مواضيع|الموضوعات|tags|keywords|topics)\s*[:：]/i.test(l) },
  {
    kind: 'views',
    test: (l, n) =>
      n <= 6 &&
      (/^(عدد )?(المشاهدات|مشاهدات|المشاهدة|القراءات|قراءات|قراءة|الزيارات|views?|reads?)\s*[:：]?\s*[\d,.٬٫٠-٩]+\s*(k|m|ألف|الف)?$/i.test(l) || /^[\d,.٬٫٠-٩]+\s*(مشاهدة|مشاهدات|قراءة|views?|reads?)$/i.test(l)),
  },
  {
    kind: 'print-font',
    test: (l, n) => n <= 10 && l.replace(/[\s|•·/\-–]+/g, ' ').trim().split(/ (?=طباعة|تكبير|تصغير|حجم|A\+|A-|print|email|حفظ|إرسال)/i).every((p) => /^(طباعة|تكبير( الخط)?|تصغير( الخط)?|حجم الخط|A\+|A-|A|print|email|حفظ|إرسال|ارسال)$/i.test(p.trim())) ||
      // "حجم الخط: كبير متوسط صغير": the label and its sizes.
      (n <= 8 && /^(حجم الخط|الخط|حجم النص)\s*[:：]?\s*((كبير|متوسط|صغير|عادي|أكبر|اكبر|أصغر|اصغر)[\s|•·/\-–]*){2,4}$/.test(l.trim())),
  },
  {
    kind: 'caption',
    test: (l, n) =>
      n <= 25 &&
      (/^[(\[]?\s*(صورة|الصورة|صور|الصور|photo|image|تصوير|فيديو|صورة أرشيفية|صورة ارشيفية|حقوق الصورة|مصدر الصورة|حقوق الصور|photo credit)\s*(أرشيفية|ارشيفية|من الأرشيف|تعبيرية|توضيحية|:|：|\(|-|–)/i.test(l) ||
        /^[(\[]?\s*(الصورة|صورة|تصوير|المصدر)\s*[:：]?\s*(Getty|AFP|Reuters|EPA|AP|رويترز|أ ف ب|غيتي|أرشيف)/i.test(l) ||
        (n <= 6 && /(Getty Images|Getty|\bEPA\b|\bAFP\b|Reuters|رويترز|أ ف ب|غيتي)\s*[)\]]?$/i.test(l) && /^[(\[]|\/|صور|photo/i.test(l))),
  },
  { kind: 'copyright', test: (l, n) => n <= 30 && /(©|\(c\)|جميع الحقوق محفوظة|كل الحقوق محفوظة|الحقوق محفوظة|حقوق (النشر|الطبع) محفوظة|all rights reserved|copyright)/i.test(l) },
  {
    kind: 'author-box',
    test: (l, n) => n <= 20 && /^(عن الكاتب|نبذة عن الكاتب|عن المؤلف|مقالات (أخرى )?(للكاتب|لنفس الكاتب|الكاتب)|كل مقالات|جميع مقالات|about the author|more from this author)/i.test(l),
  },
  {
    kind: 'poll',
    test: (l, n) => n <= 20 && /^(استطلاع( الرأي)?|استفتاء|صوّت|صوت الآن|شارك في (الاستطلاع|التصويت)|نتائج? (التصويت|الاستطلاع)|poll|vote)(?![\p{L}\p{M}])/iu.test(l),
  },
  {
    kind: 'english-ui',
    test: (l) => /^(تخطي|تخطى|تجاوز|انتقل) (إلى|الى) (المحتوى|المحتوي)( الرئيسي)?$|^(القائمة|القائمة الرئيسية|بحث|إغلاق|اغلاق|المزيد|التالي|السابق|عودة|العودة للأعلى|اشترك|اشترك الآن|قراءة المزيد|اقرأ المزيد|المزيد من الأخبار|عرض المزيد|تحميل المزيد)$/.test(l),
  },
  {
    kind: 'english-ui',
    test: (l) =>
      /^(share|tweet|read more|read also|advertisement|exit mobile version|skip to (main )?content|menu|search|close|loading\.{0,3}|related|more|next|previous|back to top|home|subscribe|sign in|log ?in|print|email|whatsapp|telegram|facebook|twitter|linkedin|got it!?|ok|okay|dismiss|accept( all)?|learn more|partager|lire la suite|commentaires|suivez-nous|fermer|accepter|follow|embed|view on x|view on twitter|watch on youtube|copy link)(\s*[|•·]\s*\w+)*\.?$/i.test(l),
  },
  {
    kind: 'disclaimer',
    test: (text, n) => {
      const l = text.replace(/\u0651/g, ''); // "لا تعبّر" is "لا تعبر"
      return n <= 60 &&
      (/(يعبر|تعبر|يعبّر|تعبّر)\s+(عن\s+)?(رأي|وجهة نظر)\s+(كاتب|كاتبه|كاتبها|صاحب|الكاتب)/.test(l) ||
        // ...but reported speech is news: "وقال إن تصريحات الوزير لا تعبر عن رأي الحكومة".
        // A disclaimer names whose view it is not: the site's, the paper's, "بالضرورة" — a headline names a government's.
        (/لا (يعبر|تعبر|يعكس|تعكس)\s+(بالضرورة\s+)?(عن\s+)?(رأي|وجهة نظر|سياسة)/.test(l) && !REPORTED_SPEECH.test(l) &&
          (/بالضرورة/.test(l) || /(رأي|وجهة نظر|سياسة)\s+(ال)?(موقع|صحيفة|جريدة|قناة|وكالة|مجلة|شبكة|إدارة|ادارة|هيئة|محرر|كاتب|ناشر)/.test(l) || OUTLET_NAME.test(l))) ||
        (/لا (يمكن|يمكنه|يمكنها|تستطيع|يستطيع)\S*(\s+لـ?\S+)?\s+التأكد/.test(l) && !/^(و|ف)?(أشار|اشار|قال|أكد|اكد|أوضح|اوضح|أضاف|اضاف|ذكر)/.test(l) && !/(قال|أشار|أضاف|أوضح|ذكر|أكد)(ت)? (مصدر|المصدر|مسؤول)/.test(l)) ||
        /(تمثل|تعبر عن|تعبّر عن|يمثل) (رأي|آراء|وجهة نظر) (كاتب|كتاب|أصحاب)/.test(l) ||
        /(the views expressed|does not necessarily reflect)/i.test(l));
    },
  },
  { kind: 'republished', test: (l, n) => n <= 14 && /^[*•\-–\s]*(نقلا|نقلاً|نقلًا)\s+عن\s+/.test(l) },
  // An agency's filing time under the story: "16:20ت م" (Mecca time), "١٦:٢٠ ت.غ" (GMT).
  { kind: 'republished', test: (l, n) => n <= 4 && /^[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s*(ت\.?\s?[مغ]|بتوقيت\s+\S+|gmt|utc)\.?$/i.test(l) },
  // Wire copy's end marks: "(النهاية)", the desk's initials "ع ن م / خ ب".
  { kind: 'republished', test: (l, n) => n <= 12 && (/^(?:[(\[]\s*|[/\-–—*]+\s*)?(النهاية|انتهى|end)\s*(?:[)\]]|[/\-–—*]+)?\.?(\s+(\p{L}\s+){1,4}\p{L}\s*\/\s*(\p{L}\s*){1,5})?$/iu.test(l) || /^(\p{L}\s+){1,4}\p{L}\s*\/\s*(\p{L}\s*){1,5}$/u.test(l)) },
  // Font-size buttons written as letters: "A A A", "A+ A-".
  { kind: 'print-font', test: (l, n) => n <= 6 && /^(A[+\-]?\s*){2,4}$/i.test(l) },
  // Comment threads: counts, empty-state prompts, form buttons, a commenter's name and age.
  {
    kind: 'comments',
    test: (l, n) =>
      (n <= 12 && /(لا توجد تعليقات|كن أول من (يعلق|يعلّق|يكتب تعليقا)|عدد التعليقات|أضف تعليقك|اضف تعليقك)/.test(l)) ||
      (n <= 4 && /^(رد|الرد|إرسال|نشر التعليق|التعليق\s*\*?|أرسل التعليق|leave a reply( cancel reply)?|cancel reply|reply)\s*\*?$/i.test(l)) ||
      (n <= 7 && /(منذ|قبل)\s+([\d٠-٩]+\s+)?(ثانية|ثوان|دقيقة|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|أسبوعين|شهر|أشهر)$/.test(l)),
  },
  // An embedded post's counters: "3٬214 مشاهدة · 87 إعادة نشر".
  { kind: 'views', test: (l, n) => n <= 10 && l.includes('·') && everyItem(l.split('·'), (item) => /^\s*[\d,.٬٫٠-٩]+\s*(k|ألف|الف)?\s*(مشاهدة|مشاهدات|إعادة نشر|اعادة نشر|إعجاب|إعجابات|تعليق|تعليقات|مشاركة|مشاركات|views?|likes?|reposts?|comments?)\s*$/i.test(item)) },
  // Reading time: "قراءة 2 دقائق".
  { kind: 'views', test: (l, n) => n <= 5 && /^(مدة |وقت )?(القراءة|قراءة)\s*:?\s*[\d٠-٩]+\s*(دقيقة|دقائق|د)$/.test(l) },
  // Ad labels in French or wrapped in dashes: "Publicité", "- إعلان -".
  { kind: 'ad-label', test: (l, n) => n <= 4 && /^[\s\-–—|]*(إعلان|اعلان|publicité|publicite|annonce|werbung)[\s\-–—|]*$/i.test(l) },
  // Tags without a colon after the label, and "الكلمات الدالة".
  { kind: 'tags', test: (l, n) => (n <= 3 && /^(الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|كلمات دالة|الكلمات الدلالية|الوسوم)$/.test(l)) || /^(الكلمات الدالة|كلمات دالة)\s*[:：]/.test(l) },
  // "تابعوا RT على", "تابع الجزيرة نت على:": a follow line whose platform icons did not copy.
  { kind: 'share-follow', test: (l, n) => n <= 6 && /^(تابعوا|تابعونا|تابع|تابعنا)\s+.{0,25}\s+(على|عبر)\s*[:：]?$/.test(l) },
  // "تابع أحدث الأخبار عبر تطبيق Google News"
  { kind: 'share-follow', test: (l, n) => n <= 14 && /^(تابع|تابعوا|تابعونا)\s+(أحدث|آخر|اخر|أهم|ابرز|أبرز)\s+(الأخبار|الاخبار|المستجدات)/.test(l) && (PLATFORMS.test(l) || /(تطبيق|قناة|قناتنا|حساب)/.test(l)) },
  // A known station or site presenting itself to "you": "… تؤمنه لكم الجوهرة أف أم". Without its own
  // name it is the article talking ("نقدم لكم نبذة عن المطار"), and stays.
  { kind: 'newsletter-app', test: (l, n) => n <= 30 && /(تؤمنه|تؤمنها|يقدمه|يقدمها|تقدمه|تقدمها|يأتيكم|تأتيكم)\s+(لكم|لك)\s/.test(l) && OUTLET_NAME.test(l.replace(/["«»“”]/g, '')) },
  // Paywall prompts.
  { kind: 'newsletter-app', test: (l, n) => n <= 25 && /(مخصص للمشتركين|للمشتركين فقط|اشترك الآن للوصول|اشترك للوصول|subscribers only|subscribe to read)/i.test(l) },
  // Re-publication rules of an agency.
  { kind: 'disclaimer', test: (l, n) => n <= 40 && /(يسمح فقط بنشر|يُسمح فقط بنشر|لا يسمح بإعادة النشر|يمنع إعادة النشر|يحظر إعادة النشر|إعادة النشر (دون|بدون) إذن)/.test(l) },
  // A caption closed by "(outlet/ photographer)" or with the agency glued to its last word ("المباراةEPA").
  { kind: 'caption', test: (l, n) => n <= 22 && (/[(\[][^()\[\]\d٠-٩]{2,30}\/\s*[^()\[\]\d٠-٩]{2,30}[)\]]\.?$/.test(l) || /[\u0600-\u06FF](EPA|AFP|Reuters|Getty Images|Getty|AP|Anadolu)$/.test(l)) && !/[.!؟?]\s*[(\[]/.test(l) },
  // Desk initials with the wires used: "ع.ج.م/ ص.ش (د ب أ، رويترز، أ ف ب)".
  { kind: 'republished', test: (l, n) => n <= 14 && /^(\p{L}[.\s]?){1,5}\s*\/\s*(\p{L}[.\s]?){1,5}\s*[(\[][^()\[\]]{1,50}[)\]]$/u.test(l) },
  // A photo caption closed by its credit: "... (أرشيفية: الإنترنت)", "... (من المصدر)", "... (أ.ف.ب)".
  { kind: 'caption', test: (l, n) => n <= 22 && /[(\[]\s*(أرشيفية|ارشيفية|أرشيف|من المصدر|المصدر|صورة|الصورة|أ\.?\s?ف\.?\s?ب|رويترز|الأناضول|غيتي|getty|afp|reuters|epa|ap)[^()\[\]]{0,30}[)\]]\.?$/i.test(l) },
  // A share button in words: "شارك الخبر", "أرسل لصديق", "رابط مختصر".
  { kind: 'share-follow', test: (l, n) => n <= 4 && /^((شارك|شاركوا|أرسل|ارسل|إرسال|مشاركة)\s+(هذا |هذه )?(التحديث|المنشور|التدوينة|الخبر|المقال|الموضوع|القصة|الصفحة|الفيديو|لصديق|إلى صديق|الى صديق)|(ال)?رابط (ال)?مختصر|انسخ الرابط)(?![\p{L}\p{M}])/iu.test(l) },
  // The site's own navigation and section buttons, standing alone on a line.
  { kind: 'section-label', test: (l) => /^(آخر الأخبار|اخر الاخبار|أحدث الأخبار|عاجل|أخبار عاجلة|اخبار عاجلة|فيديو|فيديوهات|صوت وصورة|صور|ألبوم الصور|من نحن|اتصل بنا|أعلن معنا|اعلن معنا|سياسة الخصوصية|شروط الاستخدام|خريطة الموقع|الأرشيف|النسخة الكاملة|العودة إلى الأعلى|العودة الى الاعلى|عودة للأعلى|أعلى الصفحة|اعلى الصفحة|الصفحة التالية|الصفحة السابقة|الوضع الليلي|الوضع الداكن|English|Français|Español|سجل الدخول|سجّل الدخول|تسجيل الدخول|تسجيل الخروج|إنشاء حساب|انشاء حساب|حسابي|بث مباشر|البث المباشر|شاهد البث المباشر|مباشر|أمس|اليوم|حصري|حصريا|خاص|عاجل جدا)\s*[:：]?$/i.test(l) },
  // More of the site's own buttons: app stores, back-to-top, login, language switches, listen, live, gallery.
  { kind: 'newsletter-app', test: (l, n) => n <= 6 && /(App Store|Google Play|آب ستور|اب ستور|غوغل بلاي|جوجل بلاي|متجر التطبيقات|متجر جوجل)/i.test(l) },
  { kind: 'print-font', test: (l, n) => n <= 5 && /^(استمع|استمعوا|إستمع)(\s+(إلى|الى))?\s+(ال|لل|ل)?(مقال|خبر|نص|مقابلة|حلقة|تقرير)$|^(استمع|إستمع)$|^(تنزيل|تحميل) (الملف الصوتي|الحلقة|المقابلة)(\s*\((MP3|mp3)\))?$/.test(l) },
  { kind: 'caption', test: (l, n) => n <= 8 && (/^(صورة|الصورة)\s*[\d٠-٩]+\s*(من|\/)\s*[\d٠-٩]+$/.test(l) || /(انقر|اضغط|إضغط|إنقر)\s+(على الصورة\s+)?(ل)?(تكبير|لتكبير)(ها)?(\s+الصورة)?$/.test(l) || /^(مدة )?(الفيديو|المقطع)\s*[:：]?\s*[\d٠-٩:]+$/.test(l)) },
  // "انضم إلى النقاش: شاركنا رأيك في قسم «حوارات»".
  // The button alone or with its call: "شارك في النقاش أكثر من مئة خبير" reports a debate.
  { kind: 'comments', test: (l, n) => n <= 14 && (/^(انضم|انضموا|شارك|شاركوا) (إلى|الى|في) النقاش\s*([:：.!]\s*(شاركنا|شاركونا|أضف|اكتب|رأيك)|[.!]?$)/.test(l.trim()) || /^(شاركنا|شاركونا) (رأيك|برأيك|رأيكم|بآرائكم)/.test(l.trim())) },
  { kind: 'comments', test: (l) => /^(ردود|الردود|عرض التعليقات|إخفاء التعليقات|اخفاء التعليقات|أظهر التعليقات|اظهار التعليقات)$/.test(l) },
  // "👁 14,3 ألف مشاهدة", "قراءة: 2 314", "(قرئ 3184 مرة)".
  { kind: 'views', test: (l, n) => n <= 5 && (/^(مشاهدة|مشاهدات|قراءة|قراءات)$/.test(l) || /^[\d,.٠-٩]+\s*(ألف|الف|مليون|k|m)?\s*(مشاهدة|مشاهدات|قراءة|قراءات)$/i.test(withoutEmoji(l).trim()) || /^(قراءة|قراءات|القراءات|عدد القراءات|المشاهدات|مشاهدات|عدد المشاهدات)\s*[:：]\s*[\d٠-٩][\d٠-٩\s,.٬]*$/.test(l.trim()) || /^[(\[]?\s*(قرئ|قُرئ|شوهد|شوهدت)\s+[\d٠-٩,.٬]+\s+(مرة|مرات)\s*[)\]]?$/.test(l.trim())) },
  { kind: 'newsletter-app', test: (l, n) => n <= 3 && /^(نشرتنا البريدية|النشرة البريدية|النشرة الإخبارية|النشرة الاخبارية)$/.test(l) },
  { kind: 'copyright', test: (l, n) => n <= 10 && /^(تصميم وتطوير|تصميم و تطوير|تصميم وبرمجة|برمجة وتصميم|برمجة وتطوير)(?![\p{L}\p{M}])/u.test(l) },
  // A consent button alone: "أوافق", "قبول".
  { kind: 'cookie-notice', test: (l, n) => n <= 2 && /^(أوافق|اوافق|موافق|قبول|أقبل|اقبل|رفض|قبول الكل|رفض الكل|accept|accept all|agree|i agree|reject)\.?$/i.test(l) },
  // Comment rules addressed to readers: "المرجو عدم تضمين تعليقاتكم بعبارات مسيئة". A news line about
  // someone's comment opens with its subject, not with a request to the reader.
  { kind: 'comments', test: (l, n) => n <= 30 && /^(المرجو|يرجى|يُرجى|الرجاء|نرجو|رجاء|نأمل|نتمنى)(?![\p{L}\p{M}])[^.!؟?]{0,80}(تعليق|التعليق)/u.test(l) },
  // Comment prompts behind a login, and rating widgets: "يرجى تسجيل الدخول للتعليق", "قيم هذا المقال".
  { kind: 'comments', test: (l, n) => n <= 8 && /(تسجيل الدخول|سجل دخولك|سجّل دخولك)\s+(لل|ل)?(تعليق|التعليق|للتعليق|المشاركة)/.test(l) },
  // "للمشاركة في المناقشة قم بتسجيل الدخول أو التسجيل": the discussion behind a login, the other way round.
  { kind: 'comments', test: (l, n) => n <= 14 && /^(للمشاركة|للتعليق|لإضافة تعليق|لاضافة تعليق)(?![\p{L}\p{M}])/u.test(l) && /(تسجيل الدخول|سجل|سجّل|التسجيل|حساب)/.test(l) },
  // Skip links of screen readers: "تخطي قسم المزيد من المواضيع", "تخطي إلى القائمة الرئيسية".
  { kind: 'english-ui', test: (l, n) => n <= 8 && /^(تخطي|تخطى|تجاوز)\s+(إلى|الى|قسم|المحتوى|القائمة)(?![\p{L}\p{M}])/u.test(l) },
  // A plea for donations to the site: "ادعم عنب بلدي", "ساعدنا في الاستمرار ... تبرّع الآن".
  { kind: 'newsletter-app', test: (l, n) => (n <= 4 && /^(ادعم|إدعم|ادعموا|تبرع|تبرّع)(\s|$)/.test(l)) || (n <= 25 && /(تبرع|تبرّع|ادعمنا|ادعمونا)\s+(الآن|الان|لنا)/.test(l) && ADDRESSES_READER_OR_US.test(l)) },
  // Tags as a list with Latin commas or middle dots: "العالم العربي, مصر, روسيا, القمح". Arabic prose lists
  // with "،" and has function words; these items are names and terms alone.
  { kind: 'tags', test: (l, n) => n <= 25 && /[\u0600-\u06FF]/.test(l) && l.split(/\s*[,·]\s*/).length >= 3 && l.split(/\s*[,·]\s*/).every((item) => wordCount(item) >= 1 && wordCount(item) <= 5 && !/[.!؟?:«»"]/.test(item) && !FUNCTION_WORD.test(item)) },
  { kind: 'poll', test: (l, n) => n <= 6 && /^(هل (أعجبك|اعجبك|أفادك|افادك) (هذا )?(المقال|الخبر|الموضوع)|(قيم|قيّم|قيموا) (هذا )?(المقال|الخبر|الموضوع)|تقييم (المقال|الخبر)|ما رأيك في (هذا )?(المقال|الخبر))\s*[؟?]?$/.test(l) },
  // Reading time written out: "الوقت المقدر للقراءة: 3 دقائق".
  // Reading time, also behind an icon or bare under the headline: "⏱️ مدة القراءة: 3 دقائق", "7 دقائق", "5 min read".
  { kind: 'views', test: (l, n) => n <= 8 && /^((الوقت المقدر للقراءة|الوقت المتوقع للقراءة|مدة القراءة|وقت القراءة|زمن القراءة)\s*[:：]?\s*[\d٠-٩]+\s*(دقيقة|دقائق|د)|[\d٠-٩]+\s*(دقائق|دقيقة)\s*(للقراءة|قراءة)|\d+\s*min(ute)?s? read)\.?$/iu.test(withoutEmoji(l).trim()) },
  // SMS subscriptions to a short code: "للاشتراك في خدمة الرسائل القصيرة أرسل كلمة أخبار إلى 95050".
  { kind: 'newsletter-app', test: (l, n) => n <= 25 && /(للاشتراك|اشترك|اشتراك)/.test(l) && /(الرسائل القصيرة|رسالة قصيرة|SMS|خدمة الأخبار|خدمة الرسائل)/i.test(l) && /[\d٠-٩]{4,}/.test(l) },
  // A podcast promo: "استمع إلى حلقة جديدة من «بودكاست البيان»", "استمعوا إلى بودكاست إيلاف الأسبوعي".
  { kind: 'newsletter-app', test: (l, n) => n <= 20 && /(بودكاست|البودكاست|podcast)/i.test(l) && /^[*•\-–\s]*(استمع|استمعوا|إستمع|استمعي|تابع|تابعوا|اشترك|اشتركوا|شاهد|اكتشف|لا (تفوت|تفوتوا))(?![\p{L}\p{M}])/u.test(l) },
  // An article summary box: its label, and the note that a machine wrote it ("تم إنشاء هذا الملخص
  // باستخدام الذكاء الاصطناعي"). The note speaks of itself; a report about AI names someone else's text.
  { kind: 'summary', test: (l, n) => n <= 4 && /^(ملخص|ملخّص|موجز) (المقال|الخبر|المقالة)\s*[:：]?$|^(أبرز|أهم) النقاط\s*[:：]?$|^النقاط (الرئيسية|الأساسية)\s*[:：]?$|^(ملخص|ملخّص) (بالذكاء الاصطناعي|ذكي)\s*[:：]?$/.test(l) },
  { kind: 'summary', test: (l, n) => n <= 30 && /(الذكاء الاصطناعي|\bAI\b)/.test(l) && /(هذا الملخص|هذه الخلاصة|هذا التلخيص|هذا النص|هذا المحتوى|هذه الترجمة)/.test(l) && !REPORTED_SPEECH.test(l) },
  // A video player's controls copied as text: "تشغيل", "Skip Ad", "كتم الصوت".
  { kind: 'player', test: (l) => /^[▶►⏵▷\s]*(تشغيل|إيقاف|ايقاف|إيقاف مؤقت|ايقاف مؤقت|كتم الصوت|إلغاء كتم الصوت|الغاء كتم الصوت|ملء الشاشة|الشاشة الكاملة|إعادة التشغيل|اعادة التشغيل|تشغيل الفيديو|تخطي الإعلان|تخطي الاعلان|تخطى الإعلان)$|^[▶►⏵▷\s]*(skip ads?|play|pause|mute|unmute|replay|full ?screen|exit full ?screen|watch again|play video|live|now playing|up next)$/i.test(l.trim()) },
  // Font-size buttons in Arabic letters: "ت + ت - الحجم الطبيعي".
  { kind: 'print-font', test: (l, n) => n <= 8 && /^((حجم الخط|الخط)\s*[:：]?\s*)?(((ت|أ|ا|A)\s*[+\-−]\s*){1,3}(الحجم الطبيعي)?|الحجم الطبيعي)$/.test(l.trim()) },
  // A reader's reaction asked for under the story: "ما رأيك بهذا الخبر؟", "هل كان هذا المقال مفيداً؟".
  { kind: 'poll', test: (l, n) => n <= 8 && /^(ما (رأيك|رايك|رأيكم) (في (هذا )?|بهذا |ب)(ال)?(مقال|خبر|موضوع)|هل (كان|كانت) (محتوى )?(هذا |هذه )?(المقال|الخبر|الموضوع|الصفحة|المعلومات|المعلومة) (مفيد|مفيدا|مفيداً|مفيدًا|مفيدة))\s*[؟?]?$/.test(l) },
  // The print edition's issue number: "العدد 20451".
  { kind: 'section-label', test: (l, n) => n <= 4 && /^(العدد|رقم العدد)\s*[:：]?\s*[\d٠-٩]{2,}$/.test(l.trim()) },
  // A photo's credit alone under its caption: "من المصدر", "(أرشيفية)", "مواقع التواصل".
  { kind: 'caption', test: (l, n) => n <= 4 && /^[(\[]?\s*(من المصدر|أرشيفية|ارشيفية|صورة أرشيفية|صورة ارشيفية|صورة تعبيرية|تعبيرية|صورة توضيحية|من مواقع التواصل|مواقع التواصل|من الإنترنت|من الانترنت)\s*[)\]]?$/.test(l.trim()) },
  // A gallery or video teaser with its media count: "بالصور.. الثلوج تغطي الأرز photos 12".
  { kind: 'related', test: (l, n) => n <= 25 && /\s(photos?|videos?|صور|فيديو)\s*[\d٠-٩]+$/i.test(l) && /[\u0600-\u06FF]/.test(l) },
  // A teaser card copied with its headline twice, the second glued to the first ("…المراهقيندراسة: …").
  { kind: 'related', test: (l, n) => n <= 45 && gluedRepeat(l) },
  // An embedded post's attribution: "— الوزارة (@MoH_Iraq) February 11, 2024", "Posted by … on Sunday, August 4, 2024".
  { kind: 'embed', test: (l, n) => n <= 20 && (embedAttribution(l.trim()) || /^(Posted by|A post shared by|تمت المشاركة بواسطة)\s.{1,80}\s(on|في)\s.{0,20}\d{4}$/i.test(l.trim())) },
  // The topic or author a reader may follow: "تابع موضوع: بكالوريا 2025", "تابع الكاتب".
  { kind: 'share-follow', test: (l, n) => n <= 8 && /^(تابع|تابعوا|متابعة)\s+(موضوع|الموضوع|القسم|قسم|الكاتب|الكاتبة)(?![\p{L}\p{M}])/u.test(l) },
  // The page telling the reader the article goes on past an ad: "يتواصل المقال بعد الإعلان".
  { kind: 'ad-label', test: (l, n) => n <= 8 && /^(يتواصل|يتبع|يستمر|تتمة|يكمل|تابع)\s+(المقال|الخبر|الموضوع|القراءة)\s+(بعد|أسفل|اسفل|تحت)\s+(الإعلان|الاعلان)/.test(l) },
  // Ad widgets by name: "روابط إعلانية", "روابط ممولة".
  { kind: 'ad-label', test: (l, n) => n <= 3 && /^(روابط|محتوى|إعلانات|اعلانات) (إعلانية|اعلانية|ممولة|مموّلة|مدفوعة)$/.test(l.trim()) },
  // A caption ending in its credit after a dash: "طائرة تابعة لمصر للطيران - أرشيفية".
  { kind: 'caption', test: (l, n) => n <= 16 && /\S\s+[-–—]\s*(أرشيفية|ارشيفية|أرشيف|ارشيف|صورة أرشيفية|صورة ارشيفية|تعبيرية|صورة تعبيرية|صورة توضيحية)(\s*[(\[][^()\[\]]{1,25}[)\]]|\s*\/\s*[\p{L} ]{2,25})?$/u.test(l.trim()) },
  // A voice player reading the article: "صوت مولّد بالذكاء الاصطناعي", "استمع إلى المقال بصوت الذكاء الاصطناعي".
  { kind: 'player', test: (l, n) => n <= 10 && /الذكاء الاصطناعي/.test(l) && /^(صوت|بصوت|استمع|إستمع|الاستماع|قراءة صوتية|النسخة الصوتية|تشغيل)(?![\p{L}\p{M}])/u.test(l) },
  // The article's own number: "رقم الخبر: 481276".
  { kind: 'section-label', test: (l, n) => n <= 5 && /^(رقم (الخبر|المقال|الموضوع|المادة)|معرف الخبر)\s*[:：]?\s*[\d٠-٩]+$/.test(l.trim()) },
  // Reading time with the dual: "دقيقتان للقراءة", "3 دقائق قراءة".
  { kind: 'views', test: (l, n) => n <= 4 && /^([\d٠-٩]+\s*)?(دقيقة|دقيقتان|دقيقتين|دقائق|د)\s*(للقراءة|قراءة|من القراءة)$/.test(l.trim()) },
  // A caption closed by its credit: "زوار على ضفاف بحيرة دوكان، نيسان 2024. الصورة: رووداو".
  { kind: 'caption', test: (l, n) => n <= 25 && /(^|[.،,\s])(الصورة|صورة|تصوير|الصور)\s*[:：]\s*\S+(\s\S+){0,3}$/.test(l.trim()) && !/[.!؟?]$/.test(l.trim()) },
  // Push-notification prompts: "هل ترغب في تلقي إشعارات بآخر الأخبار؟", "فعّل الإشعارات".
  { kind: 'newsletter-app', test: (l, n) => n <= 14 && /(إشعارات|اشعارات|الإشعارات|الاشعارات|التنبيهات|تنبيهات)/.test(l) && /^(هل )?(ترغب|تريد|تود|تودين|فعّل|فعل|فعّلي|تفعيل|اسمح|السماح|اشترك)(?![\p{L}\p{M}])/u.test(l) },
  // A live label over the story: "تغطية مباشرة: الأسواق العالمية".
  { kind: 'section-label', test: (l, n) => n <= 5 && /^(تغطية مباشرة|تغطية حية|بث مباشر|مباشر|عاجل|live)\s*[:：|]/i.test(l.trim()) },
  // A market ticker: every item between bars a name and a figure ("برنت 84.60 $ | الذهب 2,472.40 $").
  { kind: 'widget', test: (l, n) => n <= 20 && l.includes('|') && everyItem(l.split('|'), (item) => wordCount(item) <= 5 && /[\d٠-٩]/.test(item) && !/[.؟?!]$/.test(item.trim())) },
  // Investment and medical disclaimers: "المحتوى المنشور لأغراض إخبارية فقط ولا يمثل توصية بالشراء".
  { kind: 'disclaimer', test: (l, n) => n <= 40 && /(لأغراض|لاغراض) (إخبارية|اخبارية|إعلامية|اعلامية|تثقيفية|توعوية) فقط/.test(l) && !REPORTED_SPEECH.test(l) },
  { kind: 'disclaimer', test: (l, n) => n <= 40 && /^(تنويه|إخلاء مسؤولية|اخلاء مسؤولية|تحذير|disclaimer)\s*[:：]/i.test(l.trim()) && /(لا (يمثل|تمثل|يشكل|تشكل|يعد|تعد)|مسؤولية|توصية|نصيحة)/.test(l) },
  // An aggregator's buttons: "+ متابعة المصدر", "اقرأ الخبر من المصدر".
  { kind: 'link', test: (l, n) => n <= 8 && (/^\+?\s*(متابعة|تابع|إلغاء المتابعة)\s+(المصدر|الكاتب|القناة|الموقع)$/.test(l.trim()) || /^(اقرأ|إقرأ|اقرا|تابع|شاهد)\s+(الخبر|المقال|التفاصيل|القصة)\s+(كاملا|كاملاً|كاملة)?\s*(من|في|على|عبر)\s+(المصدر|الموقع|موقع)/.test(l.trim())) },
  // Support and membership pleas: "ادعم صحافتنا بالانضمام إلى ناس رصيف22".
  { kind: 'newsletter-app', test: (l, n) => n <= 30 && /(ادعم|ادعموا|ادعمي|ساند|ساندوا)\s+(صحافتنا|عملنا|استقلالنا|الصحافة المستقلة|موقعنا)/.test(l) },
  // The discussion behind a membership: "انضم إلى ناس رصيف22 لتتمكّن من التعليق".
  { kind: 'comments', test: (l, n) => n <= 20 && /(لتتمكن|لتتمكّن|حتى تتمكن|حتى تتمكّن|لتستطيع|كي تتمكن)\s+من\s+(التعليق|المشاركة في النقاش|المشاركة)/.test(l) },
  // A live blog's or player's bare time: "11:40 م", "07:05 ص".
  { kind: 'section-label', test: (l, n) => n <= 3 && /^[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s*(ص|م|am|pm|صباحا|مساء)?$/i.test(l.trim()) },
  // A pinned entry's label, a counter behind its icon: "📌 مثبت", "👁 3,418", "⏱ 5 دقائق".
  { kind: 'section-label', test: (l) => /^(📌\s*)?(مثبت|تثبيت|pinned)$/i.test(l.trim()) },
  { kind: 'views', test: (l, n) => n <= 4 && /^(👁️?|👀|⏱️?|🕒|🕑)\s*[\d,.٬٫٠-٩]+(\s*(دقيقة|دقائق|د|مشاهدة|قراءة))?$/u.test(l.trim()) },
  // A video playlist's items: "▶ 03:12 | نائب داخل البرلمان…", "▶ فيديو | سيول تغمر شوارع في الشارقة".
  { kind: 'related', test: (l, n) => n <= 25 && /^[▶►⏵]\s*(فيديو|video|[\d٠-٩]{1,2}[:：][\d٠-٩]{2})\s*[|:\-–]/i.test(l.trim()) },
  // A gallery's label alone and its button: "معرض الصور", "عرض كل الصور ›" (its counter "1 من 6", also a
  // match statistic, only under the label: src/ingest/article.ts).
  { kind: 'caption', test: (l, n) => n <= 3 && /^(معرض الصور|ألبوم الصور|البوم الصور|معرض صور)$/.test(l.trim()) },
  { kind: 'link', test: (l, n) => n <= 6 && /^(عرض|شاهد|تصفح)\s+(كل|جميع)\s+(الصور|الفيديوهات|المقاطع)/.test(l.trim()) },
  { kind: 'player', test: (l, n) => n <= 6 && /^(استمع|إستمع|استمعوا|استمعي)\s+(إلى|الى|ل)\s*(القصة|المقال|الخبر|التقرير|هذا المقال|هذه القصة|هذا الخبر)$/.test(l.trim()) },
  // A gallery's label with its count: "معرض الصور (4)".
  { kind: 'caption', test: (l, n) => n <= 5 && /^(معرض الصور|ألبوم الصور|البوم الصور|الصور|صور)\s*[(\[]?\s*[\d٠-٩]+\s*(صورة|صور)?\s*[)\]]?$/.test(l.trim()) },
  // Sponsored labels in French: "Contenu sponsorisé".
  { kind: 'ad-label', test: (l, n) => n <= 3 && /^(contenu sponsoris[ée]|sponsoris[ée]|contenu partenaire|publi-?reportage)$/i.test(l.trim()) },
  // "أبلغ عن خطأ", "للإبلاغ عن خطأ".
  { kind: 'link', test: (l, n) => n <= 8 && /^(أبلغ|ابلغ|الإبلاغ|الابلاغ|للإبلاغ|للابلاغ|بلّغ|بلغ) عن (خطأ|خطا|مشكلة)/.test(l.trim()) },
  // An opinion page's disclaimer: "الآراء الواردة في مقالات الكتّاب تعبّر عن أصحابها".
  { kind: 'disclaimer', test: (l, n) => n <= 40 && /^(الآراء|الاراء|المقالات|جميع المقالات)\s+(الواردة|المنشورة)/.test(l) && /(تعبر|تعبّر|تمثل|تمثّل|تعكس)/.test(l) },
  // A match centre: the score line, the status strip, minute-by-minute events, the lineup's heading.
  { kind: 'widget', test: (l, n) => n <= 10 && /^[^\d.،:؟?!]{2,40}\s[\d٠-٩]{1,2}\s*[-–]\s*[\d٠-٩]{1,2}\s[^\d.،:؟?!]{2,40}$/.test(l.trim()) },
  { kind: 'widget', test: (l, n) => n <= 16 && /^(نهاية المباراة|انتهت المباراة|الشوط الأول|الشوط الثاني|بين الشوطين|لم تبدأ)\s*[•|·\-–]|^انتهت\s*[|•]\s*.*[\d٠-٩]{1,2}[:/][\d٠-٩]{2}/.test(l.trim()) },
  // A minute's event needs its icon or the widget's word; "23' يوسف عاطف (سيراميكا)" is the report's goal list.
  { kind: 'widget', test: (l, n) => n <= 25 && /^[\d٠-٩]{1,3}(\+[\d٠-٩]{1,2})?\s*['’′]\s*\S/.test(l.trim()) && /(⚽|🔄|🟨|🟥|⏱|صافرة|بطاقة صفراء|بطاقة حمراء|تبديل|دخول:|خروج:|هدف\s*[-–:]|ركلة ركنية|تسلل)/u.test(l) },
  { kind: 'widget', test: (l, n) => n <= 10 && /^(التشكيل|تشكيل|تشكيلة)(?![\p{L}\p{M}])/u.test(l) && /[(\[]\s*\d(-\d){2,3}\s*[)\]]/.test(l) },
  { kind: 'section-label', test: (l, n) => /^(لحظة بلحظة|مباشر لحظة بلحظة|أحداث المباراة|إحصائيات المباراة|احصائيات المباراة|ترتيب الدوري|جدول الترتيب)$/.test(l.trim()) || (n <= 8 && /^(جدول الترتيب|ترتيب الدوري|جدول ترتيب)\s*[-–—|]\s*(دوري|الدوري|كأس|بطولة)(?![\p{L}\p{M}])/u.test(l.trim())) },
  // A competition's label with its round: "دوري روشن السعودي للمحترفين - الجولة 10".
  { kind: 'section-label', test: (l, n) => n <= 10 && /^(دوري|الدوري|كأس|بطولة|البطولة|تصفيات|منافسات)\s[^.!؟?:،]{2,50}\s[-–—|]\s*(الجولة|الأسبوع|المرحلة)\s+([\d٠-٩]{1,2}|\S+ة)$/u.test(l.trim()) },
  // A competition's or section's label strung with bullets: "الدوري المصري الممتاز 2023-24 • الجولة 6".
  { kind: 'breadcrumb', test: (l, n) => n <= 12 && l.includes(' • ') && !/[.؟?!،]/.test(l) && everyItem(l.split(' • '), (part) => wordCount(part) <= 5) },
  // The site's app offered by platform: "تطبيق «الأخبار» متوفر على iOS و Android".
  { kind: 'newsletter-app', test: (l, n) => n <= 15 && /^(تطبيق|التطبيق)\s/.test(l) && /(متوفر|متوفرة|متاح|متاحة|available)\s+(الآن\s+)?(على|في|عبر|on)/i.test(l) && /(iOS|Android|أندرويد|اندرويد|آيفون|ايفون|App Store|Google Play)/i.test(l) },
  // "قرأت 2.417 مرة": a counter in words.
  { kind: 'views', test: (l, n) => n <= 5 && /^(قرأت|قرئت|قُرئت|قرئ|شوهد|شوهدت)\s*[\d,.٬٫٠-٩]+\s*(مرة|مرات)$/.test(l.trim()) },
  // The print edition offered: "تصفح العدد الورقي 11162 PDF", "تحميل النسخة الورقية".
  { kind: 'section-label', test: (l, n) => n <= 8 && /^(تصفح|تحميل|حمّل|حمل|اقرأ|قراءة)\s+(العدد الورقي|النسخة الورقية|النسخة المطبوعة|عدد اليوم|الجريدة|العدد)/.test(l.trim()) },
  // WordPress's comment form: "احفظ اسمي، بريدي الإلكتروني، والموقع في هذا المتصفح ...".
  { kind: 'comments', test: (l, n) => n <= 30 && /^(احفظ|حفظ) (اسمي|إسمي)/.test(l) && /(تعليق|المتصفح)/.test(l) },
  // A quote box: a name, a price and its move ("الخليج للصناعات الغذائية 48.20 ▲ 1.05%").
  { kind: 'widget', test: (l, n) => n <= 12 && (/([▲▼△▽🔺🔻]\s*[\d٠-٩]|[\d٠-٩]\s*[▲▼△▽🔺🔻])/u.test(l) || (/[⇄⇆↔]/u.test(l) && /[\d٠-٩]/.test(l))) && !/[.؟?!]$/.test(l.trim()) },
  // A widget's label: "محوّل العملات", "مواقيت الصلاة" ("أسعار الذهب" heads a market report's paragraph).
  { kind: 'widget', test: (l, n) => n <= 3 && /^(محوّل العملات|محول العملات|مواقيت الصلاة|أوقات الصلاة)$/.test(l.trim()) },
  // A multi-page article's pager: "الصفحة 1 من 3", and the teaser of the next page.
  { kind: 'section-label', test: (l, n) => n <= 6 && /^(الصفحة|صفحة)\s*[\d٠-٩]+\s*(من|\/)\s*[\d٠-٩]+$/.test(l.trim()) },
  { kind: 'related', test: (l, n) => n <= 25 && /^(في الصفحة التالية|الصفحة التالية|في الجزء التالي)\s*[:：]/.test(l.trim()) },
  // A comment's reactions and its replies: "👍 41 👎 3 | رد", "↳ رد على مواطن من سلا: …".
  { kind: 'comments', test: (l, n) => n <= 8 && /[👍👎]/u.test(l) && /^[\s\d٠-٩👍👎❤️♥|·\u200b]*(رد|الرد|reply)?\s*$/u.test(l.trim()) },
  { kind: 'comments', test: (l, n) => n <= 60 && /^↳\s*(رد|الرد|reply)(?![\p{L}\p{M}])/u.test(l.trim()) },
  // A download button or attachment with its size: "(PDF - 214 Ko)", "البيان الصحفي (PDF – 318 كيلوبايت)";
  // the attachments' label; a QR code.
  { kind: 'link', test: (l, n) => n <= 10 && DOWNLOAD_SIZE.test(l.trim()) && (n <= 6 || /[)\]]$/.test(l.trim())) },
  { kind: 'link', test: (l) => /^(المرفقات|مرفقات|الملفات المرفقة)\s*[:：]?$/.test(l.trim()) },
  // "امسح رمز QR لقراءة الخبر على هاتفك": the instruction, not a story about QR scams.
  { kind: 'link', test: (l, n) => n <= 15 && /^(امسح|إمسح|scan)(?![\p{L}\p{M}])/iu.test(l.trim()) && /(رمز|كود|الرمز) (QR|كيو آر)|QR code/i.test(l) && /(لقراءة|لمتابعة|للوصول|لتحميل|لفتح|to read)/i.test(l) },
  { kind: 'print-font', test: (l, n) => n <= 3 && /^(اطبع|إطبع|طباعة) (الخبر|المقال|الصفحة|الموضوع)$/.test(l.trim()) },

  // Contact lines: "الهاتف: +216 71 000 000 | البريد الإلكتروني: …", "ص.ب: 50".
  { kind: 'contact', test: (l, n) => n <= 20 && CONTACT_FIELD.test(l.trim()) && /[\d٠-٩@]/.test(l) },
  // A publisher's postal address in the footer: "مجموعة مسقط للإعلام - ص.ب: 3002، الرمز البريدي: 112". Not
  // a sentence giving one ("وترسل الطلبات على العنوان التالي: ص.ب: 2454 الرياض.").
  {
    kind: 'contact',
    test: (l, n) =>
      n <= 20 && !/[.!؟?]$/.test(l.trim()) && !FUNCTION_WORD.test(l) &&
      /(?<![\p{L}\p{M}])((ص|ر)\s?[./]\s?ب\.?|ص ب|صندوق البريد|صندوق بريد|الرمز البريدي)\s*[:：]?\s*[\d٠-٩]/u.test(l),
  },
  // A caption closed by a Latin credit after a slash: "… شنتشن، 16 أبريل 2024. /CFP", "/Xinhua".
  { kind: 'caption', test: (l, n) => n <= 30 && /\s\/\s*[A-Z][A-Za-z]{1,12}$/.test(l.trim()) && /[\u0600-\u06FF]/.test(l) },
  // Labels of a table of contents and of a reference list: "محتويات الخبر", "المراجع".
  { kind: 'section-label', test: (l, n) => n <= 3 && /^(محتويات (الخبر|المقال|الصفحة|الموضوع)|في هذا (المقال|الخبر)|جدول المحتويات)\s*[:：]?$/.test(l.trim()) },
  { kind: 'references', test: (l, n) => n <= 2 && /^(المراجع|مراجع|المصادر|المصادر والمراجع|references|sources)\s*[:：]?$/i.test(l.trim()) },
  // A paywall's offer: "لقراءة التحليل الكامل ... اشترك في ...".
  { kind: 'newsletter-app', test: (l, n) => n <= 30 && /^(لقراءة|للوصول|لمواصلة|لمتابعة|لاستكمال|للاطلاع)(?![\p{L}\p{M}])/u.test(l) && /(?<![\p{L}\p{M}])(اشترك|اشتراك|الاشتراك|سجّل|سجل الدخول|subscribe)(?![\p{L}\p{M}])/iu.test(l) },
  // Buttons of a reader's lists: "أضف إلى قائمة المتابعة", "أضف إلى المفضلة".
  { kind: 'link', test: (l, n) => n <= 6 && /^\+?\s*(أضف|اضف|إضافة|اضافة|احفظ|حفظ)\s+(إلى|الى|في)\s+(قائمة|القائمة|المفضلة|مفضلتي|قراءة لاحقا|قائمتي)/.test(l.trim()) },
  // A line in a script neither Arabic nor Latin (a Chinese or Russian site's button, "【纠错】").
  { kind: 'english-ui', test: (l, n) => n <= 8 && !/[\u0600-\u06FF]/.test(l) && /[\p{Script=Han}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(l) },
  // A newsletter box: its label, the address field, the button, the promise to the reader's inbox.
  { kind: 'newsletter-app', test: (l, n) => n <= 6 && /^(النشرة|نشرة|نشرتنا) (البريدية|الإخبارية|الاخبارية|اليومية|الأسبوعية|الاسبوعية)(?![\p{L}\p{M}])/u.test(l.trim()) && !/[.؟?!]$/.test(l.trim()) },
  // "النشرة الصباحية" alone; "النشرة المسائية لقناة الجزيرة" names a bulletin on air.
  { kind: 'newsletter-app', test: (l, n) => n <= 2 && /^(النشرة|نشرة) (الصباحية|المسائية)$/.test(l.trim()) },
  { kind: 'newsletter-app', test: (l, n) => n <= 8 && /^(أدخل|ادخل|اكتب|أكتب)\s+(بريدك|عنوان بريدك|البريد الإلكتروني|البريد الالكتروني|رقم هاتفك)/.test(l.trim()) },
  { kind: 'newsletter-app', test: (l) => /^(سجّلني|سجلني|سجّل|اشترك|اشتركي|اشتركوا|اشتراك|أرسل|ارسل|subscribe|sign me up)\s*[!.]?$/i.test(l.trim()) },
  { kind: 'newsletter-app', test: (l, n) => n <= 3 && /^(بريدك الإلكتروني|بريدك الالكتروني|البريد الإلكتروني|عنوان بريدك)\s*[:：*]?$/.test(l.trim()) },
  // "إذا أردت أن تصلك أخبار الوزارة ... فاكتب بريدك الإلكتروني": news to the reader's inbox, however phrased.
  { kind: 'newsletter-app', test: (l, n) => n <= 30 && /((إذا|إن|اذا) (أردت|اردت|رغبت|كنت ترغب)|لتصلك|ليصلك|حتى تصلك|كي تصلك)/.test(l) && /(بريدك الإلكتروني|بريدك الالكتروني)/.test(l) && !REPORTED_SPEECH.test(l) },
  // ...the news to the reader's inbox: not a service's steps ("سجل رقم هاتفك في المنصة").
  { kind: 'newsletter-app', test: (l, n) => n <= 15 && /^(احصل|إحصل|تلقَّ|تلق|اشترك|سجّل|سجل)(?![\p{L}\p{M}])/u.test(l.trim()) && /(بريدك|صندوق بريدك|هاتفك)(?![\p{L}\p{M}])/u.test(l) && /(أخبار|الأخبار|اخبار|الاخبار|نشرة|النشرة|نشرتنا|تنبيهات|إشعارات|اشعارات|مستجدات|تحديثات|ملخص|أفضل ما|افضل ما|مقالات|قصص|تغطية|تغطيتنا)/.test(l) },
  // ...with its schedule: "احذر رسالة نصية تصلك من رقم مجهول" is a consumer warning.
  { kind: 'newsletter-app', test: (l, n) => n <= 15 && /(تصلك|يصلك|تصلكم|يصلكم|في بريدك|إلى بريدك|الى بريدك|صندوق بريدك)(?![\p{L}\p{M}])/u.test(l) && /(كل صباح|كل يوم|كل مساء|كل أسبوع|يوميا|يومياً|أسبوعيا|أسبوعياً|أولا بأول|أولاً بأول|قبل الجميع)/.test(l) && !REPORTED_SPEECH.test(l) },
  // A control that opens or closes a box: "عرض نص الفيديو ▾", "إخفاء ▴".
  { kind: 'english-ui', test: (l, n) => n <= 6 && /[▾▴▸◂⌄⌃]/u.test(l) },
  // Tags with the Arabic comma: "فرنسا ، الصحة ، الأطباء ، الريف": four short names, no function word or sentence mark.
  // Prose writes the comma onto the word ("أليسون، أرنولد"); a tags widget joins its items with spaced commas.
  { kind: 'tags', test: (l, n) => n <= 16 && l.split(/\s+،\s+/).length >= 4 && l.split(/\s+،\s+/).every((item) => wordCount(item) >= 1 && wordCount(item) <= 3 && !/[.!؟?:«»"\d٠-٩]/.test(item) && !FUNCTION_WORD.test(item)) },
  // A contact box's label: "للاستفسارات الإعلامية:", "للتواصل مع المكتب الإعلامي:".
  // Not "للاستفسار عن مواعيد الامتحانات:", which heads the article's own list.
  { kind: 'contact', test: (l, n) => n <= 6 && /^((للاستفسارات|للتواصل|للاتصال)( (الإعلامية|الصحفية|الصحافية|مع المكتب الإعلامي|بنا|معنا))?|جهة الاتصال|media contact)\s*[:：]$/iu.test(l.trim()) },
  // "لمزيد من المعلومات، يرجى الاتصال بـ:", "For more information, please contact:": a release's contact box.
  {
    kind: 'contact',
    test: (l, n) =>
      n <= 12 &&
      /^((لمزيد|للمزيد) من (المعلومات|التفاصيل)( و(ال)?استفسارات?)?\s*[،,]?\s*((يرجى|يُرجى|الرجاء|نرجو)\s+)?((الاتصال|الإتصال|التواصل)( بـ?| مع| على| عبر)?|تواصلوا معنا|اتصلوا بنا)|للاستفسار (يرجى|يُرجى|الرجاء) (الاتصال|الإتصال|التواصل)( بـ?| مع| على| عبر)?|for (more|further) information,? (please )?contact|media contacts?)\s*[:：]$/iu.test(l.trim()),
  },
  // A bare credit in brackets under a photo: "(ANHA)", "(رويترز)".
  { kind: 'caption', test: (l, n) => n <= 3 && /^[(\[]\s*[^()\[\]\d٠-٩]{2,30}\s*[)\]]$/.test(l.trim()) },
  // Hashtags and nothing else: "#سوق_السمك #رمضان #المنامة".
  { kind: 'tags', test: (l, n) => n <= 20 && /^(#[\p{L}\p{M}\p{N}_]+[\s،,]*){2,}$/u.test(l.trim()) },
  // An audio player over the article: "🎧 استمع إلى هذا المقال", "00:00 / 04:12", "سرعة القراءة 1x".
  { kind: 'player', test: (l, n) => n <= 8 && /^(استمع|إستمع|اسمع|استمعوا)\s+(إلى|الى|ل)\s*(هذا\s+)?(المقال|الخبر|الموضوع|التقرير|المادة)(?![\p{L}\p{M}])/u.test(withoutEmoji(l)) },
  { kind: 'player', test: (l, n) => n <= 4 && (/^[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*\/\s*[\d٠-٩]{1,2}:[\d٠-٩]{2}$/.test(l.trim()) || /^(سرعة القراءة|سرعة التشغيل|السرعة)\s*[:：]?\s*[\d٠-٩.,]+\s*x$/iu.test(l.trim())) },
  // The next page's teaser of a story split in pages: "في الصفحة الموالية: …".
  { kind: 'link', test: (l, n) => n <= 25 && /^(في الصفحة (الموالية|التالية|القادمة|المقبلة)|الصفحة (التالية|الموالية))\s*[:：]/.test(l.trim()) },
  // A print version's furniture: "تاريخ الطباعة: 02/11/2025", "هذه النسخة مخصصة للطباعة", "« العودة إلى الخبر".
  { kind: 'print-font', test: (l, n) => (n <= 10 && /^(تاريخ الطباعة|طبع في|تمت الطباعة|طباعة في)\s*[:：]/.test(l.trim())) || (n <= 25 && /^هذه (النسخة|الصفحة) (مخصصة|معدة|معدّة) للطباعة/.test(l.trim())) || (n <= 6 && /^[«»‹›<>←→\s]*(العودة|عودة|الرجوع|رجوع) (إلى|الى|ل)\s*(ال)?(خبر|مقال|موضوع|صفحة)(?![\p{L}\p{M}])/u.test(l.trim())) },
  // An agency's item number and end mark: "رمز الخبر: 85987342", "انتهى ** 2344"; a Persian solar date beside the Arabic one.
  { kind: 'page-header', test: (l, n) => (n <= 5 && /^(رمز الخبر|رقم الخبر|كود الخبر|معرف الخبر)\s*[:：]\s*[\d٠-٩]+$/.test(l.trim())) || (n <= 4 && /^انتهى\s*[*\/]+\s*[\d٠-٩]*$/.test(l.trim())) || (n <= 6 && /[۰-۹]{2}/.test(l) && /(?<![\p{L}\p{M}])(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)(?![\p{L}\p{M}])/u.test(l) && /^[\s۰-۹\d:\-–/]*\p{L}+[\s۰-۹\d:\-–/]*$/u.test(l.trim())) },
  // A mail's unsubscribe line; a swipe prompt on a phone.
  { kind: 'newsletter-app', test: (l, n) => n <= 12 && /^(إلغاء الاشتراك|الغاء الاشتراك|unsubscribe)\s*(\||$|من (هذه )?(القائمة|النشرة|الرسائل))/iu.test(l.trim()) },
  { kind: 'english-ui', test: (l, n) => n <= 10 && /^(اسحب|إسحب|مرر|مرّر)\s+(للأعلى|لأعلى|للاعلى|للأسفل|لاسفل|لليسار|لليمين|للمزيد)(?![\p{L}\p{M}])/u.test(l.trim()) },
  // An embedded post's handle: "@RashaKhouryFilm".
  { kind: 'embed', test: (l, n) => n <= 1 && /^@[A-Za-z0-9_]{2,30}$/.test(l.trim()) },
  { kind: 'caption', test: (l, n) => n <= 6 && ARCHIVE_PHOTO_CREDIT.test(l.trim()) },
  // A photo credit behind a camera: "📷 باسنيوز", "📸 تصوير: …".
  { kind: 'caption', test: (l, n) => n <= 6 && /^[📷📸]/u.test(l.trim()) },
  // "تابع بوابة روزاليوسف على Google News": a call to follow the site somewhere, and nothing more.
  // Only a short name before "على" and only platforms after it: "تابع الآلاف البث المباشر عبر فيسبوك" is a report.
  { kind: 'share-follow', test: (l, n) => {
    const m = n <= 10 ? /^(?:تابع|تابعوا|تابعي)\s+([^.،:؟!]{2,40}?)\s+(?:على|عبر)\s+([^.،:؟!]{2,40})$/u.exec(l.trim()) : null;
    return !!m && wordCount(m[1]!) <= 3 && /^(google news|جوجل نيوز|غوغل نيوز|أخبار جوجل|أخبار غوغل|فيسبوك|فيس بوك|تويتر|إكس|انستغرام|إنستغرام|تيليجرام|تليجرام|تلغرام|تيلغرام|واتساب|يوتيوب|تيك توك|سناب شات|لينكد إن|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|x)(\s*(و|،|,)\s*(فيسبوك|تويتر|إكس|انستغرام|إنستغرام|تيليجرام|تليجرام|تلغرام|واتساب|يوتيوب|تيك توك|facebook|twitter|x|instagram|telegram|youtube))*$/iu.test(m[2]!.trim());
  } },
  // A row of platforms with no separator ("فيسبوك تويتر واتساب تيليجرام البريد الإلكتروني طباعة").
  { kind: 'share-follow', test: (l, n) => n <= 12 && (l.match(PLATFORMS_ALL) ?? []).length >= 2 && l.replace(PLATFORMS_ALL, ' ').replace(/(البريد الإلكتروني|البريد الالكتروني|طباعة|نسخ الرابط|مشاركة|شارك|email|print|copy link|[|،,•·\-–/\s])/gi, '') === '' },
  // A photo agency's name alone under a photo: "Shutterstock", "Getty Images / AFP".
  { kind: 'caption', test: (l, n) => n <= 5 && /^(©\s*)?(Shutterstock|Getty Images|Getty|iStock|Alamy|AFP|Reuters|AP Photo|EPA|Anadolu|Depositphotos|Unsplash|Pexels)(\s*[/|]\s*[\p{L} .]+)?$/iu.test(l.trim()) },
  // A video's length beside its play mark ("▶ 02:36"); a recommendation widget's name alone ("Taboola").
  { kind: 'player', test: (l) => /^[▶►⏵▷]\uFE0F?\s*([\d٠-٩]{1,2}:)?[\d٠-٩]{1,2}:[\d٠-٩]{2}$/.test(l.trim()) },
  { kind: 'ad-label', test: (l) => /^((by|من)\s+)?(taboola|outbrain|تابولا)$|^promoted links$/i.test(l.trim()) },
  // Print and font buttons in one row: "طباعة | حجم الخط: + -".
  { kind: 'print-font', test: (l, n) => n <= 8 && /^((طباعة|اطبع)\s*[|•·]\s*)?(حجم الخط|الخط)\s*[:：]?\s*((A|أ|ت)?\s*[+\-−]\s*)+$/.test(l.trim()) },
  // A browser's reader view: its own buttons ("إغلاق منظور القراءة", "النص والتخطيط", "Close Reader View").
  { kind: 'english-ui', test: (l, n) => n <= 4 && /^((إغلاق|اغلاق) (منظور|وضع) القراءة|منظور القراءة|النص والتخطيط|close reader view|text and layout)$/i.test(l.trim()) },
  // A caption ending with its photographer: "مزارع يتفقد خطوط الري في الأغوار. تصوير: مؤمن ملكاوي." Not a
  // paragraph of reporting with the credit glued on ("وأكدت الوزارة أن …. تصوير: أحمد حسن.").
  {
    kind: 'caption',
    test: (l, n) => {
      const m = n <= 30 ? /^(.*?)[.،,]\s*(تصوير|عدسة|الصورة|صورة)\s*[:：]\s*\p{L}+(\s+\p{L}+){0,3}\.?$/u.exec(l.trim()) : null;
      return !!m && wordCount(m[1]!) <= 20 && !REPORTED_SPEECH.test(m[1]!) && !/(^|\s)(أن|إن|أنه|إنه)(\s|$)/.test(m[1]!);
    },
  },
  // A book's or a record's cover under its picture: "غلاف رواية «بيت على حافة الأطلس» للكاتبة سعاد الإدريسي".
  // Not a headline or a subheading about the cover ("غلاف مجلة تايم يثير جدلا"): no verb in the present.
  { kind: 'caption', test: (l, n) => n <= 16 && /^غلاف\s+(رواية|الرواية|كتاب|الكتاب|ديوان|الديوان|المجلة|مجلة|ألبوم|الألبوم|العدد)(?![\p{L}\p{M}])/u.test(l.trim()) && !/[.!؟?:]$/.test(l.trim()) && !/(^|\s)(ي|ت)\p{L}{3,}/u.test(l) },
  // Who paid for an investigation: "أُنتج هذا التقرير بدعم من …", "أنجز هذا التحقيق بدعم من شبكة أريج". A
  // film or a series so made is news ("أُنتج هذا الفيلم بدعم من صندوق البحر الأحمر").
  { kind: 'disclaimer', test: (l, n) => n <= 40 && /^(أنتج|انتج|أنجز|انجز|تم إنتاج|تم انتاج|تم إنجاز|تم انجاز|تم إعداد|تم اعداد)\s+(هذا|هذه)\s+(التقرير|التحقيق|المادة الصحفية|البودكاست)\s+(بدعم|بتمويل|بالتعاون)/u.test(l.trim().replace(/[\u064B-\u0652]/g, '')) },
  // A review's score and a quote board's delay: "التقييم: 8/10", "البيانات متأخرة 15 دقيقة".
  { kind: 'widget', test: (l, n) => n <= 8 && /^(التقييم|تقييمنا|التقييم النهائي|التقييم العام)\s*[:：]?\s*[\d٠-٩]+([.,][\d٠-٩])?\s*(\/|من)\s*(10|5|100)$|^(البيانات|الأسعار|الاسعار)\s+(متأخرة|متاخرة|مؤخرة)\s+(بـ?\s*)?[\d٠-٩]+\s+(دقيقة|دقائق)(\s+عن السوق)?$/.test(l.trim()) },
  // A post's views and edit time: "👁 12.3K", "edited 10:42".
  { kind: 'views', test: (l) => /^(👁|👀)\uFE0F?\s*[\d٠-٩][\d٠-٩.,]*\s*[KkMm]?$|^edited\s+\d{1,2}:\d{2}$/.test(l.trim()) },
  // Nothing but marks: "↑", "✦ ✦ ✦". Not stars (a reviewer's rating) nor emoji (a post quoted: "🤫").
  { kind: 'separator', test: (l) => !/[\p{L}\p{N}\p{Extended_Pictographic}★☆]/u.test(l) },
  // Whole lines with no Arabic on an Arabic page: site furniture ("Powered by WordPress", quote-delay notices).
  { kind: 'english-ui', test: (l, n) => n >= 3 && n <= 40 && !/[\u0600-\u06FF]/.test(l) && /^[A-Za-zÀ-ÿ]/.test(l) },
];

/** "— بلدية صور (@Tyre_Municipality) 5 آذار 2024": an embedded post's author, handle and date, nothing else. */
function embedAttribution(line: string): boolean {
  const m = /^[—–-]\s*.{1,80}\(@\w{2,30}\)\s*(.{4,40})$/.exec(line);
  return !!m && (/^[A-Za-z]+\s+\d{1,2},\s+\d{4}$/.test(m[1]!) || dateLine(m[1]!)?.iso != null);
}

/** A document's format and size, alone or in brackets closing the line: "PDF - 214 Ko", "(PDF – 318 كيلوبايت)". */
const DOWNLOAD_SIZE = /(^|[(\[])\s*(PDF|DOCX?|XLSX?)\s*[-–—,:]?\s*[\d.,]+\s*(Ko|Mo|KB|MB|كيلوبايت|ميغابايت|ك\.ب)\s*[)\]]?$/i;

/** Two items or more, each with a word and passing the test: a ticker's or a label's parts. */
function everyItem(items: readonly string[], test: (item: string) => boolean): boolean {
  return items.length >= 2 && items.every((item) => wordCount(item) >= 1 && test(item));
}

/** A line whose opening words come again glued to a letter: one headline printed twice in a card. */
function gluedRepeat(line: string): boolean {
  const text = line.trim();
  if (text.length < 40) return false;
  const opening = text.slice(0, 18);
  const again = text.indexOf(opening, 18);
  // Two letters before it: "وهذا هو…" after a space is a sentence repeating its opening, not a glued card.
  return again > 1 && /[\p{L}\p{M}]{2}/u.test(text.slice(again - 2, again));
}

/** Inclusive imperatives ("شارك/ي", "اقرأ/ي أيضًا") are the same buttons as the plain ones. */
function inclusiveToPlain(text: string): string {
  return text.includes('/ي') ? text.replace(/\/ي(?![\p{L}\p{M}])/gu, '') : text;
}

/** Recent answers: a page asks of the same line several times (its head, its prose, its roles). */
const recentKinds = new Map<string, BoilerplateKind | null>();
const RECENT_KINDS = 512;

/** The boilerplate kind of a line judged on its own, or undefined for a line that may be content. */
export function boilerplateKind(text: string): BoilerplateKind | undefined {
  const known = recentKinds.get(text);
  if (known !== undefined) return known ?? undefined;
  const line = inclusiveToPlain(text);
  const words = wordCount(line);
  let kind: BoilerplateKind | null = null;
  for (const rule of RULES) {
    if (rule.test(line, words)) {
      kind = rule.kind;
      break;
    }
  }
  if (recentKinds.size >= RECENT_KINDS) recentKinds.clear();
  recentKinds.set(text, kind);
  return kind ?? undefined;
}

/** A headline-shaped line: short, no sentence-final punctuation. Teasers after a marker look like this. */
export function headlineShaped(line: string): boolean {
  const n = wordCount(line);
  // Headlines may ask or exclaim; a final full stop or colon marks prose or a label.
  return n >= 2 && n <= 22 && !/[.:،]$/.test(line.trim().replace(/["”»)]+$/, ''));
}
