import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dateInAddress, decodeHtml, extractHtmlArticle, htmlToPageText } from '../../src/ingest/html.js';
import { cleanArticle } from '../../src/ingest/document.js';
import { SourceCanonicalizer } from '../../src/ingest/sources.js';

const page = readFileSync(new URL('../fixtures/html/page.html', import.meta.url), 'utf8');

test('an HTML page gives its article: headline, byline, paragraphs; no script, nav, cookie bar, aside or footer', () => {
  const text = htmlToPageText(page);
  const lines = text.split('\n').filter(Boolean);
  assert.equal(lines[0], 'بوتين والأسد يبحثان التعاون في موسكو');
  assert.equal(lines[1], 'موسكو - سانا');
  assert.ok(lines.some((l) => l.startsWith('بحث الرئيس فلاديمير بوتين')));
  for (const gone of ['tracking', 'لا تظهر', 'الرئيسية', 'ملفات تعريف الارتباط', 'الأكثر قراءة', 'خبر رياضي', 'جميع الحقوق']) {
    assert.ok(!text.includes(gone), `${gone} should not be in the page text`);
  }
});

test('the extracted page goes through the same cleaning: share row and read-also teaser removed, outlet found', () => {
  const article = cleanArticle({ id: 'page', text: htmlToPageText(page), manifest: undefined, sources: new SourceCanonicalizer() });
  assert.equal(article.title, 'بوتين والأسد يبحثان التعاون في موسكو');
  assert.equal(article.source, 'سانا');
  assert.equal(article.body.split('\n').length, 2);
  assert.ok(!article.body.includes('شارك') && !article.body.includes('اقرأ أيضا'));
});

test('HTML without an article still gives its text, and an empty page gives none', () => {
  assert.match(htmlToPageText('<html><body><p>سطر واحد من النص</p></body></html>'), /سطر واحد من النص/);
  assert.equal(htmlToPageText('<html><body><script>x()</script></body></html>').trim(), '');
});

const PARAGRAPHS = [
  'قال مسؤولون في وزارة الداخلية اليوم إن السلطات أحبطت محاولة هجرة غير نظامية انطلاقا من السواحل الشرقية للبلاد، وأوقفت ثمانية عشر شخصا بينهم قاصرون.',
  'وأضاف المسؤولون أن وحدات خفر السواحل رصدت القارب قبل إبحاره بساعات، وأن التحقيقات جارية لكشف شبكة التهريب التي نظمت الرحلة مقابل مبالغ مالية كبيرة.',
  'وتشهد السواحل الشرقية منذ مطلع الصيف ارتفاعا في محاولات العبور نحو الضفة الشمالية للمتوسط، بحسب أرقام نشرتها منظمات حقوقية محلية الشهر الماضي.',
];

/** A saved news page whose date and outlet are only in its head: metadata, not text. */
function savedPage(head: string, charset = 'utf-8'): string {
  return `<!doctype html><html lang="ar"><head><meta charset="${charset}"><title>إحباط محاولة هجرة غير نظامية</title>${head}</head>
<body><header><nav><a href="/">الرئيسية</a></nav></header><article><h1>إحباط محاولة هجرة غير نظامية من السواحل الشرقية</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

const cleaned = (html: string) => {
  const { text, meta } = extractHtmlArticle(html);
  return cleanArticle({ id: 'page', text, manifest: undefined, sources: new SourceCanonicalizer(), pageMeta: meta });
};

test("a saved page's JSON-LD gives the published date as written and the publisher as the outlet", () => {
  const article = cleaned(savedPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"إحباط محاولة هجرة غير نظامية","datePublished":"2019-10-09T23:30:00+03:00","dateModified":"2019-10-11T08:00:00+03:00","publisher":{"@type":"Organization","name":"Hespress"}}</script>`));
  assert.equal(article.date, '2019-10-09'); // 20:30 UTC, but the 9th where it was published
  assert.equal(article.source, 'هسبريس'); // canonical, like the same outlet named in page text
  assert.equal(article.title, 'إحباط محاولة هجرة غير نظامية من السواحل الشرقية'); // the article's heading, not the shorter <title>
  assert.equal(article.body.split('\n').length, 3);
});

test('Open Graph and article meta tags: site name and published time; a domain as site name is tidied', () => {
  const article = cleaned(savedPage('<meta property="og:site_name" content="Sky News Arabia"><meta property="article:published_time" content="2018-03-13T10:05:00Z">'));
  assert.deepEqual([article.source, article.date], ['SkyNews', '2018-03-13']);
  const unknown = cleaned(savedPage('<meta property="og:site_name" content="www.example-news.ma">'));
  assert.equal(unknown.source, 'example-news');
  assert.equal(unknown.date, null);
  assert.equal(cleaned(savedPage('<meta name="pubdate" content="2016-03-15">')).date, '2016-03-15');
  assert.equal(cleaned(savedPage('').replace('<h1>', '<time itemprop="datePublished" datetime="2020-01-15T09:00:00+04:00">15 يناير</time><h1>')).date, '2020-01-15');
});

test("the date in a page's address counts when nothing else dates it; a published date in the text comes first", () => {
  assert.equal(dateInAddress('http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html'), '2013-08-03');
  assert.equal(dateInAddress('https://www.example.com/news/2018/03/13/story-title'), '2018-03-13');
  assert.equal(dateInAddress('https://www.example.com/2018-03-13/story'), '2018-03-13');
  assert.equal(dateInAddress('https://www.example.com/2018/02/30/story'), undefined);
  assert.equal(dateInAddress('https://www.example.com/news/12345/story'), undefined);
  assert.equal(cleaned(savedPage('<link rel="canonical" href="https://example.com/world/2017/11/5/story.html">')).date, '2017-11-05');
  const dated = savedPage('<link rel="canonical" href="https://example.com/world/2017/11/5/story.html">').replace('</h1>', '</h1><p>نشر في: 6 نوفمبر 2017</p>');
  assert.equal(cleaned(dated).date, '2017-11-06');
});

test('a page in the charset it declares (windows-1256, as many Arabic sites serve) is read; bytes invalid in it are refused', () => {
  const decoder = new TextDecoder('windows-1256');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const html = savedPage('', 'windows-1256');
  const bytes = Buffer.from([...html].map((c) => byteOf.get(c) ?? 0x3f));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  assert.equal(decodeHtml(bytes), html);
  assert.match(extractHtmlArticle(decodeHtml(bytes)!).text, /أحبطت محاولة هجرة/);
  assert.equal(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xd8, 0x3c])), undefined); // UTF-8 by default, and this is not
});

// Saved pages written in the shapes of three sites (2026-12-03): the first probe of saved pages showed a
// caption, a reporter's bare name and a biography opening the body, and a <br>-separated page losing its
// date and outlet; each expectation is what a reader of the page would say.
const SAVED_PAGES = [
  {
    file: 'masrawy-style.html', // no metadata at all; <br>-separated paragraphs; byline box with the date
    title: 'محافظ الجيزة يتفقد أعمال تطوير ميدان الرماية ويوجه بالالتزام بالجدول الزمني', source: 'مصراوي', date: '2019-03-12', paragraphs: 6,
    first: 'تفقد محافظ الجيزة، صباح اليوم الثلاثاء،', last: 'ورافق المحافظ خلال الجولة نائبه ورئيس حي الهرم',
    gone: ['بالصور.. محافظ الجيزة يتابع أعمال رصف طريق المريوطية', 'اشترك في القائمة البريدية', 'ملفات تعريف الارتباط', 'تصوير: محمد حسام الدين', 'أحمد الجعفري'],
  },
  {
    file: 'aawsat-style.html', // JSON-LD; a figure caption with a wire credit
    title: 'معرض الرياض الدولي للكتاب يستقطب 800 دار نشر من 30 دولة', source: 'الشرق الأوسط', date: '2024-09-03', paragraphs: 7,
    first: 'انطلقت مساء أمس فعاليات الدورة الجديدة', last: 'ويستمر المعرض عشرة أيام',
    gone: ['«هيئة الأدب» تطلق جائزة جديدة', 'في بريدك كل صباح', 'ملفات تعريف الارتباط', 'النفط يتراجع', 'زوار يتجولون في أروقة المعرض'],
  },
  {
    file: 'enabbaladi-style.html', // the date only in the page's address; an author box with a biography
    title: 'ارتفاع سعر ربطة الخبز في إدلب للمرة الثانية خلال شهر', source: 'عنب بلدي', date: '2021-08-17', paragraphs: 5,
    first: 'رفعت المخابز في مدينة إدلب وريفها', last: 'ويعيش في محافظة إدلب وأجزاء من ريف حلب الغربي',
    gone: ['تراجع الليرة التركية يرفع أسعار', 'اشترك في نشرة عنب بلدي', 'يغطي أخبار الشمال السوري', 'This website uses cookies', 'لن يتم نشر عنوان بريدك'],
  },
];

for (const want of SAVED_PAGES) {
  test(`saved page ${want.file}: headline, outlet, date and every paragraph, and none of the page around it`, () => {
    const article = cleaned(decodeHtml(readFileSync(new URL(`../fixtures/html/${want.file}`, import.meta.url)))!);
    assert.deepEqual([article.title, article.source, article.date], [want.title, want.source, want.date]);
    const paragraphs = article.body.split('\n');
    assert.equal(paragraphs.length, want.paragraphs, paragraphs.join('\n'));
    assert.ok(paragraphs[0]!.startsWith(want.first), paragraphs[0]);
    assert.ok(paragraphs.at(-1)!.startsWith(want.last), paragraphs.at(-1));
    for (const text of want.gone) assert.ok(!article.body.includes(text), `${text} should not be in the body`);
  });
}

test("the date the page shows beside the article counts when Readability drops it; the header's today does not", () => {
  const header = '<header><div class="date">الثلاثاء 1 ديسمبر 2026</div></header>';
  const shown = savedPage('').replace('<body>', `<body>${header}<div class="post-meta"><span class="article-date">الأحد 12 مايو 2024 - 10:30</span></div>`);
  assert.equal(cleaned(shown).date, '2024-05-12');
  const updatedOnly = savedPage('').replace('<body>', `<body>${header}<span class="date-updated">آخر تحديث: 13 مايو 2024</span>`);
  assert.equal(cleaned(updatedOnly).date, null);
  const timed = savedPage('').replace('</h1>', '</h1><time datetime="2019-10-03T08:00:00+02:00">منذ 5 سنوات</time>');
  assert.equal(cleaned(timed).date, '2019-10-03');
  assert.equal(cleaned(savedPage('').replace('<body>', `<body>${header}`)).date, null);
});
