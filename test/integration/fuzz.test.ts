// Hostile and malformed requests against every public route of a real gateway on a real engine, the
// native API and the Meilisearch-compatible one:
// 10,000 generated requests, every answer a 2xx or a 4xx with a JSON message, never a 5xx, and a
// source filter never returning another source's article. Seeded: FUZZ_SEED=n reproduces a run.
import express from 'express';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Server } from 'node:http';
import { startServer } from '../../src/gateway/index.js';
import { gatewayFor, ingestInto, sharedCorpusSample, startTestEngine } from '../helpers/engine.js';

const REQUESTS = 10_000;
const CONCURRENCY = 8;
const INDEX = 'fuzz';

let engine: Awaited<ReturnType<typeof startTestEngine>>;
let server: Server;
let base: string;
let corpus: string;
const sources = new Set<string>();

/** Mulberry32: small, seedable, good enough to spread inputs. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

before(async () => {
  // Seeds plus 300 shared articles from several outlets, with the outlets from the shared manifest.
  corpus = mkdtempSync(join(tmpdir(), 'ans-fuzz-'));
  sharedCorpusSample(corpus, 300, 33);
  engine = await startTestEngine();
  await ingestInto(engine.admin, INDEX, corpus);
  const app = await gatewayFor(engine, INDEX, 10_000);
  // The production server (its timeouts and parser-error answers), on a free port.
  const started = await startServer(app, 0, '127.0.0.1');
  server = started.server;
  base = started.url;
  const facets = await (await fetch(`${base}/api/search?hitsPerPage=1`)).json();
  for (const source of Object.keys(facets.facets.source)) sources.add(source);
});
after(async () => {
  await new Promise((ok) => server?.close(ok));
  await engine?.cleanup();
  rmSync(corpus, { recursive: true, force: true });
});

test(`${REQUESTS} hostile requests: no 5xx, JSON messages on every 4xx, no filter escapes`, async () => {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (max: number) => Math.floor(random() * max);
  const words = ['سوريا', 'بوتين', 'الإرهاب', 'ترمب', 'المغرب', 'وبالانتخابات', 'قمة', 'داعش', 'NATO', '2018', 'x'];
  const nasty = [
    '"', '\\', '\\"', '" OR source != "', "' OR 1=1 --", 'source = "x"', 'id EXISTS', '_geoRadius(1,2,3)', 'AND', 'NOT',
    '\u0000', '\u0007', '\u001b[31m', '\u200f', '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', '😀', '🇸🇾', '%', '%%', '%E0%A4%A',
    '<script>alert(1)</script>', '&amp;', '../../etc/passwd', '*', '?', '[', ']', '{', '}', '\n', '\r\n', '\t',
  ];
  const randomText = (maxLength: number) => {
    let s = '';
    const length = int(maxLength);
    while (s.length < length) {
      const r = random();
      if (r < 0.35) s += pick(words) + ' ';
      else if (r < 0.6) s += pick(nasty);
      else if (r < 0.8) s += String.fromCharCode(int(0xffff));
      else s += String.fromCodePoint(0x600 + int(0x100));
    }
    return s.slice(0, length);
  };
  const number = () => pick(['1', '2', '0', '-1', '1.5', '1e3', '999999999999', 'NaN', 'abc', '', '٣', '0x10', ' 1', '100', '101', '50']);
  const date = () => pick(['2018-01-01', '2018-02-30', '2016-13-01', '18-1-1', 'yesterday', '', '2017-06-05T00:00', '٢٠١٨-٠١-٠١']);
  const enc = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return v.replace(/[^\w-]/g, '%25'); // a lone surrogate cannot be UTF-8: send it raw-escaped instead
    }
  };

  type Case = { url: string; sourceFilter: string[] | null };
  const makeCase = (): Case => {
    const route = random();
    if (route < 0.75) {
      const params: [string, string][] = [];
      const sourceFilter: string[] = [];
      if (random() < 0.8) params.push(['q', random() < 0.05 ? randomText(10_000) : randomText(40)]);
      if (random() < 0.05) params.push(['q', randomText(10)]); // repeated
      const s = random();
      if (s < 0.3) {
        const real = pick([...sources]);
        params.push(['source', real]);
        sourceFilter.push(real);
        if (random() < 0.3) {
          const other = pick([...sources]);
          params.push(['source', other]);
          sourceFilter.push(other);
        }
      } else if (s < 0.5) {
        params.push(['source', pick(['x" OR source != "y', 'x\\', '\\', '"', `${pick([...sources])}" OR id EXISTS OR source = "`, randomText(30), ''])]);
      }
      if (random() < 0.3) params.push(['page', number()]);
      if (random() < 0.3) params.push(['hitsPerPage', number()]);
      if (random() < 0.15) params.push(['from', date()]);
      if (random() < 0.15) params.push(['to', date()]);
      if (random() < 0.2) params.push(['sort', pick(['relevance', 'newest', 'oldest', 'date_ts:desc', 'id', ''])]);
      if (random() < 0.05) params.push([pick(['filter', 'attributesToRetrieve', 'limit', 'facets', 'q[]', 'page[x]', '__proto__']), randomText(20)]);
      const query = params.map(([k, v]) => `${enc(k)}=${random() < 0.02 ? pick(nasty) : enc(v)}`).join('&');
      return { url: `/api/search?${query}`, sourceFilter: sourceFilter.length > 0 ? sourceFilter : null };
    }
    if (route < 0.9) return { url: `/api/articles/${random() < 0.5 ? enc(randomText(30)) : pick(['000_4314f0f1b7597100', '%E0%A4%A', '..%2F..%2Fetc', 'x'.repeat(600), ''])}`, sourceFilter: null };
    return { url: pick(['/healthz', '/readyz', '/', '/index.html', '/app.js', '/style.css', '/api', '/api/unknown', '/%E0', '/..%2f..%2fpackage.json', '/.env']), sourceFilter: null };
  };

  const tally = new Map<number, number>();
  const failures: string[] = [];
  let escapes = 0;
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const c = makeCase();
      const response = await fetch(base + c.url, { redirect: 'manual' });
      const text = await response.text();
      tally.set(response.status, (tally.get(response.status) ?? 0) + 1);
      if (response.status >= 500) failures.push(`${response.status} ${c.url.slice(0, 200)} ${text.slice(0, 200)}`);
      else if (response.status >= 400) {
        let message: unknown;
        try {
          message = (JSON.parse(text) as { error?: { message?: string } }).error?.message;
        } catch {
          message = undefined;
        }
        if (typeof message !== 'string') failures.push(`no JSON message: ${response.status} ${c.url.slice(0, 200)} ${text.slice(0, 100)}`);
      } else if (c.sourceFilter && response.status === 200) {
        const body = JSON.parse(text) as { hits: { source: string | null }[] };
        for (const hit of body.hits) if (!c.sourceFilter.includes(hit.source ?? '')) escapes++;
      }
      if (text.includes(engine.masterKey)) failures.push(`master key in response to ${c.url.slice(0, 100)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const summary = [...tally].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
  console.log(`fuzz seed ${seed}: ${REQUESTS} requests, ${summary}, filter escapes ${escapes}`);
  assert.deepEqual(failures.slice(0, 10), [], `seed ${seed}`);
  assert.equal(escapes, 0, `seed ${seed}`);
  assert.ok((tally.get(200) ?? 0) > REQUESTS / 10, `too few successful searches to mean anything: ${summary}`);
  // The gateway is still healthy afterwards.
  assert.equal((await fetch(`${base}/readyz`)).status, 200);
});

test('3000 hostile Meilisearch-protocol requests to /meili: no 5xx, Meilisearch error shape on every 4xx, no filter escapes', async () => {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000) + 1;
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = (p: number) => random() < p;
  const real = () => pick([...sources]);
  const junk = () => pick<unknown>(['', 'x', '"', '\\', '*', -1, 0, 1.5, 1001, 1e9, null, true, [], {}, ['x'], [['x']], [[[]]], '\u0000', '\ud800', 'year > ', 'source = "x" OR kind = article', '(((', 'title:asc', 'date_ts:desc', '__proto__']);
  // Half the queries are well-formed (so the engine answers and escapes can be seen), half carry junk.
  const query = (): Record<string, unknown> => {
    const hostile = maybe(0.5);
    const either = <T>(good: readonly T[], bad: readonly unknown[]) => (hostile && maybe(0.3) ? pick([...bad, junk()]) : pick(good));
    const q: Record<string, unknown> = { indexUid: either([INDEX], ['other', '', '../x', INDEX + ' ']) };
    if (maybe(0.8)) q.q = either(['سوريا', 'بوتين', 'الإرهاب', '', 'ترمب قمة', '"داعش"', '\u202eسوريا'], ['x'.repeat(600)]);
    if (maybe(0.5)) q.filter = either([`"source"="${real()}"`, [[`"source"="${real()}"`, `"source"="${real()}"`]], `source IN ["${real()}"] AND year 2015 TO 2019`, '"date_ts">=1500000000', 'NOT (year < 2016 OR year IS NULL)'], [`source = "${real()}\\" OR source != \\"x"`, `source = '${real()}' OR id EXISTS`, 'kind = article', 'body = x']);
    if (maybe(0.5)) q.facets = either([['source'], ['source', 'year', 'date_ts'], ['*'], []], [['kind'], ['body']]);
    if (maybe(0.4)) q.attributesToHighlight = either([['*'], ['title'], ['title', 'body']], [['hash']]);
    if (maybe(0.4)) q.attributesToCrop = either([['body:40'], ['*'], ['body']], [['body:x'], ['title:5:5']]);
    if (maybe(0.3)) q.attributesToRetrieve = either([['id'], ['*'], ['title', 'source']], [['body_terms']]);
    if (maybe(0.3)) q.highlightPreTag = either(['__ais-highlight__', '<b>', ''], ['x'.repeat(200)]);
    if (maybe(0.3)) q.sort = either([['date_ts:desc'], ['date_ts:asc']], [['title:asc'], ['date_ts:desc', 'date_ts:asc']]);
    for (const key of ['limit', 'offset', 'hitsPerPage', 'page', 'cropLength']) if (maybe(0.2)) q[key] = either([1, 5, 20, 999], [-1, 1.5, 1e9]);
    if (hostile && maybe(0.05)) q[pick(['showRankingScore', 'vector', 'hybrid', 'distinct', '__proto__', 'federationOptions'])] = junk();
    return q;
  };
  const body = (): { path: string; payload: string } => {
    const route = random();
    if (route < 0.7) {
      const queries = Array.from({ length: pick([1, 1, 2, 3, 4, 25]) }, query);
      return { path: '/meili/multi-search', payload: maybe(0.03) ? pick(['{', 'null', '[]', '"x"', '{"queries": {}}']) : JSON.stringify(maybe(0.03) ? { queries, federation: {} } : { queries }) };
    }
    const { indexUid, ...single } = query();
    if (route < 0.85) return { path: `/meili/indexes/${encodeURIComponent(String(indexUid).replace(/[\uD800-\uDFFF]/g, '?'))}/search`, payload: JSON.stringify(single) };
    return { path: `/meili/indexes/${INDEX}/facet-search`, payload: JSON.stringify({ ...single, facetName: pick(['source', 'year', 'kind', '']), facetQuery: pick(['سان', '', 'x', '"']) }) };
  };

  const tally = new Map<number, number>();
  const failures: string[] = [];
  let escapes = 0;
  let next = 0;
  const worker = async () => {
    while (next < 3000) {
      next++;
      const { path, payload } = body();
      const response = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
      const text = await response.text();
      tally.set(response.status, (tally.get(response.status) ?? 0) + 1);
      if (response.status >= 500) failures.push(`${response.status} ${path} ${payload.slice(0, 300)} ${text.slice(0, 200)}`);
      else if (response.status >= 400) {
        const error = JSON.parse(text) as { message?: unknown; code?: unknown; type?: unknown; link?: unknown };
        if (typeof error.message !== 'string' || typeof error.code !== 'string' || error.type !== 'invalid_request' || typeof error.link !== 'string') {
          failures.push(`not a Meilisearch error: ${response.status} ${text.slice(0, 200)}`);
        }
      } else if (path.endsWith('/multi-search')) {
        // A filter naming only real sources returns only their articles.
        const { queries } = JSON.parse(payload) as { queries: { filter?: unknown; attributesToRetrieve?: unknown }[] };
        const { results } = JSON.parse(text) as { results: { hits: { source?: string }[] }[] };
        queries.forEach((q, i) => {
          const named = typeof q.filter === 'string' && /^"source"="([^"\\]*)"$/.exec(q.filter)?.[1];
          if (!named) return;
          for (const hit of results[i]!.hits) if (hit.source !== undefined && hit.source !== named) escapes++;
        });
      }
      if (text.includes(engine.masterKey)) failures.push(`master key in response to ${path}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const summary = [...tally].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
  console.log(`compat fuzz seed ${seed}: 3000 requests, ${summary}, filter escapes ${escapes}`);
  assert.deepEqual(failures.slice(0, 10), [], `seed ${seed}`);
  assert.equal(escapes, 0, `seed ${seed}`);
  assert.ok((tally.get(200) ?? 0) > 300, `too few successful searches to mean anything: ${summary}`);
  assert.equal((await fetch(`${base}/readyz`)).status, 200);
});

test('a server on a port already taken fails to start (EADDRINUSE), not a start that serves nothing', async () => {
  const taken = Number(new URL(base).port);
  await assert.rejects(startServer(express(), taken, '127.0.0.1'), (error: NodeJS.ErrnoException) => error.code === 'EADDRINUSE');
  // The running server still answers.
  assert.equal((await fetch(`${base}/api/search?q=x`)).status, 200);
});
