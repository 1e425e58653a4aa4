import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import { EngineUnavailableError, NotFoundError, RateLimitedError } from '../errors.js';
import type { ArticleSearch } from '../search/service.js';
import { compatRouter } from './compat/index.js';
import { errorHandler, MEILISEARCH_ERRORS } from './errors.js';
import { parseArticleId, parseSearchParams } from './params.js';

export interface AppDeps {
  search: ArticleSearch;
  logger: Logger;
  /** API requests per client per minute (default 1200); 0 turns limiting off. */
  rateLimitPerMinute?: number;
  /** Browser origins allowed to call the API; none by default. */
  corsOrigins?: readonly string[];
  /** Proxy hops whose X-Forwarded-For is believed (default 0). */
  trustProxy?: number;
  /** True once shutdown has begun: readiness then answers 503 so a balancer stops sending traffic. */
  draining?: () => boolean;
  /** The search page's static files; defaults to the repository's public/ folder. */
  publicDir?: string;
}

/** Where the Meilisearch-compatible API lives: a client's host is `${origin}/meili`. */
export const COMPAT_PREFIX = '/meili';

const DEFAULT_PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** Builds the gateway from its dependencies; starting a server is the caller's business. */
export function createApp(deps: AppDeps): Express {
  const { search, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Only a known number of proxy hops: otherwise any client could pick its own rate-limit key.
  app.set('trust proxy', deps.trustProxy ?? 0);

  app.use(requestContext(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      // An internal tool is often served over plain HTTP: HSTS there would only break it.
      strictTransportSecurity: false,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (deps.draining?.()) throw new EngineUnavailableError('The gateway is shutting down.');
    const { unavailableShards } = await search.ready();
    const shards = search.shards.length > 0 ? { shards: Object.fromEntries(search.shards.map((name) => [name, unavailableShards.includes(name) ? 'unavailable' : 'ready'])) } : {};
    // A node down still serves search from the others: ready, but degraded and saying which node.
    res.json({ status: unavailableShards.length > 0 ? 'degraded' : 'ready', index: search.indexUid, ...shards });
  });

  app.use(COMPAT_PREFIX, (_req, res, next) => {
    res.locals.errorStyle = MEILISEARCH_ERRORS;
    next();
  });
  // CORS stays closed unless origins are configured: the page is served from this origin. Meilisearch
  // clients send Authorization and X-Meilisearch-Client, so the compat API reflects requested headers.
  const origins = deps.corsOrigins ?? [];
  if (origins.length > 0) {
    app.use('/api', cors({ origin: [...origins], methods: ['GET'], credentials: false, maxAge: 600 }));
    app.use(COMPAT_PREFIX, cors({ origin: [...origins], methods: ['POST'], credentials: false, maxAge: 600 }));
  }
  const perMinute = deps.rateLimitPerMinute ?? 1200;
  if (perMinute > 0) {
    app.use(
      ['/api', COMPAT_PREFIX],
      rateLimit({
        windowMs: 60_000,
        limit: perMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res, next, options) => {
          res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
          next(new RateLimitedError(Math.ceil(options.windowMs / 1000)));
        },
      }),
    );
  }

  app.get('/api/search', async (req, res) => {
    const request = parseSearchParams(req.query);
    res.json(await search.search(request));
  });
  app.get('/api/articles/:id', async (req, res) => {
    res.json(await search.getArticle(parseArticleId(req.params.id)));
  });
  app.use('/api', () => {
    throw new NotFoundError('No such API route.');
  });
  app.use(COMPAT_PREFIX, compatRouter(search));

  // What the page needs to find its index on the compat API; no key: the gateway holds the engine's.
  app.get('/app-config.json', (_req, res) => {
    res.json({ index: search.indexUid, compatPath: COMPAT_PREFIX });
  });
  app.use(express.static(deps.publicDir ?? DEFAULT_PUBLIC_DIR, { index: 'index.html', maxAge: '5m' }));
  app.use(() => {
    throw new NotFoundError('Not found.');
  });
  app.use(errorHandler(logger));
  return app;
}

/** A request id on every response and one structured log line per request. */
function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug';
      logger[level]({ requestId: id, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
