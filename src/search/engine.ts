import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch';
import { nodeHttpClient } from './transport.js';
import { EngineError, EngineTimeoutError, EngineUnavailableError, NotFoundError } from '../errors.js';

export interface EngineConnection {
  url: string;
  apiKey: string;
  timeoutMs: number;
}

/** A client over node:http (see transport.ts for why not the SDK's default fetch). */
export function connectEngine(connection: EngineConnection): Meilisearch {
  return new Meilisearch({ host: connection.url, apiKey: connection.apiKey, timeout: connection.timeoutMs, httpClient: nodeHttpClient() });
}

/** Runs an engine call and turns the client's failures into the service's typed errors. */
export async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error);
  }
}

/** Meilisearch's error code ("index_not_found", ...) behind the client's wrapping, if the engine answered. */
export function engineErrorCode(error: unknown): string | undefined {
  const api = error instanceof MeilisearchRequestError ? error.cause : error;
  return api instanceof MeilisearchApiError ? api.cause?.code : undefined;
}

export function toAppError(error: unknown): Error {
  // With a custom transport the SDK wraps every rejection, HTTP errors included, in a request error.
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return toAppError(error.cause);
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
