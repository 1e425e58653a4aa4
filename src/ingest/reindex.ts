import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';
import { indexExists, prepareIndex, waitForTask } from '../search/admin.js';
import { engineCall } from '../search/engine.js';
import { ingestCorpus, type IngestOptions, type IngestReport } from './pipeline.js';

/**
 * A full rebuild without downtime: the corpus goes into a fresh side index, which then takes the live
 * index's place in one atomic Meilisearch swap; the old copy is deleted afterwards. Searches keep
 * hitting the complete old index until the swap and the complete new one after it, never a half-built
 * one. Keys name the index uid, so the gateway's search key keeps working across the swap.
 */
export async function reindexCorpus(options: Omit<IngestOptions, 'engine' | 'dryRun'> & { engine: { client: Meilisearch | readonly Meilisearch[]; indexUid: string } }): Promise<IngestReport> {
  const { client, indexUid } = options.engine;
  // Sharded: every node builds its side index, then each swaps; a node's swap is atomic, the nodes' swaps
  // follow each other within moments.
  const clients = Array.isArray(client) ? [...(client as readonly Meilisearch[])] : [client as Meilisearch];
  const building = `${indexUid}__rebuild`;
  const log: Logger = options.logger;
  for (const node of clients) {
    // A rebuild that died half-way left its side index: start it again from nothing.
    if (await indexExists(node, building)) await waitForTask(node, (await engineCall(() => node.deleteIndex(building))).taskUid);
  }
  const report = await ingestCorpus({ ...options, engine: { client: clients.length > 1 ? clients : clients[0]!, indexUid: building } });
  for (const node of clients) {
    // A swap needs both indexes: on a first build (or a new node) the live one is created empty, then swapped.
    if (!(await indexExists(node, indexUid))) await prepareIndex(node, indexUid);
    await waitForTask(node, (await engineCall(() => node.swapIndexes([{ indexes: [indexUid, building], rename: false }]))).taskUid);
    await waitForTask(node, (await engineCall(() => node.deleteIndex(building))).taskUid);
  }
  log.info({ index: indexUid, documents: report.indexed + report.unchanged }, 'reindexed and swapped in');
  return report;
}
