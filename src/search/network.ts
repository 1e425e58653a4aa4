import { createHash } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { EngineTimeoutError, EngineUnavailableError } from '../errors.js';
import { connectEngine, engineCall } from './engine.js';
import { ensureSearchKey } from './keys.js';

// Several Meilisearch nodes searched as one, with the engine's own network feature
// (../shared/research/meilisearch-notes.md, "Network"): every node knows every node as a remote, and a
// federated multi-search with one query per remote fans out and merges hits and facets. No home-made
// scatter-gather: the gateway sends one federated request and reads the engine's merge.

export interface ShardNode {
  /** The node's name in the network: shard0, shard1… by its position in MEILI_SHARDS. */
  name: string;
  url: string;
}

export function shardNodes(urls: readonly string[]): ShardNode[] {
  return urls.map((url, i) => ({ name: `shard${i}`, url }));
}

/**
 * The node an article lives on: a stable hash of its id, so re-runs, updates and deletes land where the
 * article is. Changing the number of nodes moves most articles: that is a full re-ingest (README).
 */
export function shardOf(id: string, nodeCount: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % nodeCount;
}

/**
 * Makes every node know all nodes, each with a search-only key on the index, and names itself. Idempotent:
 * keys are found by name; with `prune` (ingestion's run), remotes no longer listed are removed. Returns each
 * node's search key.
 */
export async function configureNetwork(nodes: readonly ShardNode[], admins: readonly Meilisearch[], indexUid: string, prune = true): Promise<string[]> {
  const keys: string[] = [];
  for (const [i, admin] of admins.entries()) {
    keys.push(
      await onNode(nodes[i]!, async () => {
        await engineCall(() => admin.updateExperimentalFeatures({ network: true } as never));
        return ensureSearchKey(admin, indexUid);
      }),
    );
  }
  const remotes = Object.fromEntries(nodes.map((node, i) => [node.name, { url: node.url, searchApiKey: keys[i]! }]));
  for (const [i, admin] of admins.entries()) {
    await onNode(nodes[i]!, async () => {
      const current = await engineCall(() => admin.getNetwork());
      const gone = prune ? Object.keys(current.remotes ?? {}).filter((name) => !(name in remotes)) : [];
      await engineCall(() => admin.updateNetwork({ self: nodes[i]!.name, remotes: { ...remotes, ...Object.fromEntries(gone.map((name) => [name, null])) } }));
    });
  }
  return keys;
}

/** Setting up a node that cannot be reached names the node. */
async function onNode<T>(node: ShardNode, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof EngineUnavailableError || error instanceof EngineTimeoutError) {
      throw new EngineUnavailableError(`Meilisearch node ${node.name} at ${node.url} cannot be reached; every node of MEILI_SHARDS must be up to configure the network.`, { cause: error });
    }
    throw error;
  }
}

export interface OpenNetwork {
  nodes: ShardNode[];
  /** Master-key clients, one per node, in MEILI_SHARDS order: for ingestion and setup. */
  admins: Meilisearch[];
  /** Each node's search-only key on the index, in the same order: what the gateway holds. */
  searchKeys: string[];
}

/** Connects to every node of MEILI_SHARDS and configures the network (idempotent); ingestion and `npm start` both run it. */
export async function openNetwork(
  shards: { urls: readonly string[]; masterKeys: readonly string[] },
  indexUid: string,
  { timeoutMs = 60_000, prune = true }: { timeoutMs?: number; prune?: boolean } = {},
): Promise<OpenNetwork> {
  const nodes = shardNodes(shards.urls);
  const admins = nodes.map((node, i) => connectEngine({ url: node.url, apiKey: shards.masterKeys[i]!, timeoutMs }));
  const searchKeys = await configureNetwork(nodes, admins, indexUid, prune);
  return { nodes, admins, searchKeys };
}

const RETRY_KEY_MS = 10_000;

/** A client for a node not reached yet: every call fails as "unreachable", so its share counts as missing. */
function unreachableClient(url: string): Meilisearch {
  return new Meilisearch({ host: url, apiKey: 'not-yet', httpClient: async () => Promise.reject(new TypeError('node not reached yet')) });
}

/**
 * The gateway's search clients, one per node with that node's search-only key. A node that cannot be
 * reached at start does not stop the gateway: its client fails as unreachable (answers are partial, naming
 * it) and its key is minted again every 10 s until it answers. With every node reached, the network is
 * (re)applied without pruning: ingestion alone removes remotes.
 */
export async function gatewayClients(
  shards: { urls: readonly string[]; masterKeys: readonly string[] },
  indexUid: string,
  options: { timeoutMs: number; onReached?: (node: ShardNode) => void; onMissing?: (node: ShardNode, error: unknown) => void },
): Promise<{ nodes: ShardNode[]; coordinators: Meilisearch[]; stop(): void }> {
  const nodes = shardNodes(shards.urls);
  const admins = nodes.map((node, i) => connectEngine({ url: node.url, apiKey: shards.masterKeys[i]!, timeoutMs: 10_000 }));
  const coordinators = nodes.map((node) => unreachableClient(node.url));
  const timers = new Set<NodeJS.Timeout>();
  const reach = async (i: number): Promise<boolean> => {
    try {
      const key = await ensureSearchKey(admins[i]!, indexUid);
      coordinators[i] = connectEngine({ url: nodes[i]!.url, apiKey: key, timeoutMs: options.timeoutMs });
      options.onReached?.(nodes[i]!);
      return true;
    } catch (error) {
      options.onMissing?.(nodes[i]!, error);
      const timer = setTimeout(() => {
        timers.delete(timer);
        void reach(i);
      }, RETRY_KEY_MS);
      timer.unref();
      timers.add(timer);
      return false;
    }
  };
  const reached = await Promise.all(nodes.map((_, i) => reach(i)));
  if (reached.every(Boolean)) await configureNetwork(nodes, admins, indexUid, false);
  return { nodes, coordinators, stop: () => timers.forEach(clearTimeout) };
}
