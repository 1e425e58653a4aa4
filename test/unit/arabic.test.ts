import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArabic } from '../../src/arabic/index.js';
import { foldToken, foldWord, normalizeText } from '../../src/arabic/normalize.js';

const stem = (word: string) => analyzeArabic(word)[0]?.stem;
const exact = (word: string) => analyzeArabic(word)[0]?.exact;

test('folding: hamza seats, alef variants, ta marbuta, alef maqsura, Persian letters, digits', () => {
  assert.equal(exact('أكد'), 'اكد');
  assert.equal(exact('إرهاب'), 'ارهاب');
  assert.equal(exact('آخر'), 'اخر');
  assert.equal(exact('ٱلله'), 'الله');
  assert.equal(exact('سورية'), 'سوريه');
  assert.equal(exact('المحورى'), 'المحوري');
  assert.equal(exact('مسؤول'), 'مسوول');
  assert.equal(exact('رئيس'), 'رييس');
  assert.equal(exact('روسیا'), 'روسيا'); // Persian yeh
  assert.equal(exact('موسکو'), 'موسكو'); // keheh
  assert.equal(exact('٢٠٢١'), '2021');
  assert.equal(exact('NATO'), 'nato');
});

test('marks, tatweel and presentation forms are removed or composed', () => {
  assert.equal(exact('سُورِيَا'), 'سوريا');
  assert.equal(exact('ســوريا'), 'سوريا');
  assert.equal(exact('تحقيقاً'), 'تحقيقا');
  assert.equal(exact('ﺳﻮﺭﻳﺎ'), 'سوريا');
  assert.equal(exact('ﻻفروف'), 'لافروف');
  assert.equal(exact('سوريّا'), 'سوريا');
});

test('one stem for the forms an analyst expects to match', () => {
  for (const group of [
    ['الإرهاب', 'للإرهاب', 'الإرهابيين', 'والإرهاب', 'بالإرهاب', 'إرهاب'],
    ['سوريا', 'سورية', 'السورية', 'السوري'],
    ['روسيا', 'الروسية', 'الروسي'],
    ['أمريكا', 'امريكا'],
    ['المحادثات', 'محادثات'],
    ['مؤكدا', 'مؤكد'],
  ]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join(' / ')} gave ${[...stems].join(' / ')}`);
  }
});

test('stemming keeps names and unrelated words apart', () => {
  assert.notEqual(stem('بوتين'), stem('بوت'));
  assert.equal(stem('لافروف'), 'لافروف');
  assert.equal(stem('فلاديمير'), 'فلاديمير');
  assert.notEqual(stem('تركيا'), stem('التركيز'));
  assert.notEqual(stem('سياسي'), stem('السيسي'));
});

test('tokens keep offsets into the original text and flag function words', () => {
  const text = 'قال إن الإرهابيينَ في سوريا';
  const tokens = analyzeArabic(text);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['قال', 'إن', 'الإرهابيينَ', 'في', 'سوريا']);
  assert.deepEqual(tokens.map((t) => t.stop), [false, true, false, true, false]);
});

test('no letters, no tokens', () => {
  assert.deepEqual(analyzeArabic(' ... ؟ !! '), []);
  assert.deepEqual(analyzeArabic(''), []);
});

test('spelling variants newsrooms use meet in one stem, with their prefixes and suffixes', () => {
  for (const group of [
    ['ترامب', 'ترمب', 'وترمب', 'لترمب'],
    ['بوتين', 'بوتن', 'وبوتن'],
    ['أمريكا', 'أميركا', 'الأمريكية', 'الأميركية', 'الأميركي'],
    ['الروهينجا', 'الروهينغا', 'للروهينغا'],
    ['بريكست', 'البريكسيت'],
    ['الكيميائية', 'الكيماوية'],
  ]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join(' / ')} gave ${[...stems].join(' / ')}`);
  }
});

test('a particle light10 keeps (ب ل ك ف) gives a second, clitic-free stem', () => {
  const forms = (word: string) => analyzeArabic(word)[0]!;
  assert.equal(forms('بقيادة').cliticFree, stem('قيادة'));
  assert.equal(forms('لمونديال').cliticFree, stem('مونديال'));
  assert.equal(forms('بمشاركة').cliticFree, stem('مشاركة'));
  // Too short a remainder would meet real words (بحر -> حر); words without a particle have none.
  assert.equal(forms('بحر').cliticFree, null);
  assert.equal(forms('قيادة').cliticFree, null);
  assert.equal(forms('في').cliticFree, null);
});

test('the table-driven fold gives what the reference fold gives, for every character it handles', () => {
  for (let code = 0; code < 0x0700; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    const fast = foldWord(char);
    if (fast !== null) assert.equal(fast, foldToken(normalizeText(char)), `U+${code.toString(16)}`);
  }
  // Arabic words with marks, hamza seats and digits stay on the table; Latin-1 and composed forms leave it.
  for (const word of ['سُورِيَا', 'أكّد', 'مسؤولون', 'ﺳﻮﺭﻳﺎ', '٢٠٢١', 'NATO', 'ا\u0653خر', 'ە\u0654', 'café', 'e\u0301']) {
    assert.equal(foldWord(word) ?? foldToken(normalizeText(word)), foldToken(normalizeText(word)), word);
  }
  assert.equal(foldWord('café'), null);
  assert.equal(foldWord('ﺳﻮﺭﻳﺎ'), null);
});

test('words are split where the letter/mark/digit class ends, beyond the BMP too', () => {
  const text = 'سوريا،𝐀𝐁x😀ب\ud800ج ﻻفروف café e\u0301 ١٢ ــ؟ 𐐀𐐨';
  const expected = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, exact: foldToken(normalizeText(m[0])) }))
    .filter((w) => w.exact.length > 0);
  assert.deepEqual(analyzeArabic(text).map(({ start, end, exact }) => ({ start, end, exact })), expected);
});

test('analysis is the same on every call', () => {
  const text = 'بقيادة ترمب والأميركيين في سورية وخروج بريطانيا من الاتحاد الأوروبي';
  assert.deepEqual(analyzeArabic(text), analyzeArabic(text));
});

test('a known phrase is marked with its group, whichever of its spellings the text uses', () => {
  const phrases = (text: string) => analyzeArabic(text).map((t) => [t.phrase, t.phraseStart]);
  const brexit = analyzeArabic('بريكست')[0]!;
  const group = brexit.cliticFree ?? brexit.stem;
  assert.deepEqual(phrases('بعد خروج بريطانيا من الاتحاد الأوروبي'), [[null, false], [group, true], [group, false], [group, false], [group, false], [group, false]]);
  const isis = phrases('مقاتلو تنظيم الدولة الإسلامية');
  assert.deepEqual(isis.map(([, start]) => start), [false, true, false, false]);
  assert.ok(isis.slice(1).every(([phrase]) => phrase !== null && phrase === isis[1]![0]));
  assert.deepEqual(phrases('دولة تنظيم'), [[null, false], [null, false]]);
});
