import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFilter, quoteFilterValue } from '../../src/search/filters.js';

test('filter values are quoted with backslash escaped before the quote', () => {
  assert.equal(quoteFilterValue('سانا'), '"سانا"');
  assert.equal(quoteFilterValue('x" OR source != "y'), '"x\\" OR source != \\"y"');
  assert.equal(quoteFilterValue('trail\\'), '"trail\\\\"');
  assert.equal(quoteFilterValue('a\\"b'), '"a\\\\\\"b"');
});

test('sources form one OR group, dates are integers ANDed beside it', () => {
  assert.deepEqual(buildFilter({ sources: ['سانا', 'BBC'], fromTs: 100.7, toTs: 200 }), [
    ['source = "سانا"', 'source = "BBC"'],
    'date_ts >= 100',
    'date_ts <= 200',
  ]);
  assert.deepEqual(buildFilter({}), []);
});
