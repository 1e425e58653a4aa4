// One error family for the whole service; the gateway maps it to HTTP in one place (gateway/errors.ts).

export type ErrorCode =
  | 'invalid_parameter'
  | 'not_found'
  | 'index_not_found'
  | 'engine_unavailable'
  | 'engine_timeout'
  | 'engine_error'
  | 'payload_too_large'
  | 'rate_limited';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InvalidParameterError extends AppError {
  constructor(message: string, readonly parameter?: string) {
    super('invalid_parameter', message, 400);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not_found', message, 404);
  }
}

export class IndexNotFoundError extends AppError {
  constructor(uid: string) {
    super('index_not_found', `Index \`${uid}\` not found.`, 404);
  }
}

export class EngineUnavailableError extends AppError {
  constructor(message = 'The search engine is unavailable; try again shortly.', options?: { cause?: unknown }) {
    super('engine_unavailable', message, 503, options);
  }
}

export class EngineTimeoutError extends AppError {
  constructor(options?: { cause?: unknown }) {
    super('engine_timeout', 'The search engine did not answer in time.', 504, options);
  }
}

/** The engine answered with an error we did not expect; its text stays in our logs, never in a response. */
export class EngineError extends AppError {
  constructor(options?: { cause?: unknown }) {
    super('engine_error', 'The search engine rejected the request.', 502, options);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `Too many requests; try again in ${retryAfterSeconds} s.`, 429);
  }
}
