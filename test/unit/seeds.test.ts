import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cleanArticle } from '../../src/ingest/document.js';
import { readManifest } from '../../src/ingest/manifest.js';
import { SourceCanonicalizer } from '../../src/ingest/sources.js';

const corpus = new URL('../../corpus/', import.meta.url).pathname;
const manifest = readManifest(corpus);

function seed(id: string) {
  const text = readFileSync(`${corpus}${id}.txt`, 'utf8');
  return { text, ...cleanArticle({ id, text, manifest: manifest.get(id), sources: new SourceCanonicalizer() }) };
}

const lines = (body: string) => body.split('\n');

test('seed 000: headline title, dateline source, manifest date, comment/cookie/teaser lines gone', () => {
  const a = seed('000_4314f0f1b7597100');
  assert.equal(a.title, 'بعد انسحاب روسيا من سوريا..الملك محمد السادس و بوتين يؤكدان ضرورة حل الأزمة السورية');
  assert.equal(a.source, 'زنقة 20');
  assert.equal(a.date, '2016-03-15');
  const body = lines(a.body);
  assert.ok(body[0]!.startsWith('أكد الرئيس الروسي فلاديمير بوتين'));
  assert.ok(body.at(-1)!.startsWith('ورحب الرئيس فلاديمير بوتين'));
  for (const gone of ['قد يعجبك', 'اترك رد', 'بريدك', 'ملفات تعريف الارتباط', 'زنقة 20']) {
    assert.ok(!a.body.includes(gone), `body still has ${gone}`);
  }
  assert.equal(body.length, 11);
  assert.ok(body.every((l) => l.trim().length > 0), 'no blank (no-break space) lines');
});

test('seed 001: no headline so the lead sentence, source from the dateline, follow-us tail gone', () => {
  const a = seed('001_bf99efbfbe9b4f54');
  assert.equal(a.title, 'أكدت روسيا والمغرب حرصهما على وحدة الأراضي السورية وتسوية الأزمة في سورية بالوسائل السياسية');
  assert.equal(a.source, 'سانا');
  assert.equal(a.date, '2016-03-15');
  const body = lines(a.body);
  assert.equal(body.length, 19);
  assert.ok(body[0]!.startsWith('أكدت روسيا والمغرب'), 'the lead stays in the body');
  assert.ok(body.includes('بوغدانوف: سنواصل التنسيق مع واشنطن بخصوص محاربة الإرهاب في سورية'), 'interior subheading is content');
  for (const gone of ['telegram', 'واتس', '0940777186', 'VK', 'موسكو-سانا']) assert.ok(!a.body.includes(gone), `body still has ${gone}`);
});

test('seed 002: section label dropped, title on line 3, date and source from the text', () => {
  const a = seed('002_d2e71cb321c96b8c');
  assert.equal(a.title, 'مباحثات بين الرئيس بوتين والرئيس الأسد في موسكو لتعزيز التعاون');
  assert.equal(a.source, 'النهضة نيوز');
  assert.equal(a.date, '2021-09-14');
  const body = lines(a.body);
  assert.ok(body[0]!.startsWith('عقدت في موسكو قمة سورية روسية'));
  assert.ok(!body.includes('أخبار'));
  assert.ok(!a.body.includes('المصدر'));
  assert.ok(!a.body.includes('08:39'));
  assert.equal(body.length, 10);
});

test('seed 003: byline with an &nbsp entity gives the source; labels and share/comment lines gone', () => {
  const a = seed('003_dc8abb098d9da563');
  assert.equal(a.source, 'يورو نيوز');
  assert.equal(a.date, '2025-07-31');
  assert.equal(a.title, 'استقبل الرئيس الروسي فلاديمير بوتين، الخميس، وزير الخارجية السوري أسعد الشيباني، في الكرملين بالعاصمة موسكو');
  const body = lines(a.body);
  assert.ok(body[0]!.startsWith('استقبل الرئيس الروسي'));
  assert.ok(body.at(-1)!.startsWith('ووفقاً لوكالة الأنباء السورية'));
  for (const gone of ['نشرت في', 'اعلان', 'شاركها', 'اترك تعليقاً', 'Exit mobile version', '&nbsp', 'بقلم']) {
    assert.ok(!a.body.includes(gone), `body still has ${gone}`);
  }
  assert.equal(body.length, 10);
});

test('seed 004: see-also marker, its headline and teaser gone; interior subheading kept', () => {
  const a = seed('004_ff4b96d53ad6441c');
  assert.equal(a.title, 'بوتين يلتقي السيسي وأردوغان: تفعيل العملية السياسية في إطار مباحثات جنيف');
  assert.equal(a.source, 'سانا');
  assert.equal(a.date, '2017-12-11');
  const body = lines(a.body);
  assert.ok(body.includes('روسيا مستمرة في العمل على وقف الأعمال القتالية ومناطق خفض التوتر'));
  assert.ok(body.at(-1)!.startsWith('وحول قرار الرئيس الامريكي دونالد ترامب'));
  for (const gone of ['انظر ايضاً', 'يبحثان هاتفياً', 'أنقرة_القاهرة']) assert.ok(!a.body.includes(gone), `body still has ${gone}`);
  assert.equal(body.length, 15);
});
