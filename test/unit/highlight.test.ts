import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightText, snippet } from '../../src/search/highlight.js';
import { analyzeQuery } from '../../src/search/query.js';

test('query words match by stem and are marked in the original spelling', () => {
  const q = analyzeQuery('الإرهابيين');
  assert.equal(highlightText('مكافحة للإرهاب والإرهابيين', q), 'مكافحة <mark>للإرهاب</mark> <mark>والإرهابيين</mark>');
});

test('everything but the marks is HTML-escaped', () => {
  const q = analyzeQuery('سوريا');
  assert.equal(highlightText('<b>سورية</b> & "x"', q), '&#60;b&#62;<mark>سورية</mark>&#60;/b&#62; &#38; &#34;x&#34;');
});

test('the snippet is the passage with the most query words, with ellipses where cut', () => {
  const filler = 'كلمة '.repeat(100);
  const text = `${filler}روسيا وسوريا اتفقتا ${filler}`;
  const s = snippet(text, analyzeQuery('روسيا سوريا'), undefined, { words: 10 });
  assert.match(s, /^… .*<mark>روسيا<\/mark> <mark>وسوريا<\/mark>.* …$/);
});

test('the last word typed matches as a prefix; function words alone still search', () => {
  assert.equal(analyzeQuery('الكرمل').prefix, 'الكرمل');
  assert.equal(analyzeQuery('الكرمل ').prefix, null);
  assert.equal(analyzeQuery('في').engineQuery, 'في');
  assert.equal(analyzeQuery('الرئيس في موسكو').engineQuery, 'رييس موسكو');
});

test('highlights follow the analysis: variants and particles are marked where they matched', () => {
  const q = analyzeQuery('قمة ترامب وبوتين');
  assert.equal(highlightText('قمة ترمب وبوتن في هلسنكي', q), '<mark>قمة</mark> <mark>ترمب</mark> <mark>وبوتن</mark> في هلسنكي');
  const driving = analyzeQuery('بقيادة السيارة');
  assert.equal(highlightText('قيادة المرأة للسيارات', driving), '<mark>قيادة</mark> المرأة <mark>للسيارات</mark>');
  assert.equal(analyzeQuery('السماح بقيادة').engineQuery, 'سماح قياد');
});

test('the snippet comes from the first paragraph where every query word has matched', () => {
  const text = `مقدمة عن روسيا وسوريا في سطر أول.\n${'كلمة '.repeat(60)}\nروسيا سوريا روسيا سوريا روسيا سوريا`;
  const s = snippet(text, analyzeQuery('روسيا سوريا'), undefined, { words: 10 });
  assert.match(s, /^مقدمة عن <mark>روسيا<\/mark> <mark>وسوريا<\/mark>/);
  assert.match(s, / …$/);
});

test('a match at the end of a paragraph keeps the words that follow it in the snippet', () => {
  const text = `${'كلمة '.repeat(30)}خسائر كبيرة بالإرهابيين\n${'تابع '.repeat(30)}\n${'آخر '.repeat(30)}`;
  const s = snippet(text, analyzeQuery('الإرهابيين'), undefined, { words: 20 });
  const words = s.replace(/<\/?mark>/g, '').split(/\s+/).filter((w) => w !== '…');
  assert.equal(words.length, 20, s);
  assert.match(s, /<mark>بالإرهابيين<\/mark> تابع/);
});
