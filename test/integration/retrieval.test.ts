// Retrieval behaviour through the HTTP API on a small written corpus: spelling variants, particles,
// known phrases, ranking by aboutness, and pagination across the gateway's ranking window.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { gatewayFor, ingestInto, startTestEngine } from '../helpers/engine.js';
import { RANKING_WINDOW, WIDENING_WINDOW } from '../../src/search/service.js';

const INDEX = 'retrieval';
const ARTICLES: Record<string, string> = {
  'summit-title': 'قمة ترامب وبوتين في هلسنكي تنتهي ببيان مشترك\n\nانتهت في هلسنكي القمة بين الرئيسين الأمريكي والروسي بعد محادثات استمرت ساعتين.',
  'summit-passing': 'أسعار النفط ترتفع في الأسواق\n\nارتفعت أسعار النفط اليوم مع ترقب الأسواق لقرارات المنتجين. وفي سياق آخر ذكر محللون قمة هلسنكي عرضا. وتراجعت أسعار الذهب قليلا.',
  'trump-spelling': 'ترمب يلتقي بوتن الشهر المقبل\n\nقال البيت الأبيض إن ترمب سيلتقي نظيره الروسي في لقاء مرتقب.',
  'is-phrase': 'تنظيم الدولة الإسلامية يتبنى هجوما في شمال سيناء\n\nأعلن تنظيم الدولة مسؤوليته عن الهجوم على نقطة أمنية في سيناء.',
  'driving': 'النساء يبدأن قيادة السيارات في السعودية\n\nبدأت النساء في السعودية قيادة السيارات رسميا بعد رفع الحظر.',
  'quake-rare': 'زلزال يضرب جزيرة لومبوك\n\nتاريخ النشر: الأحد 2018/8/5\n\nضرب زلزال قوي جزيرة لومبوك الإندونيسية صباح اليوم.',
  'quake-other': 'زلزال جديد يضرب إندونيسيا\n\nتاريخ النشر: الاثنين 2018/8/6\n\nضرب زلزال قوي جزيرة في إندونيسيا وأدى إلى أضرار في المنازل.',
  'unrelated': 'مهرجان للسينما في القاهرة\n\nافتتح في القاهرة مهرجان السينما بمشاركة أفلام عربية وأجنبية.',
};
// Enough articles sharing a word to fill the ranking window and more: the word occurs 1..4 times.
const FILLER_COUNT = RANKING_WINDOW + 30;
const BULLETIN_COUNT = 40;

let corpus: string;
let engine: Awaited<ReturnType<typeof startTestEngine>>;
let app: Express;

before(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'ans-retrieval-'));
  for (const [id, text] of Object.entries(ARTICLES)) writeFileSync(join(corpus, `${id}.txt`), text);
  for (let i = 0; i < FILLER_COUNT; i++) {
    const mentions = Array.from({ length: 1 + (i % 4) }, () => 'وتناول التقرير الاقتصاد المحلي.').join(' ');
    writeFileSync(join(corpus, `filler-${String(i).padStart(3, '0')}.txt`), `تقرير رقم ${i} عن السوق\n\n${mentions} ونشر التقرير اليوم.`);
  }
  // Articles with two of the fillers' words but not الاقتصاد: what widening brings to a query of all three.
  for (let i = 0; i < BULLETIN_COUNT; i++) {
    writeFileSync(join(corpus, `bulletin-${String(i).padStart(3, '0')}.txt`), `التقرير المحلي رقم ${i} للقمح\n\nنشر التقرير المحلي اليوم عن أسعار القمح.`);
  }
  engine = await startTestEngine();
  await ingestInto(engine.admin, INDEX, corpus);
  app = await gatewayFor(engine, INDEX);
});
after(async () => {
  await engine?.cleanup();
  rmSync(corpus, { recursive: true, force: true });
});

const search = async (query: Record<string, string>) => (await request(app).get('/api/search').query(query).expect(200)).body;
const hitIds = (body: { hits: { id: string }[] }) => body.hits.map((h) => h.id);

test('ترامب finds the article that spells it ترمب, and highlights the spelling the outlet used', async () => {
  const body = await search({ q: 'ترامب بوتين' });
  assert.ok(hitIds(body).includes('trump-spelling'));
  const hit = body.hits.find((h: { id: string }) => h.id === 'trump-spelling');
  assert.match(hit.titleHighlighted, /<mark>ترمب<\/mark> يلتقي <mark>بوتن<\/mark>/);
});

test('the article about the topic ranks above one that mentions it in passing', async () => {
  const body = await search({ q: 'قمة هلسنكي' });
  assert.deepEqual(hitIds(body).slice(0, 2), ['summit-title', 'summit-passing']);
});

test('داعش finds تنظيم الدولة الإسلامية, marked where it stands', async () => {
  const body = await search({ q: 'داعش سيناء' });
  assert.equal(hitIds(body)[0], 'is-phrase');
  assert.match(body.hits[0].titleHighlighted, /<mark>تنظيم<\/mark> <mark>الدولة<\/mark> <mark>الإسلامية<\/mark>/);
});

test('a particle and a broken plural: بقيادة المرأة finds قيادة ... النساء', async () => {
  const body = await search({ q: 'بقيادة المرأة' });
  assert.equal(hitIds(body)[0], 'driving');
  assert.match(body.hits[0].titleHighlighted, /<mark>النساء<\/mark> يبدأن <mark>قيادة<\/mark>/);
});

test('pages are disjoint and agree with one long page, across the ranking window', async () => {
  const all = await search({ q: 'الاقتصاد', hitsPerPage: '100', page: '2' });
  const first = await search({ q: 'الاقتصاد', hitsPerPage: '100' });
  const long = [...hitIds(first), ...hitIds(all)];
  assert.equal(first.totalHits, FILLER_COUNT);
  assert.equal(long.length, FILLER_COUNT);
  assert.equal(new Set(long).size, FILLER_COUNT);
  const paged: string[] = [];
  for (let page = 1; paged.length < FILLER_COUNT; page++) {
    const body = await search({ q: 'الاقتصاد', hitsPerPage: '20', page: String(page) });
    assert.ok(body.hits.length > 0, `page ${page} is empty`);
    paged.push(...hitIds(body));
  }
  assert.deepEqual(paged, long);
  // Within the window, more mentions in an article of the same length rank first.
  const counts = hitIds(first).slice(0, 10).map((id) => Number(id.slice(-3)) % 4);
  assert.ok(counts.every((c) => c === 3), `top ten mention counts: ${counts}`);
});

test('an article without the rarest word is still found, below the one that has it, and counted in totals and facets', async () => {
  const body = await search({ q: 'زلزال جزيرة لومبوك' });
  assert.deepEqual(hitIds(body), ['quake-rare', 'quake-other']);
  assert.equal(body.totalHits, 2);
  assert.deepEqual(body.facets.year, { 2018: 2 });
  assert.match(body.hits[1].snippet, /<mark>زلزال<\/mark>/);
});

test('widened articles page like the others: disjoint pages that add up to the total', async () => {
  const first = await search({ q: 'لومبوك التقرير الاقتصاد', hitsPerPage: '20' });
  assert.equal(hitIds(first)[0], 'quake-rare');
  assert.ok(first.totalHits > 1 && first.totalHits <= 1 + WIDENING_WINDOW, `total ${first.totalHits}`);
  const paged: string[] = [];
  for (let page = 1; page <= first.totalPages; page++) paged.push(...hitIds(await search({ q: 'لومبوك التقرير الاقتصاد', hitsPerPage: '20', page: String(page) })));
  assert.equal(paged.length, first.totalHits);
  assert.equal(new Set(paged).size, first.totalHits);
});

test('pages of a widened query across the ranking window: no gaps, no repeats, as many as the total', async () => {
  const q = 'الاقتصاد التقرير المحلي';
  const first = await search({ q, hitsPerPage: '20' });
  assert.ok(first.totalHits > FILLER_COUNT, `widened articles are counted: ${first.totalHits}`);
  const paged: string[] = [];
  for (let page = 1; page <= first.totalPages; page++) paged.push(...hitIds(await search({ q, hitsPerPage: '20', page: String(page) })));
  assert.equal(paged.length, first.totalHits);
  assert.equal(new Set(paged).size, first.totalHits);
  assert.equal(paged.filter((id) => id.startsWith('filler-')).length, FILLER_COUNT);
});

test('sort by date and an unmatched query are not re-ranked and stay well-formed', async () => {
  const newest = await search({ q: 'الاقتصاد', sort: 'newest', hitsPerPage: '5' });
  assert.equal(newest.hits.length, 5);
  const none = await search({ q: 'كلمةغيرموجودةاطلاقا' });
  assert.deepEqual(none.hits, []);
  assert.equal(none.totalHits, 0);
});
