import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFilterExpression, toEngineFilter } from '../../src/gateway/compat/filter.js';
import { FILTER_ATTRIBUTES } from '../../src/gateway/compat/request.js';
import { InvalidParameterError } from '../../src/errors.js';

const parse = (s: string) => parseFilterExpression(s, FILTER_ATTRIBUTES);
const rejects = (s: string, message: RegExp) =>
  assert.throws(() => parse(s), (e: unknown) => e instanceof InvalidParameterError && e.parameter === 'filter' && message.test(e.message), s);

test('what instant-meilisearch sends is rebuilt with every value re-quoted', () => {
  assert.equal(parse('"source"="الجزيرة"'), 'source = "الجزيرة"');
  assert.equal(parse('"date_ts">=1700000000'), 'date_ts >= 1700000000');
  assert.equal(parse('"year" 2016 TO 2018'), 'year 2016 TO 2018');
  assert.equal(parse('"source"="قال \\"نعم\\""'), 'source = "قال \\"نعم\\""');
  assert.deepEqual(toEngineFilter([['"source"="سانا"', '"source"="الجزيرة"'], '"year"=2017', ''], FILTER_ATTRIBUTES), [
    ['source = "سانا"', 'source = "الجزيرة"'],
    'year = 2017',
  ]);
  assert.deepEqual(toEngineFilter('', FILTER_ATTRIBUTES), []);
});

test('the rest of the grammar: AND/OR precedence, NOT, parentheses, IN, EXISTS, IS NULL, keywords in any case', () => {
  assert.equal(parse('source = a OR source = b AND year > 2000'), '(source = "a" OR (source = "b" AND year > 2000))');
  assert.equal(parse('(source = a or source = b) and not year < 2000'), '((source = "a" OR source = "b") AND NOT year < 2000)');
  assert.equal(parse("source IN ['سانا', \"BBC عربي\"]"), 'source IN ["سانا", "BBC عربي"]');
  assert.equal(parse('year NOT IN [2016, 2017]'), 'year NOT IN [2016, 2017]');
  assert.equal(parse('source NOT EXISTS'), 'source NOT EXISTS');
  assert.equal(parse('year IS NOT NULL'), 'year IS NOT NULL');
  assert.equal(parse('source != سانا'), 'source != "سانا"');
});

test('attributes outside the allow-list, values of the wrong type and broken syntax are 400s, never forwarded', () => {
  rejects('body = x', /`body` is not filterable/);
  rejects('kind = article', /`kind` is not filterable/);
  rejects('source = x OR kind = article', /`kind` is not filterable/);
  rejects('constructor = 1', /not filterable/);
  rejects('"hash" EXISTS', /not filterable/);
  rejects('year > abc', /number/);
  rejects('source > 5', /compares numbers only/);
  rejects('source = "x', /unclosed quote/);
  rejects('(source = x', /not closed/);
  rejects('source =', /expected a value/);
  rejects('source', /expected an operator/);
  rejects('source = x y', /unexpected "y"/);
  rejects('source = x AND', /expected an attribute/);
  rejects('source ! x', /"!"/);
  rejects('', /empty/);
  rejects('_geoRadius(1, 2, 3)', /not filterable/);
  rejects('NOT '.repeat(40) + 'year = 1', /nested/);
  rejects('year = 1 OR '.repeat(500) + 'year = 1', /at most 4000/);
});
