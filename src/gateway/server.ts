import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';

/** Listens with timeouts that suit a search API, and gives a drain-then-close function. */
export async function startServer(app: Express, port: number, host: string): Promise<{ server: Server; url: string; close: (options?: CloseOptions) => Promise<void> }> {
  // Not app.listen: Express 5 calls its callback with the error too, so a port in use looked like a start.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(app);
    s.once('error', reject);
    s.listen(port, host, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
  server.on('clientError', answerClientError);
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  // While draining, every answer asks the client to close its connection, so no keep-alive socket is
  // idle-closed under a request the client is just sending (that race shows up as ECONNRESET).
  let draining = false;
  server.prependListener('request', (_req, res) => {
    if (draining) res.setHeader('Connection', 'close');
  });
  const close = ({ drainMs = 1000, graceMs = 10_000 }: CloseOptions = {}) =>
    new Promise<void>((resolve) => {
      draining = true;
      const stopListening = setTimeout(() => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }, drainMs);
      stopListening.unref();
    });
  return { server, url, close };
}

export interface CloseOptions {
  /** How long requests keep being answered (with Connection: close) before the listener closes. */
  drainMs?: number;
  /** How long in-flight requests may take after that before their sockets are cut. */
  graceMs?: number;
}

// Node's HTTP parser rejects some requests before Express sees them (a URL or headers over 16 KB, a
// malformed request line) and answers with an empty body; give them the API's JSON error shape instead.
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, code, message] = tooLarge
    ? [431, 'Request Header Fields Too Large', 'request_too_large', 'The request line or headers are too large; shorten the query.']
    : [400, 'Bad Request', 'bad_request', 'The request could not be read.'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
