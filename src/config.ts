import { resolve } from 'node:path';
import { z } from 'zod';

// Configuration is read and validated here, once, from the environment; nothing else reads process.env.

const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/;

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    MEILI_URL: z.url().optional(),
    MEILI_MASTER_KEY: z.string().min(16, 'MEILI_MASTER_KEY must be at least 16 bytes').optional(),
    MEILI_SEARCH_KEY: z.string().min(1).optional(),
    MEILI_INDEX: z.string().regex(INDEX_UID, 'MEILI_INDEX may hold only A-Z a-z 0-9 _ -').default('articles'),
    MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
    DATA_DIR: z.string().min(1).default('.data'),
    CORPUS_DIR: z.string().min(1).default('corpus'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
    CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url({ error: 'CORS_ORIGINS must be a comma-separated list of origins (https://host:port)' })))
      .optional(),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    MEILI_SHARDS: z
      .string()
      .transform((v) => v.split(',').map((u) => u.trim().replace(/\/+$/, '')).filter(Boolean))
      .pipe(z.array(z.url({ error: 'MEILI_SHARDS must be a comma-separated list of node URLs' })).min(2, 'MEILI_SHARDS needs at least two node URLs').max(64))
      .optional(),
    // Production nodes may each have their own master key, listed in the order of MEILI_SHARDS.
    MEILI_SHARD_KEYS: z
      .string()
      .transform((v) => v.split(',').map((k) => k.trim()))
      .pipe(z.array(z.string().min(16, 'each of MEILI_SHARD_KEYS must be at least 16 bytes')))
      .optional(),
  })
  .refine((env) => !env.MEILI_URL || env.MEILI_MASTER_KEY || env.MEILI_SEARCH_KEY, {
    message: 'MEILI_URL needs MEILI_MASTER_KEY (or MEILI_SEARCH_KEY for a gateway that only serves)',
    path: ['MEILI_MASTER_KEY'],
  })
  .refine((env) => !env.MEILI_SHARDS || env.MEILI_MASTER_KEY || env.MEILI_SHARD_KEYS, {
    message: 'MEILI_SHARDS needs MEILI_MASTER_KEY (or MEILI_SHARD_KEYS): it configures the network and a search key on every node',
    path: ['MEILI_MASTER_KEY'],
  })
  .refine((env) => !env.MEILI_SHARD_KEYS || env.MEILI_SHARD_KEYS.length === env.MEILI_SHARDS?.length, {
    message: 'MEILI_SHARD_KEYS needs one key per node of MEILI_SHARDS, in the same order',
    path: ['MEILI_SHARD_KEYS'],
  })
  .refine((env) => !(env.MEILI_SHARDS && env.MEILI_URL), { message: 'set MEILI_SHARDS or MEILI_URL, not both', path: ['MEILI_URL'] });

export interface Config {
  port: number;
  host: string;
  /** Absent: start the embedded engine. */
  engine: { url: string; masterKey?: string; searchKey?: string } | undefined;
  indexUid: string;
  engineTimeoutMs: number;
  dataDir: string;
  corpusDir: string;
  logLevel: string;
  /** Search requests per client IP per minute; 0 turns limiting off. */
  rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser; none by default (the page is same-origin). */
  corsOrigins: string[];
  /** Proxy hops in front of the gateway whose X-Forwarded-For is believed (0: none). */
  trustProxy: number;
  /** Sharded mode: the index split across these nodes, each reachable with its master key (same order). */
  shards: { urls: string[]; masterKeys: string[] } | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables count as unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    engine: c.MEILI_URL
      ? { url: c.MEILI_URL.replace(/\/+$/, ''), ...(c.MEILI_MASTER_KEY ? { masterKey: c.MEILI_MASTER_KEY } : {}), ...(c.MEILI_SEARCH_KEY ? { searchKey: c.MEILI_SEARCH_KEY } : {}) }
      : undefined,
    indexUid: c.MEILI_INDEX,
    engineTimeoutMs: c.MEILI_TIMEOUT_MS,
    dataDir: resolve(c.DATA_DIR),
    corpusDir: resolve(c.CORPUS_DIR),
    logLevel: c.LOG_LEVEL,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    corsOrigins: (c.CORS_ORIGINS ?? []).map((o) => new URL(o).origin),
    trustProxy: c.TRUST_PROXY,
    shards: c.MEILI_SHARDS ? { urls: c.MEILI_SHARDS, masterKeys: c.MEILI_SHARD_KEYS ?? c.MEILI_SHARDS.map(() => c.MEILI_MASTER_KEY!) } : undefined,
  };
}
