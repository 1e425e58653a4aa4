import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { cleanArticle, toDocument } from '../../src/ingest/document.js';
import { readManifest } from '../../src/ingest/manifest.js';
import { SourceCanonicalizer } from '../../src/ingest/sources.js';
import { groupStories, storyPairs, termsFromCounts, type StoryInput } from '../../src/ingest/stories.js';

const corpus = new URL('../../corpus/', import.meta.url).pathname;

/** The seeds as ingestion sees them: cleaned, then counted as the index stores them. */
function seeds(): StoryInput[] {
  const sources = new SourceCanonicalizer();
  const manifest = readManifest(corpus);
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, '');
      const article = cleanArticle({ id, text: readFileSync(corpus + file, 'utf8'), manifest: manifest.get(id), sources });
      const doc = toDocument(article, '');
      return { id, source: article.source, date: article.date, termCounts: [doc.title_terms, doc.body_terms] };
    });
}

const RUE20 = '000_4314f0f1b7597100';
const SANA = '001_bf99efbfbe9b4f54';

test('seeds 000 and 001 (one meeting, two outlets, own words) are one story; the other seeds stand alone', () => {
  const stories = groupStories(seeds());
  assert.deepEqual(stories.get(RUE20), { story: RUE20, alsoReportedBy: ['سانا'] });
  assert.deepEqual(stories.get(SANA), { story: RUE20, alsoReportedBy: ['زنقة 20'] });
  for (const [id, assigned] of stories) if (id !== RUE20 && id !== SANA) assert.deepEqual(assigned, { story: id, alsoReportedBy: [] });
});

test('the same text is not one story when one outlet published both, when days apart, or when undated', () => {
  const [rue20, sana, ...rest] = seeds();
  const pairOf = (b: StoryInput) => groupStories([rue20!, b, ...rest]).get(b.id)!.story === rue20!.id;
  assert.equal(pairOf(sana!), true);
  assert.equal(pairOf({ ...sana!, source: rue20!.source }), false);
  assert.equal(pairOf({ ...sana!, date: '2016-03-18' }), false);
  assert.equal(pairOf({ ...sana!, date: '2016-03-16' }), true);
  assert.equal(pairOf({ ...sana!, date: null }), false);
});

test('a story takes one article per outlet, and pairs are scored best first', () => {
  const filler = Array.from({ length: 12 }, (_, i) => ({ id: `f${i}`, source: `outlet${i}`, date: '2018-05-01', termCounts: [`وحد${i} ثان${i}:2 ثالث${i}`] }));
  const event = 'اجتماع:3 كرملين:2 سادس بيان مشترك';
  const a = { id: 'a', source: 'وام', date: '2018-05-01', termCounts: [event] };
  const b = { id: 'b', source: 'سانا', date: '2018-05-01', termCounts: [event] };
  const c = { id: 'c', source: 'سانا', date: '2018-05-02', termCounts: [`${event} سلام`] };
  const stories = groupStories([a, b, c, ...filler]);
  const withA = ['a', 'b', 'c'].filter((id) => stories.get(id)!.story === stories.get('a')!.story);
  assert.equal(withA.length, 2, 'one SANA article joins the story, not both');
  assert.deepEqual(stories.get('a')!.alsoReportedBy, ['سانا']);
  const pairs = storyPairs([a, b, c, ...filler], 0);
  assert.deepEqual(pairs.map((p) => p.score), [...pairs.map((p) => p.score)].sort((x, y) => y - x));
  assert.ok(!pairs.some((p) => [p.a, p.b].sort().join() === '1,2'), 'no pair within one outlet');
});

test('term counts are read back from the index format', () => {
  assert.deepEqual([...termsFromCounts('سور:3 بوتين', 'سور')], [['سور', 4], ['بوتين', 1]]);
  assert.equal(termsFromCounts('').size, 0);
});
