// The search page in a real browser (Debian's Chromium via playwright-core) against the production server
// and a real Meilisearch holding the seeds and a few hundred shared articles. Screenshots of the main states
// go to test-output/screenshots/. Skipped only where no Chromium is installed, and never under CI.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.js';
import { createApp, startServer } from '../../src/gateway/index.js';
import { ingestCorpus } from '../../src/ingest/pipeline.js';
import { connectEngine } from '../../src/search/engine.js';
import { configureNetwork, shardNodes } from '../../src/search/network.js';
import { ArticleSearch } from '../../src/search/service.js';
import { SEED_CORPUS, gatewayFor, ingestInto, sharedCorpusSample, silentLogger, startTestEngine } from '../helpers/engine.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = new URL('../../test-output/screenshots/', import.meta.url).pathname;
const INDEX = 'page';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} for the browser tests (.ci/run installs it)`);
const browserTest = available ? test : test.skip;

let engine: Awaited<ReturnType<typeof startTestEngine>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
let corpus: string;
const pageErrors: string[] = [];

before(async () => {
  if (!available) return;
  mkdirSync(SHOTS, { recursive: true });
  await buildWeb();
  corpus = mkdtempSync(join(tmpdir(), 'ans-page-'));
  sharedCorpusSample(corpus, 300, 31);
  engine = await startTestEngine();
  await ingestInto(engine.admin, INDEX, corpus);
  server = await startServer(await gatewayFor(engine, INDEX), 0, '127.0.0.1');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});
after(async () => {
  await browser?.close();
  await server?.close({ drainMs: 0 });
  await engine?.cleanup();
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const hitIds = () => page.$$eval('#hits a[data-article]', (links) => links.map((a) => (a as HTMLElement).dataset.article!));
const statsText = () => page.textContent('#stats').then((t) => t ?? '');
const totalOf = (text: string) => Number(/([\d,٬]+) نتيجة/.exec(text)?.[1]?.replace(/[,٬]/g, '') ?? NaN);
/** Waits until the results reflect a new search: the stats line changes. */
async function afterChange(before: string, act: () => Promise<unknown>): Promise<string> {
  await act();
  await page.waitForFunction((old) => {
    const now = document.querySelector('#stats')?.textContent ?? '';
    return now !== old && now.trim() !== '';
  }, before);
  await page.waitForLoadState('networkidle');
  return statsText();
}
const sources = () => page.$$eval('#hits .source', (els) => els.map((e) => e.textContent));

browserTest('the page opens on the newest articles, under a strict CSP, with no script error', async () => {
  const response = await page.goto(server.url);
  assert.match(response!.headers()['content-security-policy']!, /script-src 'self'/);
  await page.waitForSelector('#hits article');
  assert.match(await statsText(), /أحدث المقالات/);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#searchbox input')), true, 'the search box has the focus');
  await shot('01-start');
  assert.deepEqual(pageErrors, []);
});

browserTest('typing a query shows highlighted results in the original spelling and puts the query in the URL', async () => {
  await page.goto(server.url);
  await page.waitForSelector('#hits article');
  const stats = await afterChange(await statsText(), () => page.locator('#searchbox input').pressSequentially('الإرهابيين', { delay: 40 }));
  assert.match(stats, /«الإرهابيين»/);
  assert.ok(totalOf(stats) >= 4, stats);
  const marks = await page.$$eval('#hits .ais-Snippet-highlighted, #hits .ais-Highlight-highlighted', (els) => els.map((e) => e.textContent));
  assert.ok(marks.length >= 4, 'every result marks its match');
  for (const mark of marks) assert.match(mark!, /إرهاب|ارهاب/);
  await page.waitForURL((url) => url.searchParams.get('q') === 'الإرهابيين');
  await shot('02-results');

  // Seeds 000 and 001 are one story told by two outlets: each result names the other outlet.
  await page.locator('#searchbox input').fill('الملك محمد السادس بوتين');
  await page.waitForFunction(() => document.querySelectorAll('#hits .also').length >= 2);
  const also = await page.$$eval('#hits .also', (els) => els.map((e) => e.textContent));
  assert.ok(also.includes('أيضاً في: سانا') && also.includes('أيضاً في: زنقة 20'), also.join(' / '));

  await page.locator('#searchbox input').fill('ققققزززز');
  await page.waitForSelector('#hits .empty');
  assert.match((await page.textContent('#hits .empty'))!, /لا نتائج لـ «ققققزززز»/);
  assert.equal(await page.textContent('#stats'), '', 'no count line over an empty list');
  await shot('02b-no-results');
  assert.deepEqual(pageErrors, []);
});

browserTest('refining by source and by date narrows the results and changes the counts; the URL keeps them', async () => {
  await page.goto(`${server.url}/?q=${encodeURIComponent('سوريا')}`);
  await page.waitForSelector('#hits article');
  const all = totalOf(await statsText());
  const [label] = await page.$$eval('#source-list .ais-RefinementList-item', (items) =>
    items.map((item) => ({ name: item.querySelector('.ais-RefinementList-labelText')!.textContent!, count: Number(item.querySelector('.ais-RefinementList-count')!.textContent!.replace(/[,٬]/g, '')) })),
  );
  assert.ok(label && label.count < all, `the biggest outlet holds only part of ${all}`);
  const refined = await afterChange(await statsText(), () => page.locator('#source-list label', { hasText: label.name }).first().click());
  assert.equal(totalOf(refined), label.count, 'the total is the count the source list showed');
  assert.deepEqual(new Set(await sources()), new Set([label.name]));
  assert.ok((await page.$$('#source-list .ais-RefinementList-item')).length > 1, 'other outlets stay offered (OR refinement)');
  await page.waitForURL((url) => url.searchParams.getAll('source').includes(label.name));
  await shot('03-source');

  const years = await page.$$eval('#year-list .year', (els) => els.map((e) => ({ year: e.querySelector('.year-label')!.textContent!, count: Number(e.querySelector('.year-count')!.textContent!.replace(/[,٬]/g, '')) })));
  assert.ok(years.length > 0);
  const year = years[years.length - 1]!;
  const byYear = await afterChange(await statsText(), () => page.click(`#year-list .year[data-value="${year.year}"]`));
  assert.equal(totalOf(byYear), year.count);
  for (const date of await page.$$eval('#hits time', (els) => els.map((e) => e.getAttribute('datetime')))) assert.ok(date!.startsWith(year.year));
  const cleared = await afterChange(await statsText(), () => page.click('#clear button'));
  assert.equal(totalOf(cleared), all);

  const from = '2019-01-01';
  const dated = await afterChange(await statsText(), async () => {
    await page.fill('#date-range input[name=from]', from);
    await page.dispatchEvent('#date-range input[name=from]', 'change');
  });
  assert.ok(totalOf(dated) < all && totalOf(dated) > 0, dated);
  for (const date of await page.$$eval('#hits time', (els) => els.map((e) => e.getAttribute('datetime')))) assert.ok(date! >= from, date!);
  await page.waitForURL((url) => url.searchParams.get('from') === from);
  await shot('04-date');
  assert.deepEqual(pageErrors, []);
});

browserTest('paginating, then reloading the shared URL, shows the same page of results', async () => {
  await page.goto(`${server.url}/?q=${encodeURIComponent('الحكومة')}`);
  await page.waitForSelector('#hits article');
  const first = await hitIds();
  assert.equal(first.length, 10);
  await page.click('.ais-Pagination-item--nextPage a');
  await page.waitForFunction((ids) => document.querySelector('#hits a[data-article]')?.getAttribute('data-article') !== ids[0], first);
  const second = await hitIds();
  assert.ok(second.length > 0 && second.every((id) => !first.includes(id)), 'page 2 repeats nothing of page 1');
  await page.waitForURL((url) => url.searchParams.get('page') === '2');
  const shared = page.url();
  const other = await browser.newPage();
  await other.goto(shared);
  await other.waitForSelector('#hits article');
  assert.deepEqual(await other.$$eval('#hits a[data-article]', (links) => links.map((a) => (a as HTMLElement).dataset.article!)), second);
  assert.equal(await other.inputValue('#searchbox input'), 'الحكومة');
  await other.close();
});

browserTest('keyboard: "/" focuses the search, a result opens in a reader dialog that Escape closes; the source list is searchable', async () => {
  await page.goto(`${server.url}/?q=${encodeURIComponent('بوتين')}`);
  await page.waitForSelector('#hits article');
  // Arabic passages stay right-to-left even when they open with a Latin credit such as "(CNN)".
  const directions = await page.$$eval('#hits .snippet', (els) => els.map((e) => [e.getAttribute('dir'), e.textContent?.trim().slice(0, 8)]));
  assert.ok(directions.every(([dir]) => dir === 'rtl'), JSON.stringify(directions));
  await page.click('#stats');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#searchbox input')), true);
  await page.focus('#hits a[data-article]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('#reader .body')?.childElementCount ?? 0) > 0);
  assert.equal(await page.evaluate(() => (document.getElementById('reader') as HTMLDialogElement).open), true);
  await shot('05-reader');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => (document.getElementById('reader') as HTMLDialogElement).open), false);
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#hits a[data-article]')), true, 'focus returns to the result');

  await page.goto(server.url);
  await page.waitForSelector('#source-list .ais-RefinementList-item');
  await page.fill('#source-list input[type=search]', 'سان');
  await page.waitForFunction(() => Array.from(document.querySelectorAll('#source-list .ais-RefinementList-labelText')).map((e) => e.textContent).join('|') === 'سانا');
  assert.deepEqual(pageErrors, []);
});

browserTest('readable at phone width', async () => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await phone.goto(`${server.url}/?q=${encodeURIComponent('الإرهابيين')}`);
  await phone.waitForSelector('#hits article');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await phone.screenshot({ path: join(SHOTS, '06-phone.png'), fullPage: true });
  await phone.close();
});

browserTest('with the engine down the page says so instead of showing stale or empty results', async () => {
  await page.goto(`${server.url}/?q=${encodeURIComponent('سوريا')}`);
  await page.waitForSelector('#hits article');
  assert.equal(await page.isVisible('#error'), false);
  await engine.stop();
  await page.locator('#searchbox input').fill('روسيا');
  await page.waitForSelector('#error', { state: 'visible' });
  assert.match((await page.textContent('#error'))!, /تعذّر الوصول إلى خدمة البحث/);
  await shot('07-engine-down');
});

browserTest('over a sharded index with a node down, the page says the answer is partial', async () => {
  const nodes = await Promise.all([startTestEngine(), startTestEngine()]);
  try {
    const names = shardNodes(nodes.map((n) => n.url));
    const keys = await configureNetwork(names, nodes.map((n) => n.admin), INDEX);
    await ingestCorpus({ corpusDir: SEED_CORPUS, logger: silentLogger, engine: { client: nodes.map((n) => n.admin), indexUid: INDEX } });
    const coordinators = nodes.map((n, i) => connectEngine({ url: n.url, apiKey: keys[i]!, timeoutMs: 10_000 }));
    const search = new ArticleSearch(coordinators[0]!, INDEX, { network: { remotes: names.map((n) => n.name), coordinators } });
    const sharded = await startServer(createApp({ search, logger: silentLogger, rateLimitPerMinute: 0 }), 0, '127.0.0.1');
    const tab = await browser.newPage();
    try {
      await tab.goto(`${sharded.url}/?q=${encodeURIComponent('سوريا')}`);
      await tab.waitForSelector('#hits article');
      assert.equal(await tab.isVisible('#partial'), false);
      await nodes[1]!.stop();
      await tab.locator('#searchbox input').fill('بوتين');
      await tab.waitForSelector('#partial', { state: 'visible' });
      assert.match((await tab.textContent('#partial'))!, /غير متاح/);
      await tab.screenshot({ path: join(SHOTS, '08-partial.png'), fullPage: true });
    } finally {
      await tab.close();
      await sharded.close({ drainMs: 0 });
    }
  } finally {
    await Promise.all(nodes.map((n) => n.cleanup()));
  }
});
