import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Meilisearch } from 'meilisearch';
import { startEmbeddedEngine, type EmbeddedEngine } from '../../src/engine/index.js';
import { createApp, type AppDeps } from '../../src/gateway/index.js';
import { ingestCorpus, type IngestReport } from '../../src/ingest/pipeline.js';
import { connectEngine } from '../../src/search/engine.js';
import { ensureSearchKey } from '../../src/search/keys.js';
import { ArticleSearch } from '../../src/search/service.js';

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
export async function gatewayFor(engine: { url: string; admin: Meilisearch }, indexUid: string, timeoutMs = 5000, options: Omit<AppDeps, 'search' | 'logger'> = {}) {
  const key = await ensureSearchKey(engine.admin, indexUid);
  const client = connectEngine({ url: engine.url, apiKey: key, timeoutMs });
  return createApp({ search: new ArticleSearch(client, indexUid), logger: silentLogger, rateLimitPerMinute: 0, ...options });
}
