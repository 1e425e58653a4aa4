// `npm start` as users run it (embedded engine, seed corpus), then SIGTERM with requests in flight.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEED_CORPUS } from '../helpers/engine.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function processesUsing(dataDir: string): string {
  try {
    return execFileSync('pgrep', ['-f', dataDir], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

test('SIGTERM drains in-flight requests, stops the embedded engine and exits 0; the master key is never logged', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ans-shutdown-'));
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, CORPUS_DIR: SEED_CORPUS, LOG_LEVEL: 'info', MEILI_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        const line = output.split('\n').find((l) => l.includes('search page at'));
        const match = line ? /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(line) : null;
        if (match) resolve(match[1]!);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (c) => (output += c));
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
      setTimeout(() => reject(new Error(`not up in 60 s: ${output}`)), 60_000).unref();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    assert.ok(processesUsing(dataDir), 'the embedded engine is running');

    // A stream of searches; SIGTERM lands while some are being answered.
    const statuses: (number | string)[] = [];
    const stream = Array.from({ length: 40 }, (_, i) =>
      new Promise((r) => setTimeout(r, i * 5))
        .then(() => fetch(`${url}/api/search?q=${encodeURIComponent(i % 2 ? 'سوريا' : 'بوتين')}`))
        .then((r) => statuses.push(r.status))
        .catch((e: Error & { cause?: { code?: string } }) => statuses.push(e.cause?.code ?? e.message)),
    );
    await new Promise((r) => setTimeout(r, 60));
    child.kill('SIGTERM');
    await Promise.all(stream);
    assert.equal(await exited, 0, output);
    // Accepted requests were answered; later ones were refused by the closed listener, never cut off.
    assert.ok(statuses.filter((s) => s === 200).length > 0, `nothing was answered: ${statuses.join(', ')}`);
    assert.ok(statuses.every((s) => s === 200 || s === 'ECONNREFUSED'), `answers: ${statuses.join(', ')}`);
    assert.equal(processesUsing(dataDir), '', 'the embedded engine was stopped');
    const masterKey = readFileSync(join(dataDir, 'meilisearch', 'master.key'), 'utf8').trim();
    assert.ok(masterKey.length >= 16);
    assert.ok(!output.includes(masterKey), 'the master key appears in the logs');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
