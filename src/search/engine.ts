import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch';
import { EngineError, EngineTimeoutError, EngineUnavailableError, NotFoundError } from '../errors.js';

export interface EngineConnection {
  url: string;
  apiKey: string;
  timeoutMs: number;
}

// meilisearch-js uses the global fetch. Node 20's fetch stalled ~40 ms on keep-alive bodies over 1 KB
// (../shared/research/meilisearch-notes.md); on Node 24 we measured p50 1.9 ms for 20-hit bodies
// (scripts/try-fetch.ts), so the stock transport is kept. `npm run bench` keeps checking it.
export function connectEngine(connection: EngineConnection): Meilisearch {
  return new Meilisearch({ host: connection.url, apiKey: connection.apiKey, timeout: connection.timeoutMs });
}

/** Runs an engine call and turns the client's failures into the service's typed errors. */
export async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error);
  }
}

export function toAppError(error: unknown): Error {
  if (error instanceof MeilisearchRequestTimeOutError) return new EngineTimeoutError({ cause: error });
  if (error instanceof MeilisearchRequestError) {
    if (error.cause instanceof MeilisearchRequestTimeOutError) return new EngineTimeoutError({ cause: error });
    return new EngineUnavailableError(undefined, { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code;
    if (code === 'document_not_found') return new NotFoundError('No article has this id.');
    if (code === 'index_not_found') return new EngineUnavailableError('The search index is not built yet.', { cause: error });
    const status = error.response?.status ?? 0;
    if (status >= 500) return new EngineUnavailableError(undefined, { cause: error });
    return new EngineError({ cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
