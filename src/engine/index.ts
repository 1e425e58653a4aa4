import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedEngine } from './embedded.js';

export { startEmbeddedEngine, freePort, type EmbeddedEngine } from './embedded.js';

/** Where the engine is and which keys we hold; `stop` ends an embedded engine (no-op for an external one). */
export interface EngineHandle {
  url: string;
  masterKey?: string;
  searchKey?: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The configured external engine, or the embedded one started on loopback with its own data folder. */
export async function openEngine(config: Config, logger: Logger): Promise<EngineHandle> {
  if (config.engine) {
    return { ...config.engine, embedded: false, stop: async () => {} };
  }
  const engine = await startEmbeddedEngine({ dataDir: join(config.dataDir, 'meilisearch'), logger });
  return { url: engine.url, masterKey: engine.masterKey, embedded: true, stop: engine.stop };
}
