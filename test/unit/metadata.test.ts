import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyrightSource, datelineSource, parsePage } from '../../src/ingest/article.js';
import { wordCount } from '../../src/ingest/boilerplate.js';
import { dateLine } from '../../src/ingest/dates.js';
import { SourceCanonicalizer } from '../../src/ingest/sources.js';

for (const [line, iso] of [
  ['14 أيلول 2021 08:39', '2021-09-14'],
  ['الثلاثاء 15 آذار 2016', '2016-03-15'],
  ['15 مارس 2016 - 10:30 ص', '2016-03-15'],
  ['١٥ مارس ٢٠١٦', '2016-03-15'],
  ['15/03/2016', '2016-03-15'],
  ['2016-03-15', '2016-03-15'],
  ['15.03.2016', '2016-03-15'],
  ['الثلاثاء 6 جمادى الآخرة 1437 هـ - 15 مارس 2016 م', '2016-03-15'],
  ['نشر في: 10 جانفي 2017 - آخر تحديث: 12 جانفي 2017', '2017-01-10'],
  ['آخر تحديث: 12 يوليوز 2017 | نشر في: 11 يوليوز 2017', '2017-07-11'],
  ['3 غشت 2015', '2015-08-03'],
  ['2 تشرين الأول 2018', '2018-10-02'],
  ['March 15, 2016', '2016-03-15'],
  ['الثلاثاء - 6 جمادى الآخرة 1437 هـ - 15 مارس 2016 مـ رقم العدد [13622]', '2016-03-15'],
  ['تم التحديث: 11 يناير 2023 - 08:00', '2023-01-11'],
  ['9 أكتوبر تشرين الأول 2019 / 06:42 PM / منذ 4 أعوام', '2019-10-09'],
  ['الرياض 20 جمادى الأولى 1441 هـ الموافق 15 يناير 2020 م واس', '2020-01-15'],
  ['١٢ مارس ٢٠٢٣م', '2023-03-12'],
  ['الجمعة 3 جمادى الأولى 1445هـ - 17 نوفمبر 2023م', '2023-11-17'],
  ['12 آذار (مارس) 2023', '2023-03-12'],
  ['السبت 4 نوفمبر 2023 | 09:30 مساءً', '2023-11-04'],
  ['التاريخ: 14 نوفمبر 2024', '2024-11-14'],
  // Copied right-to-left around "GMT 13:10": the year lands before the weekday, day and month.
  ['GMT 13:10 2024 الأحد 12 مايو', '2024-05-12'],
  ['12-Jun-24 03:40 PM', '2024-06-12'],
] as const) {
  test(`date line "${line}" gives ${iso}`, () => {
    assert.deepEqual(dateLine(line), { iso });
  });
}

test('relative dates and labels without a date are date lines without a date', () => {
  assert.deepEqual(dateLine('منذ ساعتين'), { iso: null });
  assert.deepEqual(dateLine('قبل 5 دقائق'), { iso: null });
  assert.deepEqual(dateLine('أمس 10:30'), { iso: null });
  assert.deepEqual(dateLine('نشرت في'), { iso: null });
});

test('prose that mentions a date is not a date line', () => {
  assert.equal(dateLine('وقال الوزير إن الاجتماع سيعقد في 15 مارس 2016 في جنيف بحضور الأطراف'), undefined);
  assert.equal(dateLine('انتخابات 2024 تجري في 12 مايو'), undefined);
});

test('datelines name the outlet on either side of the place', () => {
  assert.equal(datelineSource('موسكو-سانا'), 'سانا');
  assert.equal(datelineSource('زنقة 20 . الرباط'), 'زنقة 20');
  assert.equal(datelineSource('أنقرة_القاهرة -سانا'), 'سانا');
  assert.equal(datelineSource('القاهرة (أ ش أ)'), 'أ ش أ');
  assert.equal(datelineSource('الرياض - واس:'), 'واس');
  assert.equal(datelineSource('وقال الرئيس إن الحل سياسي - وليس عسكريا'), undefined);
});

test('one outlet is one facet value whatever the spelling', () => {
  const c = new SourceCanonicalizer();
  assert.equal(c.canonical('SANA'), 'سانا');
  assert.equal(c.canonical('وكالة سانا'), 'سانا');
  assert.equal(c.canonical('أ.ف.ب'), 'أ ف ب');
  assert.equal(c.canonical('الجزيره نت'), 'الجزيرة نت');
  assert.equal(c.canonical('صحيفة المدى'), 'صحيفة المدى');
  assert.equal(c.canonical('صحيفه المدى'), 'صحيفة المدى');
  assert.equal(c.canonical('  '), null);
});

test('a news line that mentions WhatsApp, cookies or comments stays', () => {
  const page = parsePage(
    [
      'واتساب يغير سياسة الخصوصية',
      'أعلنت شركة واتساب المملوكة لفيسبوك، الثلاثاء، أنها ستؤجل تطبيق سياستها الجديدة للخصوصية بعد انتقادات واسعة من المستخدمين.',
      'وقال البرلمان الأوروبي إن قانون ملفات تعريف الارتباط الجديد يلزم المواقع بطلب موافقة صريحة من المستخدمين قبل جمع بياناتهم.',
      'وتلقت الشركة آلاف التعليقات من المستخدمين خلال الأسبوع الماضي.',
      // Reported late in the sentence, and a noun (الموافقة) where a banner has a button (موافق).
      'نشرت صحيفة "الغارديان" البريطانية تقريرا قالت فيه إن الهيئة وجّهت رسائل إلى المواقع تمهلها 30 يوما لتعديل نوافذ طلب الموافقة على ملفات تعريف الارتباط "الكوكيز".',
      'وتتهم الهيئة الشركة باللجوء إلى طرق كثيرة لتخزين بيانات المستخدمين، مثل استعمال ملفات "الكوكيز"، وهو ما نفته في أكثر من مناسبة، موضحة أنها تقدم شرحا مفصلا عن إعدادات الخصوصية.',
      'شارك المقال',
      'تابعونا على تويتر وفيسبوك',
    ].join('\n'),
  );
  assert.equal(page.title, 'واتساب يغير سياسة الخصوصية');
  assert.equal(page.body.length, 5);
  assert.ok(page.lines.at(-1)!.role.startsWith('boilerplate'));
  assert.ok(page.lines.at(-2)!.role.startsWith('boilerplate'));
});

test('the site named in its copyright footer and its own furniture becomes the source', async () => {
  const { copyrightSource, selfNamedSource } = await import('../../src/ingest/article.js');
  assert.equal(copyrightSource('© 2019 هسبريس. جميع الحقوق محفوظة'), 'هسبريس');
  assert.equal(copyrightSource('جميع الحقوق محفوظة لمؤسسة الأهرام © 2016'), 'الأهرام');
  assert.equal(copyrightSource('جميع الحقوق محفوظة لليوم السابع 2018'), 'اليوم السابع');
  assert.equal(copyrightSource('© وكالة الأنباء القطرية 2019'), 'قنا');
  assert.equal(copyrightSource('© 2020 وكالة الأنباء الكويتية كونا'), 'كونا');
  assert.equal(copyrightSource('جميع الحقوق محفوظة لوكالة الأنباء والمعلومات الفلسطينية - وفا © 2016'), 'وفا');
  assert.equal(copyrightSource('حقوق النشر © 2024 موقع أخبار الغد'), 'أخبار الغد');
  // Prose that mentions rights or copyright is not a footer.
  assert.equal(copyrightSource('وقال المحامي إن جميع الحقوق محفوظة للعمال بموجب القانون الجديد الذي أقره البرلمان أمس بعد نقاش طويل'), undefined);
  assert.equal(selfNamedSource('حمّل تطبيق موزاييك على الأندرويد و الآيفون'), 'موزاييك أف أم');
  // Its own newsletter names the site, known or not; a generic newsletter names none.
  assert.equal(selfNamedSource('اشترك في نشرة مصراوي البريدية'), 'مصراوي');
  assert.equal(selfNamedSource('اشترك في نشرة الأخبار اليومية'), undefined);
  assert.equal(selfNamedSource('اشترك في نشرة الأخبار البريدية'), undefined);
  assert.equal(selfNamedSource('الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي هسبريس'), 'هسبريس');
  assert.equal(selfNamedSource('أنقرة / الأناضول'), 'الأناضول');
  assert.equal(selfNamedSource('حمّل تطبيق الهاتف الجديد على الأندرويد'), undefined);
});

test('unmarked teaser headlines between paragraphs are removed; a single subheading stays', () => {
  const prose = (topic: string) => `وقال المتحدث باسم الوزارة إن ${topic} سيستمر خلال الأسابيع المقبلة بحسب ما أعلنته الحكومة في بيانها الرسمي اليوم.`;
  const page = parsePage(
    [
      'الولايات المتحدة تنسحب من مجلس حقوق الإنسان',
      prose('الانسحاب'),
      prose('العمل'),
      'أمريكا تهدد بالانسحاب من مجلس حقوق الإنسان "لتحيزه ضد إسرائيل"',
      'عشيرة الغفران "تشكو قطر إلى مجلس حقوق الإنسان"',
      prose('التشاور'),
      'ردود الفعل الدولية على القرار',
      prose('النقاش'),
    ].join('\n'),
  );
  assert.ok(!page.body.some((l) => l.startsWith('أمريكا تهدد') || l.startsWith('عشيرة الغفران')));
  assert.ok(page.body.includes('ردود الفعل الدولية على القرار'));
  assert.equal(page.body.length, 5);
});

test('more page furniture by its shape: end marks, font buttons, comment threads, reading time, paywalls, captions', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  const cases: [string, string][] = [
    ['(النهاية)', 'republished'],
    ['//انتهى//', 'republished'],
    ['-انتهى-', 'republished'],
    ['16:20ت م', 'republished'],
    ['١٦:٢٠ ت.غ', 'republished'],
    ['ع ن م / خ ب', 'republished'],
    ['A A A', 'print-font'],
    ['A+ A-', 'print-font'],
    ['لا توجد تعليقات حتى الآن. كن أول من يعلق!', 'comments'],
    ['عدد التعليقات (0)', 'comments'],
    ['نشر التعليق', 'comments'],
    ['أبو سامي منذ يومين', 'comments'],
    ['1 - مواطن غيور منذ 5 ساعات', 'comments'],
    ['قراءة 2 دقائق', 'views'],
    ['Publicité', 'ad-label'],
    ['- إعلان -', 'ad-label'],
    ['الكلمات الدالة : صفاقس - الحبوب - الحصاد', 'tags'],
    ['تابعوا RT على', 'share-follow'],
    ['تابع أحدث الأخبار عبر تطبيق Google News', 'share-follow'],
    ['هذا المقال مخصص للمشتركين. اشترك الآن للوصول إلى جميع المقالات', 'newsletter-app'],
    ['يُسمح فقط بنشر جزء من الأخبار المنشورة من قبل الوكالة للمشتركين', 'disclaimer'],
    ['ناقلة نفط في ميناء السدرة، 4 يوليو 2020. (أرشيفية: الإنترنت)', 'caption'],
    ['Powered by WordPress | Theme by ThemeGrill', 'english-ui'],
    ['(النهاية) ع ن م / خ ب', 'republished'],
    ['فيسبوك تويتر يوتيوب إنستغرام تيك توك تلغرام', 'share-follow'],
    ['لمتابعة أهم الأخبار اشترك في قناة المصري اليوم على تليجرام', 'share-follow'],
    ['قراءة المزيد', 'english-ui'],
    // A site menu of many short items between bars, however long the line.
    ['محليات | اقتصاد | عربي ودولي | رياضة | ثقافة | مقالات | فيديو | النسخة الورقية', 'breadcrumb'],
  ];
  for (const [line, kind] of cases) assert.equal(boilerplateKind(line), kind, line);
  // Content with the same words stays.
  for (const line of [
    'وقال شهود إن القصف بدأ منذ يومين واستمر حتى صباح اليوم في أحياء المدينة الشرقية.',
    'أعلنت الحكومة أن النهاية الرسمية للمهلة ستكون الأسبوع المقبل.',
    'وردّ الوزير على الأسئلة قائلا إن القرار نهائي.',
    'وتابع الوزير أن الاجتماع سيعقد على مستوى الخبراء.',
    'عاجل | الرئيس يصل إلى القاهرة في زيارة رسمية تستغرق يومين',
  ]) assert.equal(boilerplateKind(line), undefined, line);
});

test('a comment under a commenter and age goes with the thread; a lone age is the article timestamp', () => {
  const lead = 'أطلقت الإدارة العامة للمرور خدمة جديدة تتيح للمواطنين والمقيمين تجديد رخص القيادة إلكترونيا دون مراجعة.';
  const page = parsePage(['"المرور" يطلق خدمة جديدة', 'قبل يومين', lead, 'وأوضحت الإدارة أن الرخصة ستصل عبر البريد خلال أيام.', 'وأضافت أن الخدمة مجانية للجميع.', 'التعليقات', 'أبو سامي منذ يومين', 'مشروع ممتاز نتمنى التنفيذ بسرعة'].join('\n'));
  assert.ok(page.body.includes(lead));
  assert.ok(!page.body.includes('مشروع ممتاز نتمنى التنفيذ بسرعة'));
});

test('numbered comments (number, name, timestamp with a time) go with their text; a timeline list is no comment thread', () => {
  const article = [
    'بريطانيا تدرس حظر بيع الهواتف الذكية للأطفال',
    'تدرس الحكومة البريطانية حزمة إجراءات جديدة لحماية الأطفال على الإنترنت، وفق ما نقلته صحف لندن الصادرة صباح الأحد.',
    'وقال مصدر في وزارة التعليم إن الوزارة تتابع تجارب دول أوروبية عدة في هذا المجال قبل أي قرار نهائي.',
    'وأظهر استطلاع حديث أن نحو ستة من كل عشرة آباء يؤيدون فرض قيود قانونية على امتلاك الأطفال للهواتف.',
  ];
  const thread = ['1 - سامي البغدادي - GMT 14:41 2024 الأحد 12 مايو', 'قرار صائب', 'الهواتف دمرت تركيز أطفالنا في المدارس، ونتمنى أن تحذو الدول العربية حذوها.', '2 - مراقب - 12 مايو 2024 14:58', 'المسؤولية على الأهل أولاً.'];
  assert.deepEqual(parsePage([...article, 'التعليقات', ...thread].join('\n')).body, article.slice(1));
  const timeline = ['1 - الانتخابات التشريعية - 12 مايو 2024', '2 - تشكيل الحكومة - 3 يونيو 2024'];
  const roles = parsePage([...article, ...timeline].join('\n')).lines.slice(-2).map((l) => l.role);
  assert.ok(roles.every((role) => role !== 'boilerplate:comments'), roles.join());
});

test("other stories' leads listed after the article (set apart, or retelling it) are removed; the article stays", () => {
  const para = (start: string) => `${start} مسؤولون في العاصمة اليوم إن المحادثات ستستمر خلال الأيام المقبلة بين الطرفين بحسب البيان الرسمي.`;
  const article = ['رونالدو ينفي مزاعم الاغتصاب', '(CNN)-- نفى نجم كرة القدم البرتغالي المزاعم التي قدمت في دعوى قضائية أمام محكمة في لاس فيغاس أمس.', para('وقال'), para('وأضاف'), para('وكان')];
  const teasers = [
    'أعلنت وزارة الدفاع التركية، الأربعاء، عن الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب من الأسلحة الثقيلة.',
    'فاز الزمالك على ضيفه الأهلي بهدفين نظيفين، مساء الجمعة، في المباراة التي أقيمت على ستاد القاهرة الدولي وسط حضور جماهيري.',
    'في رد على سلسلة من الأسئلة التي طرحتها الصحيفة، نفى وزير الخارجية أي صلة لبلاده بالهجوم الذي استهدف السفارة الشهر الماضي.',
  ];
  assert.deepEqual(parsePage([...article, ' ', ...teasers].join('\n')).body, article.slice(1));
  // Without the break before them the same paragraphs are the article's own...
  assert.equal(parsePage([...article, ...teasers].join('\n')).body.length, article.length - 1 + teasers.length);
  // ...unless one of them tells again what the article told: a related story's teaser.
  const retold = [...teasers.slice(0, 2), para('قال')];
  assert.deepEqual(parsePage([...article, ...retold].join('\n')).body, article.slice(1));
});

test('an outlet named by an everyday word is a source only in a credit, not alone on a line', () => {
  const page = (first: string) => parsePage(`${first}\n\nالحكومة تعلن خطة جديدة للنقل\n\nأعلنت الحكومة اليوم عن خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال السنوات المقبلة.`);
  assert.equal(page('الخليج').source, null);
  assert.equal(page('الأخبار').source, null);
  assert.equal(page('(الخليج)').source, 'الخليج');
  assert.equal(page('دبي - الخليج').source, 'الخليج');
  assert.equal(page('سانا').source, 'سانا');
});

test('a "see also" block takes its teaser headlines and their lead paragraphs; the article resumes with a connective', () => {
  const article = [
    'مهرجان الشيخ زايد يستقبل زواره بـ 3 آلاف فعالية',
    'يفتح مهرجان الشيخ زايد أبوابه أمام الزوار في منطقة الوثبة بمشاركة واسعة من الدول والمؤسسات المحلية والدولية.',
    'ويشارك في المهرجان هذا العام 18 دولة عبر أجنحة تعرض تراثها وصناعاتها التقليدية وأطباقها الشعبية.',
  ];
  const block = [
    'شاهد أيضا',
    'بالصور.. الاستعدادات الأخيرة لافتتاح المهرجان',
    'تستعد اللجنة المنظمة لاستقبال أكثر من مليون زائر خلال الدورة الجديدة من المهرجان، وسط إجراءات تنظيمية مشددة.',
    'الحرف التقليدية تعود إلى الواجهة في الوثبة',
    'تشارك عشرات الأسر المواطنة بمنتجاتها اليدوية في السوق الشعبي للمهرجان.',
  ];
  const after = ['وأكدت اللجنة المنظمة أنها خصصت حافلات مجانية لنقل الزوار من المدن الرئيسية إلى موقع المهرجان طوال أيامه.'];
  assert.deepEqual(parsePage([...article, ...block, ...after].join('\n')).body, [...article.slice(1), ...after]);
  // A marker naming a section heads a list as a bare one does; a teaser lead opening with a dateline goes too.
  const kuna = ['المزيد من أخبار', '"الصحة": 40 مركزا لتقديم لقاح الإنفلونزا', 'الكويت - 18 - 10 (كونا) -- أعلنت وزارة الصحة تخصيص 40 مركزا صحيا لتقديم لقاح الإنفلونزا الموسمية...'];
  assert.deepEqual(parsePage([...article, ...kuna, ...after].join('\n')).body, [...article.slice(1), ...after]);
  // One headline under the marker, then prose that does not continue and has no teaser mark: the article.
  const lone = ['اقرأ أيضا', 'الحرف التقليدية تعود إلى الواجهة في الوثبة', 'قالت اللجنة المنظمة إن عدد الزوار في اليوم الأول تجاوز مئة ألف زائر من داخل الدولة وخارجها.'];
  assert.deepEqual(parsePage([...article, ...lone].join('\n')).body, [...article.slice(1), lone[2]]);
});

test('a byline of bare names under the headline is metadata, and the same name in the tail is the author box', () => {
  const lines = [
    'اقتصاد',
    'لماذا تراجع الإقبال على السيارات الكهربائية في الخليج؟',
    'سارة العمري صحافية @s_alomari',
    'الاثنين 8 يونيو 2020 11:41',
    'على الرغم من الحوافز التي أعلنتها حكومات خليجية عدة، لا يزال الإقبال على السيارات الكهربائية محدودا في المنطقة.',
    'ويرجع مختصون ذلك إلى انخفاض أسعار الوقود مقارنة بالأسواق الأوروبية والآسيوية خلال السنوات الأخيرة.',
    'سارة العمري',
  ];
  const page = parsePage(lines.join('\n'));
  assert.equal(page.title, lines[1]);
  assert.deepEqual(page.body, lines.slice(4, 6));
  assert.deepEqual(page.lines.map((l) => l.role).slice(0, 3), ['boilerplate:section-label', 'title', 'meta:byline']);
  assert.equal(page.lines[6]!.role, 'boilerplate:author-box');
  // An initial closes a name; a short deck with a function word is not a byline.
  assert.equal(parsePage(['وزارة التربية تكشف عن رزنامة الدروس', 'سمير. ح', lines[4]].join('\n')).lines[1]!.role, 'meta:byline');
  assert.equal(parsePage(['وزارة التربية تكشف عن رزنامة الدروس', 'خطة من ثلاث مراحل', lines[4], lines[5]].join('\n')).lines[1]!.role, 'content');
});

test('section labels above the headline or above a headline-less page\'s date are dropped', () => {
  const lead = 'أعلنت السلطات المحلية بعمالة مراكش عن إعادة فتح الحدائق العمومية أمام العموم ابتداء من يوم غد.';
  const labelled = parsePage(['منوعات', 'تكنولوجيا', 'دولة آسيوية تحظر تليغرام مؤقتا', lead].join('\n'));
  assert.deepEqual(labelled.lines.map((l) => l.role).slice(0, 3), ['boilerplate:section-label', 'boilerplate:section-label', 'title']);
  const noHeadline = parsePage(['جهات', 'الأربعاء 08 شتنبر 2021 - 10:15', lead].join('\n'));
  assert.equal(noHeadline.lines[0]!.role, 'boilerplate:section-label');
  assert.deepEqual(noHeadline.body, [lead]);
});

test("a photo's caption above its credit, and a poll's question under its label, are furniture", () => {
  const para = 'وأعلنت الشركة الوطنية للسكك الحديد أن قطارا واحدا من كل ثلاثة سيعمل على الخطوط الرئيسية يوم الخميس.';
  const photo = parsePage(['فرنسا: إضراب في قطاع النقل', para, 'متظاهرون في ساحة الجمهورية بباريس', 'الصورة: أ ف ب', para].join('\n'));
  assert.deepEqual(photo.body, [para, para]);
  assert.notEqual(photo.source, 'أ ف ب');
  const poll = parsePage(['الأشغال: إنجاز 70 في المئة من الطريق', para, para, 'استفتاء', 'هل تعتقد أن المشاريع الجديدة ستحل أزمة الزحام؟', 'نعم', 'لا'].join('\n'));
  assert.deepEqual(poll.body, [para, para]);
});

test('wordCount splits on exactly the characters the regex \\s matches', () => {
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    const line = `كلمة${char}أخرى ${char} x`;
    assert.equal(wordCount(line), line.split(/\s+/).filter(Boolean).length, `U+${code.toString(16)}`);
  }
});

test('a long line of prose is not a date line, whatever dates it mentions; a short one with a date is', () => {
  const prose = 'وقال المتحدث إن الاجتماع الذي عقد في 15 مارس 2016 بحث سبل التعاون بين البلدين في مجالات الطاقة والنقل والتعليم والصحة والزراعة والسياحة والاستثمار خلال السنوات المقبلة';
  assert.equal(dateLine(prose), undefined);
  assert.deepEqual(dateLine('الثلاثاء 15 مارس 2016 - 10:30'), { iso: '2016-03-15' });
  assert.deepEqual(dateLine('نشر منذ ساعتين'), { iso: null });
  assert.equal(dateLine('نشر هذا الخبر منذ ساعتين على موقعنا الإلكتروني الرسمي'), undefined);
});

test("a reporter beside a city is not the outlet when the page names itself; a wire credit names none", () => {
  const para = 'أعلنت وزارة الموارد البشرية توطين 12 مهنة جديدة في قطاع الاتصالات وتقنية المعلومات اعتبارا من الشهر المقبل.';
  const okaz = parsePage(['«الموارد البشرية»: توطين 12 مهنة جديدة', 'فهد البقمي (الرياض)', '10 يناير 2023 - 22:15', para, 'حمل تطبيق عكاظ'].join('\n'));
  assert.equal(okaz.source, 'عكاظ');
  assert.equal(okaz.lines[1]!.role, 'meta:dateline');
  const elkhabar = parsePage(['عيد الفطر: المداومة إلزامية لـ 54 ألف تاجر', 'الجزائر: ص. بلقاسم', para, '© 2021 الخبر - جميع الحقوق محفوظة'].join('\n'));
  assert.equal(elkhabar.source, 'الخبر');
  // Alone, the unknown name beside a place is still the best guess.
  assert.equal(parsePage(['زنقة 20 . الرباط', para, para].join('\n')).source, 'زنقة 20');
  const wires = parsePage(['ارتفاع أسعار الذهب', para, 'المصدر: وكالات'].join('\n'));
  assert.equal(wires.source, null);
  assert.deepEqual(wires.body, [para]);
});

test('a copyright footer names the outlet behind its particles and organisation nouns', () => {
  const cases: [string, string][] = [
    ['جميع الحقوق محفوظة لهسبريس', 'هسبريس'],
    ['جميع الحقوق محفوظة لـ بوابة الوسط 2020', 'بوابة الوسط'],
    ['جميع الحقوق محفوظة لمؤسسة الأهرام © 2016', 'الأهرام'],
    ['جميع الحقوق محفوظة لدار الصباح', 'الصباح'],
    ['حقوق النشر محفوظة لوموند 2020', 'لوموند'],
  ];
  for (const [line, outlet] of cases) assert.equal(copyrightSource(line), outlet, line);
});

test('share buttons, navigation labels, consent buttons, login prompts, ratings, reading time and SMS offers in words go; news that mentions them stays', () => {
  const para = 'أعلنت وزارة الصحة اليوم الأحد عن تسجيل انخفاض ملحوظ في عدد الإصابات بالإنفلونزا الموسمية مقارنة بالعام الماضي في جميع المحافظات.';
  const roleOf = (line: string) => parsePage(['وزارة الصحة: انخفاض الإصابات بالإنفلونزا', para, line, para, para].join('\n')).lines[2]!.role;
  for (const line of ['أرسل لصديق', 'شارك الخبر', 'رابط مختصر', 'آخر الأخبار', 'عاجل', 'فيديو', 'من نحن', 'اتصل بنا', 'أعلن معنا', 'أخبار ذات علاقة', 'مقالات قد تعجبك', 'إعلان مدفوع', 'المحتوى المدعوم', 'أوافق', 'يرجى تسجيل الدخول للتعليق', 'هل أعجبك المقال؟', 'قيم هذا المقال', 'الوقت المقدر للقراءة: 3 دقائق', 'للاشتراك في خدمة الرسائل القصيرة أرسل كلمة أخبار إلى 95050',
    'مواضيع مقترحة', 'لا تفوتك', 'متوفر على App Store', 'العودة إلى الأعلى', 'تسجيل الدخول', 'English', 'استمع للخبر', 'بث مباشر',
    'صورة 1 من 5', 'انقر لتكبير الصورة', 'مدة الفيديو 02:15', 'عرض التعليقات', '2.3 ألف مشاهدة', 'نشرتنا البريدية', 'تصميم وتطوير شركة النخبة', 'علامات: صحة']) {
    assert.match(roleOf(line), /^boilerplate:/, line);
  }
  for (const line of ['شارك الآلاف في المظاهرة التي دعت إليها النقابات أمام مقر البرلمان.', 'وأرسل الرئيس رسالة إلى نظيره الفرنسي يدعوه فيها إلى زيارة البلاد.', 'ورفضت الحكومة الاتفاق، وقالت إنها لن توافق على أي تسوية لا تضمن حقوق المزارعين.', 'وقال المتحدث إن خدمة الرسائل القصيرة التي أطلقتها الوزارة عام 2019 وصلت إلى مليون مشترك.',
    'واستمع القاضي إلى أقوال الشهود قبل أن يرفع الجلسة إلى الأسبوع المقبل.', 'وقالت الشركة إن تطبيقها متوفر الآن على متجر App Store في عشرين دولة منذ الشهر الماضي.']) {
    assert.equal(roleOf(line), 'content', line);
  }
});

test('an outlet reporting from a city opens the page: "هسبريس من الرباط"; a correspondent or a sentence is no outlet', () => {
  assert.equal(datelineSource('هسبريس من الرباط'), 'هسبريس');
  assert.equal(datelineSource('الأناضول من أنقرة'), 'الأناضول');
  assert.equal(datelineSource('مراسلنا من دمشق'), undefined);
  assert.equal(datelineSource('عاد الوفد من القاهرة أمس بعد محادثات طويلة'), undefined);
});

test('comment rules addressed to readers go, as does the disclaimer over comments; news about comments stays', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  assert.equal(boilerplateKind('المرجو عدم تضمين تعليقاتكم بعبارات تسيء للأشخاص أو المقدسات'), 'comments');
  assert.equal(boilerplateKind('يرجى الالتزام بآداب الحوار عند كتابة التعليق'), 'comments');
  assert.equal(boilerplateKind('التعليقات المنشورة لا تعبر عن رأي الموقع وإنما عن رأي أصحابها'), 'disclaimer');
  assert.equal(boilerplateKind('وقال المتحدث إن تعليقات الوزير لا تعبر عن رأي الحكومة.'), undefined);
  assert.equal(boilerplateKind('ورفض البيت الأبيض التعليق على التقرير، فيما نأمل أن تتضح الصورة قريبا.'), undefined);
});

test('a last line of names and terms the article already used is its tags, with no label; a closing sentence stays', () => {
  const article = [
    'الحكومة تصادق على مشروع قانون مهنة العدول',
    'صادق مجلس الحكومة، المنعقد اليوم الجمعة برئاسة عزيز أخنوش، على مشروع قانون يتعلق بتنظيم مهنة العدول.',
    'وأوضح الناطق الرسمي باسم الحكومة، مصطفى بايتاس، أن المشروع يهدف إلى تحديث المهنة.',
    'وأضاف بايتاس أن الحكومة ستحيل المشروع على البرلمان خلال الدورة المقبلة.',
  ];
  const tagged = parsePage([...article, 'مجلس الحكومة عزيز أخنوش مصطفى بايتاس مهنة العدول', 'شارك المقال'].join('\n'));
  assert.equal(tagged.body.length, 3);
  assert.equal(tagged.lines.find((l) => l.text.startsWith('مجلس الحكومة عزيز'))?.role, 'boilerplate:tags');
  // A last line with function words, or naming what the article did not, is the article's.
  for (const last of ['وأكد أخنوش أن الحكومة ماضية في الإصلاح', 'مجلس الحكومة عزيز أخنوش نقابة المحامين']) {
    assert.equal(parsePage([...article, last].join('\n')).body.at(-1), last, last);
  }
});

test('a date line may name its time zone in brackets, and "editor\'s picks" heads a related block', async () => {
  const { relatedMarker } = await import('../../src/ingest/boilerplate.js');
  assert.equal(dateLine('آخر تحديث: 4/2/2024 11:20 AM (توقيت مكة)')?.iso, '2024-02-04');
  assert.equal(dateLine('نشر في 3/2/2024 11:20 ص (بتوقيت غرينتش)')?.iso, '2024-02-03');
  assert.ok(relatedMarker('اختيارات المحرر'));
  assert.ok(relatedMarker('من اختيارات المحرر'));
  const page = parsePage(['لبنان: تعثر جديد في انتخاب رئيس للجمهورية', 'فشل مجلس النواب اللبناني، الأربعاء، للمرة الثانية عشرة في انتخاب رئيس للجمهورية.', 'وحصل الوزير السابق جهاد أزعور على 59 صوتاً.', 'لبنان', 'أخبار لبنان', 'اختيارات المحرر'].join('\n'));
  assert.equal(page.body.length, 2);
});

// The second probe of unseen layouts (2026-12-03, written_h2/h3): pages copied with the site's header above
// the headline, widgets, Maghrebi time labels and furniture the rules had not met.
const STORY = [
  'حذر جهاز حماية المستهلك المواطنين من التعامل مع صفحات تنشر إعلانات ممولة لبيع أجهزة منزلية بأسعار تقل كثيرا عن أسعار السوق.',
  'وقال الجهاز، في بيان اليوم السبت، إن هذه الصفحات تعتمد على نشر صور لأجهزة منزلية حديثة ثم تطلب من المشترين تحويل المبلغ مقدما.',
  'وأضاف البيان أن الجهاز رصد 27 صفحة مخالفة، وأحال بياناتها إلى الجهات المختصة لاتخاذ الإجراءات القانونية اللازمة.',
];
const HEADLINE = 'جهاز حماية المستهلك يحذر من إعلانات مضللة لبيع أجهزة منزلية';

test("a page copied with the site's header: the headline is the line above the story that the story echoes", () => {
  const header = [
    'الأربعاء 16 أكتوبر 2024 | 13 ربيع الآخر 1446 هـ', // the header's date: today, not the article's
    'الكويت 18° غائم جزئياً',
    'الدولار 0.3078 د.ك | اليورو 0.3312 د.ك',
    '07:35 الدفاع المدني: إنقاذ عائلة علقت سيارتها في الثلوج على طريق ضهر البيدر',
    'سياسة مجتمع اقتصاد رياضة فن دولي رأي فيديو',
    'الاتحاد 3 - 1 الفتح',
  ];
  const page = parsePage([...header, HEADLINE, 'نشر في: السبت 12 أكتوبر 2024 - 9:40 م', ...STORY].join('\n'));
  assert.equal(page.title, HEADLINE);
  assert.equal(page.date, '2024-10-12');
  assert.deepEqual(page.body, STORY);
  // A page that opens with its headline keeps it, though its lead (no full stop) shares more of the story.
  const lead = 'قررت السلطات مساء أمس منع إدخال إطارات السيارات إلى القطاع بعد احتجاجات قرب السياج';
  const plain = parsePage(['إقبال هائل على قمصان المنتخب', lead, ...STORY].join('\n'));
  assert.equal(plain.title, 'إقبال هائل على قمصان المنتخب');
  assert.equal(plain.body[0], lead);
});

test('Maghrebi time labels, a year glued to its time, and an outlet signing with a tatweel dash', () => {
  assert.equal(dateLine('الخميس 23 نونبر 2023 على الساعة 11:42')?.iso, '2023-11-23');
  assert.equal(dateLine('تحديث: 10/08/2024 على الساعة 09:15')?.iso, '2024-08-10');
  assert.equal(dateLine('18 أبريل 202521:45')?.iso, '2025-04-18');
  assert.equal(datelineSource('هسبريس ـ الرباط'), 'هسبريس');
});

test('previous/next story links, sponsored teasers, donation pleas, comma tags, captions with credits, skip links and more go; news stays', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'تم نسخ الرابط', '٢٬٣٤١ مشاهدة', 'إشهار', 'حقوق الصورة: Le360', 'Got it!', 'OK', 'إرسال Facebook Twitter WhatsApp',
    'تخطي قسم المزيد من المواضيع', 'للمشاركة في المناقشة قم بتسجيل الدخول أو التسجيل', 'حصري', 'ادعم عنب بلدي',
    'ساعدنا في الاستمرار بتقديم صحافة مستقلة، تبرّع الآن', 'العالم العربي, مصر, روسيا, القمح', '|',
    'رجل يستخدم هاتفه المحمول في أحد شوارع مدينة إدلب (عنب بلدي/ سامر العمر)', 'بنزيما احتفل بهدفه الأول في المباراةEPA',
    'ع.ج.م/ ص.ش (د ب أ، رويترز، أ ف ب)',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    'وسجل التقرير استمرار تراجع المكالمات الدولية، وهو ما يفسره إقبال المغاربة على تطبيقات المراسلة مثل واتساب.',
    'وستتجاوز سرعة المسبار 190 كم/ثانية (11 ألف كم/دقيقة) عند اقترابه من الشمس.',
    'وتضم القائمة مصر، والسعودية، والإمارات، والأردن.',
    'ودعت المنظمة المانحين إلى التبرع الآن لتجنب كارثة إنسانية في المخيمات.',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  const page = parsePage([HEADLINE, ...STORY, 'الخبر السابق', 'الرباط تحتضن المنتدى الإفريقي للماء الشهر المقبل', 'الخبر التالي', 'توقعات بأمطار رعدية نهاية الأسبوع', 'محتوى مدعوم', 'شقق القاهرة الجديدة تباع بأسعار لا تصدق.. اكتشف العروض', 'مقالات متعلقة', 'ارتفاع أسعار الخبز في ريف حلب الشمالي'].join('\n'));
  assert.deepEqual(page.body, STORY);
});

test("under the article's last paragraph, tags one per line go; a list the article introduced stays", () => {
  const tail = ['لبنان', 'الانتخابات البلدية', 'مجلس النواب', 'شارك', 'فيسبوك', 'تويتر', 'واتساب', 'تم نسخ الرابط', 'جميع الحقوق محفوظة © 2024'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...tail].join('\n')).body, STORY);
  const intro = 'وفي ما يأتي ترتيب أبرز المنتخبات العربية في التصنيف الجديد للاتحاد الدولي لكرة القدم:';
  const list = ['24- تونس (-3)', '46- المغرب (-5)', '65- مصر (-20)', '66- الجزائر', '70- السعودية (-3)', '73- سوريا', '77- الإمارات', '79- لبنان'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, intro, ...list].join('\n')).body, [...STORY, intro, ...list]);
});

test('summary boxes, podcast promos, player controls, reaction prompts, issue numbers and glued teaser cards go; news about them stays', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'استمع إلى حلقة جديدة من «بودكاست الوطن» عن الطاقة المتجددة', 'استمعوا إلى بودكاست الأسبوع على منصات البث الصوتي',
    'ملخص المقال', 'أبرز النقاط:', 'تم إنشاء هذا الملخص باستخدام الذكاء الاصطناعي وقد يتضمن أخطاء',
    'تشغيل', 'كتم الصوت', 'Skip Ad', 'ت + ت - الحجم الطبيعي', 'ما رأيك بهذا الخبر؟', 'هل كان هذا المقال مفيداً؟',
    'العدد 20451', 'من المصدر', '(صورة أرشيفية)', 'بالصور.. الثلوج تغطي قمم جبل الشيخ photos 12',
    'دراسة: الهاتف قبل النوم يسرق ساعة من نوم المراهقيندراسة: الهاتف قبل النوم يسرق ساعة من نوم',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    'وأطلقت الإذاعة بودكاست جديدا يتناول قصص المهاجرين في جنوب أوروبا.',
    'وقال الباحث إن هذا الملخص الذي نشرته الشركة أعد بالذكاء الاصطناعي دون مراجعة بشرية.',
    'أعلنت الشركة أن تطبيقها يعتمد على الذكاء الاصطناعي لإنشاء ملخص يومي للأخبار.',
    'تشغيل المحطة النووية الأولى في البلاد',
    'هذا هو السياق الذي صمم فيه الرئيس على نقل رسالته، وهذا هو السياق الذي صمم فيه خصومه ردهم على الرسالة نفسها.',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  // The box's bullets go with its label; a bulleted list in the story stays.
  const bullets = ['• تراجع الحوادث البليغة 22 % منذ بداية العام', '• الانشغال بالهاتف أثناء القيادة أبرز أسباب الحوادث'];
  const boxed = parsePage([HEADLINE, 'ملخص المقال', ...bullets, 'تم إنشاء هذا الملخص باستخدام الذكاء الاصطناعي وقد يتضمن أخطاء', ...STORY].join('\n'));
  assert.deepEqual(boxed.body, STORY);
  const storyList = [STORY[0]!, 'وجاءت أبرز تحذيرات الجهاز على النحو الآتي:', '• عدم تحويل أي مبلغ مقدما لصفحات مجهولة', '• التأكد من السجل التجاري للبائع قبل الشراء', ...STORY.slice(1)];
  assert.deepEqual(parsePage([HEADLINE, ...storyList].join('\n')).body, storyList);
});

test("the site's name alone or heading a byline is its masthead once the page names itself, even an everyday word", () => {
  const footer = 'جميع الحقوق محفوظة لجريدة الغد © 2024';
  const page = parsePage([HEADLINE, 'الغد', ...STORY, footer].join('\n'));
  assert.deepEqual(page.body, STORY);
  assert.equal(page.lines[1]!.role, 'boilerplate:page-header');
  // An outlet the page does not name is no masthead of this page: "الخليج" alone stays a subheading.
  assert.deepEqual(parsePage([HEADLINE, ...STORY.slice(0, 2), 'الخليج', STORY[2]!, footer].join('\n')).body, [...STORY.slice(0, 2), 'الخليج', STORY[2]!]);
  // The site's name before a dash and a reporter is the byline.
  const byline = parsePage([HEADLINE, 'المدن - سياسة', ...STORY, '© 2024 المدن. جميع الحقوق محفوظة'].join('\n'));
  assert.equal(byline.lines[1]!.role, 'meta:byline');
  assert.deepEqual(byline.body, STORY);
});

test('embedded posts, topic follows, "continues after the ad", ad widgets, dash credits, voice players, article numbers and dual reading times go', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    '— المديرية العامة للطيران المدني (@DGCA_Lebanon) February 11, 2024', 'Posted by Hibapress هبة بريس on Sunday, August 4, 2024',
    'تابع موضوع: بكالوريا 2025', 'يتواصل المقال بعد الإعلان', 'روابط إعلانية', 'طائرة تابعة لمصر للطيران - أرشيفية',
    'صوت مولّد بالذكاء الاصطناعي', 'رقم الخبر: 481276', 'دقيقتان للقراءة', 'حجم الخط: أ+ أ-', 'تابعوا بوابة أخبار اليوم على أخبار جوجل',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    'وتابع موضوع الحوار الوطني باهتمام كبير خلال الأسبوع الماضي، بحسب مصادر مطلعة.',
    'وقال المتحدث إن الإعلان عن نتائج الامتحانات سيكون بعد الإعلان الرسمي عن موعدها.',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  // A reporter's name and bio under the article are its author box; an office-holder's title in the story stays.
  const bio = parsePage([HEADLINE, ...STORY, 'هالة حمزة', 'محررة اقتصادية بصحيفة السوداني'].join('\n'));
  assert.deepEqual(bio.body, STORY);
  const office = 'كاتب دولة لدى وزير الخارجية مكلف بالهجرة والتونسيين بالخارج';
  assert.deepEqual(parsePage([HEADLINE, ...STORY, office].join('\n')).body, [...STORY, office]);
});

test("a see-also block's last headline is the article's subheading when the paragraph under it goes on from it", () => {
  const sub = 'ساعات التجهيز';
  const resumed = 'وأشار البيان إلى أن ساعات تجهيز المواطنين بالطاقة ستصل إلى عشرين ساعة يوميا في أغلب مناطق العاصمة بعد وصول شحنات الغاز.';
  const teasers = ['اقرأ أيضاً', 'النفط تعلن ارتفاع صادرات البصرة خلال الشهر الماضي', 'وزير الكهرباء يزور محطة الدورة الحرارية'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...teasers, sub, resumed].join('\n')).body, [...STORY, sub, resumed]);
  // A teaser on the same topic that shares one word with the article's next paragraph stays a teaser.
  const teaser = 'الكهرباء تعلن جدولا جديدا للقطع المبرمج';
  const next = 'وأشار البيان إلى أن الوزارة ستعلن خلال أيام عن خطة لصيانة محطات التوليد قبل حلول فصل الصيف وارتفاع الأحمال.';
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...teasers, teaser, next].join('\n')).body, [...STORY, next]);
});

test('a copyright names the outlet without its publisher\'s trade or its channel kind; a slash before a city is a dateline', () => {
  assert.equal(copyrightSource('جميع الحقوق محفوظة © 2024 دار الشرق للطباعة والنشر والتوزيع'), 'الشرق');
  assert.equal(copyrightSource('جميع الحقوق محفوظة لقناة السومرية الفضائية'), 'السومرية');
  assert.equal(datelineSource('السومرية نيوز/ بغداد'), 'السومرية نيوز');
  assert.equal(datelineSource('الرئيسية / الجزائر'), undefined);
});

test("the masthead at the top names the paper above a copyright naming its publisher", () => {
  const page = parsePage(['جريدة الرياض', HEADLINE, ...STORY, 'جميع الحقوق محفوظة لمؤسسة اليمامة الصحفية © 2024'].join('\n'));
  assert.equal(page.source, 'الرياض');
  assert.deepEqual(page.body, STORY);
  assert.equal(page.title, HEADLINE);
  // A dateline still outranks it.
  assert.equal(parsePage(['جريدة الرياض', HEADLINE, 'الرياض - واس', ...STORY].join('\n')).source, 'واس');
});

test('player buttons with their arrow, credits after "الصورة:", push prompts, live labels, tickers, disclaimers, aggregator buttons, inclusive imperatives', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    '▶ تشغيل الفيديو', 'Now Playing', 'زوار على ضفاف بحيرة دوكان في محافظة السليمانية، نيسان 2024. الصورة: رووداو',
    'هل ترغب في تلقي إشعارات بآخر الأخبار؟', 'تغطية مباشرة: الأسواق العالمية', 'برنت 84.60 $ | الذهب 2,472.40 $',
    'تنويه: المحتوى المنشور لأغراض إخبارية فقط ولا يمثل توصية بالشراء أو البيع.', '+ متابعة المصدر', 'اقرأ الخبر من المصدر',
    'شارك/ي المقال', 'رصيف22 مستقل ولا يعتمد على الإعلانات الموجّهة... ادعم/ي صحافتنا بالانضمام إلى ناس رصيف22',
    'انضمّ/ي إلى ناس رصيف22 لتتمكّن/ي من التعليق', 'من موسم قطاف الحمضيات في ريف جبلة - أرشيف',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    'مباشر: تغطية خاصة بنتائج الانتخابات البرلمانية اللبنانية',
    'وقال المحلل إن الأسعار الحالية لا تمثل توصية لأي مستثمر بالشراء، بل قراءة للسوق.',
    'وأطلقت الوزارة خدمة إشعارات جديدة تصل إلى هواتف المواطنين في المناطق المتأثرة.',
    'ارتفعت أسعار الذهب إلى 2483 دولاراً للأوقية | وسجلت الفضة 31 دولاراً في تعاملات اليوم الأربعاء بعد صدور البيانات.',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  assert.deepEqual(dateLine('Published: 17 Jul 2024 | 12:05 PM GST'), { iso: '2024-07-17' });
});

test("a date in the lead's opening dateline dates the page when no date line does; readers' comments under their header go", () => {
  const lead = 'الخرطوم 3-10-2019 (سونا) - التقى وزير المالية والتخطيط الاقتصادي بمكتبه اليوم وفد بعثة صندوق النقد الدولي برئاسة رئيس البعثة.';
  assert.equal(parsePage([HEADLINE, lead, ...STORY].join('\n')).date, '2019-10-03');
  assert.equal(parsePage([HEADLINE, 'بيت لحم 15-3-2016 وفا- افتتحت وزارة التربية والتعليم العالي، اليوم الثلاثاء، مدرسة ثانوية جديدة.', ...STORY].join('\n')).date, '2016-03-15');
  // A date further into the lead is what the story mentions, not when it was filed.
  assert.equal(parsePage([HEADLINE, 'أعلنت الوزارة أن الاتفاق الموقع في 15-3-2016 - وهو الأول من نوعه - ما زال ساريا حتى اليوم.', ...STORY].join('\n')).date, null);
  const thread = ['تعليقات القراء', 'أبو محمد - المحرق', 'نتمنى زيادة ساعات عمل المراكز الصحية مساءً حتى يتمكن الموظفون من أخذ التطعيم.', 'أضف تعليقك'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...thread].join('\n')).body, STORY);
});

test('live-blog times, pinned labels, icon counters, playlists, galleries, French sponsor labels, error reports, opinion disclaimers and match centres go; a goal list stays', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    '11:40 م', '📌 مثبت', '👁 3,418', '⏱ 5 دقائق', '▶ 03:12 | نائب داخل البرلمان: "الحكومة لا تسمع إلا صوتها"', 'معرض الصور (4)',
    'Contenu sponsorisé', 'أبلغ عن خطأ', 'الآراء الواردة في مقالات الكتّاب تعبّر عن أصحابها، ولا تمثّل بالضرورة موقف الصحيفة.',
    'الزمالك 2 - 1 سيراميكا كليوباترا', 'نهاية المباراة • الأربعاء 20/12 • 21:00 • استاد القاهرة الدولي', "90+3' ⚽ هدف - مروان حمدي",
    'التشكيل الأساسي - الزمالك (4-3-3)', 'لحظة بلحظة', 'الدوري المصري الممتاز 2023-24 • الجولة 6', 'شارك هذا التحديث',
    'طلاب داخل قاعة امتحان في دمشق - أرشيفية (إنترنت)',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    "23' يوسف عاطف (سيراميكا كليوباترا)", 'مباشر - مونديال 2018: المنتخب المغربي يختبر قدراته أمام نظيره الإيراني',
    'وقال المدرب إن الآراء الواردة في الصحف لا تعبر عن واقع الفريق.',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  assert.deepEqual(dateLine('تاريخ النشر: الثلاثاء 2024/4/16 07:05 ص بتوقيت أبوظبي'), { iso: '2024-04-16' });
  assert.deepEqual(dateLine('تحديث: Mon 12 Feb 2024 - 16:05 GMT+3'), { iso: '2024-02-12' });
});

test('a box of common questions without answers goes; an explainer asking and answering stays; copyright names keep their domain and lose a city', () => {
  const faq = ['أسئلة شائعة', 'ما هو سعر الذهب اليوم في مصر؟', 'كيف أستعلم عن فاتورة الغاز إلكترونياً؟'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...faq].join('\n')).body, STORY);
  const explainer = ['ما هي الصفحات المخالفة؟', STORY[1]!, 'كيف يحمي المستهلك نفسه؟', STORY[2]!];
  assert.deepEqual(parsePage([HEADLINE, STORY[0]!, ...explainer].join('\n')).body, [STORY[0]!, ...explainer]);
  assert.equal(copyrightSource('© 2023 FilGoal.com. جميع الحقوق محفوظة'), 'FilGoal.com');
  assert.equal(copyrightSource('رأي اليوم © 2022 | جميع الحقوق محفوظة | لندن'), 'رأي اليوم');
  assert.equal(copyrightSource('جميع الحقوق محفوظة لبوابة العين الإخبارية 2024'), 'بوابة العين الإخبارية');
});

test("Darija and dossier markers, app availability, interview bylines, site-credited captions, breaking tickers and public bodies as 'sources'", async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of ['تقراو حتى هادي', 'في الملف نفسه', 'اقرأ/ي أيضًا']) assert.equal(relatedMarker(line), 'alone', line);
  assert.ok(boilerplateKind('تطبيق «الأخبار» متوفر على iOS و Android'));
  assert.ok(boilerplateKind('قراءة 1.3K'));
  assert.equal(boilerplateKind('هكذا تمنع تطبيقات أندرويد من تعقبك'), undefined);
  const footer = '© 2024 الترا صوت. جميع الحقوق محفوظة';
  const page = parsePage([HEADLINE, 'حاوره: علي الشمري', 'حيدر الساعدي (الترا صوت)', ...STORY, footer].join('\n'));
  assert.deepEqual(page.body, STORY);
  assert.equal(page.lines[1]!.role, 'meta:byline');
  const ticker = parsePage(['عاجل.. الأرصاد: شبورة كثيفة صباح الغد على الطرق السريعة', 'محليات', HEADLINE, ...STORY].join('\n'));
  assert.equal(ticker.title, HEADLINE);
  const notice = parsePage([HEADLINE, ...STORY, 'المصدر: الديوان الوطني للأرصاد الجوية', 'جميع الحقوق محفوظة © 2024 جريدة الشعب'].join('\n'));
  assert.equal(notice.source, 'الشعب');
});

test('French labels and counters of Maghrebi sites, print-edition offers, and copyrights naming a city after a comma or the Latin name first', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of ['قرأت 2.417 مرة', 'Commentaires (3)', 'تصفح العدد الورقي 11162 PDF']) assert.ok(boilerplateKind(line), line);
  assert.equal(relatedMarker('مقالات مرتبطة'), 'alone');
  assert.deepEqual(dateLine('Publié le 15/03/2023 à 11:20'), { iso: '2023-03-15' });
  assert.equal(parsePage([HEADLINE, 'Mis à jour le 16/03/2023 à 09:00', 'Publié le 15/03/2023 à 11:20', ...STORY].join('\n')).date, '2023-03-15');
  assert.equal(copyrightSource('جميع الحقوق محفوظة © 2018 صحيفة العرب، لندن'), 'العرب');
  assert.equal(copyrightSource('© 2019 Medi1 News - ميدي 1. Tous droits réservés'), 'ميدي 1');
  // Initials sign the piece and name no outlet.
  const signed = parsePage([HEADLINE, 'بقلم: ن.ب', ...STORY, '© 2023 موقع بزنس نيوز. جميع الحقوق محفوظة'].join('\n'));
  assert.equal(signed.source, 'بزنس نيوز');
  assert.equal(signed.lines[1]!.role, 'meta:byline');
});

test('cookie banners that speak of the site, quote boxes, paywall offers, WordPress forms, font sizes, page-feedback prompts and foreign-script buttons go; news about them stays', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لضمان حصولك على أفضل تجربة تصفح. بمواصلة التصفح فإنك توافق على ذلك',
    'الخليج للصناعات الغذائية 48.20 ▲ 1.05%',
    'لقراءة تحليل أرقام الكامل لنتائج الشركة ومقارنتها بتقديرات المحللين، اشترك في أرقام بلس',
    'احفظ اسمي، بريدي الإلكتروني، والموقع في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.',
    'حجم الخط: كبير متوسط صغير',
    'هل كانت هذه الصفحة مفيدة؟',
    'أضف إلى قائمة المتابعة',
    'تابع السوق أينما كنت مع تطبيق أرقام',
    '【纠错】',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    'وقال النائب إن مشروع القانون يلزم المواقع بإبلاغ المستخدمين بجمع ملفات تعريف الارتباط وطلب موافقتهم قبل ذلك.',
    'شاركت الشركة خلال العام في تأسيس مشروع مشترك لإنتاج العصائر بحصة تبلغ 40 في المائة.',
    'وارتفع المؤشر العام للسوق 0.62 في المائة إلى 11642 نقطة عند الإغلاق.',
    // Headlines open with these; a caption of that kind is left to its credit line.
    'صورة من الغوطة الشرقية.. لغز يلف هذا الرضيع',
    'لقطات من قلب المعركة لتحرير مديرية موزع من الحوثيين',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  assert.equal(relatedMarker('الأخبار ذات الصلة'), 'alone');
  // A caption of the common kind under the headline (not the headline itself: see the review's test below).
  assert.deepEqual(parsePage([HEADLINE, 'جانب من حفل تكريم الفائزين في الملتقى', ...STORY].join('\n')).body, STORY);
});

test("a Hijri date line alone, a site's address beside the date, a city before the reporter's slash and a publisher's trade", () => {
  assert.deepEqual(dateLine('08 شعبان 1445 هـ'), { iso: null });
  assert.deepEqual(dateLine('arabic.news.cn | 2023-08-15 16:20:33'), { iso: '2023-08-15' });
  assert.equal(dateLine('شعبان عبد الرحمن يفوز بالجائزة'), undefined);
  assert.equal(datelineSource('بغداد/ حيدر الكعبي'), 'حيدر الكعبي');
  assert.equal(copyrightSource('جميع الحقوق محفوظة لمؤسسة المدى للإعلام والثقافة والفنون ٢٠٢٤ ©'), 'المدى');
  assert.equal(copyrightSource('حقوق النشر © 2024 أرقام للاستثمار. جميع الحقوق محفوظة'), 'أرقام');
  // A page with a Hijri line under the Gregorian one, and a breaking-news ticker above the breadcrumb of a page with no headline.
  const page = parsePage(['التغيير نت', 'الرئيسية | أخبار محلية | اقتصاد | تقارير | حوارات | كتابات | رياضة | منوعات', 'عاجل: انقطاع التيار الكهربائي عن أجزاء واسعة من مدينة عدن', 'الرئيسية » اقتصاد', 'الأحد 18 فبراير 2024', '08 شعبان 1445 هـ', ...STORY].join('\n'));
  assert.equal(page.date, '2024-02-18');
  assert.equal(page.titleFromLead, true);
  assert.deepEqual(page.body, STORY);
});

test('newsletter boxes, box toggles, Arabic-comma tags, contact blocks, bare bracketed credits and video "you may like" lists go; a quoted question stays', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'النشرة البريدية لصحيفة المدينة',
    'مقالات كتّابك المفضلين تصلك كل صباح قبل الجميع',
    'أدخل بريدك الإلكتروني هنا',
    'سجّلني',
    'عرض نص الفيديو ▾',
    'فرنسا ، الصحة ، الأطباء ، الريف',
    'هذا التقرير مترجم عن مصدره الأصلي، والآراء الواردة فيه لا تعبّر بالضرورة عن رأي عربي بوست.',
    'طبيب يستقبل مريضاً في عيادة ريفية وسط فرنسا - صورة تعبيرية / Getty Images',
    '(ANHA)',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    'ما هي «الصحاري الطبية»؟',
    'وأكد أن الرسائل تصلك خلال دقائق من إرسالها، بحسب ما قال المتحدث.',
    'وزار الوفد مصر، والأردن، ولبنان، وسوريا خلال جولته التي استمرت أسبوعا.',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  for (const marker of ['فيديوهات قد تعجبك', 'تقارير مترجمة أخرى']) assert.equal(relatedMarker(marker), 'alone', marker);
  const release = parsePage([HEADLINE, ...STORY, '-انتهى-', 'للاستفسارات الإعلامية:', 'دائرة العلاقات العامة والاتصال المؤسسي - شركة مدار للاتصالات', 'جميع الحقوق محفوظة لدنيا الوطن © 2003 - 2023'].join('\n'));
  assert.deepEqual(release.body, STORY);
  assert.equal(release.source, 'دنيا الوطن');
  const photo = parsePage([HEADLINE, ...STORY.slice(0, 1), 'صورة من الجو لبحيرة سد تشرين وقد انحسرت مياهها عن الضفاف', '(ANHA)', ...STORY.slice(1)].join('\n'));
  assert.deepEqual(photo.body, STORY);
});

test("the headline is the echoed line signed by its byline or date, not a competition label above it; place, outlet and reporter between dashes are a byline", () => {
  const page = parsePage(['الراية', 'دوري نجوم إكسبو - الجولة 18', 'السد 3 - 1 الغرافة', 'خاص', 'السد يتخطى الغرافة بثلاثية ويواصل مطاردة الدحيل على الصدارة', 'متابعة - محمد عبدالرحيم', 'نُشر في: 09 مارس، 2024 - 09:15 ص',
    'واصل فريق السد مطاردته للدحيل على صدارة دوري نجوم إكسبو، بعد فوزه المستحق على الغرافة بثلاثة أهداف مقابل هدف في الجولة الثامنة عشرة.',
    'ورفع السد رصيده بهذا الفوز إلى 40 نقطة في المركز الثاني، بفارق نقطتين خلف الدحيل المتصدر، فيما تجمد رصيد الغرافة عند 30 نقطة.'].join('\n'));
  assert.equal(page.title, 'السد يتخطى الغرافة بثلاثية ويواصل مطاردة الدحيل على الصدارة');
  assert.equal(page.date, '2024-03-09');
  const dashed = parsePage([HEADLINE, 'جرش - الدستور - حسين العمري', ...STORY].join('\n'));
  assert.deepEqual(dashed.body, STORY);
  assert.equal(dashed.lines[1]!.role, 'meta:byline');
});

test('pagers, converters, poll shares, comment reactions and replies, download sizes, contact lines, slash credits, contents and reference lists go', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'الصفحة 1 من 3',
    'في الصفحة التالية: أصحاب المحلات يتحدثون عن الإيجارات وموسم السياحة الشتوية',
    'محوّل العملات',
    '100 دولار أمريكي ⇄ 146,750 دينار عراقي',
    '👍 41 👎 3 | رد',
    '↳ رد على مواطن من سلا: عندك الصح، فالضيعة كيبيعوها بثلاثة دراهم',
    '(PDF - 214 Ko)',
    'الهاتف: +216 71 000 000 | البريد الإلكتروني: communication@bct.gov.tn',
    'حافلة ذاتية القيادة تتوقف في محطة بحي فوتيان وسط مدينة شنتشن، 16 أبريل 2024. /CFP',
    'محتويات الخبر',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of ['وأظهر الاستطلاع أن 68% من المشاركين يؤيدون القرار، مقابل 24% عارضوه.', 'وارتفعت نسبة المشاركة في الانتخابات — بحسب اللجنة — إلى 52 في المائة.']) assert.equal(boilerplateKind(line), undefined, line);
  for (const marker of ['المزيد حول الموضوع', 'قراءات ذات صلة', 'بلاغات أخرى']) assert.equal(relatedMarker(marker), 'alone', marker);
  // A poll's answers with their shares and its vote count, under its question.
  const poll = parsePage([HEADLINE, ...STORY, 'استطلاع الرأي', 'هل تتوقع استقرار أسعار الخضر خلال رمضان؟', 'نعم، بشكل كبير — 68%', 'إلى حد ما — 24%', 'لا — 8%', 'مجموع الأصوات: 3.219'].join('\n'));
  assert.deepEqual(poll.body, STORY);
  const referenced = parsePage([HEADLINE, ...STORY, 'المراجع', '1. منظمة الصحة العالمية، «الإنفلونزا الموسمية»، صحيفة وقائع، 2023.', '2. وزارة الصحة، التقرير السنوي، 2024.'].join('\n'));
  assert.deepEqual(referenced.body, STORY);
});

test('a standfirst under the headline stays with the byline found under it; a sticky bar repeating the headline is the header; a name opening the footer lines is the masthead', () => {
  const standfirst = 'شحنتا فيول عراقي في تشرين الثاني وخطة لجباية الفواتير المتأخرة من الإدارات العامة';
  const page = parsePage(['الجمهورية', 'اقتصاد ومال', HEADLINE, standfirst, 'كارين سلامة', 'الجمعة 08 تشرين الثاني 2024', ...STORY].join('\n'));
  assert.equal(page.title, HEADLINE);
  assert.deepEqual(page.body, [standfirst, ...STORY]);
  assert.equal(page.lines[4]!.role, 'meta:byline');
  const sticky = parsePage(['أنت تقرأ الآن', HEADLINE, 'كوردستان24', 'الأكثر بحثاً', '#رواتب_الإقليم #سعر_الدولار', HEADLINE, 'قبل 4 ساعات', ...STORY].join('\n'));
  assert.equal(sticky.title, HEADLINE);
  assert.deepEqual(sticky.body, STORY);
  const masthead = parsePage(['سودان تربيون', 'الرئيسية | أخبار | تقارير', ...STORY, 'سودان تربيون تعتمد على دعم قرائها لمواصلة تغطيتها المستقلة. تبرّع الآن', 'سودان تربيون موقع إخباري مستقل تأسس في باريس عام 2003'].join('\n'));
  assert.equal(masthead.titleFromLead, true);
  assert.deepEqual(masthead.body, STORY);
});

test("reporting that resembles today's furniture stays: results with shares, lists with commas, market bullets, consumer warnings, tech news about cookies, a government's view", async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  // Found by a review of the probe rules (H9-H11); each was removed by a first version of them.
  for (const line of [
    'أردوغان - 49.5%',
    'إجمالي الأصوات: 51234567',
    'أسعار الذهب',
    'أليسون، ألكسندر أرنولد، فان دايك، روبرتسون',
    '▲ ارتفع المؤشر الرئيسي إيجي إكس 30 بنسبة 1.2%',
    'وتعهدت الشركة بمواصلة العمل على إلغاء ملفات تعريف الارتباط من متصفح كروم بحلول العام المقبل',
    'احذر رسالة نصية تصلك من رقم مجهول',
    'للوصول إلى الحكم، تحالف الحزب الاشتراكي مع الخضر',
    'للاستفسار عن مواعيد الامتحانات:',
    'نحن معكم أينما كنتم، وسنواصل تطبيق الإصلاحات',
    'وأشار مصدر إلى أنه لا يمكن التأكّد من أعداد القتلى.',
    'النائب: تصريحات الوزير لا تعبّر عن رأي الحكومة',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  assert.equal(relatedMarker('تقارير إعلامية أخرى أشارت إلى سقوط 20 قتيلا في القصف'), undefined);
  assert.equal(dateLine('رمضان 2024'), undefined);
  assert.equal(copyrightSource('جميع الحقوق محفوظة لـ لبنان24 2024'), 'لبنان24');
  assert.equal(copyrightSource('© 2024 وكالة معا للأنباء. جميع الحقوق محفوظة'), 'وكالة معا للأنباء');
  for (const headline of ['جانب من معاناة النازحين في رفح', 'رصد: 20 قتيلا في غارات على مدينة حلب']) {
    assert.equal(parsePage([headline, ...STORY].join('\n')).title, headline, headline);
  }
  assert.equal(parsePage([HEADLINE, '(خاص)', ...STORY].join('\n')).title, HEADLINE);
});

test('embedded posts dated in Arabic, their counters, gallery labels and counters, listen buttons, inbox offers, correspondents and desks, comment threads with dates and replies, a site describing itself', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of ['— بلدية صور (@Tyre_Municipality) 5 آذار 2024', '3٬214 مشاهدة · 87 إعادة نشر', 'النشرة الصباحية', 'معرض الصور', 'عرض كل الصور ›', 'ألبوم الصور (24 صورة)', 'استمع إلى القصة', 'احصل على آخر الأخبار من الأمم المتحدة في بريدك الإلكتروني', 'سجّل']) {
    assert.ok(boilerplateKind(line), line);
  }
  assert.equal(relatedMarker('قصص ذات صلة'), 'alone');
  const correspondent = parsePage([HEADLINE, 'عبد السلام الفيتوري – مراسل ليبيا أوبزرفر في سبها', ...STORY].join('\n'));
  assert.equal(correspondent.source, 'ليبيا أوبزرفر');
  assert.deepEqual(correspondent.body, STORY);
  assert.equal(parsePage([HEADLINE, 'كتب - محرر الشؤون الاقتصادية', ...STORY].join('\n')).source, null);
  const thread = parsePage([HEADLINE, ...STORY, '3 تعليقات', 'أحمد فارح', '10 يناير، 2024 في 8:15 ص', 'مقال ممتاز يا دكتور، نحن في بوصاصو نعاني من المشكلة نفسها', 'رد', 'حليمة عبدي', '10 يناير، 2024 في 11:40 ص', 'ما ذكرتَه عن الطاقة الشمسية مهم جداً، لكن من يموّل هذه المخازن؟', 'رد', 'أضف تعليقاً'].join('\n'));
  assert.deepEqual(thread.body, STORY);
  const about = parsePage([HEADLINE, ...STORY, 'صحراء ميديا مؤسسة إعلامية موريتانية مستقلة، نعمل على تقديم خبر دقيق ومتوازن', '© 2024 صحراء ميديا. جميع الحقوق محفوظة'].join('\n'));
  assert.deepEqual(about.body, STORY);
});

test("the second review's cases stay content: a date under a comment count, service steps, a correspondent in a headline, statistics, routes, a TV bulletin", async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of ['سجل رقم هاتفك في المنصة الإلكترونية واختر الخدمة المطلوبة', '7 من 12', 'رحلات مباشرة بين جدة ↔ القاهرة ابتداء من الشهر المقبل', 'النشرة المسائية لقناة الجزيرة', '- عمرو خالد (@amrkhaled) في المركز الثالث منذ 2010']) {
    assert.equal(boilerplateKind(line), undefined, line);
  }
  for (const line of ['صور ذات صلة بالكارثة انتشرت على مواقع التواصل خلال ساعات', 'تقارير أخرى أشارت إلى أن عدد الضحايا تجاوز المئة']) assert.equal(relatedMarker(line), undefined, line);
  // A comment count with the page's date under it, then the article: nothing of it is a comment.
  const counted = parsePage([HEADLINE, 'كتب: أحمد علي', '3 تعليقات', 'الأحد 10 مارس 2024 - 08:15 ص', 'تفاصيل الخطة', ...STORY].join('\n'));
  assert.deepEqual(counted.body.slice(-STORY.length), STORY);
  const headline = 'اغتيال إسماعيل الغول، مراسل الجزيرة في غزة';
  assert.equal(parsePage([headline, ...STORY].join('\n')).title, headline);
});

test("the third review's cases: a standfirst a few lines under a signed headline, outlets named in bylines, a comment count in the page's head, a newsletter offer to the inbox", async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  const standfirst = 'الحكومة تقول إن رفع أسعار الوقود ضروري لخفض عجز الموازنة وتعد بدعم الفئات الأكثر فقرا';
  const fuel = ['أعلنت الحكومة المصرية اليوم رفع أسعار الوقود بنسبة 15% اعتبارا من صباح الغد، في إطار خطة لخفض عجز الموازنة.', 'وقالت لجنة تسعير المنتجات البترولية إن رفع أسعار الوقود يشمل البنزين والسولار، مع استثناء غاز الطهي.', 'ويأتي رفع أسعار الوقود في مصر ضمن اتفاق مع صندوق النقد الدولي، وسط توقعات بارتفاع التضخم.'];
  const page = parsePage(['الرئيسية', 'اقتصاد', 'مصر ترفع أسعار الوقود بنسبة 15%', '12 مايو 2024', standfirst, 'كتب: أحمد سمير', ...fuel].join('\n'));
  assert.equal(page.title, 'مصر ترفع أسعار الوقود بنسبة 15%');
  assert.equal(parsePage([HEADLINE, 'بواسطة: وكالة الأناضول', ...STORY].join('\n')).source, 'وكالة الأناضول');
  const counted = parsePage(['اقتصاد', 'مصر ترفع أسعار الوقود بنسبة 15%', '3 تعليقات', 'أحمد سمير', '12 مايو 2024', ...fuel].join('\n'));
  assert.deepEqual(counted.body.slice(-fuel.length), fuel);
  assert.ok(boilerplateKind('اشترك الآن واحصل على ملخص يومي في بريدك الإلكتروني'));
});

test('standings rows, share labels naming the story, attachments and QR codes, print buttons, inbox offers in a sentence; prose quoting a cookie banner and a ministry in a copyright', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of ['جدول الترتيب – دوري روشن السعودي', 'شارك الخبر: Facebook – X – WhatsApp', 'المرفقات', 'البيان الصحفي (PDF – 318 كيلوبايت)', 'امسح رمز QR لقراءة الخبر على هاتفك المحمول', 'اطبع الخبر', 'اشتراك', 'بريدك الإلكتروني', 'إذا أردت أن تصلك أخبار الوزارة وموضوع خطبة الجمعة كل أسبوع، فاكتب بريدك الإلكتروني']) {
    assert.ok(boilerplateKind(line), line);
  }
  for (const line of ['ويظهر الإشعار المزيف عادة بعبارة مطابقة لما تعرضه المواقع الحقيقية، مثل "نستخدم ملفات تعريف الارتباط لتحسين تجربتك، اضغط قبول للمتابعة"', 'شارك الخبر مع أصدقائك عبر واتساب لتعم الفائدة', 'فاز الهلال 3 1', 'المادة 12 الفقرة 3 4']) {
    assert.equal(boilerplateKind(line), undefined, line);
  }
  assert.equal(copyrightSource('جميع الحقوق محفوظة لوزارة الأوقاف المصرية 2025'), 'وزارة الأوقاف المصرية');
});

test("the fourth review's cases stay content: QR scams, phishing warnings, a service's steps, a story's own table, a standings subheading; a banner opening with 'وفقاً' goes", async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'احذر من مسح رمز QR على عدادات المواقف',
    'احذر من رسائل تصلك على بريدك الإلكتروني تدعي أنها من البنك وتطلب تحديث بياناتك',
    'سجّل بريدك الإلكتروني ورقم هاتفك في المنصة لتفعيل الحساب',
    'احصل على رمز التحقق في بريدك الإلكتروني خلال دقائق',
    'ترتيب الدوري: الاتحاد يبتعد بالصدارة',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  assert.ok(boilerplateKind('وفقاً للائحة حماية البيانات، نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق'));
  const table = ['1 الاتحاد 22 55', '2 الهلال 22 50', '3 النصر 22 47'];
  const told = parsePage([HEADLINE, ...STORY, 'وجاء ترتيب الفرق الثلاثة الأولى بعد الجولة كالتالي (لعب، نقاط):', ...table].join('\n'));
  assert.deepEqual(told.body.slice(-table.length), table);
  const widget = parsePage([HEADLINE, ...STORY, 'جدول الترتيب – دوري روشن السعودي', ...table].join('\n'));
  assert.deepEqual(widget.body, STORY);
});

test('comment form fields and moderation notes, case endings on labels, "on the same subject" and "related content" markers, contact requests, ad spaces, share rows by verb, envoys of an outlet, a media office byline', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of ['اسمك', 'تعليقك', 'تنويه: تُنشر التعليقات بعد مراجعتها، ويُرجى الالتزام بعدم الإساءة', 'هل كان محتوى هذه الصفحة مفيداً؟', 'مساحة إشهارية', 'انشر المقال على: فيسبوك – تويتر – واتساب']) {
    assert.ok(boilerplateKind(line), line);
  }
  for (const marker of ['الأكثر قراءةً اليوم', 'محتوى ذو صلة', 'أخبار على صلة']) assert.equal(relatedMarker(marker), 'alone', marker);
  // The fifth review's cases: an article's own transition, a case ending on prose, reported moderation, an envoy's quote.
  for (const line of ['في نفس السياق', 'في نفس السياق، قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.', 'المزيدُ من الضحايا سقطوا في القصف']) assert.equal(relatedMarker(line), undefined, line);
  for (const line of ['وقال المتحدث باسم الشركة إن المنصة لن تنشر التعليقات المسيئة إلا بعد مراجعتها', 'وبالنقر على زر قبول ملفات الكوكيز المزيف، يتم تثبيت برنامج خبيث على الجهاز', 'رأيك']) assert.equal(boilerplateKind(line), undefined, line);
  assert.ok(boilerplateKind('وبمواصلة التصفح فإنك توافق على استخدام ملفات تعريف الارتباط'));
  const quote = 'مراسل الجزيرة في غزة: القصف لم يتوقف منذ الفجر';
  assert.ok(parsePage([HEADLINE, quote, ...STORY].join('\n')).body.includes(quote));
  const envoy = parsePage([HEADLINE, 'مبعوث الهداف إلى وهران: سفيان بن عمارة', ...STORY].join('\n'));
  assert.equal(envoy.source, 'الهداف');
  assert.deepEqual(envoy.body, STORY);
  assert.deepEqual(parsePage([HEADLINE, 'المركز الإعلامي – نورة القحطاني', ...STORY].join('\n')).body, STORY);
});

test('probes H15/H16: emoji labels, hashtag rows, a trail ending in the headline, reading time, an audio player, photo credits, follow calls, updated labels, "نص:" bylines', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const marker of ['📌 اقرأ أيضًا:', 'موضوعات متعلقة']) assert.equal(relatedMarker(marker), 'alone', marker);
  assert.equal(relatedMarker('📌 اقرأ أيضاً: افتتاح أول مكتبة عامة رقمية في السليمانية'), 'inline');
  for (const line of [
    '#المحكمة_الاقتصادية #نصب_إلكتروني #العملات_الرقمية',
    '⏱️ مدة القراءة: 3 دقائق',
    '🎧 استمع إلى هذا المقال',
    '00:00 / 04:12',
    'سرعة القراءة 1x',
    '📷 باسنيوز',
    '© AFP - أرشيف',
    'تابع بوابة روزاليوسف على Google News',
    'تم نسخ الرابط!',
    'كلمات البحث: سوهاج قافلة طبية',
    'Partager',
    'الرئيسية ← أخبار المملكة ← الأرصاد: أمطار رعدية وسيول على 7 مناطق حتى الأربعاء',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of [
    // Past tense, not a call to download or sign up.
    'وكشفت التحقيقات أن المتهمين روّجوا للتطبيق، الذي حمل اسم «المستثمر الذكي»، عبر صفحات ممولة على فيسبوك',
    'تابع الوزير على فيسبوك البث المباشر لجلسة البرلمان قبل أن يعلق على القرار.',
    'وأطلق ناشطون وسم #أنقذوا_الغابة على مواقع التواصل للمطالبة بوقف قطع الأشجار.',
    'استمع القاضي إلى أقوال الشهود في الجلسة الثانية',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  assert.equal(dateLine('آخر تعديل: 17 تشرين الأول 2024 - 11:02 صباحاً')?.iso, '2024-10-17');
  // The review's cases: verbs that are no labels, a report of a broadcast, a route, a price change.
  for (const line of ['عدل في 10 مارس 2011', 'حدث في 6 فبراير 2023']) assert.equal(dateLine(line), undefined, line);
  for (const line of ['تابع الآلاف البث المباشر للزيارة عبر فيسبوك', 'تابع مباراة الأهلي والزمالك بث مباشر عبر يوتيوب', 'تابع الزوار على مدى يومين عروض معرض إكسبو', 'السولار: 11.5 ← 13.5 جنيها', 'القاهرة → روما → باريس']) assert.equal(boilerplateKind(line), undefined, line);
  const page = parsePage([HEADLINE, 'نص: سارة بن حمادي', 'صورة من الأرشيف لسوق المدينة', '© AFP - أرشيف', ...STORY].join('\n'));
  assert.deepEqual(page.body, STORY);
  assert.notEqual(page.source, 'أ ف ب'); // the photo's agency is not the outlet
});

test('probes H15/H16: a short subheading after a "see also" block, a one-line comment, an issuer\'s "about" block, regional datelines', () => {
  const related = ['اقرأ أيضاً', '"الزراعة" تطلق حملة لمساندة المزارعين في قطف الزيتون', 'مؤشر غلاء المعيشة يرتفع 2.4% خلال أيلول الماضي'];
  const subheading = parsePage([HEADLINE, ...STORY, ...related, 'تقديرات رسمية', 'وتشير تقديرات وزارة الزراعة إلى أن إنتاج الضفة الغربية من الزيت هذا الموسم سيتراجع بنحو الثلث.'].join('\n'));
  assert.ok(subheading.body.includes('تقديرات رسمية'));
  const comment = parsePage([HEADLINE, ...STORY, 'التعليقات (1)', 'بوجاسم: والله صار السمك حق الأغنياء بس، الله يعين الناس', 'أضف تعليقك | الاسم | التعليق | إرسال'].join('\n'));
  assert.deepEqual(comment.body, STORY);
  // The issuer's self-description, named by the page's own furniture, goes; a news site's explainer stays.
  const about = ['نبذة عن الملكية الأردنية', 'تأسست الملكية الأردنية، الناقل الوطني للمملكة، عام 1963، وتسيّر رحلات إلى 40 وجهة.'];
  const release = parsePage(['الملكية الأردنية', HEADLINE, ...STORY, ...about, '© 2024 الملكية الأردنية. جميع الحقوق محفوظة'].join('\n'));
  assert.deepEqual(release.body, STORY);
  const explainer = ['نبذة عن قوات سوريا الديمقراطية', 'تشكلت قوات سوريا الديمقراطية عام 2015 من فصائل كردية وعربية، وتدعمها الولايات المتحدة.'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...explainer].join('\n')).body, [...STORY, ...explainer]);
  // A city before a colon or dots heads a headline as often as a dateline.
  assert.equal(datelineSource('القيروان : حجز مواد غذائية فاسدة'), undefined);
  assert.equal(parsePage(['باريس : اخلاء محطة للقطارات', ...STORY].join('\n')).title, 'باريس : اخلاء محطة للقطارات');
  // The review's cases: a speaker under a comment count, an opinion page's label over its headline, the text of a law, an explainer on the accused.
  for (const [count, line] of <[string, string][]>[['3 تعليقات', 'المتحدث باسم الوزارة: التعويضات ستصرف قبل نهاية الشهر'], ['التعليقات', 'وأضاف: الخطة ستشمل جميع المحافظات دون استثناء']]) {
    assert.ok(parsePage([HEADLINE, ...STORY, count, line].join('\n')).body.includes(line), line);
  }
  assert.equal(parsePage(['مقالات الرأي', 'الحكومة الجديدة أمام اختبار الثقة', 'محمد عبد الله', ...STORY].join('\n')).title, 'الحكومة الجديدة أمام اختبار الثقة');
  const law = parsePage([HEADLINE, 'النص: يستحق العامل إجازة سنوية', ...STORY].join('\n'));
  assert.equal(law.source, null);
  const accused = ['نبذة عن المتهم', 'يبلغ المتهم من العمر 35 عاما ويعمل سائقا في شركة نقل خاصة منذ سنوات.'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...accused, 'الأكثر قراءة', 'القبض على المتهم بقتل زوجته في الجيزة'].join('\n')).body, [...STORY, ...accused]);
  const online = parsePage(['صحيفة المواطن الإلكترونية', HEADLINE, ...STORY].join('\n'));
  assert.equal(online.source, 'المواطن');
});

test('probes H17/H18: view counters, reading time without a label, join-the-discussion prompts, a next-page teaser, other galleries, score boxes, a competition round label, a labelled breaking headline, a copied address dating the page', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    '👁 14,3 ألف مشاهدة', 'قراءة: 2 314', '(قرئ 3184 مرة)', '4 دقائق للقراءة', '⏱️ مدة القراءة: 3 دقائق',
    'انضم إلى النقاش: شاركنا رأيك في قسم «حوارات»', 'في الصفحة الموالية: الشباب يعزفون عن المهنة',
    'انتهت | الجمعة 08/11/2024 - 20:00 | ملعب مدينة الأمير محمد بن فهد',
    'دوري روشن السعودي للمحترفين - الجولة 10',
  ]) assert.ok(boilerplateKind(line), line);
  for (const line of ['استغرقت العملية 7 دقائق فقط قبل أن تصل فرق الإنقاذ.', 'شارك في النقاش أكثر من مئة خبير من عشرين دولة.', "وسجل العمري هدف التقدم في الدقيقة 34' بتسديدة قوية."]) assert.equal(boilerplateKind(line), undefined, line);
  assert.equal(relatedMarker('معارض صور أخرى'), 'alone');
  const breaking = parsePage(['المسيرة نت', 'الرئيسية / أخبار محلية', 'عاجل| وفاة 7 مواطنين جراء انهيار صخري في ريمة', '١٤ أغسطس ٢٠٢٤ - ٠٩:٤٠ مساءً', 'حجم الخط: A+ | A-', 'توفي سبعة مواطنين، بينهم ثلاثة أطفال، جراء انهيار صخري ضرب قرية في محافظة ريمة مساء اليوم الأربعاء.', ...STORY].join('\n'));
  assert.equal(breaking.title, 'عاجل| وفاة 7 مواطنين جراء انهيار صخري في ريمة');
  const copied = parsePage([HEADLINE, 'منذ 4 أيام', ...STORY, 'انسخ الرابط', 'https://bajnews.net/2025/06/08/%d8%b9%d9%88%d8%af%d8%a9/'].join('\n'));
  assert.equal(copied.date, '2025-06-08');
  const release = parsePage([HEADLINE, 'السليمانية، العراق – 2 تشرين الأول 2024: أعلنت الشركة عن استكمال المرحلة الأولى من مشروع توسيع شبكتها في إقليم كردستان.', ...STORY].join('\n'));
  assert.equal(release.date, '2024-10-02');
  assert.equal(copyrightSource('© SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR'), 'SWI swissinfo.ch');
  assert.equal(new SourceCanonicalizer().canonical('وكالة الأنباء الليبية (وال)'), 'وكالة الأنباء الليبية');
  // The review's cases: headlines ending in a round or opening with a genre or a medium, a ticker above the
  // real headline, dates of history or of a deadline, a link in the story, a report's goal list, a bare duration.
  for (const headline of ['الهلال يهزم النصر ويقترب من اللقب - الجولة 28', 'انتخابات المجالس البلدية في تونس - المرحلة الثانية', 'روبورتاج من غزة: الحياة تحت الحصار', 'قناة رياضية تكشف موعد عودة محمد صلاح للملاعب', 'انتهت – أزمة الوقود في عدن بعد وصول الشحنات']) {
    assert.equal(parsePage([headline, ...STORY].join('\n')).title, headline);
  }
  const ticker = parsePage(['عاجل | الاحتلال يقصف مدرسة تؤوي نازحين في غزة', 'مقتل 12 فلسطينيا في غارة إسرائيلية على مخيم جباليا', 'الأحد 3 مارس 2024', 'قتل 12 فلسطينيا في غارة إسرائيلية استهدفت مخيم جباليا في غزة فجر اليوم الأحد وفق مصادر طبية محلية.', ...STORY].join('\n'));
  assert.equal(ticker.title, 'مقتل 12 فلسطينيا في غارة إسرائيلية على مخيم جباليا');
  assert.equal(parsePage([HEADLINE, 'في مثل هذا اليوم – 6 أكتوبر 1973: عبرت القوات المصرية قناة السويس في بداية الحرب.', ...STORY].join('\n'), { published: '2024-10-06' }).date, '2024-10-06');
  assert.equal(parsePage([HEADLINE, ...STORY, 'ويمكن الاطلاع على التقرير كاملا عبر الرابط التالي:', 'https://www.example-news.com/2019/05/12/water-crisis-report/', 'وختم التقرير بالدعوة إلى خطة وطنية عاجلة لإدارة الموارد المائية في البلاد خلال العقد المقبل.'].join('\n')).date, null);
  const goals = "الأهداف: سالم الدوسري 34' ، ميتروفيتش 88' | رونالدو 61'";
  assert.ok(parsePage([HEADLINE, ...STORY, goals, 'وبهذا الفوز رفع الهلال رصيده إلى 50 نقطة في صدارة الترتيب العام للدوري.'].join('\n')).body.includes(goals));
  assert.equal(relatedMarker('معارض أخرى'), undefined);
  assert.equal(boilerplateKind('45 دقيقة'), undefined);
  const sources = new SourceCanonicalizer();
  assert.equal(sources.canonical('جريدة (الصباح)'), 'الصباح');
  assert.equal(sources.canonical('مصر (الأهرام)'), 'الأهرام');
});

test('probes H19/H20: print-version and agency furniture, swipe prompts, embeds, timed latest-news lists, comment threads by name and time, a headline from the tab title, a masthead in both scripts', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'تاريخ الطباعة: 02/11/2025 - 09:47 م', 'هذه النسخة مخصصة للطباعة وقد لا تتضمن جميع الصور', '« العودة إلى الخبر', 'رمز الخبر: 85987342', 'انتهى ** 2344',
    '۱۳ آبان ۱۴۰۴ - ۱۱:۲۰', 'إلغاء الاشتراك | تعديل تفضيلات الاشتراك', 'اسحب للأعلى لقراءة الخبر التالي', '@RashaKhouryFilm', 'Embed', 'View on X',
  ]) assert.ok(boilerplateKind(line), line);
  // With the review's cases: a subheading 'فيتامين - د', a decision to end a subscription, 'مقاليد', a festival's name.
  for (const line of ['رمز الخبر الذي تداوله الناشطون كان مضللاً بحسب الوزارة.', 'العودة إلى المدارس تبدأ الأسبوع المقبل في جميع المحافظات', 'اسحب البساط من تحت أقدام المضاربين، قال الوزير.', 'فيتامين - د', 'إلغاء الاشتراك الإلزامي في صندوق التأمين التكميلي', 'عودة إلى مقاليد الحكم', 'افتتاح مهرجان فجر السينمائي ال۴۲ في طهران']) assert.equal(boilerplateKind(line), undefined, line);
  assert.equal(relatedMarker('Lire aussi : وجدة.. انطلاق أشغال تهيئة شارع محمد الخامس'), 'inline');
  const latest = ['01:18 م | ضبط 3 أطنان أسمدة زراعية مدعمة قبل بيعها', '01:11 م | محافظ الدقهلية يحيل 7 موظفين للتحقيق', '01:02 م | غلق كلي لكوبري سموحة بالإسكندرية', 'أمس 10:55 م | ضبط 2 طن لحوم فاسدة في الشرقية'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, 'آخر الأخبار', ...latest].join('\n')).body, STORY);
  // A live blog's timed entries are paragraphs, and stay.
  const live = ['10:32 | قال المتحدث باسم الجيش إن القصف استهدف مواقع في شمال المدينة وأسفر عن سقوط ضحايا، بحسب ما نقلت وكالات الأنباء.', '10:15 | أعلنت وزارة الصحة ارتفاع عدد المصابين إلى 40 شخصا بينهم أطفال، ودعت المواطنين إلى التبرع بالدم.', '09:58 | أفاد شهود عيان بسماع دوي انفجارات قوية في الأحياء الشرقية منذ ساعات الصباح الأولى، وفق مراسلينا.', '09:40 | بدأت فرق الإنقاذ عمليات البحث عن ناجين تحت الأنقاض في حي الشجاعية بعد الغارات الليلية.'];
  assert.deepEqual(parsePage([HEADLINE, ...live, ...STORY].join('\n')).body, [...live, ...STORY]);
  const thread = ['التعليقات (2)', 'جورج ح. · 13 أيار 2025 - 12:15', 'كل سنة نفس القصة والقسط عم يطلع.', '↩ ردّ على جورج ح. — ماريا س. · 13 أيار 2025 - 12:52', 'بمدرسة ابني الزيادة عالقسط كانت أكبر.'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...thread].join('\n')).body, STORY);
  const tab = parsePage([`${HEADLINE} | الموقع بوست`, ...STORY, 'جميع الحقوق محفوظة © 2025 الموقع بوست'].join('\n'));
  assert.equal(tab.title, HEADLINE);
  // The review's cases: a short headline with the site's suffix, a fixture naming a club, a byline with its
  // time between dots, a schedule inside the story.
  assert.equal(parsePage(['ريال مدريد يهزم برشلونة - الأيام', ...STORY, 'جميع الحقوق محفوظة © 2025 الأيام'].join('\n')).title, 'ريال مدريد يهزم برشلونة');
  const fixture = 'تعرف على موعد مباراة الهلال - الأيام';
  assert.equal(parsePage([fixture, ...STORY, 'جميع الحقوق محفوظة © 2025 الأيام'].join('\n')).title, fixture);
  const signed = parsePage(['سياسة', HEADLINE, STORY[0]!, 'بقلم سامر خوري · 13 أيار 2025 - 12:15', ...STORY.slice(1)].join('\n')).body;
  for (const line of STORY) assert.ok(signed.includes(line), line);
  const schedule = ['18:00 - افتتاح معرض الحرف اليدوية في الساحة الرئيسية', '19:30 - عرض فرقة الفنون الشعبية', '20:15 - أمسية شعرية بمشاركة شعراء من المنطقة', '21:00 - حفل موسيقي في المدرج الروماني'];
  const programme = [STORY[0]!, 'ويتضمن برنامج اليوم الأول الفعاليات التالية:', ...schedule, ...STORY.slice(1)];
  assert.deepEqual(parsePage([HEADLINE, ...programme].join('\n')).body, programme);
  const masthead = parsePage(['ليبانون ديبايت Lebanon Debate', HEADLINE, '"ليبانون ديبايت" - ريتا الحاج', ...STORY, '© 2025 Lebanon Debate'].join('\n'));
  assert.equal(masthead.title, HEADLINE);
  assert.deepEqual(masthead.body, STORY);
});

test('the dev set\'s last misses: a reporter\'s bio, a block labelled "في السياق ذاته", logos in Latin, updated labels in the past tense, contact boxes and postal addresses, dated blocks under the share row, a reporter\'s dateline, a photo\'s agency, a copyright spelled out', async () => {
  const { boilerplateKind, relatedMarker } = await import('../../src/ingest/boilerplate.js');
  const share = 'شارك الخبر: فيسبوك | تويتر | واتساب';
  const bio = parsePage([HEADLINE, ...STORY, 'هالة منصور', 'صحفية بقسم الرياضة، تتابع أخبار الأندية المحلية.', 'كل مقالات الكاتبة'].join('\n'));
  assert.deepEqual(bio.body, STORY);
  // "في السياق ذاته" alone is an article's transition in the story, a block's label below its share row.
  assert.deepEqual(parsePage([HEADLINE, ...STORY, share, 'في السياق ذاته', 'الحكومة تقر موازنة العام المقبل', 'البرلمان يناقش قانون الاستثمار الجديد'].join('\n')).body, STORY);
  const transition = [STORY[0]!, 'في السياق ذاته', ...STORY.slice(1)];
  assert.deepEqual(parsePage([HEADLINE, ...transition].join('\n')).body, transition);
  // Logos and widgets in Latin outside the story go; a product standing as a subheading inside it stays.
  const logos = parsePage(['Lebanon Files', HEADLINE, ...STORY, 'Akhbar24'].join('\n'));
  assert.equal(logos.title, HEADLINE);
  assert.deepEqual(logos.body, STORY);
  const review = [STORY[0]!, 'iPhone 16', ...STORY.slice(1)];
  assert.deepEqual(parsePage([HEADLINE, ...review].join('\n')).body, review);
  const updated = parsePage([HEADLINE, 'الثلاثاء 5 آذار 2024 - 08:10', 'عُدّل في: 6 آذار 2024 - 10:20', ...STORY].join('\n'));
  assert.equal(updated.date, '2024-03-05');
  assert.deepEqual(updated.body, STORY);
  const history = [STORY[0]!, 'حدث في 2023 أن توقفت المحطة عن العمل بسبب نقص الوقود لعدة أشهر متتالية.', ...STORY.slice(1)];
  assert.deepEqual(parsePage([HEADLINE, ...history].join('\n')).body, history);
  const contact = ['للمزيد من المعلومات يرجى التواصل مع:', 'سارة محمود، المكتب الإعلامي، دبي، الهاتف: +971 4 555 0100', 'For more information, please contact:'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...contact].join('\n')).body, STORY);
  assert.equal(boilerplateKind('دار النشر الوطنية - ص.ب: 1234، الرياض 11431، المملكة العربية السعودية'), 'contact');
  assert.equal(boilerplateKind('ويمكن إرسال الطلبات عبر صندوق البريد 55 في مبنى البلدية قبل نهاية الشهر.'), undefined);
  assert.equal(boilerplateKind('ر.ب: 112 روي، سلطنة عمان'), 'contact');
  // A label and dated items below the share row are a list of the site's other news.
  const dated = ['15/04/2024 – افتتاح فرع جديد للبنك في مدينة صلالة', '10/04/2024 – البنك يعلن نتائج الربع الأول'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, share, 'أخبار البنك', ...dated].join('\n')).body, STORY);
  // A label and headlines below the share row are another section's; right under the story, its own list.
  const pens = ['أقلام', 'سامر خليل: مواسم لا تنتظر أحدا', 'ريم حداد: الاقتصاد الأسري في زمن الأزمات'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, share, ...pens].join('\n')).body, STORY);
  const closing = ['أبرز التوصيات', 'تشديد الرقابة على الأسواق المحلية', 'دعم صغار المزارعين بقروض ميسرة'];
  assert.deepEqual(parsePage([HEADLINE, ...STORY, ...closing].join('\n')).body, [...STORY, ...closing]);
  // A town, a dash and a reporter under the headline is a dateline; a deck of the same shape stays.
  assert.deepEqual(parsePage([HEADLINE, 'أسيوط - أحمد عبد الله', ...STORY].join('\n')).body, STORY);
  const deck = parsePage([HEADLINE, 'مصر - ارتفاع أسعار الذهب', ...STORY].join('\n')).body;
  assert.ok(deck.includes('مصر - ارتفاع أسعار الذهب'));
  // A photo's description with its agency in brackets credits the photo, not the story; a place before it is a dateline.
  assert.equal(datelineSource('محطة لشحن السيارات الكهربائية في دبي (رويترز)'), undefined);
  assert.equal(datelineSource('نيويورك، الولايات المتحدة (رويترز)'), 'رويترز');
  const captioned = parsePage([HEADLINE, 'محطة لشحن السيارات الكهربائية في دبي (رويترز)', ...STORY, '© 2020 Independent Arabia. All Rights Reserved'].join('\n'));
  assert.equal(captioned.source, 'إندبندنت عربية');
  // A footer spelling the rights out, naming the agency and the name it goes by, with a permission after it.
  assert.equal(copyrightSource('جميع الحقوق المادية والمعنوية لهذا الموقع محفوظة لوكالة الأنباء العمانية (العمانية) © 2024، ويُسمح بالنقل مع ذكر المصدر'), 'العمانية');
  assert.equal(copyrightSource('كل الحقوق الفكرية محفوظة لصحيفة الأيام 2023'), 'الأيام');
});

test("a review of the dev set's last rules: headlines, lists, schedules, line-ups, decks and desks that are the story's own stay", async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  const { updatedOnly } = await import('../../src/ingest/dates.js');
  // A Latin headline with the story under it; a list in Latin the last paragraph opens.
  const review = parsePage(['Oppenheimer', ...STORY].join('\n'));
  assert.equal(review.title, 'Oppenheimer');
  const apps = [...STORY.slice(0, 2), 'وتتنوع التطبيقات المجانية لتعلم اللغات، ومن أبرزها:', 'Duolingo', 'Memrise', 'Busuu'];
  assert.deepEqual(parsePage([HEADLINE, ...apps].join('\n')).body, apps);
  // A chronology closing the story, and a closing list under an ad label or an inline "see also".
  const chronology = [...STORY, 'أبرز المحطات', '10/03/2023 – توقيع اتفاق استئناف العلاقات في بكين', '06/06/2023 – إعادة فتح السفارة في الرياض'];
  assert.deepEqual(parsePage([HEADLINE, ...chronology].join('\n')).body, chronology);
  const decisions = ['أبرز القرارات', 'تخصيص مليار جنيه لدعم صغار المزارعين', 'توسيع شبكة الجمعيات الزراعية في القرى', 'تشديد الرقابة على منافذ بيع الأسمدة'];
  for (const furniture of ['إعلان', 'اقرأ أيضا: الحكومة ترفع أسعار الوقود في المحطات']) {
    assert.deepEqual(parsePage([HEADLINE, ...STORY, furniture, ...decisions].join('\n')).body, [...STORY, ...decisions], furniture);
  }
  // Postal boxes in sentences, line-ups that are the news, a cabinet in portfolio - name pairs.
  for (const line of [
    'وترسل الطلبات بالبريد المسجل على العنوان التالي: ص.ب: 2454 الرياض 11451، مع إرفاق صورة من المؤهلات.',
    'وتستقبل اللجنة الطلبات على ص.ب 1020 الرياض حتى نهاية الشهر الجاري',
    'تشكيل الأهلي الرسمي: محمد الشناوي - محمد هاني، ياسر إبراهيم، رامي ربيعة، علي معلول - مروان عطية، إمام عاشور - حسين الشحات، وسام أبو علي',
    'التشكيلة الوزارية: النفط - حيان عبد الغني، الخارجية - فؤاد حسين، المالية - طيف سامي، الكهرباء - زياد علي فاضل',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  // Decks and kickers of the reporter's dateline shape, a desk opening the story's last paragraph.
  for (const deck of ['عاجل - محمد صلاح يعتزل دوليا', 'ليفربول - محمد صلاح يتصدر الهدافين', 'مصر - محمد صلاح أفضل لاعب', 'سوريا - نصر جديد للجيش', 'لبنان - نور الهدى']) {
    assert.ok(parsePage([HEADLINE, deck, ...STORY].join('\n')).body.includes(deck), deck);
  }
  assert.deepEqual(parsePage([HEADLINE, 'طنطا - مروة حسن', ...STORY].join('\n')).body, STORY);
  const desk = [...STORY, 'صحفية في قسم الأخبار المحلية روت للموقع أنها تلقت تهديدات متكررة بعد نشر تحقيقها.'];
  assert.deepEqual(parsePage([HEADLINE, ...desk].join('\n')).body, desk);
  // A day in history under a past-tense label is not the page's date; an edit label is an update.
  assert.equal(parsePage(['في مثل هذا اليوم: العبور', 'حدث في: 6 أكتوبر 1973', ...STORY].join('\n')).date, null);
  assert.ok(updatedOnly('آخر تعديل: 5 مايو 2024'));
  for (const label of ['لمزيد من المعلومات ، يرجى الاتصال بـ :', 'للمزيد من المعلومات والاستفسارات يرجى التواصل مع:', 'للاستفسار يرجى التواصل مع:', 'Media contacts:']) assert.equal(boilerplateKind(label), 'contact', label);
});

test('probes H21/H22: share rows without bars, photo agencies, play lengths, widget names, reader-view buttons, captions with a photographer or a cover, funding notes, scores, views, site descriptions, tables in the story, reading time, gallery captions, datelines naming the site, header dates', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  const kinds: [string, string][] = [
    ['فيسبوك تويتر واتساب تيليجرام البريد الإلكتروني طباعة', 'share-follow'], ['Shutterstock', 'caption'], ['▶ 02:36', 'player'], ['Taboola', 'ad-label'],
    ['طباعة | حجم الخط: + -', 'print-font'], ['↑', 'separator'], ['👁 12.3K', 'views'], ['edited 10:42', 'views'], ['إغلاق منظور القراءة', 'english-ui'],
    ['متظاهرون أمام مبنى البرلمان في بغداد. تصوير: علي حسين.', 'caption'], ['غلاف رواية «ليل القاهرة» للكاتب أحمد سالم', 'caption'],
    ['أُنتج هذا التحقيق بدعم من شبكة أريج للصحافة الاستقصائية.', 'disclaimer'], ['التقييم: 8/10', 'widget'], ['البيانات متأخرة 15 دقيقة', 'widget'],
  ];
  for (const [line, kind] of kinds) assert.equal(boilerplateKind(line), kind, line);
  for (const line of ['انتشر المقطع على فيسبوك وتويتر وواتساب خلال ساعات.', 'غلاف الكتاب الجديد صدر عن دار الشروق.', 'أنجز هذا التحقيق فريق من الصحفيين خلال عام كامل.', 'وبلغ التقييم النهائي للمشروع 8 من 10 بحسب اللجنة.']) assert.equal(boilerplateKind(line), undefined, line);
  const share = 'شارك الخبر: فيسبوك | تويتر | واتساب';
  // The site describing itself under the story; a table inside the story stays, the sidebar's goes.
  assert.deepEqual(parsePage([HEADLINE, ...STORY, share, 'موقع إخباري مستقل يغطي أخبار السودان وإقليم دارفور.'].join('\n')).body, STORY);
  const table = ['السهم | الإغلاق (ريال) | التغير', 'معادن | 51.10 | +3.2%', 'سابك | 55.30 | +2.4%'];
  const story = [STORY[0]!, 'أبرز الأسهم القيادية في جلسة اليوم', ...table, ...STORY.slice(1)];
  const market = parsePage([HEADLINE, ...story, share, 'الأكثر نشاطاً بالكمية', 'أمريكانا | 2.31 | 38.4 مليون سهم', 'الإنماء | 27.95 | 9.2 مليون سهم'].join('\n')).body;
  for (const row of table) assert.ok(market.includes(row), row);
  assert.ok(!market.includes('الإنماء | 27.95 | 9.2 مليون سهم'));
  // Reading time beside the byline; a gallery's captions under its counters.
  assert.deepEqual(parsePage([HEADLINE, 'بقلم: دانة جبريل', '7–9 دقائق', ...STORY].join('\n')).body, STORY);
  const gallery = parsePage([HEADLINE, ...STORY, 'ألبوم الصور', '1 / 3', 'صيادون يسحبون شباكهم عند الفجر', '2 / 3', 'سوق السمك في الميناء القديم'].join('\n')).body;
  assert.deepEqual(gallery, STORY);
  // A dateline naming the site, whatever its shape; an agency's name after a town; a summary box.
  const rakoba = parsePage([HEADLINE, 'كسلا: الراكوبة', ...STORY, 'جميع الحقوق محفوظة © 2025 الراكوبة'].join('\n'));
  assert.deepEqual(rakoba.body, STORY);
  assert.equal(datelineSource('نواذيبو – وكالة نواكشوط للأنباء'), 'وكالة نواكشوط للأنباء');
  assert.deepEqual(parsePage([HEADLINE, 'باختصار', '• ترميم 14 منزلا في المدينة القديمة', '• تدريب الشبان على الحرف التقليدية', ...STORY].join('\n')).body, STORY);
  // The header's date of copying above the headline, the published one under it.
  assert.equal(parsePage(['الأربعاء 19 مارس 2025', HEADLINE, 'نشر في: 18-03-2025 22:40 | آخر تحديث: 19-03-2025 09:12', ...STORY].join('\n')).date, '2025-03-18');
  assert.equal(copyrightSource('Nawaat © 2023. Creative Commons BY-NC-SA'), 'Nawaat');
});

test("a review of the H21/H22 rules: covers in headlines, films so produced, credits glued to reporting, the writer's own summaries, series parts, places as sites, history under the headline, ratings and emoji, a paper's history, match minutes stay", async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const line of [
    'غلاف مجلة تايم يثير جدلا واسعا في مصر', 'أُنتج هذا الفيلم بدعم من صندوق البحر الأحمر للأفلام، وشارك في مهرجان كان السينمائي.',
    'وأكدت الوزارة أن الأعمال ستنتهي خلال أسبوعين، وفق ما أفادت به مصادر رسمية. تصوير: أحمد حسن.', '★★★★', '🤫', 'السمة', 'في سطور:',
  ]) assert.equal(boilerplateKind(line), undefined, line);
  for (const line of ['▶️ 02:36', 'طباعة | حجم الخط: A+ A-', 'التقييم: 8 من 10', 'البيانات متأخرة بـ 15 دقيقة', 'تم إعداد هذا التقرير بدعم من شبكة أريج.', 'إغلاق وضع القراءة']) assert.ok(boilerplateKind(line), line);
  // The writer's own "باختصار" under the story; a series' part under the headline.
  const own = [...STORY, 'باختصار:', '- لا يمكن مواجهة التضخم بطباعة المزيد من النقود.', '- الحل يبدأ من دعم الإنتاج المحلي وتشجيع التصدير.'];
  assert.deepEqual(parsePage([HEADLINE, ...own].join('\n')).body, own);
  const part = parsePage([HEADLINE, '2 من 3', ...STORY].join('\n')).body;
  for (const line of STORY) assert.ok(part.includes(line), line);
  // A site named after its city credits no caption; an event there is the story's list.
  const riyadh = [...STORY.slice(0, 2), 'ومن أبرز الفعاليات:', 'حفل محمد عبده على مسرح بكر الشدي – الرياض', 'عرض مسرحية سيدتي الجميلة في بوليفارد سيتي – الرياض', STORY[2]!];
  assert.deepEqual(parsePage([HEADLINE, ...riyadh, 'جميع الحقوق محفوظة لجريدة الرياض 2024'].join('\n')).body, riyadh);
  // History or a deadline under the headline does not replace the date above it.
  assert.equal(parsePage(['الأحد 6 أكتوبر 2024 - 09:00', 'في مثل هذا اليوم: اغتيال الرئيس السادات', '6 أكتوبر 1981', ...STORY].join('\n')).date, '2024-10-06');
  assert.equal(parsePage(['تاريخ النشر: 12 مايو 2024', HEADLINE, 'كتب - محمد علي', 'الأحد 19 مايو 2024', ...STORY].join('\n')).date, '2024-05-12');
  // A paper's history closing the story; a match's minutes under the byline.
  const closed = [...STORY, 'صحيفة يومية لبنانية تأسست عام 1933.'];
  assert.deepEqual(parsePage([HEADLINE, ...closed].join('\n')).body, closed);
  assert.ok(parsePage([HEADLINE, 'كتب - محمد علي', '90 دقيقة', ...STORY].join('\n')).body.includes('90 دقيقة'));
});

test('probe H23: a channel whose name is a number keeps its noun in the copyright', () => {
  assert.equal(copyrightSource('جميع الحقوق محفوظة © 2025 قناة 218'), 'قناة 218');
  assert.equal(copyrightSource('© 2024 قناة الجديد'), 'الجديد');
  assert.equal(copyrightSource('جميع الحقوق محفوظة 2024'), undefined);
});

test('probe H24: a language switch naming Arabic first, a reference list under "المصادر", listen and download buttons of an interview, a time zone named by its country', async () => {
  const { boilerplateKind } = await import('../../src/ingest/boilerplate.js');
  for (const [line, kind] of [['العربية | English | Français', 'breadcrumb'], ['المصادر', 'references'], ['استمع إلى المقابلة', 'print-font'], ['تنزيل الملف الصوتي (MP3)', 'print-font']] as const) assert.equal(boilerplateKind(line), kind, line);
  assert.equal(boilerplateKind('تتحدث العربية والإنجليزية والفرنسية بطلاقة'), undefined);
  assert.deepEqual(dateLine('نُشر في: 5 فبراير 2025، 09:30 (بتوقيت اليابان)'), { iso: '2025-02-05' });
  const sources = parsePage([HEADLINE, ...STORY, 'المصادر', '1. المنظمة العالمية للأرصاد الجوية – تقرير عن أبحاث تعديل الطقس', '2. مراجعة لتجارب تلقيح السحب، 2021'].join('\n')).body;
  assert.deepEqual(sources, STORY);
});
