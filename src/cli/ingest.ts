// `npm run ingest -- [--corpus DIR] [--dry-run | --reindex]`: index a corpus folder, or print what would be indexed.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { openEngine } from '../engine/index.js';
import { ingestCorpus, NodeCountChangedError, type IngestReport } from '../ingest/pipeline.js';
import { reindexCorpus } from '../ingest/reindex.js';
import { createLogger } from '../logger.js';
import { connectEngine } from '../search/engine.js';
import { openNetwork } from '../search/network.js';
import { progressPrinter } from './progress.js';
import { resolve } from 'node:path';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, reindex: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  strict: true,
});
if (values.help) {
  process.stderr.write('usage: npm run ingest -- [--corpus DIR] [--dry-run | --reindex]\n  --reindex  rebuild into a side index and swap it in atomically (search stays up)\n');
  process.exit(0);
}
// Failures a user can act on print their message, not a stack: a bad setting, an engine or node that
// cannot be reached, a node list that changed.
process.on('uncaughtException', (error) => {
  const known = error instanceof ConfigError || error instanceof AppError || error instanceof NodeCountChangedError;
  process.stderr.write(`${known ? error.message : (error.stack ?? String(error))}\n`);
  process.exit(error instanceof NodeCountChangedError ? 2 : 1);
});

const storyLine = (report: IngestReport) =>
  report.stories ? `stories: ${report.stories.stories} reported by several outlets (${report.stories.grouped} articles), ${report.stories.updated} articles updated, in ${(report.stories.durationMs / 1000).toFixed(1)} s\n` : '';

const config = loadConfig();
const logger = createLogger(config.logLevel, 2);
const corpusDir = values.corpus ? resolve(values.corpus) : config.corpusDir;

if (values['dry-run']) {
  const report = await ingestCorpus({ corpusDir, logger, dryRun: (article) => process.stdout.write(JSON.stringify(article) + '\n') });
  logger.info({ files: report.files, skipped: report.skipped.length }, 'dry run finished');
} else if (config.shards) {
  // Sharded: every node gets the settings, each article goes to one node, the network is (re)configured.
  const network = await openNetwork(config.shards, config.indexUid);
  const run = values.reindex ? reindexCorpus : ingestCorpus;
  const report = await run({ corpusDir, logger, engine: { client: network.admins, indexUid: config.indexUid }, progress: progressPrinter() });
  logger.info({ ...report, skipped: report.skipped }, 'ingestion finished');
  process.stderr.write(
    `indexed ${report.indexed}, unchanged ${report.unchanged}, deleted ${report.deleted}, skipped ${report.skipped.length} of ${report.files} files in ${(report.durationMs / 1000).toFixed(1)} s\n` +
      storyLine(report) +
      (report.nodes ?? []).map((n, i) => `  ${network.nodes[i]!.name} (${network.nodes[i]!.url}): ${n.documents} articles, ${n.indexed} sent, ${n.deleted} deleted\n`).join(''),
  );
} else {
  const engine = await openEngine(config, logger);
  try {
    if (!engine.masterKey) throw new Error('ingestion needs MEILI_MASTER_KEY (the search key cannot write)');
    const client = connectEngine({ url: engine.url, apiKey: engine.masterKey, timeoutMs: 60_000 });
    const run = values.reindex ? reindexCorpus : ingestCorpus;
    const report = await run({ corpusDir, logger, engine: { client, indexUid: config.indexUid }, progress: progressPrinter() });
    logger.info({ ...report, skipped: report.skipped }, 'ingestion finished');
    process.stderr.write(
      `indexed ${report.indexed}, unchanged ${report.unchanged}, deleted ${report.deleted}, skipped ${report.skipped.length} of ${report.files} files in ${(report.durationMs / 1000).toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n` +
        storyLine(report) +
        report.skipped.map((s) => `  skipped ${s.file}: ${s.reason}\n`).join(''),
    );
  } finally {
    await engine.stop();
  }
}
