import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { htmlToPageText } from '../../src/ingest/html.js';
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
