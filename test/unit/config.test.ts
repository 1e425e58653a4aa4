import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.js';
import { shardNodes, shardOf } from '../../src/search/network.js';

const KEY = 'a-master-key-of-16+';

test('unset MEILI_SHARDS keeps one node; set, it lists the nodes and needs the master key', () => {
  assert.equal(loadConfig({}).shards, undefined);
  const config = loadConfig({ MEILI_SHARDS: ' http://a:7700/, http://b:7700 ', MEILI_MASTER_KEY: KEY });
  assert.deepEqual(config.shards, { urls: ['http://a:7700', 'http://b:7700'], masterKeys: [KEY, KEY] });
  const perNode = loadConfig({ MEILI_SHARDS: 'http://a:7700,http://b:7700', MEILI_SHARD_KEYS: `${KEY}-a,${KEY}-b` });
  assert.deepEqual(perNode.shards!.masterKeys, [`${KEY}-a`, `${KEY}-b`]);
  assert.deepEqual(shardNodes(config.shards!.urls), [{ name: 'shard0', url: 'http://a:7700' }, { name: 'shard1', url: 'http://b:7700' }]);
  const rejects = (env: Record<string, string>, message: RegExp) => assert.throws(() => loadConfig(env), (e: unknown) => e instanceof ConfigError && message.test(e.message));
  rejects({ MEILI_SHARDS: 'http://a:7700,http://b:7700' }, /MEILI_SHARDS needs MEILI_MASTER_KEY/);
  rejects({ MEILI_SHARDS: 'http://a:7700', MEILI_MASTER_KEY: KEY }, /at least two/);
  rejects({ MEILI_SHARDS: 'http://a:7700,not a url', MEILI_MASTER_KEY: KEY }, /comma-separated list of node URLs/);
  rejects({ MEILI_SHARDS: 'http://a:7700,http://b:7700', MEILI_URL: 'http://c:7700', MEILI_MASTER_KEY: KEY }, /not both/);
  rejects({ MEILI_SHARDS: 'http://a:7700,http://b:7700', MEILI_SHARD_KEYS: KEY }, /one key per node/);
});

test('an article always maps to the same node, and the nodes share the articles about evenly', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `article_${i}`);
  assert.deepEqual(ids.map((id) => shardOf(id, 3)), ids.map((id) => shardOf(id, 3)));
  const counts = [0, 0, 0];
  for (const id of ids) counts[shardOf(id, 3)]!++;
  for (const n of counts) assert.ok(n > 550 && n < 780, String(counts));
  assert.equal(shardOf('000_4314f0f1b7597100', 2), shardOf('000_4314f0f1b7597100', 2));
});
