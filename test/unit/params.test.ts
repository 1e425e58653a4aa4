import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidParameterError } from '../../src/errors.js';
import { parseSearchParams } from '../../src/gateway/params.js';

test('defaults', () => {
  assert.deepEqual(parseSearchParams({}), { q: '', sources: [], sort: 'relevance', page: 1, hitsPerPage: 20, collapseStories: false });
});

test('repeatable source, dates, sort and paging', () => {
  const r = parseSearchParams({ q: ' سوريا ', source: ['سانا', 'BBC', 'سانا'], from: '2016-01-01', to: '2016-12-31', sort: 'newest', page: '2', hitsPerPage: '50', collapse: 'story' });
  assert.deepEqual(r, { q: 'سوريا', sources: ['سانا', 'BBC'], from: '2016-01-01', to: '2016-12-31', sort: 'newest', page: 2, hitsPerPage: 50, collapseStories: true });
});

test('control characters and lone surrogates are stripped from q', () => {
  assert.equal(parseSearchParams({ q: 'سو\u0000ريا\uD800' }).q, 'سوريا');
});

for (const [name, query, mentions] of [
  ['page 0', { page: '0' }, 'page'],
  ['page not a number', { page: 'abc' }, 'page'],
  ['hitsPerPage over 100', { hitsPerPage: '101' }, 'hitsPerPage'],
  ['beyond the result window', { page: '11', hitsPerPage: '100' }, 'page'],
  ['bad date', { from: '2016-02-30' }, 'from'],
  ['date order', { from: '2017-01-01', to: '2016-01-01' }, 'from'],
  ['unknown sort', { sort: 'random' }, 'sort'],
  ['repeated q', { q: ['a', 'b'] }, 'q'],
  ['unknown parameter', { query: 'x' }, 'query'],
  ['too long q', { q: 'ا'.repeat(501) }, 'q'],
] as const) {
  test(`rejects ${name} with a message naming the parameter`, () => {
    assert.throws(
      () => parseSearchParams(query),
      (error: unknown) => error instanceof InvalidParameterError && error.message.includes(mentions),
    );
  });
}
