import { Agent, request } from 'node:http';
import { request as requestTls, Agent as TlsAgent } from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

/**
 * The engine client's transport on node:http with a keep-alive agent. Node's fetch (undici), which
 * meilisearch-js uses by default, delivers Meilisearch responses of a few KB about 40 ms late on
 * keep-alive connections (../shared/research/meilisearch-notes.md §2; measured again on Node 24 here:
 * a 200-id window took 48 ms against the engine's 7 ms). node:http answers the same request in ~2 ms.
 * The shape follows meilisearch-js's `httpClient` option: resolve with the parsed body, reject with
 * MeilisearchApiError for an HTTP error, and with the signal's reason when it aborts (its timeout).
 */
export function nodeHttpClient(maxSockets = 64): (input: string | URL | Request, init?: RequestInit) => Promise<unknown> {
  const agents = { http: new Agent({ keepAlive: true, maxSockets }), https: new TlsAgent({ keepAlive: true, maxSockets }) };
  return (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => (headers[name] = value));
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const secure = url.protocol === 'https:';
      const send = secure ? requestTls : request;
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const req = send(url, { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (error) {
            return reject(error);
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else reject(new MeilisearchApiError(new Response(null, { status, statusText: res.statusMessage ?? '' }), parsed as never));
        });
      });
      const onAbort = () => {
        req.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      req.end(body);
    });
}
