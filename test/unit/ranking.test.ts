import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inverseDocumentFrequency, scoreCandidates as scoreWith, weighParts, type RankCandidate, type TermStatistics } from '../../src/search/ranking.js';
import { countsOf, formatTermCounts } from '../../src/search/terms.js';
import { TermStatisticsCache } from '../../src/search/term-stats.js';

test('term counts: written once per stem, read back for the wanted stems only', () => {
  const stored = formatTermCounts(['قمه', 'ترامب', 'بوتين', 'ترامب', 'ترامب']);
  assert.equal(stored, 'قمه ترامب:3 بوتين');
  assert.deepEqual(countsOf(stored, new Set(['ترامب', 'قمه', 'كيم'])), new Map([['قمه', 1], ['ترامب', 3]]));
  assert.deepEqual(countsOf('', new Set(['x'])), new Map());
  // A stem inside another, or at either end, is matched only as a whole entry.
  assert.deepEqual(countsOf('ab:2 abc:2 x bab c', new Set(['ab', 'abc', 'b', 'c', 'bab'])), new Map([['ab', 2], ['abc', 2], ['bab', 1], ['c', 1]]));
});

const scoreCandidates = (candidates: RankCandidate[], stems: string[], statistics: TermStatistics) =>
  scoreWith(candidates, weighParts(stems.map((stem) => ({ words: [stem], group: null })), statistics));
const stats = { documents: 1000, documentFrequency: new Map([['ترامب', 300], ['هلسنكي', 5], ['قمه', 100]]) };
const candidate = (id: string, title: Record<string, number>, body: Record<string, number>, bodyLength = 200, lead: Record<string, number> = {}): RankCandidate => ({
  id,
  title: new Map(Object.entries(title)),
  body: new Map(Object.entries(body)),
  lead: new Map(Object.entries(lead)),
  titleLength: 8,
  bodyLength,
});

test('rarer words weigh more: one Helsinki outweighs several Trumps', () => {
  assert.ok(inverseDocumentFrequency(stats, 'هلسنكي') > inverseDocumentFrequency(stats, 'ترامب'));
  const scores = scoreCandidates([candidate('trump', {}, { ترامب: 6 }), candidate('helsinki', {}, { هلسنكي: 1 })], ['ترامب', 'هلسنكي'], stats);
  assert.ok(scores.get('helsinki')! > scores.get('trump')!);
});

test('the title counts more than the body, and covering the whole query beats repeating part of it', () => {
  const query = ['قمه', 'هلسنكي'];
  const inTitle = scoreCandidates([candidate('title', { هلسنكي: 1, قمه: 1 }, { هلسنكي: 1, قمه: 1 }), candidate('body', {}, { هلسنكي: 1, قمه: 1 })], query, stats);
  assert.ok(inTitle.get('title')! > inTitle.get('body')!);
  const coverage = scoreCandidates([candidate('both', {}, { هلسنكي: 1, قمه: 1 }), candidate('one', {}, { هلسنكي: 4 })], query, stats);
  assert.ok(coverage.get('both')! > coverage.get('one')!);
});

test('the lead counts: a story that opens with the topic beats one that reaches it later', () => {
  const scores = scoreCandidates([candidate('late', {}, { هلسنكي: 2 }), candidate('lead', {}, { هلسنكي: 2 }, 200, { هلسنكي: 1 })], ['هلسنكي'], stats);
  assert.ok(scores.get('lead')! > scores.get('late')!);
});

test('longer articles need more occurrences for the same score (length normalisation)', () => {
  const scores = scoreCandidates([candidate('short', {}, { هلسنكي: 2 }, 100), candidate('long', {}, { هلسنكي: 2 }, 1000)], ['هلسنكي'], stats);
  assert.ok(scores.get('short')! > scores.get('long')!);
});

test('an article without any query word scores zero; no candidates, no scores', () => {
  assert.equal(scoreCandidates([candidate('none', {}, { كيم: 3 })], ['هلسنكي'], stats).get('none'), 0);
  assert.equal(scoreCandidates([], ['هلسنكي'], stats).size, 0);
});

test('term statistics are cached until they are stale', () => {
  let now = 0;
  const cache = new TermStatisticsCache(1000, 10, () => now);
  assert.deepEqual(cache.missing(['a', 'b']), { stems: ['a', 'b'], documents: true });
  cache.store(['a'], [7], 100);
  assert.deepEqual(cache.missing(['a', 'b']), { stems: ['b'], documents: false });
  assert.deepEqual(cache.statistics(['a', 'b']), { documents: 100, documentFrequency: new Map([['a', 7], ['b', 0]]) });
  now = 1000;
  assert.deepEqual(cache.missing(['a']), { stems: ['a'], documents: true });
});

test('a phrase scores through its words or its group stem, whichever is better', () => {
  const statistics = { documents: 1000, documentFrequency: new Map([['هجرسر', 30], ['هجر', 100], ['سر', 200], ['تونس', 100]]) };
  const [phrase] = weighParts([{ words: ['هجر', 'سر'], group: 'هجرسر' }], statistics);
  assert.equal(phrase!.group!.weight, inverseDocumentFrequency(statistics, 'هجر') + inverseDocumentFrequency(statistics, 'سر'));
  const parts = weighParts([{ words: ['هجر', 'سر'], group: 'هجرسر' }, { words: ['تونس'], group: null }], statistics);
  const scores = scoreWith(
    [
      candidate('same words', { هجر: 1, سر: 1, هجرسر: 1 }, {}),
      candidate('other spelling', { هجر: 1, هجرسر: 1 }, {}),
      candidate('one word', { هجر: 1 }, {}),
      candidate('place only', { تونس: 1 }, {}),
    ],
    parts,
  );
  assert.ok(Math.abs(scores.get('same words')! - scores.get('other spelling')!) < 1e-9);
  assert.ok(scores.get('other spelling')! > scores.get('one word')!);
  assert.ok(scores.get('one word')! > 0);
});
