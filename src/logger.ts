import { pino, type Logger } from 'pino';

/** Structured JSON logs. Ingestion logs to stderr so that `--dry-run` owns stdout. */
export function createLogger(level: string, destination: 1 | 2 = 1): Logger {
  return pino({
    level,
    base: { service: 'arabic-news-search' },
    // Keys never reach a log line, whatever an error object carries.
    redact: { paths: ['masterKey', 'apiKey', 'searchKey', '*.masterKey', '*.apiKey', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  }, pino.destination(destination));
}
export type { Logger };
