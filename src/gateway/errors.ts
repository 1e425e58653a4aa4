import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../errors.js';

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
    res.status(appError.status).json({ error: { code: appError.code, message: appError.message }, ...(requestId ? { requestId } : {}) });
  };
}

function toHttpError(error: unknown): { status: number; code: string; message: string } {
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
