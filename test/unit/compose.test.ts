import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const available = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

// CI installs docker-compose (.ci/run); elsewhere the test says it was skipped rather than pass silently.
test('docker-compose.yml validates and names the official Meilisearch image', { skip: !available && !process.env.CI && 'docker-compose is not installed' }, () => {
  const out = execFileSync('docker-compose', ['config'], { cwd: root, env: { ...process.env, MEILI_MASTER_KEY: 'compose-check-key-0123456789' }, encoding: 'utf8' });
  assert.match(out, /image: getmeili\/meilisearch:v1\.21\.0/);
  assert.match(out, /gateway:/);
  assert.match(out, /healthcheck:/);
});

test('the "shards" profile validates: two Meilisearch nodes, a gateway and ingestion over MEILI_SHARDS', { skip: !available && !process.env.CI && 'docker-compose is not installed' }, () => {
  const out = execFileSync('docker-compose', ['--profile', 'shards', 'config'], { cwd: root, env: { ...process.env, MEILI_MASTER_KEY: 'compose-check-key-0123456789' }, encoding: 'utf8' });
  for (const service of ['meili-0:', 'meili-1:', 'gateway-sharded:', 'ingest-sharded:']) assert.match(out, new RegExp(`\\n  ${service}`));
  assert.equal(out.match(/MEILI_SHARDS: http:\/\/meili-0:7700,http:\/\/meili-1:7700/g)?.length, 2);
  assert.equal(out.match(/image: getmeili\/meilisearch:v1\.21\.0/g)?.length, 3);
});
