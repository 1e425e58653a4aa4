import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';
import type { ArticleDocument } from '../search/document.js';
import { prepareIndex, waitForTask } from '../search/admin.js';
import { engineCall } from '../search/engine.js';
import { shardOf } from '../search/network.js';
import { listArticleFiles, readArticle } from './corpus.js';
import { cleanArticle, contentHash, documentId, toDocument, type CleanArticle } from './document.js';
import { readManifest } from './manifest.js';
import { SourceCanonicalizer } from './sources.js';
import { groupStories, type StoryInput } from './stories.js';
import { assignStories, type StoryReport } from './story-pass.js';

export interface IngestOptions {
  corpusDir: string;
  logger: Logger;
  /**
   * Present: write to this index; with several clients (MEILI_SHARDS), each article goes to one node by a
   * stable hash of its id (src/search/network.ts). Absent with dryRun: only print.
   */
  engine?: { client: Meilisearch | readonly Meilisearch[]; indexUid: string };
  /**
   * Called with each article instead of indexing it (`--dry-run`), with its story. Stories need the whole
   * corpus, so the articles are held and handed over at the end.
   */
  dryRun?: (article: DryRunArticle) => void;
  progress?: (done: number, total: number) => void;
  batchSize?: number;
  /** Turns a file into an article; cleanArticle unless a benchmark measures ingestion without it. */
  clean?: typeof cleanArticle;
}

export type DryRunArticle = CleanArticle & { story: string; also_reported_by: string[] };

export interface IngestReport {
  files: number;
  indexed: number;
  unchanged: number;
  deleted: number;
  skipped: { file: string; reason: string }[];
  warnings: string[];
  durationMs: number;
  /** Sharded ingestion: articles sent, deleted and held (after the run) per node, in MEILI_SHARDS order. */
  nodes?: { indexed: number; deleted: number; documents: number }[];
  /** Same story, several outlets (src/ingest/stories.ts), over the whole index after the run. */
  stories?: StoryReport;
}

export class NodeCountChangedError extends Error {
  constructor(readonly misplaced: number) {
    super(`${misplaced} articles sit on a node their id no longer maps to: the list of nodes changed. Rebuild with \`npm run ingest -- --reindex\`, which keeps search up.`);
  }
}

const MAX_BATCH_BYTES = 8 * 1024 * 1024;
/**
 * Batches sent before the oldest must have succeeded. The engine merges queued tasks into one indexing
 * batch, and a large batch costs much less per article than small ones (every batch recomputes prefixes
 * and commits): 3 in flight made full ingestion 1.34× raw indexing, 20 gives 1.14× (npm run bench --
 * --only ingest). The queue is the engine's, on disk; this process still holds one batch.
 */
const MAX_TASKS_IN_FLIGHT = 20;

/** Ids and content hashes already in the index, read in pages. */
async function indexedHashes(client: Meilisearch, indexUid: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const index = client.index<{ id: string; hash?: string }>(indexUid);
  for (let offset = 0; ; offset += 1000) {
    const page = await engineCall(() => index.getDocuments({ fields: ['id', 'hash'], limit: 1000, offset }));
    for (const doc of page.results) hashes.set(doc.id, doc.hash ?? '');
    if (page.results.length < 1000) return hashes;
  }
}

/**
 * Streams a corpus folder into the index: unchanged articles are skipped by hash, changed ones sent in
 * bounded batches whose tasks are awaited and checked, removed files deleted. Unusable files are
 * reported and skipped; the rest is indexed.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  const started = Date.now();
  const { corpusDir, logger, engine } = options;
  const batchSize = options.batchSize ?? 500;
  const clean = options.clean ?? cleanArticle;
  const manifest = readManifest(corpusDir);
  const files = await listArticleFiles(corpusDir);
  const report: IngestReport = { files: files.length, indexed: 0, unchanged: 0, deleted: 0, skipped: [], warnings: [], durationMs: 0 };
  const sources = new SourceCanonicalizer();

  const clients = engine ? (Array.isArray(engine.client) ? [...(engine.client as readonly Meilisearch[])] : [engine.client as Meilisearch]) : [];
  const nodes = clients.map((client) => ({
    client,
    existing: new Map<string, string>(),
    seen: new Set<string>(),
    batch: [] as ArticleDocument[],
    batchBytes: 0,
    inFlight: [] as number[],
    indexed: 0,
    deleted: 0,
  }));
  if (engine && !options.dryRun) {
    for (const node of nodes) {
      await prepareIndex(node.client, engine.indexUid);
      node.existing = await indexedHashes(node.client, engine.indexUid);
    }
    // Articles on a node their id does not hash to: the node list changed. Moving them in place would show
    // some twice, or none, until the run ends; a rebuild swaps complete indexes in instead.
    if (nodes.length > 1) {
      const misplaced = nodes.reduce((sum, node, i) => sum + [...node.existing.keys()].filter((id) => shardOf(id, nodes.length) !== i).length, 0);
      if (misplaced > 0) throw new NodeCountChangedError(misplaced);
    }
  }

  const seen = new Set<string>();
  const held: { article: CleanArticle; story: StoryInput }[] = [];
  const flush = async (node: (typeof nodes)[number]) => {
    if (!engine || node.batch.length === 0) return;
    const docs = node.batch;
    node.batch = [];
    node.batchBytes = 0;
    const task = await engineCall(() => node.client.index(engine.indexUid).addDocuments(docs, { primaryKey: 'id' }));
    node.inFlight.push(task.taskUid);
    report.indexed += docs.length;
    node.indexed += docs.length;
    while (node.inFlight.length >= MAX_TASKS_IN_FLIGHT) await waitForTask(node.client, node.inFlight.shift()!);
  };

  for (const [i, name] of files.entries()) {
    options.progress?.(i, files.length);
    const entry = await readArticle(corpusDir, name);
    if (!entry.ok) {
      report.skipped.push({ file: entry.file, reason: entry.reason });
      logger.warn({ file: entry.file, reason: entry.reason }, 'article skipped');
      continue;
    }
    const { id, derived } = documentId(entry.stem);
    if (derived) {
      const warning = `${entry.file}: "${entry.stem}" is not a valid engine id; indexed as "${id}"`;
      report.warnings.push(warning);
      logger.warn({ file: entry.file, id }, 'file name is not a valid id; using a derived id');
    }
    if (seen.has(id)) {
      report.skipped.push({ file: entry.file, reason: `duplicate id "${id}"` });
      continue;
    }
    const row = manifest.get(entry.stem) ?? manifest.get(id);
    // Unchanged since the last run (same file, manifest row and analysis version): nothing to clean or send.
    const node = nodes.length > 0 && !options.dryRun ? nodes[nodes.length > 1 ? shardOf(id, nodes.length) : 0]! : undefined;
    const hash = node ? contentHash(entry.raw, row) : '';
    if (node?.existing.get(id) === hash) {
      seen.add(id);
      node.seen.add(id);
      report.unchanged++;
      continue;
    }
    const article = clean({ id, text: entry.text, manifest: row, sources, pageMeta: entry.pageMeta });
    if (article.body.length === 0 && article.title.length === 0) {
      report.skipped.push({ file: entry.file, reason: 'no article text after cleaning' });
      logger.warn({ file: entry.file }, 'article skipped: nothing left after cleaning');
      continue;
    }
    seen.add(id);
    if (options.dryRun) {
      const { title_terms, body_terms } = toDocument(article, '');
      held.push({ article, story: { id, source: article.source, date: article.date, termCounts: [title_terms, body_terms] } });
      continue;
    }
    if (!node) continue;
    node.seen.add(id);
    const doc = toDocument(article, hash);
    node.batch.push(doc);
    node.batchBytes += Buffer.byteLength(doc.body) * 3; // body, stems and title: a rough upper bound
    if (node.batch.length >= batchSize || node.batchBytes >= MAX_BATCH_BYTES) await flush(node);
  }
  options.progress?.(files.length, files.length);
  for (const node of nodes) await flush(node);

  if (engine && !options.dryRun) {
    for (const node of nodes) {
      for (const uid of node.inFlight.splice(0)) await waitForTask(node.client, uid);
      // Gone from the corpus, or (after the node count changed) living on a node it no longer belongs to.
      const stale = [...node.existing.keys()].filter((id) => !node.seen.has(id));
      for (let i = 0; i < stale.length; i += 1000) {
        const task = await engineCall(() => node.client.index(engine.indexUid).deleteDocuments(stale.slice(i, i + 1000)));
        await waitForTask(node.client, task.taskUid);
      }
      node.deleted = stale.length;
      report.deleted += stale.length;
    }
    if (nodes.length > 1) report.nodes = nodes.map((node) => ({ indexed: node.indexed, deleted: node.deleted, documents: node.seen.size }));
    report.stories = await assignStories(clients, engine.indexUid);
  }
  if (options.dryRun) {
    const stories = groupStories(held.map((h) => h.story));
    for (const { article } of held) {
      const assigned = stories.get(article.id)!;
      options.dryRun({ ...article, story: assigned.story, also_reported_by: assigned.alsoReportedBy });
    }
  }
  report.durationMs = Date.now() - started;
  return report;
}
