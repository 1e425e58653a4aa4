import type { Meilisearch } from 'meilisearch';
import { engineCall } from './engine.js';

/**
 * A key that can only search one index: what the gateway holds. Found by name so restarts reuse it;
 * created with the admin (master) client when missing.
 */
export async function ensureSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const name = `gateway-search:${indexUid}`;
  const keys = await engineCall(() => admin.getKeys({ limit: 1000 }));
  const existing = keys.results.find(
    (key) => key.name === name && key.actions.length === 1 && key.actions[0] === 'search' && key.indexes.length === 1 && key.indexes[0] === indexUid,
  );
  if (existing) return existing.key;
  const created = await engineCall(() =>
    admin.createKey({ name, description: 'Search-only key of the Arabic news gateway', actions: ['search'], indexes: [indexUid], expiresAt: null }),
  );
  return created.key;
}
