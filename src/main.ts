// `npm start`: the engine (embedded unless MEILI_URL is set), the seed corpus ingested when it changed,
// then the gateway. SIGINT/SIGTERM drain requests and stop the embedded engine.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { progressPrinter } from './cli/progress.js';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openEngine } from './engine/index.js';
import { createApp, startServer } from './gateway/index.js';
import { listArticleFiles } from './ingest/corpus.js';
import { ANALYSIS_VERSION } from './ingest/document.js';
import { ingestCorpus } from './ingest/pipeline.js';
import { createLogger } from './logger.js';
import { connectEngine } from './search/engine.js';
import { ensureSearchKey } from './search/keys.js';
import { gatewayClients } from './search/network.js';
import { ArticleSearch } from './search/service.js';

async function corpusFingerprint(corpusDir: string, indexUid: string): Promise<string> {
  const hash = createHash('sha256').update(`${ANALYSIS_VERSION}\0${indexUid}\0`);
  const names = existsSync(corpusDir) ? await listArticleFiles(corpusDir) : [];
  for (const name of [...names, 'manifest.tsv']) {
    const file = join(corpusDir, name);
    if (!existsSync(file)) continue;
    const s = statSync(file);
    hash.update(`${name}\0${s.size}\0${s.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.shards) return serveShards(config, logger);
  const engine = await openEngine(config, logger);
  const stopEngine = async () => engine.stop().catch((error) => logger.error({ err: error }, 'stopping the engine failed'));
  try {
    if (engine.embedded) {
      // Only the embedded engine is ours to write to; an external one is fed by `npm run ingest`.
      const admin = connectEngine({ url: engine.url, apiKey: engine.masterKey!, timeoutMs: 60_000 });
      const stateFile = join(config.dataDir, 'corpus.fingerprint');
      const fingerprint = await corpusFingerprint(config.corpusDir, config.indexUid);
      if (existsSync(stateFile) && readFileSync(stateFile, 'utf8') === fingerprint) {
        logger.info({ corpus: config.corpusDir }, 'corpus unchanged since the last start; not ingesting');
      } else {
        logger.info({ corpus: config.corpusDir }, 'ingesting the corpus');
        const report = await ingestCorpus({ corpusDir: config.corpusDir, logger, engine: { client: admin, indexUid: config.indexUid }, progress: progressPrinter() });
        logger.info({ indexed: report.indexed, unchanged: report.unchanged, deleted: report.deleted, skipped: report.skipped, ms: report.durationMs }, 'ingestion finished');
        writeFileSync(stateFile, fingerprint);
      }
    }
    const searchKey = engine.searchKey ?? (await ensureSearchKey(connectEngine({ url: engine.url, apiKey: engine.masterKey!, timeoutMs: 10_000 }), config.indexUid));
    const client = connectEngine({ url: engine.url, apiKey: searchKey, timeoutMs: config.engineTimeoutMs });
    let stopping = false;
    const app = createApp({
      search: new ArticleSearch(client, config.indexUid),
      draining: () => stopping,
      logger,
      rateLimitPerMinute: config.rateLimitPerMinute,
      corsOrigins: config.corsOrigins,
      trustProxy: config.trustProxy,
    });
    const { url, close } = await startServer(app, config.port, config.host);
    logger.info({ url, engine: engine.embedded ? 'embedded' : engine.url, index: config.indexUid }, `search page at ${url}/`);
    onShutdown(logger, async () => {
      stopping = true;
      await close();
      await stopEngine();
    });
  } catch (error) {
    await stopEngine();
    throw error;
  }
}

const REMOTE_WAIT_MS = 5000;

/** MEILI_SHARDS: the nodes are external (fed by `npm run ingest`); the gateway searches them as one network. */
async function serveShards(config: Config, logger: Logger): Promise<void> {
  // A coordinator waits up to 5 s for a stuck remote (Meilisearch 1.21) before answering without it: the
  // gateway waits longer, or it would time out on the node that is fine.
  const timeoutMs = Math.max(config.engineTimeoutMs, REMOTE_WAIT_MS + 2000);
  const { nodes, coordinators, stop } = await gatewayClients(config.shards!, config.indexUid, {
    timeoutMs,
    onReached: (node) => logger.info({ node }, 'shard node reached'),
    onMissing: (node, error) => logger.warn({ node, err: error }, 'shard node unreachable; searching without it, retrying in 10 s'),
  });
  let stopping = false;
  const search = new ArticleSearch(coordinators[0]!, config.indexUid, {
    network: { remotes: nodes.map((n) => n.name), coordinators, onPartial: (unavailable, detail) => logger.warn({ unavailable, detail }, 'partial search: nodes unavailable') },
  });
  const app = createApp({ search, draining: () => stopping, logger, rateLimitPerMinute: config.rateLimitPerMinute, corsOrigins: config.corsOrigins, trustProxy: config.trustProxy });
  const { url, close } = await startServer(app, config.port, config.host);
  logger.info({ url, shards: nodes, index: config.indexUid }, `search page at ${url}/ over ${nodes.length} nodes`);
  onShutdown(logger, async () => {
    stopping = true;
    stop();
    await close();
  });
}

function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    await stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    const { address, port } = error as { address?: string; port?: number };
    process.stderr.write(`${address}:${port} is already in use (another instance?); stop it or set PORT to a free port\n`);
  } else {
    process.stderr.write(`fatal: ${(error as Error).stack ?? error}\n`);
  }
  process.exit(1);
});
