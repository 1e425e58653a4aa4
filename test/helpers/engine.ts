import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Meilisearch } from 'meilisearch';
import { startEmbeddedEngine, type EmbeddedEngine } from '../../src/engine/index.js';
import { createApp, type AppDeps } from '../../src/gateway/index.js';
import { ingestCorpus, type IngestReport } from '../../src/ingest/pipeline.js';
import { connectEngine } from '../../src/search/engine.js';
import { ensureSearchKey } from '../../src/search/keys.js';
import { ArticleSearch, type SearchOptions } from '../../src/search/service.js';

export const silentLogger = pino({ level: 'silent' });
export const SEED_CORPUS = new URL('../../corpus/', import.meta.url).pathname;

/** A real Meilisearch on a free loopback port with a throw-away data folder. */
export async function startTestEngine(): Promise<EmbeddedEngine & { admin: Meilisearch; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ans-test-'));
  const engine = await startEmbeddedEngine({ dataDir });
  const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 30_000 });
  return {
    ...engine,
    admin,
    cleanup: async () => {
      await engine.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function ingestInto(admin: Meilisearch, indexUid: string, corpusDir = SEED_CORPUS): Promise<IngestReport> {
  return ingestCorpus({ corpusDir, logger: silentLogger, engine: { client: admin, indexUid } });
}

/** The gateway as `npm start` builds it: a search-only key on one index. */
export async function gatewayFor(engine: { url: string; admin: Meilisearch }, indexUid: string, timeoutMs = 5000, options: Omit<AppDeps, 'search' | 'logger'> = {}, searchOptions: SearchOptions = {}) {
  const key = await ensureSearchKey(engine.admin, indexUid);
  const client = connectEngine({ url: engine.url, apiKey: key, timeoutMs });
  return createApp({ search: new ArticleSearch(client, indexUid, searchOptions), logger: silentLogger, rateLimitPerMinute: 0, ...options });
}

const SHARED_CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;

/**
 * A folder (in `dir`) linking the seeds and `count` shared articles, every `step`-th one, with their rows of
 * the shared manifest, so outlets and dates come as in production. Returns the ids it holds.
 */
export function sharedCorpusSample(dir: string, count: number, step = 1): Set<string> {
  const names = readdirSync(join(SHARED_CORPUS, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .filter((_, i) => i % step === 0)
    .slice(0, count);
  for (const name of names) symlinkSync(join(SHARED_CORPUS, 'articles', name), join(dir, name));
  const ids = new Set(names.map((n) => n.replace(/\.txt$/, '')));
  const manifest = readFileSync(join(SHARED_CORPUS, 'manifest.tsv'), 'utf8').split('\n');
  // The seeds keep their own manifest rows (their dates), as in corpus/manifest.tsv.
  const header = manifest[0]!.split('\t');
  const seedRows = readFileSync(join(SEED_CORPUS, 'manifest.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
    const [id, source, date] = line.split('\t');
    return header.map((column) => ({ id, source, date })[column as 'id' | 'source' | 'date'] ?? '').join('\t');
  });
  writeFileSync(join(dir, 'manifest.tsv'), [manifest[0], ...manifest.slice(1).filter((l) => ids.has(l.split('\t')[0]!)), ...seedRows].join('\n'));
  for (const name of readdirSync(SEED_CORPUS)) {
    if (!name.endsWith('.txt')) continue;
    symlinkSync(join(SEED_CORPUS, name), join(dir, name));
    ids.add(name.replace(/\.txt$/, ''));
  }
  return ids;
}
