import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { cleanArticle } from '../../src/ingest/document.js';
import { ingestCorpus } from '../../src/ingest/pipeline.js';
import { ingestInto, SEED_CORPUS, silentLogger, startTestEngine } from '../helpers/engine.js';

const run = promisify(execFile);
let engine: Awaited<ReturnType<typeof startTestEngine>>;
let corpus: string;

before(async () => {
  engine = await startTestEngine();
  corpus = mkdtempSync(join(tmpdir(), 'ans-corpus-'));
  cpSync(SEED_CORPUS, corpus, { recursive: true });
});
after(async () => {
  await engine?.cleanup();
  rmSync(corpus, { recursive: true, force: true });
});

async function indexedIds(index: string): Promise<string[]> {
  const docs = await engine.admin.index(index).getDocuments({ fields: ['id'], limit: 1000 });
  return docs.results.map((d) => String(d.id)).sort();
}

test('re-running is idempotent, a changed file is re-sent alone, a removed file leaves the index', async () => {
  const first = await ingestInto(engine.admin, 'ingest_idem', corpus);
  assert.equal(first.indexed, 5);
  // An unchanged article is not even cleaned again: re-runs on a large corpus cost only reading the files.
  const cleaned: string[] = [];
  const countingClean: typeof cleanArticle = (input) => (cleaned.push(input.id), cleanArticle(input));
  const second = await ingestCorpus({ corpusDir: corpus, logger: silentLogger, engine: { client: engine.admin, indexUid: 'ingest_idem' }, clean: countingClean });
  assert.deepEqual([second.indexed, second.unchanged, second.deleted], [0, 5, 0]);
  assert.deepEqual(cleaned, []);
  appendFileSync(join(corpus, '002_d2e71cb321c96b8c.txt'), '\nوأضاف الكرملين أن المحادثات ستستمر.\n');
  unlinkSync(join(corpus, '003_dc8abb098d9da563.txt'));
  const third = await ingestInto(engine.admin, 'ingest_idem', corpus);
  assert.deepEqual([third.indexed, third.unchanged, third.deleted], [1, 3, 1]);
  assert.deepEqual(await indexedIds('ingest_idem'), ['000_4314f0f1b7597100', '001_bf99efbfbe9b4f54', '002_d2e71cb321c96b8c', '004_ff4b96d53ad6441c']);
  cpSync(join(SEED_CORPUS, '003_dc8abb098d9da563.txt'), join(corpus, '003_dc8abb098d9da563.txt'));
  cpSync(join(SEED_CORPUS, '002_d2e71cb321c96b8c.txt'), join(corpus, '002_d2e71cb321c96b8c.txt'));
});

test('unusable files are reported by name and skipped; the rest is indexed; bad ids get a derived id', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ans-bad-'));
  try {
    cpSync(SEED_CORPUS, dir, { recursive: true });
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xe9, 0xe9]));
    writeFileSync(join(dir, 'huge.txt'), 'كلمة '.repeat(600_000));
    writeFileSync(join(dir, 'only-boilerplate.txt'), 'شارك\nاترك تعليقاً\n');
    writeFileSync(join(dir, 'خبر عاجل.txt'), 'عنوان الخبر العاجل\n\nقال مسؤولون في دمشق إن المحادثات ستستمر الأسبوع المقبل في جنيف.\nوأضافوا أن الوفد سيصل غدا.\n');
    const report = await ingestInto(engine.admin, 'ingest_bad', dir);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.file.split('/').pop(), s.reason]));
    assert.match(skipped['empty.txt'] ?? '', /empty/);
    assert.match(skipped['binary.txt'] ?? '', /binary/);
    assert.match(skipped['latin1.txt'] ?? '', /UTF-8/);
    assert.match(skipped['huge.txt'] ?? '', /too large/);
    assert.match(skipped['only-boilerplate.txt'] ?? '', /no article text/);
    assert.equal(report.indexed, 6);
    assert.equal(report.warnings.length, 1);
    const ids = await indexedIds('ingest_bad');
    assert.equal(ids.length, 6);
    assert.ok(ids.some((id) => /^[A-Za-z0-9_-]+$/.test(id) && !id.startsWith('00')), 'derived id present');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--dry-run prints one JSON object per article, with its story, on stdout and nothing else', async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--dry-run', '--corpus', corpus], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  for (const article of lines) assert.deepEqual(Object.keys(article).sort(), ['also_reported_by', 'body', 'date', 'id', 'source', 'story', 'title']);
  const byId = Object.fromEntries(lines.map((a) => [a.id, a]));
  assert.equal(byId['001_bf99efbfbe9b4f54'].source, 'سانا');
  assert.equal(byId['001_bf99efbfbe9b4f54'].story, '000_4314f0f1b7597100');
  assert.deepEqual(byId['001_bf99efbfbe9b4f54'].also_reported_by, ['زنقة 20']);
  assert.equal(byId['004_ff4b96d53ad6441c'].story, '004_ff4b96d53ad6441c');
  assert.equal(byId['002_d2e71cb321c96b8c'].date, '2021-09-14');
});

test('an .html page in the corpus is read through Readability and indexed like page text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ans-html-'));
  try {
    cpSync(new URL('../fixtures/html/page.html', import.meta.url).pathname, join(dir, 'putin-assad.html'));
    writeFileSync(join(dir, 'plain.txt'), 'خبر نصي\n\nنص خبر عادي عن الاقتصاد في المغرب.');
    const report = await ingestInto(engine.admin, 'ingest_html', dir);
    assert.equal(report.indexed, 2);
    assert.deepEqual(await indexedIds('ingest_html'), ['plain', 'putin-assad']);
    const doc = await engine.admin.index('ingest_html').getDocument('putin-assad', { fields: ['title', 'source', 'body'] });
    assert.equal(doc.title, 'بوتين والأسد يبحثان التعاون في موسكو');
    assert.equal(doc.source, 'سانا');
    assert.ok(!String(doc.body).includes('الأكثر قراءة'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
