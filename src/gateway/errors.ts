import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, InvalidParameterError } from '../errors.js';

/** Set in res.locals.errorStyle by the Meilisearch-compatible router: its clients read Meilisearch's error shape. */
export const MEILISEARCH_ERRORS = 'meilisearch';

interface HttpError {
  status: number;
  code: string;
  message: string;
  /** The request field at fault, when one is. */
  parameter?: string;
}

/** The one place errors become HTTP: typed errors keep their status; anything else is a logged 500 with no detail. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toHttpError(error);
    const requestId = res.getHeader('x-request-id');
    if (appError.status >= 500) {
      logger.error({ err: error, cause: (error as Error)?.cause, requestId, path: req.path }, appError.message);
    } else {
      logger.debug({ requestId, path: req.path, code: appError.code }, appError.message);
    }
    if (res.headersSent) return;
    if (appError.status === 503) res.setHeader('Retry-After', '5');
    res.status(appError.status);
    if (res.locals.errorStyle === MEILISEARCH_ERRORS) {
      res.json(meilisearchError(appError));
    } else {
      res.json({ error: { code: appError.code, message: appError.message }, ...(requestId ? { requestId } : {}) });
    }
  };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof InvalidParameterError) return { status: error.status, code: error.code, message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) };
  if (error instanceof AppError) return error;
  const e = error as { type?: string; status?: number; statusCode?: number };
  // Errors raised by Express' own body parsing carry a 4xx status and a type.
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (e.type === 'entity.too.large') return { status: 413, code: 'payload_too_large', message: 'The request body is too large.' };
    if (e.type === 'entity.parse.failed') return { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON.' };
    return { status, code: 'bad_request', message: 'The request could not be read.' };
  }
  return { status: 500, code: 'internal', message: 'Internal error.' };
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Meilisearch's `{message, code, type, link}`, with its codes where one exists (invalid_search_filter,
 * index_not_found, malformed_payload…), so its clients show the message (../shared/research/ecosystem.md §1.1).
 */
function meilisearchError(error: HttpError): { message: string; code: string; type: string; link: string } {
  const code = meilisearchCode(error);
  const type = error.status >= 500 || error.code === 'rate_limited' ? 'system' : 'invalid_request';
  return { message: error.message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}

function meilisearchCode(error: HttpError): string {
  if (error.code === 'invalid_json') return 'malformed_payload';
  if (error.code === 'rate_limited') return 'too_many_search_requests';
  if (error.code !== 'invalid_parameter') return error.code;
  const parameter = error.parameter;
  if (!parameter) return 'bad_request';
  if (parameter === 'indexUid') return 'invalid_index_uid';
  if (parameter === 'facetName' || parameter === 'facetQuery') return `invalid_facet_search_${snakeCase(parameter)}`;
  return `invalid_search_${snakeCase(parameter)}`;
}
